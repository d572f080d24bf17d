// Loading the picker's lessons: the curriculum when there is one, else the folder's lesson files.
#include "sim/flow/lesson_picker_catalog.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_io.hpp"

namespace stipple {

namespace fs = std::filesystem;

namespace {

// True when the document says it is a lesson; other JSON in the folder (schemas, curricula) is not ours.
bool declares_lesson_format(const nlohmann::json& doc) {
    if (!doc.is_object()) return false;
    const auto format = doc.find("format");
    return format != doc.end() && format->is_string() && format->get<std::string>() == kLessonFormat;
}

Curriculum catalog_from_folder(const fs::path& lessons_dir) {
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(lessons_dir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    Curriculum curriculum;
    curriculum.title = "Lessons in " + lessons_dir.string();
    std::set<std::string> ids;
    for (const fs::path& file : files) {
        const nlohmann::json doc = parse_json_file(file.string());
        if (!declares_lesson_format(doc)) continue;
        CurriculumEntry entry;
        entry.file = file.filename().string();
        entry.lesson = lesson_from_json(doc, file.string());
        if (!ids.insert(entry.lesson.id).second)
            throw InputError(file.string(), "/id", "lesson id \"" + entry.lesson.id + "\" is used by another file here");
        curriculum.lessons.push_back(std::move(entry));
    }
    return curriculum;
}

}  // namespace

Curriculum load_lesson_catalog(const fs::path& lessons_dir) {
    std::error_code ec;
    if (!fs::is_directory(lessons_dir, ec))
        throw InputError(lessons_dir.string(), "", "no lessons folder here (use --lessons DIR or STIPPLE_DATA_DIR)");
    const fs::path curriculum_path = lessons_dir / kCurriculumFileName;
    Curriculum curriculum = fs::exists(curriculum_path, ec) ? load_curriculum(curriculum_path.string())
                                                            : catalog_from_folder(lessons_dir);
    if (curriculum.lessons.empty())
        throw InputError(lessons_dir.string(), "", "no lessons here (no curriculum.json and no stipple-lesson/1 files)");
    return curriculum;
}

}  // namespace stipple
