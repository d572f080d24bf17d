// ISO 8601 parsing and formatting without the C library's local-time state (civil-date arithmetic).
#include "scoring/iso_time.hpp"

#include <cmath>
#include <cstdio>

namespace stipple {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (the standard era-based conversion).
long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civil_from_days(long long z, long long& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2 ? 1 : 0;
}

bool digits(const std::string& s, size_t pos, size_t count, int& out) {
    if (pos + count > s.size()) return false;
    out = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

unsigned days_in_month(int y, int m) {
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

}  // namespace

std::optional<double> parse_iso8601(const std::string& s) {
    int y, mo, d, h, mi, se;
    if (!digits(s, 0, 4, y) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d) || s[10] != 'T' || !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi) ||
        s[16] != ':' || !digits(s, 17, 2, se))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || static_cast<unsigned>(d) > days_in_month(y, mo) || h > 23 || mi > 59 ||
        se > 60)
        return std::nullopt;
    size_t pos = 19;
    double fraction = 0.0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        double scale = 0.1;
        const size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            fraction += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start) return std::nullopt;
    }
    int offset_s = 0;
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int sign = s[pos] == '+' ? 1 : -1;
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om) ||
            oh > 23 || om > 59)
            return std::nullopt;
        offset_s = sign * (oh * 3600 + om * 60);
        pos += 6;
    } else {
        return std::nullopt;  // a timestamp without a zone is ambiguous
    }
    if (pos != s.size()) return std::nullopt;
    const long long days = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    return static_cast<double>(days * 86400 + h * 3600 + mi * 60 + se - offset_s) + fraction;
}

std::string format_iso8601_utc(double epoch_s) {
    long long ms = std::llround(epoch_s * 1000.0);
    long long secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    const int millis = static_cast<int>(ms - secs * 1000);
    long long days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const long long rem = secs - days * 86400;
    long long y;
    unsigned m, d;
    civil_from_days(days, y, m, d);
    char buf[48];
    const int hh = static_cast<int>(rem / 3600), mm = static_cast<int>(rem / 60 % 60), ss = static_cast<int>(rem % 60);
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%03dZ", y, m, d, hh, mm, ss, millis);
    return buf;
}

std::string iso8601_duration(double seconds) {
    if (!(seconds > 0) || !std::isfinite(seconds)) return "PT0S";
    // Up to 1e15 s in whole hundredths (exact in a long long); beyond that, whole seconds in doubles (a
    // hundredth is below a double's precision there), so no finite value can overflow to a negative count.
    if (seconds >= 1e15) {
        const double hours = std::floor(seconds / 3600.0);
        const double rest_s = std::floor(seconds - hours * 3600.0 < 0 ? 0 : seconds - hours * 3600.0);
        const double minutes = std::floor(rest_s / 60.0), secs = rest_s - minutes * 60.0;
        char buf[400];
        std::snprintf(buf, sizeof buf, "PT%.0fH", hours);
        std::string out = buf;
        if (minutes > 0 && minutes < 60) out += std::to_string(static_cast<int>(minutes)) + "M";
        if (secs > 0 && secs < 60) out += std::to_string(static_cast<int>(secs)) + "S";
        return out;
    }
    const long long centis = std::llround(seconds * 100.0);
    const long long hours = centis / 360000;
    const long long minutes = centis / 6000 % 60;
    const long long cs = centis % 6000;
    std::string out = "PT";
    if (hours) out += std::to_string(hours) + "H";
    if (minutes) out += std::to_string(minutes) + "M";
    if (cs || (!hours && !minutes)) {
        out += std::to_string(cs / 100);
        if (cs % 100) {
            char frac[8];
            std::snprintf(frac, sizeof frac, ".%02lld", cs % 100);
            std::string f = frac;
            while (f.back() == '0') f.pop_back();
            out += f;
        }
        out += "S";
    }
    return out;
}

}  // namespace stipple
