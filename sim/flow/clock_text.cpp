// One rule for times in whole seconds (see clock_text.hpp).
#include "sim/flow/clock_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace stipple {

long long whole_seconds_elapsed(double seconds) {
    return std::isfinite(seconds) ? static_cast<long long>(std::floor(std::max(0.0, seconds))) : 0;
}

long long whole_seconds_left(double seconds) {
    return std::isfinite(seconds) ? static_cast<long long>(std::ceil(std::max(0.0, seconds))) : 0;
}

std::string clock_text(long long whole_seconds) {
    const long long total = std::max(0LL, whole_seconds);
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
    return text;
}

}  // namespace stipple
