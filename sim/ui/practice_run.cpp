// One practice attempt in progress (see practice_run.hpp): session, clock, autosave, finishing.
#include "sim/ui/practice_run.hpp"

#include <filesystem>
#include <iostream>

#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/scoring.hpp"
#include "sim/ui/practice_paths.hpp"
#include "sim/ui/practice_seed.hpp"

namespace stipple {

namespace {

// Saves and scores the attempt; throws when the save fails.
void finish_attempt(PracticeRun& run) {
    run.session->advance_to(session_clock(run));
    write_autosave(run);  // kept until the attempt is safely written
    const std::optional<std::string> trainee = run.options.trainee;
    run.outcome.attempt = run.session->to_attempt(trainee, run.started, run.session->input_kind());
    std::filesystem::path path = run.options.save_path ? std::filesystem::path(*run.options.save_path)
                                                       : new_attempt_path(run.lesson.id);
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    save_attempt(path.string(), run.outcome.attempt);
    remove_autosave(run.options.autosave_path);
    run.outcome.saved_path = path.string();
    run.outcome.finished = true;
    try {
        run.outcome.report = score_attempt(run.lesson, run.outcome.attempt);
    } catch (const std::exception& e) {
        std::cerr << "stipple: could not score the attempt: " << e.what() << std::endl;
    }
    run.finished = true;
}

}  // namespace

double session_clock(const PracticeRun& run) {
    return run.time_offset_s + run.work_clock.getElapsedTime().asSeconds();
}

void new_session(PracticeRun& run) {
    run.session = std::make_unique<PracticeSession>(run.lesson, run.scene->scalp(), run.options.exam, new_practice_seed());
    run.scene->show_dots({}, 0.0, false);
    run.started = utc_now_iso8601();
    run.time_offset_s = 0.0;
    run.events_applied = run.events_autosaved = 0;
}

void resume(PracticeRun& run, const Autosave& autosave) {
    try {
        run.session = resume_session(run.lesson, run.scene->scalp(), autosave, run.options.autosave_path);
        run.started = autosave.started.value_or(utc_now_iso8601());
        run.time_offset_s = run.session->time_s();
        run.scene->show_dots(run.session->dots(), 0.0, false);
        run.events_applied = run.events_autosaved = autosave.events.size();
    } catch (const InputError& e) {
        run.toast.show(std::string("Could not resume: ") + e.what());
        new_session(run);
    }
}

void start_work(PracticeRun& run) {
    run.work_clock.restart();
    run.last_autosave_s = session_clock(run);
}

void write_autosave(PracticeRun& run) {
    if (!run.session || run.session->dots().empty()) return;
    Autosave a;
    a.lesson_id = run.lesson.id;
    a.saved_at = utc_now_iso8601();
    a.trainee = run.options.trainee;
    a.started = run.started;
    a.exam = run.options.exam;
    a.dot_count = run.session->dots().size();
    a.events = run.session->event_log();
    try {
        save_autosave(run.options.autosave_path, a);
        run.events_autosaved = run.events_applied;
    } catch (const std::exception& e) {
        run.toast.show(std::string("Autosave failed: ") + e.what());
    }
    run.last_autosave_s = session_clock(run);
}

void apply_input(PracticeRun& run, InputEvent::Kind kind, sf::Vector2f px, double pressure) {
    InputEvent e;
    e.t_s = session_clock(run);
    e.kind = kind;
    e.target_mm = to_scalp(run.view, px);
    e.pressure = pressure;
    const size_t before = run.session->dots().size();
    run.session->apply(e);
    ++run.events_applied;
    if (run.session->dots().size() > before) run.scene->add_dot(run.session->dots().back());
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
        finish_attempt(run);
    } catch (const std::exception& e) {
        run.outcome.save_error = e.what();
    }
}

}  // namespace stipple
