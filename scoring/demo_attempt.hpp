// The expert model attempt: what a skilled artist would place for a lesson (yardstick and instructor preview).
#pragma once

#include "attempt.hpp"
#include "lesson.hpp"

namespace stipple {

// Blue-noise scatter at the target spacing, a feathered irregular hairline, consistent depth; deterministic.
Attempt demo_attempt(const Lesson& lesson);

}  // namespace stipple
