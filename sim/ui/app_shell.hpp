// The simulator's app shell (`stipple` with no subcommand): sign-in -> lesson picker with history ->
// practice -> the attempt recorded in the gradebook -> back to the picker; and replays from the history.
// The flow's decisions are app_shell_flow's pure transitions; this file builds each state's screen for
// the window's loop (app_window.hpp) and feeds back what the screen ended with.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "academy/gradebook.hpp"
#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"

namespace stipple {

struct AppShellConfig {
    std::filesystem::path lessons_dir;
    std::string gradebook_path;
    unsigned window_w = 1280;
    unsigned window_h = 800;
};

// Loads the lessons and opens the gradebook before any window appears (InputError for bad lessons or a
// file that is not a gradebook; std::runtime_error without an X display), then runs until the window
// is closed.
void run_app_shell(const AppShellConfig& config);

struct RecordResult {
    std::optional<int64_t> attempt_id;  // recorded
    std::string error;                  // not recorded: why
};

// Records one finished attempt for `trainee` in one transaction; never throws (a gradebook error comes
// back as text for the picker to show, and the attempt file stays where the practice screen wrote it).
RecordResult record_finished_attempt(Gradebook& gradebook, const Lesson& lesson, const Attempt& attempt,
                                     const ScoreReport& report, const std::string& trainee, bool exam,
                                     const std::string& finished_iso8601);

}  // namespace stipple
