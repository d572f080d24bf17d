// Reading and validating cases (stipple-case/1) and the lessons they name; errors name the case file and the
// JSON pointer (/steps/3/questions/0/options), or the lesson file and its own pointer.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "case.hpp"

namespace stipple {

// `file` is the case file's path: lesson_file paths are resolved against its folder.
Case case_from_json(const nlohmann::json& doc, const std::string& file);
Case load_case(const std::string& path);
// True when the file's "format" is stipple-case/1 (a folder listing tells cases from lessons with it).
bool is_case_document(const nlohmann::json& doc);

}  // namespace stipple
