// Depth consistency: are the deposits inside the lesson's depth window and tightly grouped, over the work the
// session asked for? Blow-outs beyond a small share fail the attempt (a critical error).
//
// Only the trainee's dots in the zone count, each by its zone weight w (work_done.hpp: 1 inside, falling to 0
// at 0.5 mm outside the boundary), so good dots placed outside the zone cannot dilute faults inside it.
// Raw metrics:
//   dots (all placed), zone_dots (sum of w), work_done_share (zone_dots / expected new dots this session),
//   in_window_share, mean_depth_mm, depth_sd_mm, too_deep (zone dots > max), too_shallow (zone dots < min),
//   blown_out_share (zone dots beyond the window, each counted by its lost credit, so a dot 0.05 mm past max
//   counts half and one 0.1 mm or more past it counts whole, over zone_dots)
// Score, 0..100:
//   credit per dot: 1 inside the window, falling linearly to 0 at kDepthSlackMm outside it;
//   cost per dot outside the window: its lost credit (1 - credit), plus, for a dot beyond the window, up to 2
//          more rising from 0.1 to 0.3 mm past it (kBlowOutCost 3: a blow-out is permanent damage), and, for
//          a dot above it, up to 0.5 more rising from 0.1 to 0.2 mm above it (kShallowCost 1.5: it fades and
//          leaves a gap another session must fill);
//   base = 100 * (1 - sum of costs / zone_dots), at least 0: 5 % blown out loses 15, 25 % shallow loses 37.5,
//          every dot 0.03 mm too deep loses 30; all dots at 1.5 mm in a 0.4-0.9 window score 0: consistently
//          wrong is wrong;
//   minus a spread deduction of up to 30 points: 0 while sd <= 15% of the window width, 30 at sd >= 45%,
//   where sd (depth_sd_mm) is taken over the dots within the window plus the slack (the others already lost)
//   (dots spread evenly over the whole window have sd = 29% and lose about 14);
//   times the work factor: work_done_share (work_done.hpp: own zone dots over the dots required to count as
//   finished), at most 1, so depth credit grows with the work done: one perfect dot of 1500 scores about 0.
// Critical error "blowout": blown_out_share above lesson.critical.blowout_share (default 0.05): blow-outs are
// permanent, so the attempt fails whatever its total. Located at the densest cluster of blown-out dots.
// No dots in the zone: score 0 with a feedback line.
#pragma once

#include <vector>

#include "attempt.hpp"
#include "lesson.hpp"
#include "metric_support.hpp"
#include "score_report.hpp"
#include "work_done.hpp"

namespace stipple {

inline constexpr double kDepthSlackMm = 0.1;
// The spread deduction starts at sd = this share of the window's width (the score screen's target for depth_sd_mm).
inline constexpr double kDepthSpreadFree = 0.15;
inline constexpr double kBlowOutCost = 3.0;   // a dot 0.3 mm or more past the window costs three dots' credit
inline constexpr double kShallowCost = 1.5;   // a dot 0.2 mm or more above it costs one and a half

// Dots in any order (sorted canonically inside). `work` is work_done(lesson, dots), passed when already known.
MetricResult depth_metric(const Lesson& lesson, const std::vector<Dot>& dots, const WorkDone& work);
MetricResult depth_metric(const Lesson& lesson, const std::vector<Dot>& dots);

}  // namespace stipple
