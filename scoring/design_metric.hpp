// Hairline design (issue 14): is the trainee's drawn hairline (Attempt::design_line, map mm, left to right) one
// a hairline designer would draw for the client of the lesson's brief (DesignBrief, DesignRules)? Pure.
//
// The line is read as y(x) (linear between its points) on a 0.5 mm grid over its x range. Measured:
//   mid_frontal_mm        y at x = 0 (the line must cross the midline; otherwise score 0 and the critical
//                         error "no_design_line"). Outside rules.mid_frontal_{min,max}_mm: deduction
//                         40 * ramp(mm outside, 0.5, 6) ("too low" / "too high for a client of N").
//   face_third_mm         face_third_mm(head): the lowest a hairline ever sits (a juvenile line).
//   conservative_min_mm   face_third + 8 + 0.4 per year of age over 25 (at most 12): loss is still to come, so
//                         the line is drawn higher the older the client. Below it: 35 * ramp(mm below, 0.5, 5).
//   corner_left/right     the fronto-temporal angles: the rearmost point of each side with |x| >= 10 mm.
//   recession_mm          the smaller of the two corners' depth behind the mid-frontal point (and the larger,
//                         recession_max_side_mm). Outside rules.recession_{min,max}_mm: 40 * ramp(mm, 0.5, 5)
//                         ("no temporal recession" / "recession too deep").
//   temporal_forward_mm   per side the corner's y minus the foremost y beyond it (the temporal point), the
//                         smaller side. Outside rules.temporal_forward_{min,max}_mm: 30 * ramp(mm, 0.5, 4).
//   frontal_width_mm      right corner x - left corner x. Outside rules.frontal_width_{min,max}_mm:
//                         35 * ramp(mm, 1, 10) ("too narrow" / "too wide").
//   temporal_reach_mm     the smaller |x| of the line's two ends (the larger: temporal_reach_max_side_mm).
//                         Outside rules.temporal_reach_{min,max}_mm: 25 * ramp(mm, 1, 8).
//   fronto_temporal_angle_deg  the mean of the two corners' angles between the directions to the mid-frontal
//                         point and to the temporal point (180 for a straight line; reported, not charged:
//                         recession and temporal_forward judge it).
//   asymmetry_mm          mean over t in 5..min(reach)-1 mm of y(-t) - y(t) (+: the left side sits higher).
//                         |asymmetry| beyond rules.asymmetry_max_mm: 35 * ramp(mm beyond, 0, 3) ("lopsided").
//   mirror_residual_mm    the best (over a mirror axis within +-3 mm of the midline, 0.25 mm steps) rms of
//                         y(a - t) - y(a + t) about its mean: 0 for a mirror copy, even one shifted up on a side.
//                         A natural hand-designed line 0.8-2.5 mm. Deduction 45 * (1 - ramp(r, 0.4, 0.8)).
//   jagged_mm             the largest over h = 0.5, 1, 1.5, 2 mm of the rms over the grid of y(x) - (y(x - h) +
//                         y(x + h)) / 2: 0 on straight pieces, about 0.15 for the expert's line (its corners), a
//                         +-1 mm zigzag of 2-4 mm period 1.2-1.4. A designed line is one smooth stroke:
//                         40 * ramp(jagged, 0.3, 0.8) ("ragged"), at the sharpest zigzag.
//   straight_residual_mm  rms of the line about its least-squares straight line: under 1.5 mm: 40 * (1 -
//                         ramp(r, 1, 1.5)) ("straight").
//   arc_residual_mm       rms about its least-squares parabola: under 0.8 mm (and not straight): 35 * (1 -
//                         ramp(r, 0.5, 0.8)) ("a perfect arc").
// score = 100 minus the deductions, clamped to 0..100. Every fault is located: `at` the point of the line it
// concerns (the mid-frontal point, a corner, a temporal point, the side that sits off).
#pragma once

#include <optional>

#include "attempt.hpp"
#include "geometry.hpp"
#include "lesson.hpp"
#include "metric_support.hpp"

namespace stipple {

// A third of the face's height on the map for this head (the default adult male head: 61.7 mm): half the
// straight distance from the glabella to the chin of sim/head's procedural head, fitted over the forms and
// face_length 0.85..1.15 (tests/head checks it against head_landmarks to 0.5 mm). head_width does not change it.
double face_third_mm(const HeadForm& head, const std::string& scalp_pattern = "");

// The lowest mid-frontal height a conservative designer accepts for a client of this age on this head.
double conservative_mid_frontal_min_mm(double face_third, int client_age);

// Requires lesson.design. An absent line, fewer than 2 points, or one that does not cross x = 0: score 0 and
// the critical error "no_design_line".
MetricResult design_metric(const Lesson& lesson, const std::optional<Polyline>& design_line);

// An expert's line for the lesson's rules (used by the demo attempt): mid-frontal point, corners and temporal
// points in the middle of each range, with a natural asymmetry (left corner 2 mm higher, 4 mm further out).
Polyline expert_design_line(const Lesson& lesson);

}  // namespace stipple
