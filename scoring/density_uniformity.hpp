// Local density uniformity: is the density even where it should be even, at the scales an expert's eye
// judges, against the lesson's target map?
//
// Windows (density_map.hpp) of side L = max(L0, 2.7 s') for L0 = 3, 6 and 12 mm (s' = expected_spacing_mm, so
// a window expects at least ~5 dots), centred half a window apart; and bands (where a stripe shows that
// squares blur) max(kBandWidthMm = 4, 2.7 s') wide and max(kBandLengthMm = 16, 4 x width) long at 0, 45, 90 and
// 135 degrees, half a width apart across and half a length along. Edges are softened over min(L/3, s').
// Each window compares the visible dots in it (existing marks + the trainee's) with the target map
// (target_density_per_mm2: zone, hairline ramp, session fraction) integrated over window ∩ zone, so a bare band
// along the zone's edge is judged, not excluded. It is relative to the attempt's own overall level
// (R = sum measured / sum target over the scale's windows, within 0.5..2), because the overall density is
// judged by density_ratio; this judges how evenly it is spread:
//   deviation = ln((measured + 1) / (R * target + 1))
// A blue-noise fill of a window expecting E dots deviates by at most ~1.09 / sqrt(E) (squares) and
// ~1.39 / sqrt(E) (bands): the largest |deviation| * sqrt(E) over every window of 60 blue-noise fills
// (3 spacings x 20 seeds, 40 mm patch; tests/scoring/density_uniformity_test.cpp "[.calibration]").
// free = kUniformityFree (1.3) / sqrt(E) for squares, kBandFree (1.55) / sqrt(E) for bands.
//   uneven_share (per scale: 3, 6, 12 mm, bands) = target-weighted mean of ramp01(|deviation|, free,
//                free + kUniformityShareWidth (0.5)) (the share visibly off; a wide ramp, so spread-out contrast
//                costs steadily more as it grows);
//   worst_uneven (6, 12 mm, bands; 3 mm squares judge the spread only, a single 3 mm excess or gap is a clump or
//                a hole, charged there) = the largest ramp01(|deviation|, free, 2.5 free) among windows expecting at
//                least half of a full window (ramped 0.5..0.8).
// points = min(kUniformityMaxPoints = 60, 100 * max uneven_share + 50 * max worst_uneven).
// Halves at 0.4x / 1.6x and a 0.5x -> 1.6x gradient lose 60; a 4 mm stripe at 1.6x ~13 on even-fill-patch and
// ~29 on shaved-front-norwood-7, a 2 mm empty stripe ~34 there; 6 mm holes in a session-2 layer ~44; blue noise
// at the target or 8 % off it, 0.
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
inline constexpr double kUniformityShareWidth = 0.5;   // the share's ramp: |deviation| from free to free + 0.5
inline constexpr double kUniformitySharePoints = 100.0, kUniformityWorstPoints = 50.0;
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
