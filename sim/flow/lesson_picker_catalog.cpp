// Loading the picker's lessons: the curriculum when there is one, else the folder's lesson files.
#include "sim/flow/lesson_picker_catalog.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "academy/lesson_folder.hpp"
#include "scoring/case_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"

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

// The case files in LESSONS/cases (file-name order), strictly: any stipple-case/1 file that fails is the error.
std::vector<CurriculumCase> cases_from_folder(const fs::path& cases_dir) {
    std::vector<CurriculumCase> cases;
    std::error_code ec;
    if (!fs::is_directory(cases_dir, ec)) return cases;
    std::vector<fs::path> files;
    for (const fs::directory_entry& e : fs::directory_iterator(cases_dir, ec))
        if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        const nlohmann::json doc = parse_json_file(file.string());
        if (!is_case_document(doc)) continue;  // schemas and other formats
        CurriculumCase entry;
        entry.file = (fs::path("cases") / file.filename()).string();
        entry.the_case = case_from_json(doc, file.string());
        cases.push_back(std::move(entry));
    }
    return cases;
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
    if (curriculum.cases.empty()) curriculum.cases = cases_from_folder(lessons_dir / "cases");
    if (curriculum.lessons.empty())
        throw InputError(ErrorCode::no_lessons, lessons_dir.string(), "",
                         "no lessons here (no curriculum.json and no stipple-lesson/1 files)");
    return curriculum;
}

}  // namespace stipple
