// An attempt's content hash: the SHA-256 of its work (dots, and the chosen needle and shade and the drawn design
// line when it has them) in one canonical text, so a copy saved compact, indented, reordered or with its times
// stripped is the same work (dedupe per trainee, copies between trainees). The seal covers this hash.
#pragma once

#include <string>
#include <vector>

#include "scoring/attempt.hpp"

namespace stipple {

// "stipple-dots/1\n<lesson>\n" then one line "x y depth_mm\n" per dot: each value rounded to 0.001 mm and
// written "%.3f" (never "-0.000"), lines sorted by (x, y, depth). Dot times are left out on purpose.
std::string canonical_dots_text(const std::string& lesson_id, const std::vector<Dot>& dots);
std::string content_hash(const std::string& lesson_id, const std::vector<Dot>& dots);  // 64 hex digits

// The whole work: canonical_dots_text, then `choice "<needle>" "<shade>"\n` (JSON-quoted names) when the attempt
// has a choice, then `design_line <n>\n` and one "x y\n" line per point, in drawn order, rounded as dots, when it
// has a design line. An attempt with neither gives exactly canonical_dots_text, so hashes and seals made before
// choices and design lines existed stay valid.
std::string canonical_attempt_text(const Attempt& attempt);
std::string content_hash(const Attempt& attempt);  // 64 hex digits: what dedupe and the seal use

}  // namespace stipple
