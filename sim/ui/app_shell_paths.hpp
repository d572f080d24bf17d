// Where the app shell finds its lessons and keeps its attempt files: command line first, then the
// environment, then the built-in defaults. Pure: the environment is passed in, so every rule is tested.
// (The gradebook's default path is the academy's: default_gradebook_path() in academy/gradebook.hpp.)
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stipple {

// The lessons folder: `--lessons DIR`, else $STIPPLE_DATA_DIR/lessons, else the compiled-in
// STIPPLE_DATA_DIR/lessons. An empty environment value counts as unset.
std::filesystem::path resolve_lessons_dir(const std::optional<std::string>& cli_lessons_dir,
                                          const char* env_data_dir, const std::string& compiled_data_dir);

// Where the shell keeps each finished attempt's file (next to the gradebook): DB_DIR/attempts.
std::filesystem::path attempts_dir_for(const std::filesystem::path& gradebook_path);

// Where one trainee's unfinished work on one lesson is autosaved: DB_DIR/autosave/<trainee>-<lesson>.json
// (per trainee, so nobody is offered someone else's work to resume).
std::filesystem::path autosave_path_for(const std::filesystem::path& gradebook_path, const std::string& trainee,
                                        const std::string& lesson_id);

// A file name for one attempt: "<trainee>-<lesson>-<YYYYmmddTHHMMSSZ>.json" with the trainee's name
// reduced to [a-z0-9-] (never empty, never a path separator).
std::string attempt_file_name(const std::string& trainee, const std::string& lesson_id,
                              const std::string& started_iso8601);

}  // namespace stipple
