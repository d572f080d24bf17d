// The depth-error colour rule, pure (no SFML): how far a dot's depth is off the lesson's window and the
// colour that says so. The score screen's overlay (sim/flow/overlay_colors) and the report's attempt
// thumbnails (academy/attempt_thumbnail) both colour dots with it.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace stipple {

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba&) const = default;
};

// Linear mix from a to b, t clamped to 0..1, each channel rounded.
inline Rgba mix_rgba(Rgba a, Rgba b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    auto lerp = [t](uint8_t x, uint8_t y) { return uint8_t(std::lround(x + (y - x) * t)); };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b), lerp(a.a, b.a)};
}

// Signed depth error in window widths: 0 inside [min, max], negative above it (too shallow: fades out),
// positive below it (too deep: blow-out). E.g. 0.5 = half a window too deep.
inline double depth_error_windows(double depth_mm, double min_mm, double max_mm) {
    const double width = std::max(max_mm - min_mm, 1e-6);
    if (depth_mm < min_mm) return (depth_mm - min_mm) / width;
    if (depth_mm > max_mm) return (depth_mm - max_mm) / width;
    return 0.0;
}

// Green inside the window; toward amber then yellow when shallow; toward red then magenta when deep
// (the extremes reached at half a window off).
inline Rgba depth_error_rgba(double depth_mm, double min_mm, double max_mm) {
    const Rgba good{60, 200, 90, 255};
    const double e = depth_error_windows(depth_mm, min_mm, max_mm);
    if (e == 0.0) return good;
    const Rgba amber{240, 170, 40, 255}, yellow{250, 230, 60, 255}, red{235, 60, 50, 255}, magenta{200, 40, 200, 255};
    if (e < 0.0) return e > -0.5 ? mix_rgba(amber, yellow, -e * 2.0) : yellow;
    return e < 0.5 ? mix_rgba(red, magenta, e * 2.0) : magenta;
}

}  // namespace stipple
