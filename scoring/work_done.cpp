// How much of the session's work was done (see work_done.hpp).
#include "work_done.hpp"

#include <algorithm>
#include <cmath>

#include "lesson_regions.hpp"
#include "metric_support.hpp"

namespace stipple {

double zone_weight(const Lesson& lesson, Point p) {
    if (!on_map(p)) return 0.0;
    if (contains(lesson.zone, p)) return 1.0;
    return 1.0 - ramp01(distance_to_boundary_mm(lesson.zone, p), 0.0, kZoneEdgeSoftMm);
}

WorkDone work_done(const Lesson& lesson, const std::vector<Dot>& dots) {
    WorkDone w;
    for (const Dot& d : dots) w.own_dots_in_zone += zone_weight(lesson, {d.x, d.y});
    w.dots_outside_zone = std::max(0.0, static_cast<double>(dots.size()) - w.own_dots_in_zone);
    w.expected_dots = finite_or(expected_dot_count(lesson), 0.0);
    const double visible = finite_or(expected_visible_dot_count(lesson), 0.0);
    w.required_dots = std::max(0.0, w.expected_dots - (1.0 - completion_share(lesson)) * visible);
    w.share = w.required_dots >= 1.0 ? w.own_dots_in_zone / w.required_dots : 1.0;
    return w;
}

double completion_share(const Lesson& lesson) { return std::clamp(lesson.critical.completion_share, 0.0, 1.0); }

std::optional<CriticalError> unfinished_error(const WorkDone& work) {
    if (!(work.share < 1.0)) return std::nullopt;
    const double placed = std::floor(work.own_dots_in_zone + 1e-9);
    std::string message = feedback_text("You placed %.0f of about %.0f dots this session needs (at least %.0f to count as finished)",
                                        placed, std::round(work.expected_dots), std::ceil(work.required_dots));
    if (work.dots_outside_zone >= 0.5)
        message += feedback_text(" inside the treatment zone (%.0f more landed outside it)", std::round(work.dots_outside_zone));
    message += ": finish the work before it can pass";
    return CriticalError{"unfinished", message, std::nullopt};
}

}  // namespace stipple
