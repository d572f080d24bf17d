// Depth consistency: are the deposits inside the lesson's depth window and tightly grouped?
//
// Raw metrics (trainee dots only; existing marks have no depth):
//   dots, in_window_share, mean_depth_mm, depth_sd_mm, too_deep (count > max), too_shallow (count < min)
// Score, 0..100:
//   credit per dot: 1 inside the window, falling linearly to 0 at kDepthSlackMm outside it;
//   base = 100 * mean credit  (so all dots at 1.5 mm in a 0.4-0.9 window score 0: consistently wrong is wrong);
//   minus a spread deduction of up to 30 points: 0 while sd <= 15% of the window width, 30 at sd >= 45%,
//   where sd (depth_sd_mm) is taken over the dots within the window plus the slack (the others already lost)
//   (dots spread evenly over the whole window have sd = 29% and lose about 14).
// No dots: score 0 with a feedback line.
#pragma once

#include <vector>

#include "attempt.hpp"
#include "lesson.hpp"
#include "metric_support.hpp"
#include "score_report.hpp"

namespace stipple {

inline constexpr double kDepthSlackMm = 0.1;

// Dots in any order (sorted canonically inside).
MetricResult depth_metric(const Lesson& lesson, const std::vector<Dot>& dots);

}  // namespace stipple
