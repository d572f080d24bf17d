// The command line: one CLI11 app; each command lives in its own file and registers itself here.
#pragma once

#include <CLI/CLI.hpp>

namespace stipple {

// Exit codes (DESIGN.md): 0 done, 2 invalid input (message on stderr), 1 anything else.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitInvalidInput = 2;

// What a command's callback reports back to run_cli. Callbacks throw InputError for bad input.
struct CommandOutcome {
    int exit_code = kExitOk;
};

void add_score_command(CLI::App& app, CommandOutcome& outcome);
void add_lesson_command(CLI::App& app, CommandOutcome& outcome);
void add_case_command(CLI::App& app, CommandOutcome& outcome);          // case check / case next (issue 14)
void add_demo_command(CLI::App& app, CommandOutcome& outcome);
void add_show_command(CLI::App& app, CommandOutcome& outcome);        // the score screen on an attempt file
void add_render_command(CLI::App& app, CommandOutcome& outcome);      // a picture of the head or the map
void add_gallery_command(CLI::App& app, CommandOutcome& outcome);     // the scoring gallery page
void add_practice_command(CLI::App& app, CommandOutcome& outcome);    // straight into one lesson
void add_edit_command(CLI::App& app, CommandOutcome& outcome);        // the lesson editor
void add_academy_command(CLI::App& app, CommandOutcome& outcome);     // the academy office
void add_app_command(CLI::App& app, CommandOutcome& outcome);         // no subcommand: the app shell

int run_cli(int argc, char** argv);

}  // namespace stipple
