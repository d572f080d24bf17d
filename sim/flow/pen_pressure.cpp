// A raw pen pressure reading normalised to 0..1 (see pen_pressure.hpp).
#include "sim/flow/pen_pressure.hpp"

#include <algorithm>

namespace stipple {

double normalize_pressure(double raw, double min, double max) {
    if (!(max > min)) return 0.0;
    return std::clamp((raw - min) / (max - min), 0.0, 1.0);
}

}  // namespace stipple
