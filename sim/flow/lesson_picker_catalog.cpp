// Loading the picker's lessons: the curriculum when there is one, else the folder's lesson files.
#include "sim/flow/lesson_picker_catalog.hpp"

#include <string>

#include "academy/lesson_folder.hpp"
#include "scoring/input_error.hpp"

namespace stipple {

namespace fs = std::filesystem;

namespace {

// The folder's lessons through the one folder loader (academy/lesson_folder.hpp), strictly: the first
// lesson file that fails is the error (a broken built-in lesson is never silently skipped).
Curriculum catalog_from_folder(const fs::path& lessons_dir) {
    LessonFolder folder = load_lesson_folder(lessons_dir.string());
    if (!folder.refused.empty()) throw folder.refused.front();
    Curriculum curriculum;
    curriculum.title = "Lessons in " + lessons_dir.string();
    for (const std::string& id : folder.ids_in_file_order) {
        CurriculumEntry entry;
        entry.file = fs::path(folder.file_of_id.at(id)).filename().string();
        entry.lesson = std::move(folder.by_id.at(id));
        curriculum.lessons.push_back(std::move(entry));
    }
    return curriculum;
}

}  // namespace

Curriculum load_lesson_catalog(const fs::path& lessons_dir) {
    std::error_code ec;
    if (!fs::is_directory(lessons_dir, ec))
        throw InputError(ErrorCode::not_a_folder, lessons_dir.string(), "",
                         "no lessons folder here (use --lessons DIR or STIPPLE_DATA_DIR)");
    const fs::path curriculum_path = lessons_dir / kCurriculumFileName;
    Curriculum curriculum = fs::exists(curriculum_path, ec) ? load_curriculum(curriculum_path.string())
                                                            : catalog_from_folder(lessons_dir);
    if (curriculum.lessons.empty())
        throw InputError(ErrorCode::no_lessons, lessons_dir.string(), "",
                         "no lessons here (no curriculum.json and no stipple-lesson/1 files)");
    return curriculum;
}

}  // namespace stipple
