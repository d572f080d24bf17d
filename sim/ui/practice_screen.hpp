// The practice screen: brief -> work on the scalp -> Enter (finish_attempt: saved, scored, recorded when
// given a gradebook) -> score screen, in one SFML window.
// Also the read-only score screen for a finished attempt (history, replay) used by the app shell.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include <SFML/Graphics/RenderWindow.hpp>

#include "scoring/attempt.hpp"
#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/ui/imgui_bridge.hpp"

namespace stipple {

// A fixed initial view: this scalp point at the centre of the window, at this zoom.
struct ViewSpec {
    Point centre_mm;
    double px_per_mm = 10.0;
};

struct PracticeOptions {
    bool exam = false;                        // hides guides, forbids undo, enforces lesson.time_limit_s
    std::optional<std::string> save_path;     // where the finished attempt goes; default: DATA/attempts/
    std::optional<std::string> trainee;
    std::filesystem::path data_dir;           // the user's data folder; empty = user_data_dir()
    std::string autosave_path;                // work in progress; empty = autosave_path(DATA, trainee, lesson)
    Gradebook* gradebook = nullptr;           // the finished attempt is recorded here (with a trainee)
    std::optional<ViewSpec> initial_view;     // default: fit the zone
    bool skip_brief = false;                  // start working at once (the brief stays in its panel)
    std::function<void()> on_ready;           // called once the screen takes input (scripts wait for it)
    std::function<void(const std::string&)> on_note;  // each PracticeNotes line while working (scripts wait for them)
};

struct PracticeOutcome {
    bool finished = false;         // the trainee finished (Enter or time up) and the attempt was saved
    bool window_closed = false;    // the window was closed (work in progress autosaved)
    Attempt attempt;               // valid when finished
    FinishedAttempt result;        // when finished: where it was saved, its score, whether it was recorded
};

// Runs until the trainee leaves the score screen ("Back to lessons" / Escape), quits the lesson
// (asks first when there are dots; the work stays in the autosave) or closes the window.
// Offers to resume an autosave of the same lesson. Throws std::runtime_error when a save fails.
PracticeOutcome run_practice(sf::RenderWindow& window, ImGuiBridge& imgui, const Lesson& lesson,
                             const PracticeOptions& options);

// The score screen for a finished attempt, read-only (no saving, no autosave).
struct ReviewOptions {
    std::string heading;                      // e.g. "ana, 2026-11-24 10:00"; empty = the lesson title
    std::string back_label = "Back";
    std::optional<ScoreReport> report;        // scored with score_attempt when absent
    std::optional<ViewSpec> initial_view;     // default: fit the zone
};
enum class ReviewResult { Back, WindowClosed };
ReviewResult run_review(sf::RenderWindow& window, ImGuiBridge& imgui, const Lesson& lesson,
                        const Attempt& attempt, const ReviewOptions& options);

}  // namespace stipple
