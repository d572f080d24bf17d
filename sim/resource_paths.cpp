// The one resource lookup (see resource_paths.hpp).
#include "sim/resource_paths.hpp"

#include <cstdlib>
#include <system_error>

namespace stipple {

namespace {
bool is_set(const char* value) { return value != nullptr && value[0] != '\0'; }

std::filesystem::path running_executable() {
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path("stipple") : exe;
}
}  // namespace

std::filesystem::path resource_dir_for(const char* env_data_dir, const std::filesystem::path& executable) {
    if (is_set(env_data_dir)) return env_data_dir;
    return (executable.parent_path() / ".." / "share" / "stipple").lexically_normal();
}

std::filesystem::path lessons_dir_for(const std::optional<std::string>& cli_lessons_dir,
                                      const std::filesystem::path& resource_dir) {
    if (cli_lessons_dir && !cli_lessons_dir->empty()) return *cli_lessons_dir;
    return resource_dir / "lessons";
}

std::filesystem::path font_file_for(const char* env_font) {
    return is_set(env_font) ? std::filesystem::path(env_font) : std::filesystem::path(kDebianFontPath);
}

std::filesystem::path find_resource_dir() {
    return resource_dir_for(std::getenv("STIPPLE_DATA_DIR"), running_executable());
}

std::filesystem::path find_lessons_dir(const std::optional<std::string>& cli_lessons_dir) {
    return lessons_dir_for(cli_lessons_dir, find_resource_dir());
}

std::filesystem::path find_font_file() { return font_file_for(std::getenv("STIPPLE_FONT")); }

}  // namespace stipple
