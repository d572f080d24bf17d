// The one rule for trainee (and cohort) names: 1 to 64 printable characters (no control characters) without
// leading or trailing spaces. The gradebook refuses other names with it; the sign-in screen words it shortly.
#pragma once

#include <string>

namespace stipple {

enum class TraineeNameFault {
    none,
    empty,          // no characters
    too_long,       // over 64 bytes
    control_char,   // a character below 0x20, or DEL
    edge_space,     // a leading or trailing space
};

inline constexpr std::size_t kMaxTraineeNameBytes = 64;

TraineeNameFault trainee_name_fault(const std::string& name);

// Throws InputError (ErrorCode::bad_name) naming `file` when trainee_name_fault(name) is not none.
void check_trainee_name(const std::string& file, const std::string& name);

}  // namespace stipple
