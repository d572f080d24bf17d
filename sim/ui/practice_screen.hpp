// The practice screen: brief -> work on the scalp -> Enter, "Finish and score?", Enter (finish_attempt: saved,
// scored, recorded when given a gradebook) -> score screen, as screen objects that the window's loop runs
// (app_window.hpp).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "scoring/attempt.hpp"
#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/view_options.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

struct PracticeOptions {
    bool exam = false;                        // no guides, undo or discard; lesson.time_limit_s in wall time (exam_clock.hpp)
    std::optional<std::string> save_path;     // where the finished attempt goes; default: DATA/attempts/
    std::optional<std::string> trainee;
    std::filesystem::path data_dir;           // required: the user's data folder (attempts go below it)
    std::string autosave_path;                // required: work in progress (user_data's autosave_path)
    Gradebook* gradebook = nullptr;           // the finished attempt is recorded here (with a trainee)
    std::optional<ViewSpec> initial_view;     // default: fit the zone
    bool skip_brief = false;  // start working at once (the brief stays in its panel), unless a choice is offered
    std::function<void()> on_ready;           // called once the screen takes input (scripts wait for it)
    double numbing_wait_min = 30.0;           // the real numbing wait the lesson's numbing clock stands for (a case step's)
    std::function<void(const std::string&)> on_note;  // each PracticeNotes line while working (scripts wait for them)
};

struct PracticeOutcome {
    bool finished = false;         // the trainee finished (Enter or time up) and the attempt was saved
    bool window_closed = false;    // the window was closed (work in progress autosaved)
    Attempt attempt;               // valid when finished
    FinishedAttempt result;        // when finished: where it was saved, its score, whether it was recorded
    std::string save_error;        // the attempt could not be saved: why (then finished stays false)
};

// Stays until the trainee leaves the score screen ("Back to lessons" / Escape), quits the lesson
// (asks first when there are dots, or in an exam; the work stays in the autosave) or closes the window; then
// `then` gets the outcome. Offers to resume an autosave of the same lesson (an exam's only to resume; one
// past its limit is finished at once, as it stands, and fails as abandoned). `lesson` must outlive the screens.
// A failed save ends the screen at once with save_error set. Throws std::invalid_argument when the caller
// left options.data_dir or options.autosave_path empty (there is no fallback).
std::unique_ptr<Screen> make_practice_screen(const Lesson& lesson, const PracticeOptions& options,
                                             Then<PracticeOutcome> then);

}  // namespace stipple
