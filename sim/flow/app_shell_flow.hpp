// The app shell's flow as a state machine with pure transitions:
//   sign-in -> picker (with history) -> practice -> (attempt recorded) -> picker ... ; picker -> replay -> picker;
//   picker -> case (its steps and sessions, case_run.hpp) -> picker.
// The window code performs each screen and feeds back what happened; next_state() decides where to go.
// Events that make no sense on the current screen leave the state unchanged.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace stipple {

enum class ShellScreen { SignIn, Picker, Practice, Replay, Case, Quit };
const char* to_string(ShellScreen screen);

struct ShellState {
    ShellScreen screen = ShellScreen::SignIn;
    std::string trainee;                  // signed in (empty on SignIn)
    std::string lesson_id;                // Practice: the lesson; Case: the case; Picker: the row to keep selected
    bool exam = false;                    // Practice: an exam attempt (no undo, no guides, time limit)
    int64_t attempt_id = 0;               // Replay: the gradebook attempt
    std::string notice;                   // one line for the picker (recorded, DB error, locked reason)
    bool notice_is_error = false;
};

struct SignedIn {
    std::string trainee;
};
// The trainee asked to start a lesson; the picker row says whether it may start and why not.
struct StartLesson {
    std::string lesson_id;
    bool startable = true;
    std::string locked_reason;
    bool exam = false;
};
// run_practice returned. When finished, the finish step (attempt_finish.hpp) tried to record it:
// recorded_id on success, else record_error (the attempt file is kept at attempt_path).
struct PracticeEnded {
    bool finished = false;
    bool window_closed = false;
    std::string lesson_title;
    std::optional<double> total;
    bool passed = false;
    std::optional<int64_t> recorded_id;
    std::string record_error;
    std::string attempt_path;
};
// The trainee asked to start (or resume) a case; the picker's case row says whether it may start.
struct StartCase {
    std::string case_id;
    bool startable = true;
    std::string locked_reason;
};
// The case screen was left ("Back to lessons", the run kept) or the window closed; `notice` for the picker.
struct CaseEnded {
    bool window_closed = false;
    std::string notice;
    bool notice_is_error = false;
};
struct OpenReplay {
    int64_t attempt_id = 0;
};
struct ReplayEnded {
    bool window_closed = false;
    std::string error;  // the attempt could not be replayed (shown on the picker)
};
struct SignOut {};
struct WindowClosed {};

using ShellEvent = std::variant<SignedIn, StartLesson, PracticeEnded, StartCase, CaseEnded, OpenReplay, ReplayEnded,
                                SignOut, WindowClosed>;

ShellState next_state(const ShellState& state, const ShellEvent& event);

}  // namespace stipple
