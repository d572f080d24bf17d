// Reading and writing the needle and shade a lesson offers (lesson `choices`, `shade_dilution`) and the one an
// attempt chose (attempt `choice`), as blocks of stipple-lesson/1 and stipple-attempt/1 (issue 14, part D).
// The rules: every option states a reason, each offered list has at least one acceptable option, option
// names are unique, a dilution is a share of full-strength pigment from 0.1 to 1, a needle's dot fits the
// lesson's spacing. Faults are InputErrors with the field's pointer, e.g. /choices/shades/1/dilution.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "attempt.hpp"
#include "json_reader.hpp"
#include "lesson.hpp"

namespace stipple {

// /shade_dilution: a share of full-strength pigment, kMinShadeDilution..1.
double read_shade_dilution(const JsonReader& r, const nlohmann::json& value, const std::string& ptr);
// /choices, read after the lesson's targets (a needle option's diameter must fit targets.spacing_mm).
Choices read_choices(const JsonReader& r, const nlohmann::json& value, const std::string& ptr, const Lesson& lesson);
nlohmann::ordered_json choices_to_json(const Choices& choices);

// An attempt's /choice: {"needle": "1RL", "shade": "diluted 1:1"}, either field optional (not chosen).
SessionChoice read_session_choice(const JsonReader& r, const nlohmann::json& value, const std::string& ptr);
nlohmann::ordered_json session_choice_to_json(const SessionChoice& choice);

}  // namespace stipple
