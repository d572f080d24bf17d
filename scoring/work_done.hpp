// How much of the session's work the trainee's own dots did, and which dots count as "in the zone". Shared by
// the depth metric (only zone dots are judged; depth credit scales with the work done) and the engine (the
// "unfinished" critical error), so both read the same rule.
//
//   zone weight of a dot: 1 inside the zone, falling linearly to 0 at kZoneEdgeSoftMm outside its boundary
//                         (so a dot moved across the edge changes every figure continuously); 0 off the map;
//   own_dots_in_zone    = sum of the zone weights of the trainee's dots (existing marks are not the trainee's
//                         work: they count toward density in the spacing metric, never here);
//   expected_dots       = expected_dot_count(lesson) (lesson_regions.hpp: new dots an expert places this session);
//   visible_dots        = expected_visible_dot_count(lesson): existing marks + new dots at the session's target;
//   required_dots       = expected_dots - (1 - completion_share) * visible_dots, at least 0: the tolerance is
//                         counted against the whole visible target, because that is what the eye and the
//                         density metrics see. An expert whose spacing is 8 % wide builds 1/1.08^2 = 86 % of
//                         the visible target: on a first session that is 86 % of the new dots, on a last
//                         layering session (70 % already there) only about half of them, and both are fair;
//                         leaving out 70 % of that last session's dots (79 % of the target) is not;
//   share               = own_dots_in_zone / required_dots (1 when nothing is required); 1 or more = done.
// Unfinished: share < 1 (visible density below lesson.critical.completion_share, default 0.8, of the
// session's target) raises the critical error "unfinished" and the attempt cannot pass.
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
    double required_dots = 0.0;
    double share = 1.0;
};
WorkDone work_done(const Lesson& lesson, const std::vector<Dot>& dots);

// The share of the session's visible target density at which the work counts as done
// (lesson.critical.completion_share, 0..1).
double completion_share(const Lesson& lesson);

// "unfinished" when share < 1, in words a trainee understands; nullopt otherwise.
std::optional<CriticalError> unfinished_error(const WorkDone& work);

}  // namespace stipple
