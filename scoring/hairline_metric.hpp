// Hairline naturalness: is the front edge where the lesson puts it, soft (density ramping up across
// transition_mm), micro-irregular rather than ruler-straight or ragged, free of forehead spill, and balanced
// left and right without being a mirror copy? Only for lessons with a hairline.
//
// d = signed distance from the target curve (behind_hairline_mm: + toward the crown, - toward the forehead).
// The visible set is the trainee's dots plus the existing marks; spill and mirror copies look at the
// trainee's dots only. The curve's x range is cut into bins about 4 mm wide; a bin is judged when the point
// just behind the curve at its centre lies in the zone.
//
// Raw metrics and deductions (score = 100 minus their sum, clamped to 0..100):
//   forehead_spill    trainee dots more than kSpillToleranceMm (2 mm) in front of the curve; max_spill_mm.
//                     Deduction min(80, 20 + 6 per dot).
//   edge_offset_mm    median over bins of the front-most visible dot's d (edge found where dots begin, within
//                     [-2, T + 10] mm). Deduction 15 per mm beyond +-1 mm, at most 50.
//   missing_edge_share share of judged bins with no dot at all near the curve. Deduction 100 * share, <= 40.
//   edge_roughness_mm bin-to-bin wobble of the front-most d (rms of successive differences / sqrt 2, so a slow
//                     drift is not counted): ruler-straight below 0.5 mm (deduction up to 30 at 0.2 mm),
//                     ragged above 1.2 mm (up to 30 at 2.5 mm). The demo wobbles about 0.7 mm.
//   front/mid/back_density_ratio  density in the first, second and last third of the transition zone
//                     relative to full density (measured just behind it, or the expected density when that is
//                     under half of it). Hard edge: deduction 50 * ramp(front, 0.5, 0.85). Transition left
//                     thin: 20 * ramp(0.6 - back, 0, 0.3).
//   left_right_imbalance  |densities of the two halves' transition zones| / the larger: deduction
//                     25 * ramp(imbalance, 0.25, 0.6); left_right_edge_diff_mm: 20 * ramp(diff, 1.5, 4).
//   mirror_share      share of the left half's edge dots with a dot at the mirrored place (within 0.15 mm) on
//                     the right: 25 * ramp(share, 0.3, 0.7).
// No trainee dots: score 0.
#pragma once

#include <vector>

#include "attempt.hpp"
#include "geometry.hpp"
#include "lesson.hpp"
#include "metric_support.hpp"

namespace stipple {

// Requires lesson.hairline. Dots in any order (sorted canonically inside); `existing` = existing_marks(lesson).
MetricResult hairline_metric(const Lesson& lesson, const std::vector<Dot>& dots, const std::vector<Point>& existing);

}  // namespace stipple
