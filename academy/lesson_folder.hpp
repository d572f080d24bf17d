// The one loader for a folder of lessons: every stipple-lesson/1 file in it, by id and in file-name order.
// The academy's import and the gallery look lessons up by id; the lesson picker offers a folder without a
// curriculum in file-name order (sim/ui/lesson_picker_catalog.hpp).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "scoring/input_error.hpp"
#include "scoring/lesson.hpp"

namespace stipple {

struct LessonFolder {
    std::string dir;
    std::map<std::string, Lesson> by_id;
    std::vector<std::string> ids_in_file_order;   // the valid lessons' ids, sorted by file name
    std::map<std::string, std::string> file_of_id;  // id -> the lesson file's path
    std::vector<InputError> refused;               // lesson files that failed to parse or validate, in file order
};

// Reads DIR/*.json; JSON files of another format (curriculum, schema, attempts) are skipped, files that fail
// are kept in `refused`. Throws InputError when DIR is not a folder (not_a_folder) or two lesson files share
// an id (duplicate_id, naming the second file's /id).
LessonFolder load_lesson_folder(const std::string& dir);

// The lesson with `id`, or an InputError (unknown_lesson) naming `asked_by` and its /lesson field.
const Lesson& find_lesson(const LessonFolder& folder, const std::string& id, const std::string& asked_by);

}  // namespace stipple
