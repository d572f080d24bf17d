// The lessons the picker offers: the curriculum in LESSONS/curriculum.json or, while a folder has none,
// every stipple-lesson/1 file in it (file-name order, no prerequisites) as a curriculum of its own. Cases: the
// curriculum's, else every stipple-case/1 file in LESSONS/cases (file-name order, open to all).
#pragma once

#include <filesystem>

#include "scoring/curriculum.hpp"

namespace stipple {

// Throws InputError naming the folder when it is missing or holds no lessons, and naming the file and
// field of any invalid lesson or curriculum (a broken built-in lesson is never silently skipped).
// JSON files that are not lessons (schemas, other formats) are ignored in the folder listing.
Curriculum load_lesson_catalog(const std::filesystem::path& lessons_dir);

}  // namespace stipple
