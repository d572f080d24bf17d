// A lesson's content hash: SHA-256 of its canonical JSON, so an edited lesson is a new recorded version.
#pragma once

#include <string>

#include "scoring/lesson.hpp"

namespace stipple {

// lesson_to_json() dumped compactly: fixed field order, defaults omitted, so formatting never matters.
std::string canonical_lesson_json(const Lesson& lesson);
std::string lesson_content_hash(const Lesson& lesson);  // 64 hex digits
inline std::string short_hash(const std::string& hash) { return hash.substr(0, 12); }

}  // namespace stipple
