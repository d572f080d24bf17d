// Hairline naturalness: does the density ramp up softly across transition_mm (T) from where the lesson puts
// the hairline, with an edge that is micro-irregular rather than hard, straight or ragged, no pigment on the
// forehead, and left and right balanced without being a mirror copy? Only for lessons with a hairline.
//
// T is transition_mm (taken within 0.5..100 mm for the profile). d = signed distance from the target curve
// (behind_hairline_mm: + toward the crown, - toward the forehead), with the curve carried on along its end
// directions, so the hairline region spans the whole zone. The visible set is the trainee's dots plus the
// existing marks (in the zone); spill and mirror copies look at the trainee's dots only. The zone's x range is
// cut into columns about 4 mm wide (triangular weights, half-width one column, so a dot moving sideways shifts
// its weight smoothly); a column is judged when the point just behind the curve at its centre lies in the zone.
// Depths are binned on a 0.25 mm grid (each dot shared linearly between two nodes) from 3 mm in front to T + 6
// mm behind; zone area and the target's dots (target_density_per_mm2, the one density rule) come from a lattice
// over the zone. Every deduction is continuous in the dots' positions.
//
// Raw metrics and deductions (score = 100 minus their sum, clamped to 0..100):
//   forehead_spill    soft count of trainee dots in front of the curve: 0 within 2 mm (kSpillToleranceMm),
//                     rising linearly to a whole dot at 3 mm; max_spill_mm the farthest. Deduction
//                     70 * (1 - exp(-spill / 3.5)) (one dot 17.4, three 40.5, eight 63.2). More than 3 is the
//                     critical error "forehead_spill" (fails the attempt).
//   edge_offset_mm    per column the density-based edge: -3 mm plus the depth (integrated from -3 to T + 2 mm)
//                     over which the local density (2.5 mm window, relative to full) stays under 0.3..0.6 of
//                     full (soft); a hard edge at d gives d, a stray dot barely moves it. Offset = median over
//                     columns of (edge - the same measure on the target ramp). Deduction 15 per mm beyond
//                     +-2 mm, at most 50.
//   missing_edge_share mean over judged columns of 1 - ramp(fill, 0.1, 0.4), fill = visible dots from 2 mm in
//                     front to T behind / the target's dots over the transition. Deduction 100 * share, <= 40.
//   edge_step         median over columns of the largest rise in density (relative to full, capped at 1)
//                     between two adjacent 1.5 mm windows across depth -2..T+2 mm, read over the column and its
//                     two neighbours (about 12 mm of edge). The target ramp and the expert score about
//                     0.42-0.47 (feathered 2 mm shorter about 0.5-0.55), a hard edge 0.7-1.0 wherever it lies,
//                     even with a stray dot per 1-4 mm in front of it. Deduction 60 * ramp(step, 0.55, 0.8)
//                     (a broad ramp, so the charge grows steadily as the edge hardens).
//   edge_bend_mm      bend of the edge line (column y + edge): rms of second differences / sqrt 6, 0 for any
//                     straight line. Too even: deduction 25 * (1 - ramp(bend, 0.12, 0.3)). The demo bends
//                     0.4-0.7 mm.
//   curve_flattening_mm  how much of the target curve's shape the edge flattens out: the column offsets
//                     regressed on the curve's height there, max(0, -slope) times the curve's rms height about
//                     its mean. A straight line across a curved target flattens all of it (1.5-4 mm on the
//                     shipped lessons); the expert's wander, hand jitter and a one-sided 1 mm asymmetry stay
//                     at 0-0.6 mm. Straight: deduction 45 * ramp(flattening, 0.85, 1.45).
//   edge_roughness_mm column-to-column wobble of the edge offset (rms of successive differences / sqrt 2).
//                     The demo wobbles 0.45-0.7 mm.
//   edge_shape_mm     the edge's stray from the curve's shape at the 12 mm scale: the offsets (after taking out
//                     the flattening, charged above) smoothed 1-2-1 over neighbouring columns, rms about the mean
//                     of the seven smoothed columns around each (so a broad one-sided shift, a natural
//                     asymmetry, is judged as balance, not here). The demo and fair variants 0.3-0.6.
//   edge_wander_mm    hypot(edge_roughness_mm, edge_shape_mm). Ragged: deduction 45 * ramp(wander, 1.15, 1.85)
//                     (fair variants 0.5-0.85; a front line in 5 mm steps up to 6 mm deep 1.5-1.85).
//   transition_width_share  per column the depth from the edge to where the local density reaches 0.7-0.9 of
//                     full (the same soft integral as the edge), median over columns / the same on the target
//                     ramp. The expert 0.97-1.26; a ramp half as long about 0.55. Too short: deduction
//                     35 * ramp(0.85 - share, 0, 0.35).
//   front/mid/back_density_ratio  density in the first, second and last third of the transition zone
//                     relative to full (measured behind it; blended toward the expected full density as
//                     that falls from 0.6 to 0.4 of it). Hard at the curve: 50 * ramp(front, 0.5, 0.85).
//                     Back left thin: 20 * ramp(0.6 - back, 0, 0.3).
//   front/mid/back_target_ratio   the same thirds' visible dots / the target ramp's dots. Front left bare:
//                     30 * ramp(0.65 - front, 0, 0.35); middle left bare: 15 * ramp(0.7 - mid, 0, 0.4).
//   left_right_imbalance  |densities of the two halves' transition zones| / the larger (soft split over
//                     +-1 mm at the curve's middle): 25 * ramp(imbalance, 0.25, 0.6); left_right_edge_diff_mm
//                     (difference of the halves' median edge offsets): 20 * ramp(diff, 1.5, 4).
//   mirror_share      the left half's edge dots (from 2-3 mm in front to T..T+1 behind, fading in over those
//                     ranges, and from 0.5-1.5 mm left of the curve's middle) reflected about an axis
//                     within +-1.5 mm of the curve's middle (0.05 mm steps, the best axis kept), each matched
//                     softly to the nearest trainee edge dot (exp(-r^2 / (2 * 0.25^2))); weighted mean. An
//                     exact copy scores 1, a copy with 0.2 mm jitter about 0.6, independent sides about 0.15-0.2
//                     (fading out below 10 left edge dots).
//   mirror_profile_correlation  the edge's density profile as a function along the line (smooth kernel,
//                     radius 2 mm, 0.5 mm grid from 1 mm in front to T behind, each value less its row's mean
//                     within +-4 mm on its own side) on the left half, correlated with the right half reflected
//                     about the same axes (best kept). A copy scores 1, with 0.2 mm jitter about 0.75-0.8, 0.3 mm
//                     about 0.6-0.7, 0.5 mm about 0.35-0.45; independent sides 0-0.3.
//                     Deduction 55 * max(ramp(share, 0.3, 0.5), ramp(correlation, 0.55, 0.8)): a natural hairline
//                     is never a mirror copy, so a clear copy fails the component like a hard edge.
// No trainee dots: score 0.
#pragma once

