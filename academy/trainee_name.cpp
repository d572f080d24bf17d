// The name rule and the UTF-8 check (see trainee_name.hpp).
#include "academy/trainee_name.hpp"

#include <optional>
#include <vector>

#include "scoring/input_error.hpp"

namespace stipple {

namespace {

// The code points of well-formed UTF-8 `text`, else nullopt.
std::optional<std::vector<char32_t>> decode_utf8(const std::string& text) {
    std::vector<char32_t> out;
    std::size_t i = 0;
    const std::size_t n = text.size();
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    while (i < n) {
        const unsigned char b = byte(i);
        int extra = 0;
        char32_t cp = 0, min = 0;
        if (b < 0x80) { cp = b; }
        else if (b >= 0xC2 && b <= 0xDF) { extra = 1; cp = b & 0x1F; min = 0x80; }
        else if (b >= 0xE0 && b <= 0xEF) { extra = 2; cp = b & 0x0F; min = 0x800; }
        else if (b >= 0xF0 && b <= 0xF4) { extra = 3; cp = b & 0x07; min = 0x10000; }
        else return std::nullopt;  // a stray continuation byte, C0/C1 (overlong 2-byte) or F5-FF
        if (extra > 0 && i + static_cast<std::size_t>(extra) >= n) return std::nullopt;  // cut short
        for (int k = 1; k <= extra; ++k) {
            const unsigned char c = byte(i + static_cast<std::size_t>(k));
            if ((c & 0xC0) != 0x80) return std::nullopt;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
        out.push_back(cp);
        i += 1 + static_cast<std::size_t>(extra);
    }
    return out;
}

bool is_spoofing_format(char32_t cp) {
    return cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

bool is_valid_utf8(const std::string& text) { return decode_utf8(text).has_value(); }

TraineeNameFault trainee_name_fault(const std::string& name) {
    if (name.empty()) return TraineeNameFault::empty;
    if (name.size() > kMaxTraineeNameBytes) return TraineeNameFault::too_long;
    for (const unsigned char c : name)
        if (c < 0x20 || c == 0x7f) return TraineeNameFault::control_char;
    const std::optional<std::vector<char32_t>> points = decode_utf8(name);
    if (!points) return TraineeNameFault::invalid_utf8;
    for (const char32_t cp : *points) {
        if (cp >= 0x80 && cp <= 0x9F) return TraineeNameFault::control_char;
        if (is_spoofing_format(cp)) return TraineeNameFault::format_char;
    }
    if (name.front() == ' ' || name.back() == ' ') return TraineeNameFault::edge_space;
    return TraineeNameFault::none;
}

std::string trainee_name_fault_text(TraineeNameFault fault) {
    switch (fault) {
        case TraineeNameFault::none: return "";
        case TraineeNameFault::empty: return "must not be empty";
        case TraineeNameFault::too_long: return "must be at most 64 bytes";
        case TraineeNameFault::control_char: return "must not hold control characters";
        case TraineeNameFault::invalid_utf8: return "must be valid UTF-8";
        case TraineeNameFault::format_char: return "must not hold line separators or text-direction overrides";
        case TraineeNameFault::edge_space: return "must not start or end with a space";
    }
    return "";
}

void check_trainee_name(const std::string& file, const std::string& name) {
    const TraineeNameFault fault = trainee_name_fault(name);
    if (fault == TraineeNameFault::none) return;
    // A name that is not valid UTF-8 (or holds controls) is not echoed raw: it could break the terminal or a log.
    const bool printable = fault != TraineeNameFault::invalid_utf8 && fault != TraineeNameFault::control_char &&
                           fault != TraineeNameFault::format_char;
    throw InputError(ErrorCode::bad_name, file, "",
                     "name " + (printable ? "\"" + name + "\" " : std::string()) + trainee_name_fault_text(fault) +
                         " (1 to 64 printable characters without leading or trailing spaces)");
}

}  // namespace stipple
