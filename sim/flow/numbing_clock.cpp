// The numbing clock's line (see numbing_clock.hpp).
#include "sim/flow/numbing_clock.hpp"

#include <algorithm>
#include <cmath>

namespace stipple {

long long numbing_minutes_left(double wait_s, double real_wait_min, double session_s) {
    if (!(wait_s > 0.0) || !(real_wait_min > 0.0) || !(session_s < wait_s)) return 0;
    const double left_min = (wait_s - std::max(0.0, session_s)) / wait_s * real_wait_min;
    return std::max(1LL, static_cast<long long>(std::ceil(left_min - 1e-9)));
}

std::string numbing_clock_line(const std::optional<double>& wait_s, double real_wait_min, double session_s,
                               const std::optional<double>& first_dot_s) {
    if (!wait_s || !(*wait_s > 0.0)) return "";
    if (first_dot_s) {
        const long long early = numbing_minutes_left(*wait_s, real_wait_min, *first_dot_s);
        return early > 0 ? "numbing: first dot " + std::to_string(early) + " min early" : "numbing: waited";
    }
    const long long left = numbing_minutes_left(*wait_s, real_wait_min, session_s);
    return left > 0 ? "numbing: " + std::to_string(left) + " min left" : "numbing: done, you may start";
}

}  // namespace stipple
