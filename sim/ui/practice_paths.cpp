// The simulator's data folder (XDG), and the file names of attempts, autosaves and screenshots in it.
#include "sim/ui/practice_paths.hpp"

#include <cstdlib>
#include <ctime>
#include <stdexcept>

namespace stipple {

namespace {
std::string utc_stamp(const char* format) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}
}  // namespace

std::filesystem::path stipple_data_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg == '/') return std::filesystem::path(xdg) / "stipple";
    const char* home = std::getenv("HOME");
    if (home && *home) return std::filesystem::path(home) / ".local" / "share" / "stipple";
    throw std::runtime_error("cannot find the data folder: neither XDG_DATA_HOME nor HOME is set");
}

std::filesystem::path practice_attempts_dir() { return stipple_data_dir() / "attempts"; }
std::filesystem::path practice_screenshots_dir() { return stipple_data_dir() / "screenshots"; }

std::filesystem::path practice_autosave_path(const std::string& lesson_id) {
    return stipple_data_dir() / "autosave" / (lesson_id + ".json");
}

std::filesystem::path new_attempt_path(const std::string& lesson_id) {
    const std::filesystem::path dir = practice_attempts_dir();
    const std::string base = lesson_id + "-" + utc_stamp("%Y%m%d-%H%M%S");
    std::filesystem::path p = dir / (base + ".json");
    for (int n = 2; std::filesystem::exists(p); ++n) p = dir / (base + "-" + std::to_string(n) + ".json");
    return p;
}

std::string utc_now_iso8601() { return utc_stamp("%Y-%m-%dT%H:%M:%SZ"); }

}  // namespace stipple
