// Reading, validating and writing lessons (stipple-lesson/1). Refusals are InputErrors naming file and field.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "lesson.hpp"
#include "scalp_patterns.hpp"  // is_known_pattern, is_known_skin: the one table of scalp cases

namespace stipple {

inline constexpr const char* kLessonFormat = "stipple-lesson/1";

// Validates strictly and returns the lesson; `file` only labels error messages.
Lesson lesson_from_json(const nlohmann::json& doc, const std::string& file);
Lesson load_lesson(const std::string& path);

// Writes every required field and each optional one that differs from its default.
nlohmann::ordered_json lesson_to_json(const Lesson& lesson);
// Validates first (throws InputError, leaves any existing file untouched), then writes atomically.
void save_lesson(const std::string& path, const Lesson& lesson);

}  // namespace stipple
