// Fields a lesson names that the reader does not know: ignored, each with a warning that suggests the field
// the author probably meant ("pass_scor" -> "pass_score", "spacing" -> "spacing_mm"). Names starting with
// "_" and "$comment" are authors' notes and stay silent.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lesson_warnings.hpp"  // LessonWarning

namespace stipple {

// The fields stipple-lesson/1 knows, section by section: "" is the top level, "scalp/scars/*" each scar.
// The JSON Schema's properties are held to this list (tests/lessons).
struct LessonFieldSection {
    std::string section;
    std::vector<std::string> names;
};
const std::vector<LessonFieldSection>& lesson_field_names();

// One warning per unknown field of a stipple-lesson/1 document, at its pointer, section by section in the
// order of lesson_field_names().
std::vector<LessonWarning> unknown_field_warnings(const nlohmann::json& doc);

}  // namespace stipple
