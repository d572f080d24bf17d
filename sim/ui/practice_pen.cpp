// The practice pen policy (see practice_pen.hpp).
#include "sim/ui/practice_pen.hpp"

namespace stipple {

std::vector<double> PracticePen::poll(bool button_down) {
    std::vector<double> pressing;
    for (const PenSample& s : input_.poll()) {
        last_pressure_ = s.pressure;
        since_reading_.restart();
        if (button_down) pressing.push_back(s.pressure);
    }
    if (since_reading_.getElapsedTime().asSeconds() > 0.5f && !button_down) last_pressure_ = -1.0;
    return pressing;
}

}  // namespace stipple
