// Local density uniformity: is the density even where it should be even, at the scales an expert's eye
// judges (3, 6 and 12 mm), against the lesson's target map?
//
// Windows (density_map.hpp) of side L = max(L0, 2.7 s') for L0 = 3, 6, 12 mm (s' = expected_spacing_mm, so a
// window expects at least ~5 dots), edges softened over min(L/3, s'), centred half a window apart. Each window
// compares the visible dots in it (existing marks + the trainee's) with the target map integrated over
// window ∩ zone (so a bare band along the zone's edge is judged, not excluded), relative to the attempt's
// own overall level (R = sum measured / sum target over the scale's windows, within 0.5..2: the overall
// density is judged by density_ratio; this judges how evenly it is spread):
//   deviation = ln((measured + 1) / (R * target + 1))
// A blue-noise fill of a window that expects E dots deviates by about sigma(E) = kUniformityNoise * E^-0.75
// (counts in blue noise vary with the window's edge, not its area: calibrated on many seeds, see
// density_uniformity.cpp). A window's fault = ramp01(|deviation|, free, free + 0.35) with
// free = kUniformityFreeSigmas * sigma(E) + 0.05.
//   uneven_share_L = target-weighted mean window fault at scale L (the share of the zone visibly off);
//   worst_uneven_L = the largest window fault at scale L among windows expecting at least half of a full
//                    window (ramped 0.5..0.8).
// Deduction: min(kUniformityMaxPoints = 60, 150 * max_L uneven_share_L + 25 * max_L worst_uneven_L).
#pragma once

#include <optional>
#include <vector>

#include "geometry.hpp"
#include "lesson.hpp"
#include "spatial_index.hpp"

namespace stipple {

// |deviation| * sqrt(E) over every window of 60 blue-noise fills (3 spacings x 20 seeds, 40 mm patch) peaks
// at 1.09 (tests/scoring/density_uniformity_test.cpp "[.calibration]"); free from 20 % above that.
inline constexpr double kUniformityFree = 1.3;
inline constexpr double kBandFree = 1.55;  // bands: blue noise peaks at 1.29
inline constexpr double kUniformityMaxPoints = 60.0;
inline constexpr double kBandWidthMm = 4.0, kBandLengthMm = 16.0;

struct UniformityResult {
    double uneven_share[4] = {0, 0, 0, 0};   // per scale (3, 6, 12 mm squares, bands)
    double worst_uneven[4] = {0, 0, 0, 0};
    double window_mm[4] = {0, 0, 0, 0};
    double points = 0.0;
    // The worst window: where, its size, and its measured / expected ratio (relative to the overall level).
    std::optional<Point> worst_at;
    double worst_window_mm = 0.0;
    double worst_ratio = 1.0;
    double max_abs_deviation[4] = {0, 0, 0, 0};  // largest |deviation| * sqrt(E) per scale (calibration)
};

// `visible` indexes existing marks + the trainee's dots on the map.
UniformityResult density_uniformity(const Lesson& lesson, const SpatialIndex& visible);

}  // namespace stipple
