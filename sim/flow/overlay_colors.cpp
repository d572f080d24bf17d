// Depth-error and heat-map colours (see overlay_colors.hpp).
#include "sim/flow/overlay_colors.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace stipple {

namespace {
sf::Color mix(sf::Color a, sf::Color b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    auto lerp = [t](sf::Uint8 x, sf::Uint8 y) { return sf::Uint8(std::lround(x + (y - x) * t)); };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b), lerp(a.a, b.a)};
}
}  // namespace

sf::Color depth_error_color(double depth_mm, double min_mm, double max_mm) {
    const Rgba c = depth_error_rgba(depth_mm, min_mm, max_mm);
    return {c.r, c.g, c.b, c.a};
}

sf::Color heat_color(double ratio) {
    const sf::Color hole(40, 90, 230, 150), right(60, 200, 90, 70), dense(235, 50, 40, 160);
    if (ratio <= 1.0) return mix(hole, right, std::clamp((ratio - 0.3) / 0.6, 0.0, 1.0));
    return mix(right, dense, std::clamp((ratio - 1.15) / 0.6, 0.0, 1.0));
}

std::vector<LegendEntry> heat_legend() {
    return {{heat_color(0.3), "30 % or less of the dots needed (hole)"},
            {heat_color(0.6), "60 % (thin)"},
            {heat_color(1.0), "about right"},
            {heat_color(1.45), "145 % (dense)"},
            {heat_color(1.75), "175 % or more (too dense)"}};
}

std::vector<LegendEntry> depth_legend(double min_mm, double max_mm) {
    const double half = 0.5 * std::max(max_mm - min_mm, 0.0);
    auto text = [](const char* pattern, double a, double b = 0) {
        char buf[96];
        std::snprintf(buf, sizeof buf, pattern, a, b);
        return std::string(buf);
    };
    const double w = max_mm - min_mm;
    return {{depth_error_color(0.5 * (min_mm + max_mm), min_mm, max_mm), text("%.2f-%.2f mm: in the window", min_mm, max_mm)},
            {depth_error_color(min_mm - 0.1 * w, min_mm, max_mm), text("under %.2f mm: too shallow, fades", min_mm)},
            {depth_error_color(min_mm - half, min_mm, max_mm), text("under %.2f mm: far too shallow", std::max(0.0, min_mm - half))},
            {depth_error_color(max_mm + 0.1 * w, min_mm, max_mm), text("over %.2f mm: too deep, blurs", max_mm)},
            {depth_error_color(max_mm + half, min_mm, max_mm), text("over %.2f mm: blow-out", max_mm + half)}};
}

}  // namespace stipple
