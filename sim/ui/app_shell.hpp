// The simulator's app shell (`stipple` with no subcommand): sign-in -> lesson picker with history ->
// practice -> the attempt recorded in the gradebook -> back to the picker; and replays from the history.
// The flow's decisions are app_shell_flow's pure transitions; this file builds each state's screen for
// the window's loop (app_window.hpp) and feeds back what the screen ended with.
#pragma once

#include <filesystem>
#include <string>

namespace stipple {

struct AppShellConfig {
    std::filesystem::path lessons_dir;
    std::string gradebook_path;
    unsigned window_w = 1280;
    unsigned window_h = 800;
    bool window_size_given = false;  // --window: kept (clamped to the screen), not fitted to the work area
};

// Loads the lessons and opens the gradebook before any window appears (InputError for bad lessons or a
// file that is not a gradebook; std::runtime_error without an X display), then runs until the window
// is closed.
void run_app_shell(const AppShellConfig& config);

}  // namespace stipple
