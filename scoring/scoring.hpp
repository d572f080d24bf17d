// The scoring engine's entry point: judges an attempt against its lesson as an experienced SMP artist would.
#pragma once

#include "attempt.hpp"
#include "lesson.hpp"
#include "score_report.hpp"

namespace stipple {

// Deterministic: the same lesson and dots (in any order) always give the same report.
ScoreReport score_attempt(const Lesson& lesson, const Attempt& attempt);

}  // namespace stipple
