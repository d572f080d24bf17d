// Loading a folder of lesson files (see lesson_folder.hpp).
#include "academy/lesson_folder.hpp"

#include <algorithm>
#include <filesystem>

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

}  // namespace

LessonFolder load_lesson_folder(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw InputError(ErrorCode::not_a_folder, dir, "", "not a folder of lessons");
    LessonFolder folder;
    folder.dir = dir;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        Lesson lesson;
        try {
            const nlohmann::json doc = parse_json_file(file.string());
            if (!declares_lesson_format(doc)) continue;
            lesson = lesson_from_json(doc, file.string());
        } catch (const InputError& e) {
            folder.refused.push_back(e);
            continue;
        }
        if (const auto it = folder.file_of_id.find(lesson.id); it != folder.file_of_id.end())
            throw InputError(ErrorCode::duplicate_id, file.string(), "/id",
                             "lesson id \"" + lesson.id + "\" is also used by " + it->second);
        folder.file_of_id[lesson.id] = file.string();
        folder.ids_in_file_order.push_back(lesson.id);
        folder.by_id.emplace(lesson.id, std::move(lesson));
    }
    return folder;
}

const Lesson& find_lesson(const LessonFolder& folder, const std::string& id, const std::string& asked_by) {
    const auto it = folder.by_id.find(id);
    if (it != folder.by_id.end()) return it->second;
    std::string message = "no lesson \"" + id + "\" in " + folder.dir;
    if (!folder.refused.empty()) message += " (" + std::to_string(folder.refused.size()) + " lesson file(s) there are invalid)";
    throw InputError(ErrorCode::unknown_lesson, asked_by, "/lesson", message);
}

}  // namespace stipple
