// The lessons an import scores against: every stipple-lesson/1 file in a folder, found by lesson id.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "scoring/lesson.hpp"

namespace stipple {

struct LessonFolder {
    std::string dir;
    std::map<std::string, Lesson> by_id;
    std::vector<std::string> refused;  // "FILE: reason" for lesson files that failed validation
};

// Reads DIR/*.json; files of another format (curriculum, attempts) are skipped. Throws InputError when
// DIR is not a folder or two lesson files share an id.
LessonFolder load_lesson_folder(const std::string& dir);

// The lesson with `id`, or an InputError naming `asked_by` and its /lesson field.
const Lesson& find_lesson(const LessonFolder& folder, const std::string& id, const std::string& asked_by);

}  // namespace stipple
