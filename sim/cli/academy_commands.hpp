// `stipple academy ...`: the academy office's commands, one file each, sharing the options declared here.
#pragma once

#include <string>

#include "academy/gradebook.hpp"
#include "sim/cli/cli.hpp"

namespace stipple {

// Adds `--db PATH` (default: default_gradebook_path()).
extern const char* const kDbOptionHelp;  // the --db option's help, the same for every command
void add_db_option(CLI::App* command, std::string& db_path);
std::string gradebook_path_or_default(const std::string& given);

// The built-in lessons (lessons_dir() in sim/resource_paths.hpp) and their curriculum.
std::string default_lessons_dir();      // <resources>/lessons
std::string default_curriculum_path();  // <resources>/lessons/curriculum.json

// Stores `url` as the academy identity when not empty; returns the identity in effect.
std::string academy_home_in_effect(Gradebook& gradebook, const std::string& url);

void add_academy_trainees_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_import_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_progress_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_export_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_report_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_push_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_review_command(CLI::App& academy, CommandOutcome& outcome);  // review and certificate

}  // namespace stipple
