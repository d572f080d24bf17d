// The user's data folder, its sub-folders and file names, and "now" (see user_data.hpp).
#include "academy/user_data.hpp"

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <sys/stat.h>

#include "academy/pg_connection.hpp"
#include "scoring/iso_time.hpp"

namespace stipple {

namespace fs = std::filesystem;

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

// "[<trainee>-]<lesson>": the part attempt and autosave names share.
std::string owner_stem(const std::optional<std::string>& trainee, const std::string& lesson_id) {
    std::string what = slug(lesson_id);
    if (what.empty()) what = "lesson";
    if (!trainee) return what;
    std::string who = slug(*trainee);
    if (who.empty()) who = "trainee";
    return who + "-" + what;
}

// DIR/<stem><ext>, else DIR/<stem>-2<ext>, -3 ...: the first name no file has yet.
fs::path free_path(const fs::path& dir, const std::string& stem, const std::string& ext) {
    fs::path p = dir / (stem + ext);
    for (int n = 2; fs::exists(p); ++n) p = dir / (stem + "-" + std::to_string(n) + ext);
    return p;
}

}  // namespace

fs::path user_data_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg == '/') return fs::path(xdg) / "stipple";
    const char* home = std::getenv("HOME");
    if (home && *home) return fs::path(home) / ".local" / "share" / "stipple";
    throw std::runtime_error("cannot find the data folder: neither XDG_DATA_HOME nor HOME is set");
}

fs::path user_cache_dir() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && *xdg == '/') return fs::path(xdg) / "stipple";
    const char* home = std::getenv("HOME");
    if (home && *home) return fs::path(home) / ".cache" / "stipple";
    throw std::runtime_error("cannot find the cache folder: neither XDG_CACHE_HOME nor HOME is set");
}

fs::path scalp_cache_dir(const fs::path& cache_dir) { return cache_dir / "scalp"; }

void create_private_folder(const fs::path& folder) {
    if (folder.empty()) return;
    fs::path at;
    for (const fs::path& part : folder) {
        at /= part;
        if (::mkdir(at.c_str(), static_cast<mode_t>(kPrivateFolderMode)) == 0 || errno == EEXIST) continue;
        throw std::runtime_error(at.string() + ": cannot create the folder: " + std::strerror(errno));
    }
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw std::runtime_error(folder.string() + ": not a folder");
}

std::string default_gradebook_path() { return (user_data_dir() / "gradebook.sqlite").string(); }

fs::path data_dir_of(const fs::path& gradebook_path) {
    if (is_postgresql_location(gradebook_path.string())) return user_data_dir();  // a server: files stay local
    return gradebook_path.has_parent_path() ? gradebook_path.parent_path() : fs::path(".");
}

fs::path attempts_dir(const fs::path& data_dir) { return data_dir / "attempts"; }
fs::path autosaves_dir(const fs::path& data_dir) { return data_dir / "autosave"; }
fs::path screenshots_dir(const fs::path& data_dir) { return data_dir / "screenshots"; }

std::string attempt_file_name(const std::optional<std::string>& trainee, const std::string& lesson_id,
                              const std::string& time_iso8601) {
    std::string when;
    for (const char c : time_iso8601)
        if (std::isalnum(static_cast<unsigned char>(c))) when += c;
    if (when.empty()) when = "undated";
    return owner_stem(trainee, lesson_id) + "-" + when + ".json";
}

fs::path new_attempt_path(const fs::path& data_dir, const std::optional<std::string>& trainee,
                          const std::string& lesson_id, const std::string& time_iso8601) {
    const std::string name = attempt_file_name(trainee, lesson_id, time_iso8601);
    return free_path(attempts_dir(data_dir), name.substr(0, name.size() - 5), ".json");  // stem without ".json"
}

fs::path autosave_path(const fs::path& data_dir, const std::optional<std::string>& trainee,
                       const std::string& lesson_id) {
    return autosaves_dir(data_dir) / (owner_stem(trainee, lesson_id) + ".json");
}

fs::path exam_autosave_path(const fs::path& data_dir, const std::optional<std::string>& trainee,
                            const std::string& lesson_id) {
    return autosaves_dir(data_dir) / (owner_stem(trainee, lesson_id) + ".exam.json");
}

std::string screenshot_file_name(const std::string& time_iso8601) {
    std::string digits;
    for (const char c : time_iso8601)
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    if (digits.empty()) return "stipple-undated.png";
    const std::string date = digits.substr(0, 8), time = digits.size() > 8 ? digits.substr(8, 6) : "";
    return "stipple-" + date + (time.empty() ? "" : "-" + time) + ".png";
}

fs::path new_screenshot_path(const fs::path& folder, const std::string& time_iso8601) {
    const std::string name = screenshot_file_name(time_iso8601);
    return free_path(folder, name.substr(0, name.size() - 4), ".png");  // stem without ".png"
}

std::string now_iso8601_utc() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return format_iso8601_utc(std::chrono::duration<double>(now).count());
}

}  // namespace stipple
