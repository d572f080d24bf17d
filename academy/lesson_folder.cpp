// Indexing a folder of lesson files by id.
#include "academy/lesson_folder.hpp"

#include <algorithm>
#include <filesystem>

#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_io.hpp"

namespace stipple {

namespace fs = std::filesystem;

LessonFolder load_lesson_folder(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw InputError(dir, "", "not a folder of lessons");
    LessonFolder folder;
    folder.dir = dir;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::map<std::string, std::string> file_of_id;
    for (const fs::path& file : files) {
        try {
            const nlohmann::json doc = parse_json_file(file.string());
            if (!doc.is_object() || !doc.contains("format") || doc["format"] != kLessonFormat) continue;
            Lesson lesson = lesson_from_json(doc, file.string());
            if (const auto it = file_of_id.find(lesson.id); it != file_of_id.end())
                throw InputError(file.string(), "/id", "lesson id \"" + lesson.id + "\" is also used by " + it->second);
            file_of_id[lesson.id] = file.string();
            folder.by_id.emplace(lesson.id, std::move(lesson));
        } catch (const InputError& e) {
            if (e.pointer() == "/id" && e.message().find("also used by") != std::string::npos) throw;
            folder.refused.push_back(e.what());
        }
    }
    return folder;
}

const Lesson& find_lesson(const LessonFolder& folder, const std::string& id, const std::string& asked_by) {
    const auto it = folder.by_id.find(id);
    if (it != folder.by_id.end()) return it->second;
    std::string message = "no lesson \"" + id + "\" in " + folder.dir;
    if (!folder.refused.empty()) message += " (" + std::to_string(folder.refused.size()) + " lesson file(s) there are invalid)";
    throw InputError(asked_by, "/lesson", message);
}

}  // namespace stipple
