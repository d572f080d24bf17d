// One practice attempt in progress (see practice_run.hpp): session, clock, autosave, finishing.
#include "sim/ui/practice_run.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "academy/user_data.hpp"
#include "scoring/input_error.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/exam_clock.hpp"
#include "sim/ui/pointer_input.hpp"
#include "sim/ui/practice_seed.hpp"

namespace stipple {

namespace {

// The headless finishing step (saved, scored, recorded: attempt_finish.hpp); throws when the save fails.
void finish_and_record(PracticeRun& run) {
    run.session->advance_to(session_clock(run));
    write_autosave(run);  // kept until the attempt is safely written
    run.outcome.attempt = run.session->to_attempt(run.options.trainee, run.started, run.session->input_kind());
    if (run.lesson.design) run.outcome.attempt.design_line = run.design.line;
    run.outcome.attempt.choice = run.choice;
    FinishPlan plan;
    if (run.options.save_path) plan.save_path = *run.options.save_path;
    plan.data_dir = run.options.data_dir;
    plan.autosave_path = run.options.autosave_path;
    plan.gradebook = run.options.gradebook;
    plan.exam = run.options.exam;
    plan.abandoned = run.abandoned;
    run.outcome.result = finish_attempt(run.lesson, run.outcome.attempt, plan, now_iso8601_utc());
    if (!run.outcome.result.score_error.empty())
        std::cerr << "stipple: could not score the attempt: " << run.outcome.result.score_error << std::endl;
    run.outcome.finished = true;
    run.finished = true;
}

}  // namespace

std::optional<double> exam_time_left_s(const PracticeRun& run) {
    if (!run.options.exam || run.started.empty()) return std::nullopt;
    return exam_seconds_left(run.lesson, run.started, wall_now_s());
}

bool exam_time_up(const PracticeRun& run) {
    const std::optional<double> left = exam_time_left_s(run);
    return left && *left <= 0.0;
}

double session_clock(const PracticeRun& run) { return session_time_at(run, steady_now_s()); }

double session_time_at(const PracticeRun& run, double steady_s) {
    return run.time_offset_s + std::max(0.0, steady_s - run.work_started_s);
}

void new_session(PracticeRun& run) {
    run.session = std::make_unique<PracticeSession>(run.lesson, run.scene->scalp(), run.options.exam, new_practice_seed());
    run.scene->show_dots({}, 0.0, false);
    run.started.clear();  // set when the work begins (start_work): an exam's clock counts from there
    run.time_offset_s = 0.0;
    run.events_applied = run.events_autosaved = 0;
    run.design = DesignDrawing{};
}

void resume(PracticeRun& run, const Autosave& autosave, const ResumeProgress& on_progress) {
    try {
        run.session = resume_session(run.lesson, run.scene->scalp(), autosave, run.options.autosave_path, on_progress);
        run.started = exam_start_of(autosave);
        run.time_offset_s = run.session->time_s();
        if (autosave.choice) choose_needle_and_shade(run, autosave.choice);  // the work's own choice, whatever the brief shows
        run.scene->show_dots(run.session->dots(), 0.0, false);
        run.events_applied = run.events_autosaved = autosave.events.size();
        run.design = DesignDrawing{};
        if (autosave.design_line) run.design.line = *autosave.design_line;
    } catch (const InputError& e) {
        run.toast.show(std::string("Could not resume: ") + e.what());
        new_session(run);
    }
}

void choose_needle_and_shade(PracticeRun& run, const std::optional<SessionChoice>& choice) {
    run.choice = choice;
    run.scene->set_choice(choice);
}

void start_work(PracticeRun& run) {
    if (run.started.empty()) run.started = now_iso8601_utc();
    run.work_started_s = steady_now_s();
    run.last_autosave_s = session_clock(run);
    if (run.options.exam) write_autosave(run);  // from its first second: leaving or closing never resets the clock
}

void write_autosave(PracticeRun& run) {
    if (!run.session) return;
    std::optional<Autosave> a =
        run.lesson.design ? design_autosave_of(*run.session, run.design.line, run.lesson.id, run.options.trainee,
                                               run.started, run.options.exam, now_iso8601_utc())
                          : autosave_of(*run.session, run.lesson.id, run.options.trainee, run.started,
                                        run.options.exam, now_iso8601_utc());
    if (!a) return;
    a->choice = run.choice;
    try {
        save_autosave(run.options.autosave_path, *a);
        run.events_autosaved = run.events_applied;
    } catch (const std::exception& e) {
        run.toast.show(std::string("Autosave failed: ") + e.what());
    }
    run.last_autosave_s = session_clock(run);
}

void apply_input(PracticeRun& run, InputEvent::Kind kind, sf::Vector2f px, double at_s, double pressure) {
    apply_input_at(run, kind, to_scalp(run.view, px), at_s, pressure);
}

void apply_input_at(PracticeRun& run, InputEvent::Kind kind, Point target_mm, double at_s, double pressure) {
    InputEvent e;
    e.t_s = session_time_at(run, at_s);
    e.kind = kind;
    e.target_mm = target_mm;
    e.pressure = pressure;
    const size_t before = run.session->dots().size();
    run.session->apply(e);
    ++run.events_applied;
    if (run.session->dots().size() > before) {
        run.scene->add_dot(run.session->dots().back());
        // Exam pigment is permanent: each dot is on disk as it is placed, so killing the program cannot
        // take one back (practice keeps the 10 s rhythm).
        if (run.options.exam) write_autosave(run);
    }
}

void undo(PracticeRun& run) {
    if (!run.session->can_undo() || run.session->button_down()) return;
    InputEvent e;
    e.t_s = session_clock(run);
    e.kind = InputEvent::Kind::Undo;
    if (run.session->apply(e)) run.scene->show_dots(run.session->dots(), 0.0, false);
    ++run.events_applied;
}

void finish(PracticeRun& run) {
    if (run.finished) return;
    try {
        finish_and_record(run);
    } catch (const std::exception& e) {
        run.outcome.save_error = e.what();
    }
}

}  // namespace stipple
