// Resolving the lessons folder (see app_shell_paths.hpp).
#include "sim/flow/app_shell_paths.hpp"

namespace stipple {

namespace {
bool is_set(const char* value) { return value != nullptr && value[0] != '\0'; }

}  // namespace

std::filesystem::path resolve_lessons_dir(const std::optional<std::string>& cli_lessons_dir,
                                          const char* env_data_dir, const std::string& compiled_data_dir) {
    if (cli_lessons_dir && !cli_lessons_dir->empty()) return *cli_lessons_dir;
    if (is_set(env_data_dir)) return std::filesystem::path(env_data_dir) / "lessons";
    return std::filesystem::path(compiled_data_dir) / "lessons";
}

}  // namespace stipple
