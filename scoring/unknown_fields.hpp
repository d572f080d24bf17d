// Fields a lesson names that the reader does not know: ignored, each with a warning that suggests the field
// the author probably meant ("pass_scor" -> "pass_score", "spacing" -> "spacing_mm"). Names starting with
// "_" and "$comment" are authors' notes and stay silent.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "lesson_warnings.hpp"  // LessonWarning

namespace stipple {

// One warning per unknown field of a stipple-lesson/1 document, at its pointer: the top level first, then
// each section.
std::vector<LessonWarning> unknown_field_warnings(const nlohmann::json& doc);

}  // namespace stipple
