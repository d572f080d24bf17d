// The sign-in screen's rules, as pure data: which trainee it offers first (the last one who worked) and
// whether a typed name can sign in (an existing trainee, or a new one the gradebook will accept).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"

namespace stipple {

// The active trainee whose attempt was recorded last, else the active trainee created last, else nullopt.
// `trainees` may include archived ones (they are never offered); `attempts` in any order.
std::optional<std::string> offered_trainee(const std::vector<Trainee>& trainees,
                                           const std::vector<AttemptRecord>& attempts);

struct NameCheck {
    std::string name;          // the typed name, trimmed
    bool existing = false;     // names an active trainee: sign in as them
    std::string error;         // non-empty: cannot sign in with this name (shown under the field)
};

// `trainees` must include archived ones. Names: 1-64 characters after trimming, no control characters.
NameCheck check_trainee_name(const std::string& typed, const std::vector<Trainee>& trainees);

}  // namespace stipple
