// Canonical lesson JSON and its SHA-256.
#include "academy/lesson_hash.hpp"

#include "academy/sha256.hpp"
#include "scoring/lesson_io.hpp"

namespace stipple {

std::string canonical_lesson_json(const Lesson& lesson) { return lesson_to_json(lesson).dump(); }

std::string lesson_content_hash(const Lesson& lesson) { return sha256_hex(canonical_lesson_json(lesson)); }

}  // namespace stipple
