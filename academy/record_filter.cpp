// Calendar days in the academy's time zone to UTC bounds (via the C library's TZ rules, restored after use).
#include "academy/record_filter.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "scoring/input_error.hpp"
#include "scoring/iso_time.hpp"

namespace stipple {

namespace {

struct Day {
    int year, month, day;
};

std::optional<Day> parse_day(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    // A real calendar date: parse_iso8601 is the one rule for that.
    if (!parse_iso8601(text + "T00:00:00Z")) return std::nullopt;
    return Day{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), std::stoi(text.substr(8, 2))};
}

// Sets TZ for the lifetime of the object and puts the previous value back.
class ZoneScope {
public:
    explicit ZoneScope(const std::string& zone) {
        if (zone.empty()) return;
        active_ = true;
        if (const char* old = std::getenv("TZ")) old_ = old;
        setenv("TZ", zone.c_str(), 1);
        tzset();
    }
    ~ZoneScope() {
        if (!active_) return;
        if (old_) setenv("TZ", old_->c_str(), 1);
        else unsetenv("TZ");
        tzset();
    }
    ZoneScope(const ZoneScope&) = delete;
    ZoneScope& operator=(const ZoneScope&) = delete;

private:
    bool active_ = false;
    std::optional<std::string> old_;
};

// Seconds since the epoch of local midnight starting day `d` (+ `add_days`).
double local_midnight(Day d, int add_days) {
    std::tm tm{};
    tm.tm_year = d.year - 1900;
    tm.tm_mon = d.month - 1;
    tm.tm_mday = d.day + add_days;  // mktime normalises the 32nd into the next month
    tm.tm_isdst = -1;
    return double(std::mktime(&tm));
}

bool known_zone(const std::string& zone) {
    if (zone.empty()) return true;
    if (zone == "UTC" || zone == "GMT") return true;
    if (zone.find("..") != std::string::npos || zone.front() == '/') return false;
    return std::filesystem::is_regular_file("/usr/share/zoneinfo/" + zone);
}

}  // namespace

UtcRange local_day_range(const std::string& from, const std::string& to, const std::string& time_zone) {
    if (!known_zone(time_zone))
        throw InputError("time_zone", "", "unknown time zone \"" + time_zone + "\" (an IANA name such as Europe/Paris)");
    std::optional<Day> f, t;
    if (!from.empty() && !(f = parse_day(from)))
        throw InputError("--from", "", "\"" + from + "\" is not a date (YYYY-MM-DD)");
    if (!to.empty() && !(t = parse_day(to)))
        throw InputError("--to", "", "\"" + to + "\" is not a date (YYYY-MM-DD)");
    if (f && t && from > to) throw InputError("--from", "", from + " is after --to " + to);
    const ZoneScope zone(time_zone);
    UtcRange range;
    if (f) range.from_utc = format_iso8601_utc(local_midnight(*f, 0));
    if (t) range.to_utc = format_iso8601_utc(local_midnight(*t, 1));
    return range;
}

std::string range_label(const RecordFilterOptions& o) {
    if (!o.from.empty() && !o.to.empty()) return o.from + " to " + o.to;
    if (!o.from.empty()) return "from " + o.from;
    if (!o.to.empty()) return "until " + o.to;
    return "all dates";
}

bool in_range(const UtcRange& range, const std::string& utc) {
    if (range.from_utc && utc < *range.from_utc) return false;
    if (range.to_utc && !(utc < *range.to_utc)) return false;
    return true;
}

RecordScope record_scope(const RecordFilterOptions& options, const std::string& time_zone) {
    return {options.cohort, local_day_range(options.from, options.to, time_zone), range_label(options)};
}

bool trainee_in_scope(const RecordScope& scope, const Trainee& trainee) {
    return scope.cohort.empty() || trainee.cohort == scope.cohort;
}

bool attempt_in_scope(const RecordScope& scope, const AttemptRecord& attempt) {
    return in_range(scope.range, attempt.started.empty() ? attempt.recorded : attempt.started);
}

std::vector<AttemptRecord> attempts_in_scope(const Gradebook& gradebook, const RecordScope& scope,
                                             const AttemptFilter& base) {
    std::vector<AttemptRecord> out;
    AttemptFilter filter = base;  // the gradebook narrows by the same rules; the checks below make sure
    if (!scope.cohort.empty()) filter.cohort = scope.cohort;
    if (scope.range.from_utc) filter.from = scope.range.from_utc;
    if (scope.range.to_utc) filter.to = scope.range.to_utc;
    std::vector<std::string> names;
    if (!scope.cohort.empty())
        for (const Trainee& t : gradebook.trainees(true))
            if (trainee_in_scope(scope, t)) names.push_back(t.name);
    for (AttemptRecord& a : gradebook.attempts(filter)) {
        if (!attempt_in_scope(scope, a)) continue;
        if (!scope.cohort.empty() && std::find(names.begin(), names.end(), a.trainee) == names.end()) continue;
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace stipple
