// Marks already on the scalp when a lesson starts (earlier-session dots or existing hairs), from `existing`.
#pragma once

#include <vector>

#include "geometry.hpp"
#include "lesson.hpp"

namespace stipple {

// Deterministic from the lesson: existing.marks' places when it has them, else the generated scatter; empty
// when the lesson has no `existing` section.
std::vector<Point> existing_marks(const Lesson& lesson);

}  // namespace stipple
