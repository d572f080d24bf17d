// Depth-error and heat-map colours (see overlay_colors.hpp).
#include "sim/flow/overlay_colors.hpp"

#include <algorithm>
#include <cmath>

namespace stipple {

namespace {
sf::Color mix(sf::Color a, sf::Color b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    auto lerp = [t](sf::Uint8 x, sf::Uint8 y) { return sf::Uint8(std::lround(x + (y - x) * t)); };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b), lerp(a.a, b.a)};
}
}  // namespace

double depth_error_windows(double depth_mm, double min_mm, double max_mm) {
    const double width = std::max(max_mm - min_mm, 1e-6);
    if (depth_mm < min_mm) return (depth_mm - min_mm) / width;
    if (depth_mm > max_mm) return (depth_mm - max_mm) / width;
    return 0.0;
}

sf::Color depth_error_color(double depth_mm, double min_mm, double max_mm) {
    const sf::Color good(60, 200, 90);
    const double e = depth_error_windows(depth_mm, min_mm, max_mm);
    if (e == 0.0) return good;
    if (e < 0.0) return e > -0.5 ? mix(sf::Color(240, 170, 40), sf::Color(250, 230, 60), -e * 2.0)
                                 : sf::Color(250, 230, 60);
    return e < 0.5 ? mix(sf::Color(235, 60, 50), sf::Color(200, 40, 200), e * 2.0) : sf::Color(200, 40, 200);
}

sf::Color heat_color(double ratio) {
    const sf::Color hole(40, 90, 230, 150), right(60, 200, 90, 70), dense(235, 50, 40, 160);
    if (ratio <= 1.0) return mix(hole, right, std::clamp((ratio - 0.3) / 0.6, 0.0, 1.0));
    return mix(right, dense, std::clamp((ratio - 1.15) / 0.6, 0.0, 1.0));
}

}  // namespace stipple
