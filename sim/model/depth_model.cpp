// The depth curves: a saturating hold-time curve and a pressure curve, set by needle, skin and scar tissue.
#include "depth_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "noise.hpp"

namespace stipple {

namespace {
constexpr double kReferenceNeedleMm = 0.25;
constexpr double kMidWindowHoldS = 0.35;   // normal skin, reference needle: the window's middle after 0.35 s
constexpr double kWholeSkinMm = 1.8;        // scalp skin thickness: the hold curve saturates near it
}  // namespace

DepthParams depth_params(const Lesson& lesson, const VirtualScalp& scalp, Point at_mm) {
    DepthParams p;
    const double lo = lesson.targets.depth_min_mm;
    const double hi = std::max(lesson.targets.depth_max_mm, lo + 0.05);
    const double mid = 0.5 * (lo + hi);
    // Saturate well past the window (a long hold goes too deep), at least through the whole skin.
    p.max_depth_mm = std::max(kWholeSkinMm, 2.0 * hi);
    // Time constant that puts the window's middle at kMidWindowHoldS for the reference needle and skin.
    double tau = -kMidWindowHoldS / std::log(1.0 - mid / p.max_depth_mm);
    // A wider needle (or grouping) meets more resistance: slower.
    const double diameter = std::clamp(lesson.needle.diameter_mm, 0.05, 2.0);
    tau *= std::sqrt(diameter / kReferenceNeedleMm);
    // Darker skin types tend to have a thicker dermis: a little slower.
    tau *= 1.0 + 0.04 * (scalp.fitzpatrick - 3);
    // Scar tissue is denser: it resists more, and unevenly from place to place (deterministic noise).
    const double scar = scar_factor(scalp, at_mm);
    if (scar > 0.0) {
        const double n = value_noise(at_mm.x / 1.5, at_mm.y / 1.5, scalp.seed ^ 0x5ca7u);  // 0..1
        p.resistance = 1.0 + scar * (0.4 + 0.9 * n);
        tau *= p.resistance;
        p.max_depth_mm *= 1.0 - 0.15 * scar * value_noise(at_mm.x / 0.8, at_mm.y / 0.8, scalp.seed ^ 0xdee9u);
    }
    p.tau_s = tau;
    // Pressure: half pressure reaches about the window's middle on normal skin.
    p.pressure_gamma = std::log(mid / p.max_depth_mm) / std::log(0.5);
    return p;
}

double depth_from_hold_mm(const DepthParams& params, double hold_s) {
    if (!(hold_s > 0.0)) return 0.0;
    return params.max_depth_mm * (1.0 - std::exp(-hold_s / params.tau_s));
}

double deposit_depth_mm(const DepthParams& params, double depth_mm) {
    return std::max(depth_mm, params.min_deposit_mm);
}

double depth_from_pressure_mm(const DepthParams& params, double pressure01) {
    if (!(pressure01 > 0.0)) return 0.0;
    const double p = std::min(pressure01, 1.0) / params.resistance;
    return params.max_depth_mm * std::pow(p, params.pressure_gamma);
}

double hold_for_depth_s(const DepthParams& params, double depth_mm) {
    if (depth_mm <= 0.0) return 0.0;
    if (depth_mm >= params.max_depth_mm) return std::numeric_limits<double>::infinity();
    return -params.tau_s * std::log(1.0 - depth_mm / params.max_depth_mm);
}

}  // namespace stipple
