// An attempt's content hash: the SHA-256 of its dots in one canonical text, so a copy saved compact, indented,
// reordered or with its times stripped is the same work (dedupe per trainee, copies between trainees).
#pragma once

#include <string>
#include <vector>

#include "scoring/attempt.hpp"

namespace stipple {

// "stipple-dots/1\n<lesson>\n" then one line "x y depth_mm\n" per dot: each value rounded to 0.001 mm and
// written "%.3f" (never "-0.000"), lines sorted by (x, y, depth). Dot times are left out on purpose.
std::string canonical_dots_text(const std::string& lesson_id, const std::vector<Dot>& dots);
std::string content_hash(const std::string& lesson_id, const std::vector<Dot>& dots);  // 64 hex digits

}  // namespace stipple
