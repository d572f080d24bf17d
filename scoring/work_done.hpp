// How much of the session's work the trainee's own dots did, and which dots count as "in the zone". Shared by
// the depth metric (only zone dots are judged; depth credit scales with the work done) and the engine (the
// "unfinished" critical error), so both read the same rule.
//
//   zone weight of a dot: 1 inside the zone, falling linearly to 0 at kZoneEdgeSoftMm outside its boundary
//                         (so a dot moved across the edge changes every figure continuously); 0 off the map;
//   own_dots_in_zone    = sum of the zone weights of the trainee's dots (existing marks are not the trainee's
//                         work: they count toward density in the spacing metric, never here);
//   expected_dots       = expected_dot_count(lesson) (lesson_regions.hpp: new dots an expert places this session);
//   share               = own_dots_in_zone / expected_dots (1 when the session expects no new dots).
// Unfinished: share < lesson.critical.completion_share (default 0.75, the tolerance for an expert's fair
// spread in dot count: the demo of each shipped lesson at 8 % wider spacing places 82-95 % of the expected
// count) raises the critical error "unfinished" and the attempt cannot pass.
#pragma once

#include <optional>
#include <vector>

#include "attempt.hpp"
#include "lesson.hpp"
#include "score_report.hpp"

namespace stipple {

inline constexpr double kZoneEdgeSoftMm = 0.5;

double zone_weight(const Lesson& lesson, Point p);

struct WorkDone {
    double own_dots_in_zone = 0.0;
    double dots_outside_zone = 0.0;  // dots placed, less own_dots_in_zone
    double expected_dots = 0.0;
    double share = 1.0;
};
WorkDone work_done(const Lesson& lesson, const std::vector<Dot>& dots);

// The share of the session's work at which the work counts as done (lesson.critical.completion_share, 1 at most).
double completion_share(const Lesson& lesson);

// "unfinished" when share < completion_share(lesson), in words a trainee understands; nullopt otherwise.
std::optional<CriticalError> unfinished_error(const Lesson& lesson, const WorkDone& work);

}  // namespace stipple
