// How pen pressure reaches the practice session: raw readings come from the whole screen (pen_input), so
// they count only while this window's button is held; the latest one goes with the next press (a pen
// touching down here) and is forgotten 0.5 s after the pen leaves; with a mouse there is none (-1) and the
// hold time sets the depth.
#pragma once

#include <vector>

#include <SFML/System/Clock.hpp>
#include <SFML/Window/WindowHandle.hpp>

#include "sim/ui/pen_input.hpp"

namespace stipple {

class PracticePen {
public:
    explicit PracticePen(sf::WindowHandle window) : input_(window) {}

    // The readings since the last call that count as pressure events (only while the button is held).
    std::vector<double> poll(bool button_down);
    // The pressure a press starts with: the latest reading, -1 for a mouse.
    double press_pressure() const { return last_pressure_; }
    // The pressure a release ends with: 0 for a pen, -1 for a mouse.
    double release_pressure() const { return last_pressure_ >= 0 ? 0.0 : -1.0; }

private:
    PenInput input_;
    double last_pressure_ = -1.0;
    sf::Clock since_reading_;
};

}  // namespace stipple
