// How deep the needle deposits pigment: with a mouse, depth grows with how long the button is held along a
// saturating curve set by needle and skin; with a pen, it follows pressure. Scar tissue resists and varies.
#pragma once

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "virtual_scalp.hpp"

namespace stipple {

// A needle that touches the skin at all (a tap, a pen barely pressing) leaves pigment in the top half of the
// epidermis (about 0.1 mm thick): a dot that heals away, never a dot of depth 0.
inline constexpr double kMinDepositMm = 0.05;

struct DepthParams {
    double max_depth_mm = 1.8;  // where a long hold saturates (through the dermis: far too deep)
    double tau_s = 0.8;         // time constant of depth(hold) = max * (1 - exp(-hold / tau))
    double pressure_gamma = 1.5;  // depth(pressure) = max * pressure^gamma
    double resistance = 1.0;    // 1 = normal skin; > 1 in scar tissue (already folded into tau and max)
    double min_deposit_mm = kMinDepositMm;  // the shallowest pigment any touch of the needle leaves
};

// The curve at one place: needle diameter and skin type set it; scar tissue resists more and varies,
// deterministically from the position. With normal skin the lesson's depth window is reached after
// ~0.2 s and left after ~0.55 s of holding (window 0.4-0.9 mm, 0.25 mm needle).
DepthParams depth_params(const Lesson& lesson, const VirtualScalp& scalp, Point at_mm);

double depth_from_hold_mm(const DepthParams& params, double hold_s);
// What a release deposits after reaching `depth_mm` (hold or pressure curve): at least min_deposit_mm.
double deposit_depth_mm(const DepthParams& params, double depth_mm);
double depth_from_pressure_mm(const DepthParams& params, double pressure01);
// The inverse of depth_from_hold_mm (infinity when depth_mm >= max_depth_mm).
double hold_for_depth_s(const DepthParams& params, double depth_mm);

}  // namespace stipple
