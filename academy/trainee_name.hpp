// The one rule for names people and groups are known by (trainees, cohorts, staff, and names in imported
// files): 1 to 64 bytes of valid UTF-8, printable (no C0 or C1 control characters, no DEL), without the format
// characters that can spoof a list (U+2028/9 line and paragraph separators, the bidi embeddings and overrides
// U+202A-E and the isolates U+2066-9), and without leading or trailing spaces. The gradebook refuses other
// names with it; the sign-in screen words it shortly. Also the one UTF-8 validity check (is_valid_utf8).
#pragma once

#include <string>

namespace stipple {

enum class TraineeNameFault {
    none,
    empty,          // no characters
    too_long,       // over 64 bytes
    control_char,   // a character below 0x20, DEL, or a C1 control (U+0080-U+009F)
    invalid_utf8,   // not well-formed UTF-8 (overlong forms, surrogates, stray or missing continuation bytes)
    format_char,    // U+2028, U+2029, U+202A-U+202E or U+2066-U+2069
    edge_space,     // a leading or trailing space
};

inline constexpr std::size_t kMaxTraineeNameBytes = 64;

TraineeNameFault trainee_name_fault(const std::string& name);

// The fault in words, for messages: "must be valid UTF-8" and so on ("" for none).
std::string trainee_name_fault_text(TraineeNameFault fault);

// Throws InputError (ErrorCode::bad_name) naming `file` when trainee_name_fault(name) is not none.
void check_trainee_name(const std::string& file, const std::string& name);

// True when `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(const std::string& text);

}  // namespace stipple
