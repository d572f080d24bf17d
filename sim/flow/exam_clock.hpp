// The exam clock, in wall time: an exam's time limit counts from the moment its work began (the autosave
// keeps that start, so leaving, closing the window or quitting the app never stops the clock), and an exam
// found past its limit is finished as it stands. One that was left and never finished is ABANDONED: its
// exam autosave, found with the limit passed when the lesson is opened or when the trainee's picker opens,
// is finished and recorded as it stands and marked failed (critical error "abandoned"). Exams without a
// time limit are never abandoned: they wait to be resumed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/autosave.hpp"

namespace stipple {

inline constexpr const char* kAbandonedCode = "abandoned";

// Now, in seconds since the epoch: the clock of academy/user_data.hpp (now_iso8601_utc), read as a number.
double wall_now_s();
// Seconds left of an exam whose work began at `started_iso8601`, at `now_epoch_s` (negative once past);
// nullopt when the lesson has no time limit. A start that is no ISO 8601 time counts as now.
std::optional<double> exam_seconds_left(const Lesson& lesson, const std::string& started_iso8601, double now_epoch_s);
// The start an exam autosave counts from: its "started", else when it was saved.
std::string exam_start_of(const Autosave& autosave);
// An exam autosave whose lesson has a limit that has passed at `now_epoch_s`.
bool exam_expired(const Lesson& lesson, const Autosave& autosave, double now_epoch_s);

// Fails the report: passed false and the critical error "abandoned" (once).
void mark_abandoned(ScoreReport& report);

// Finishes an abandoned exam as it stands: its events replayed to the dots it had, the attempt saved,
// scored, marked abandoned and (with plan.gradebook and the autosave's trainee) recorded; the autosave is
// removed once the attempt is written. Throws InputError when the events are damaged, like finish_attempt
// when the attempt cannot be written (the autosave then stays).
FinishedAttempt finish_abandoned_exam(const Lesson& lesson, const Autosave& autosave, FinishPlan plan,
                                      const std::string& now_iso8601);

struct SettledExam {
    std::string lesson_id;
    FinishedAttempt result;  // when settled
    std::string error;       // could not be settled: why (the autosave is left, or set aside when damaged)
};
// The app's picker opening for `trainee`: every lesson's exam autosave of this trainee (exam_autosave_path;
// an older one at the practice path is adopted first) that is past its limit, finished by
// finish_abandoned_exam and recorded in `gradebook`.
std::vector<SettledExam> settle_abandoned_exams(const std::vector<const Lesson*>& lessons, Gradebook& gradebook,
                                                const std::filesystem::path& data_dir, const std::string& trainee,
                                                const std::string& now_iso8601);

// The line said for one settled exam: "abandoned exam LESSON finished as it stands, recorded failed" (or
// ", not recorded: WHY"; "abandoned exam LESSON not settled: WHY").
std::string settled_exam_note(const SettledExam& settled);

}  // namespace stipple
