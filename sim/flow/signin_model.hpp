// The sign-in screen's decisions, without a window: which trainees it lists and offers first (the last one
// who worked), whether it asks a PIN and lets new names in, and what Enter does with a typed or selected name
// and a PIN (sign in, add a new trainee, or say why not: a wrong PIN counts toward the lockout).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"
#include "academy/password_hash.hpp"

namespace stipple {

// The active trainee whose attempt was recorded last, else the active trainee created last, else nullopt.
// `trainees` may include archived ones (they are never offered); `attempts` in any order.
std::optional<std::string> offered_trainee(const std::vector<Trainee>& trainees,
                                           const std::vector<AttemptRecord>& attempts);

// The one trim rule for typed names: spaces, tabs, CR and LF at either end go.
std::string trimmed_name(const std::string& typed);

struct SignInList {
    std::vector<Trainee> active;  // the pick list, by name
    int selected = -1;            // index into active of the offered trainee; -1 = none
    bool asks_pin = false;        // PINs exist or staff run the gradebook: the screen shows a masked PIN field
    bool adds_names = true;       // open mode (no staff yet): a typed new name is added as a trainee
};

// Reads the gradebook's trainees and attempts; throws what the gradebook throws.
SignInList load_sign_in_list(const Gradebook& gradebook);

struct SignInResultOf {
    std::optional<std::string> trainee;  // signed in as this trainee
    std::string error;                   // else why not, in the screen's words
};

// Enter on the sign-in screen: the typed name when it is not blank (an existing active trainee, or in open
// mode a new one added to the gradebook), else `selected`; archived trainees and bad names are refused with a
// short reason. A trainee with a PIN must give it (`pin`; checked at `now_s`, Unix seconds, 0 = the clock;
// a good PIN made at another `cost` is re-hashed). Once staff exist, a trainee without a PIN is refused.
SignInResultOf sign_in(Gradebook& gradebook, const std::string& typed, const std::optional<std::string>& selected,
                       const std::string& pin = "", double now_s = 0, HashCost cost = HashCost::interactive);

}  // namespace stipple
