// The sign-in screen: pick your name from the gradebook's trainees or type a new one. The last trainee
// who worked is offered (Enter signs them in); typing a name and pressing Enter signs in or creates it.
// Ctrl+Q quits.
#pragma once

#include <optional>
#include <string>

#include "academy/gradebook.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

struct SignInResult {
    std::optional<std::string> trainee;  // signed in (created in the gradebook when new)
    bool window_closed = false;
};

// Stays until someone signs in or the window closes (then `then` gets the result). Gradebook errors are
// shown on the screen.
std::unique_ptr<Screen> make_signin_screen(Gradebook& gradebook, Then<SignInResult> then);

}  // namespace stipple
