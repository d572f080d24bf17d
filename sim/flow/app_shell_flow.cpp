// The app shell's pure transitions (see app_shell_flow.hpp).
#include "sim/flow/app_shell_flow.hpp"

#include <cstdio>

namespace stipple {

namespace {

template <class... F>
struct Overload : F... {
    using F::operator()...;
};
template <class... F>
Overload(F...) -> Overload<F...>;

ShellState picker_for(const ShellState& from, std::string notice, bool is_error) {
    ShellState s;
    s.screen = ShellScreen::Picker;
    s.trainee = from.trainee;
    s.lesson_id = from.lesson_id;
    s.exam = from.exam;
    s.notice = std::move(notice);
    s.notice_is_error = is_error;
    return s;
}

std::string practice_notice(const PracticeEnded& e) {
    std::string score;
    if (e.total) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f", *e.total);
        score = std::string(" ") + text + (e.passed ? " (passed)" : " (not passed)");
    }
    if (e.recorded_id) return "Recorded: " + e.lesson_title + score;
    return "Not recorded in the gradebook: " + e.record_error +
           (e.attempt_path.empty() ? std::string() : " The attempt is kept in " + e.attempt_path);
}

}  // namespace

const char* to_string(ShellScreen screen) {
    switch (screen) {
        case ShellScreen::SignIn: return "sign-in";
        case ShellScreen::Picker: return "picker";
        case ShellScreen::Practice: return "practice";
        case ShellScreen::Replay: return "replay";
        case ShellScreen::Case: return "case";
        case ShellScreen::Quit: return "quit";
    }
    return "quit";
}

ShellState next_state(const ShellState& state, const ShellEvent& event) {
    const ShellScreen at = state.screen;
    return std::visit(
        Overload{
            [&](const SignedIn& e) {
                if (at != ShellScreen::SignIn || e.trainee.empty()) return state;
                ShellState s;
                s.screen = ShellScreen::Picker;
                s.trainee = e.trainee;
                return s;
            },
            [&](const StartLesson& e) {
                if (at != ShellScreen::Picker) return state;
                if (!e.startable) {
                    ShellState s = picker_for(state, e.locked_reason.empty() ? "This lesson is locked" : e.locked_reason, true);
                    s.lesson_id = e.lesson_id;
                    return s;
                }
                ShellState s = state;
                s.screen = ShellScreen::Practice;
                s.lesson_id = e.lesson_id;
                s.exam = e.exam;
                s.notice.clear();
                s.notice_is_error = false;
                return s;
            },
            [&](const PracticeEnded& e) {
                if (at != ShellScreen::Practice) return state;
                if (e.window_closed) {
                    ShellState s = state;
                    s.screen = ShellScreen::Quit;
                    return s;
                }
                if (!e.finished) return picker_for(state, "", false);
                return picker_for(state, practice_notice(e), !e.recorded_id.has_value());
            },
            [&](const StartCase& e) {
                if (at != ShellScreen::Picker) return state;
                if (!e.startable) {
                    ShellState s = picker_for(state, e.locked_reason.empty() ? "This case is locked" : e.locked_reason, true);
                    s.lesson_id = e.case_id;
                    return s;
                }
                ShellState s = state;
                s.screen = ShellScreen::Case;
                s.lesson_id = e.case_id;
                s.exam = false;
                s.notice.clear();
                s.notice_is_error = false;
                return s;
            },
            [&](const CaseEnded& e) {
                if (at != ShellScreen::Case) return state;
                if (e.window_closed) {
                    ShellState s = state;
                    s.screen = ShellScreen::Quit;
                    return s;
                }
                return picker_for(state, e.notice, e.notice_is_error);
            },
            [&](const OpenReplay& e) {
                if (at != ShellScreen::Picker) return state;
                ShellState s = state;
                s.screen = ShellScreen::Replay;
                s.attempt_id = e.attempt_id;
                s.notice.clear();
                s.notice_is_error = false;
                return s;
            },
            [&](const ReplayEnded& e) {
                if (at != ShellScreen::Replay) return state;
                if (e.window_closed) {
                    ShellState s = state;
                    s.screen = ShellScreen::Quit;
                    return s;
                }
                ShellState s = picker_for(state, e.error.empty() ? "" : "Cannot replay: " + e.error, !e.error.empty());
                return s;
            },
            [&](const SignOut&) {
                if (at != ShellScreen::Picker) return state;
                return ShellState{};
            },
            [&](const WindowClosed&) {
                ShellState s = state;
                s.screen = ShellScreen::Quit;
                return s;
            },
        },
        event);
}

}  // namespace stipple