#include <vector>

#include "attempt.hpp"
#include "geometry.hpp"
#include "lesson.hpp"
#include "metric_support.hpp"

namespace stipple {

// Where each deduction starts (a metric at or inside these loses nothing; the score screen shows them as targets).
inline constexpr double kEdgeOffsetFreeMm = 2.0;        // |edge_offset_mm|
inline constexpr double kEdgeStepFree = 0.55;           // edge_step at most
inline constexpr double kEdgeBendFullMm = 0.3;          // edge_bend_mm at least
inline constexpr double kWanderFreeMm = 1.15;           // edge_wander_mm at most
inline constexpr double kTransitionWidthFree = 0.85;    // transition_width_share at least
inline constexpr double kFlatteningFreeMm = 0.85;       // curve_flattening_mm at most
inline constexpr double kFrontDensityFree = 0.5;        // front_density_ratio at most
inline constexpr double kFrontTargetFree = 0.65;        // front_target_ratio at least
inline constexpr double kMidTargetFree = 0.7;           // mid_target_ratio at least
inline constexpr double kBackDensityFree = 0.6;         // back_density_ratio at least
inline constexpr double kImbalanceFree = 0.25;          // left_right_imbalance at most
inline constexpr double kEdgeDiffFreeMm = 1.5;          // left_right_edge_diff_mm at most
inline constexpr double kMirrorShareFree = 0.3;         // mirror_share at most
inline constexpr double kMirrorProfileFree = 0.55;      // mirror_profile_correlation at most

// Requires lesson.hairline. Dots in any order (sorted canonically inside); `existing` = existing_marks(lesson).
MetricResult hairline_metric(const Lesson& lesson, const std::vector<Dot>& dots, const std::vector<Point>& existing);

}  // namespace stipple
