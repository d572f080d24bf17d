// The sign-in screen: pick your name from the gradebook's trainees or type a new one. The last trainee
// who worked is offered (Enter signs them in); typing a name and pressing Enter signs in or creates it.
// Ctrl+Q quits.
#pragma once

#include <optional>
#include <string>

#include <SFML/Graphics/RenderWindow.hpp>

#include "academy/gradebook.hpp"
#include "sim/ui/imgui_bridge.hpp"

namespace stipple {

struct SignInResult {
    std::optional<std::string> trainee;  // signed in (created in the gradebook when new)
    bool window_closed = false;
};

// Runs until someone signs in or the window closes. Gradebook errors are shown on the screen.
SignInResult run_signin(sf::RenderWindow& window, ImGuiBridge& imgui, Gradebook& gradebook);

}  // namespace stipple
