// Where the app shell finds its lessons: command line first, then the environment, then the built-in
// default. Pure: the environment is passed in, so every rule is tested. (The user's data — gradebook,
// attempt files, autosaves — is academy/user_data.hpp's.)
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stipple {

// The lessons folder: `--lessons DIR`, else $STIPPLE_DATA_DIR/lessons, else the compiled-in
// STIPPLE_DATA_DIR/lessons. An empty environment value counts as unset.
std::filesystem::path resolve_lessons_dir(const std::optional<std::string>& cli_lessons_dir,
                                          const char* env_data_dir, const std::string& compiled_data_dir);

}  // namespace stipple
