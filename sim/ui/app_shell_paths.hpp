// Where the app shell keeps its attempt files and autosaves, and their names. Pure, so every rule is tested.
// (The lessons folder is the resource lookup's: lessons_dir() in sim/resource_paths.hpp.)
// (The gradebook's default path is the academy's: default_gradebook_path() in academy/gradebook.hpp.)
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stipple {

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
