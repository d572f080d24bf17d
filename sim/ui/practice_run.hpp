// One practice attempt in progress, shared by the brief and the work screens: the lesson's scene and
// session, the session's clock, the view, a design lesson's drawing (sim/flow/design_drawing), the autosave,
// and finishing (the attempt saved atomically, with the design line in a design lesson, and scored). The screens map input onto these functions; nothing here reads the window's events.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include <SFML/System/Vector2.hpp>

#include "scoring/lesson.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/flow/design_drawing.hpp"
#include "sim/ui/practice_hud.hpp"
#include "sim/ui/practice_scene.hpp"
#include "sim/ui/practice_screen.hpp"
#include "sim/ui/practice_view.hpp"

namespace stipple {

struct PracticeRun {
    PracticeRun(const Lesson& lesson, const PracticeOptions& options, Then<PracticeOutcome> then)
        : lesson(lesson), options(options), then(std::move(then)) {}

    const Lesson& lesson;
    PracticeOptions options;
    Then<PracticeOutcome> then;            // after the score screen, a leave or a close
    std::shared_ptr<PracticeScene> scene;  // shared with the score screen
    std::unique_ptr<PracticeSession> session;
    ViewTransform view;
    PanDrag drag;
    Toast toast;
    bool guides = true;                    // practice only (an exam never shows them)
    DesignDrawing design;                  // a design lesson's line (lesson.design); empty otherwise
    std::string started;                   // ISO 8601, when the work began (an exam's clock counts from it)
    double work_started_s = 0.0;           // steady clock (steady_now_s()) when this sitting's work began
    double time_offset_s = 0.0;            // a resumed session's time before this sitting
    std::size_t events_applied = 0, events_autosaved = 0;
    double last_autosave_s = 0.0;
    std::optional<SessionChoice> choice;   // the needle and shade picked on the brief (scene drawn with them)
    bool abandoned = false;                // an exam reopened past its limit: finished as it stands, failed
    bool finished = false;
    PracticeOutcome outcome;
};

// An exam with a time limit: the wall-clock time left since the work began, sittings apart included
// (exam_clock.hpp); nullopt otherwise.
std::optional<double> exam_time_left_s(const PracticeRun& run);
// The exam's wall-clock limit has passed: it is finished as it stands.
bool exam_time_up(const PracticeRun& run);
// The session's time: the resumed time plus this sitting's.
double session_clock(const PracticeRun& run);
// The session time of a steady-clock moment (an input's own time, pointer_input.hpp).
double session_time_at(const PracticeRun& run, double steady_s);
// A fresh session with a new seed and no dots.
void new_session(PracticeRun& run);
// The autosaved session replayed to exactly its dots; a fresh one (and a toast) when it cannot be.
// `on_progress`: told as the replay goes (resume_session).
void resume(PracticeRun& run, const Autosave& autosave, const ResumeProgress& on_progress = {});
// The needle and shade the work is done with (the brief's panel, or a resumed autosave's): recorded in the
// autosave and the attempt, and the scene draws the dots with them.
void choose_needle_and_shade(PracticeRun& run, const std::optional<SessionChoice>& choice);
// The work begins: the sitting's clock starts (and, unless resumed, the work's start is now); an exam is
// autosaved at once, so its wall clock survives leaving or closing.
void start_work(PracticeRun& run);
// Writes the work in progress (nothing without dots, or in a design lesson without a line); a failure is
// shown, never thrown.
void write_autosave(PracticeRun& run);
// One pointer input at window pixel `px` that happened at steady time `at_s` (pressure -1: none); a dot
// placed is drawn at once and, in an exam, autosaved at once.
void apply_input(PracticeRun& run, InputEvent::Kind kind, sf::Vector2f px, double at_s, double pressure = -1.0);
// The same input at a map point (a pointer over the 3D head: the map point its ray picked on the skin).
void apply_input_at(PracticeRun& run, InputEvent::Kind kind, Point target_mm, double at_s, double pressure = -1.0);
// Undoes the last dot (practice only; not while the needle is down).
void undo(PracticeRun& run);
// Finishes once with the headless step (sim/flow/attempt_finish.hpp): the attempt saved, scored and, with a
// gradebook and a trainee, recorded (outcome filled, finished set). A failed save sets outcome.save_error
// instead (the screens then end).
void finish(PracticeRun& run);

}  // namespace stipple
