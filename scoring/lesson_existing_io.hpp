// The lesson fields a case's next session carries (issue 14, part E), read and written apart from lesson_io so
// that file stays one job: the "existing" section with its explicit healed marks, and "numbing_wait_s".
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "json_reader.hpp"
#include "lesson.hpp"

namespace stipple {

// "existing": {"kind": "dots"|"hair", "density_fraction", "seed"} or {"kind": "dots", "marks": [{...}]}; with
// marks, density_fraction and seed are optional and unused. At most kMaxExistingMarks marks, each on the map.
Existing read_existing(const JsonReader& r, const nlohmann::json& value, const std::string& ptr);
nlohmann::ordered_json existing_to_json(const Existing& existing);

// "numbing_wait_s": the compressed numbing clock's seconds (> 0, at most 600).
double read_numbing_wait_s(const JsonReader& r, const nlohmann::json& value, const std::string& ptr);

}  // namespace stipple
