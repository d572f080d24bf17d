// The expert model attempt: what a skilled artist would place for a lesson (yardstick and instructor preview).
#pragma once

#include <optional>

#include "attempt.hpp"
#include "lesson.hpp"

namespace stipple {

// Blue-noise scatter at the target spacing, a feathered irregular hairline, consistent depth; deterministic.
// A design lesson: no dots, an expert's design line (design_metric.hpp).
// When the lesson offers a needle or shade choice, the expert's (expert_choice) is in the attempt.
Attempt demo_attempt(const Lesson& lesson);

// The first acceptable needle and shade the lesson offers (nullopt when it offers none).
std::optional<SessionChoice> expert_choice(const Lesson& lesson);

// Depth a steady expert hand gives a dot from a standard normal draw: the window's middle, sd 6 % of the
// window, kept 10 % inside it (the demo's rule; the scoring gallery's generators use it too).
double expert_depth_mm(const Lesson& lesson, double standard_normal);

}  // namespace stipple
