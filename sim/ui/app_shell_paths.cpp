// Resolving the attempts folder and attempt file names (see app_shell_paths.hpp).
#include "sim/ui/app_shell_paths.hpp"

#include <cctype>

namespace stipple {

namespace {
// Lower-case [a-z0-9-], runs of anything else collapsed to one '-', no leading or trailing '-'.
std::string slug(const std::string& text) {
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) && c < 128) {
            out += static_cast<char>(std::tolower(c));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}
}  // namespace

std::filesystem::path attempts_dir_for(const std::filesystem::path& gradebook_path) {
    const std::filesystem::path dir = gradebook_path.has_parent_path() ? gradebook_path.parent_path() : ".";
    return dir / "attempts";
}

std::filesystem::path autosave_path_for(const std::filesystem::path& gradebook_path, const std::string& trainee,
                                        const std::string& lesson_id) {
    const std::filesystem::path dir = gradebook_path.has_parent_path() ? gradebook_path.parent_path() : ".";
    std::string who = slug(trainee);
    if (who.empty()) who = "trainee";
    return dir / "autosave" / (who + "-" + slug(lesson_id) + ".json");
}

std::string attempt_file_name(const std::string& trainee, const std::string& lesson_id,
                              const std::string& started_iso8601) {
    std::string who = slug(trainee);
    if (who.empty()) who = "trainee";
    std::string what = slug(lesson_id);
    if (what.empty()) what = "lesson";
    std::string when;
    for (const char c : started_iso8601)
        if (std::isalnum(static_cast<unsigned char>(c))) when += c;
    if (when.empty()) when = "undated";
    return who + "-" + what + "-" + when + ".json";
}

}  // namespace stipple
