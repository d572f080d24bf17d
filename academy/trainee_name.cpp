// The trainee-name rule (see trainee_name.hpp).
#include "academy/trainee_name.hpp"

#include "scoring/input_error.hpp"

namespace stipple {

TraineeNameFault trainee_name_fault(const std::string& name) {
    if (name.empty()) return TraineeNameFault::empty;
    if (name.size() > kMaxTraineeNameBytes) return TraineeNameFault::too_long;
    for (const unsigned char c : name)
        if (c < 0x20 || c == 0x7f) return TraineeNameFault::control_char;
    if (name.front() == ' ' || name.back() == ' ') return TraineeNameFault::edge_space;
    return TraineeNameFault::none;
}

void check_trainee_name(const std::string& file, const std::string& name) {
    if (trainee_name_fault(name) != TraineeNameFault::none)
        throw InputError(ErrorCode::bad_name, file, "", "trainee name \"" + name +
                         "\" must be 1 to 64 printable characters without leading or trailing spaces");
}

}  // namespace stipple
