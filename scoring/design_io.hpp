// Reading and writing the hairline design parts of the formats (issue 14, part B): a lesson's `design` (the
// client's brief and the designer's rules, DesignBrief) and an attempt's `design_line`. lesson_io and attempt_io
// call these; the format is in lessons/README.md ("Hairline design lessons") and the lesson's JSON Schema.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "geometry.hpp"
#include "json_reader.hpp"
#include "lesson.hpp"

namespace stipple {

inline constexpr int kMinClientAge = 16, kMaxClientAge = 100;
inline constexpr std::size_t kMaxDesignLinePoints = 1000;  // a drawn line; the app's pencil adds a few dozen
inline constexpr const char* kFaceShapes[] = {"oval", "round", "square", "long", "heart"};

// `value` at `ptr` ("/design"): client_age (whole years) and face_shape are required, loss_stage, wishes and
// rules optional; every rule is optional ([min, max] pairs with 0 <= min < max <= 300 mm, asymmetry_max_mm > 0).
DesignBrief read_design_brief(const JsonReader& r, const nlohmann::json& value, const std::string& ptr);
nlohmann::ordered_json design_brief_json(const DesignBrief& brief);

// An attempt's design_line at `ptr` ("/design_line"): 2..kMaxDesignLinePoints points [x, y] on the scalp map,
// x strictly increasing (left to right); the error names the point ("/design_line/3").
Polyline read_design_line(const JsonReader& r, const nlohmann::json& value, const std::string& ptr);

}  // namespace stipple
