// The exam clock in wall time and abandoned exams (see exam_clock.hpp).
#include "sim/flow/exam_clock.hpp"

#include <algorithm>

#include "academy/user_data.hpp"
#include "scoring/input_error.hpp"
#include "scoring/iso_time.hpp"
#include "sim/model/virtual_scalp.hpp"

namespace stipple {

double wall_now_s() { return parse_iso8601(now_iso8601_utc()).value_or(0.0); }

std::optional<double> exam_seconds_left(const Lesson& lesson, const std::string& started_iso8601, double now_epoch_s) {
    if (!lesson.time_limit_s) return std::nullopt;
    const double start_s = parse_iso8601(started_iso8601).value_or(now_epoch_s);
    return *lesson.time_limit_s - (now_epoch_s - start_s);
}

std::string exam_start_of(const Autosave& autosave) { return autosave.started.value_or(autosave.saved_at); }

bool exam_expired(const Lesson& lesson, const Autosave& autosave, double now_epoch_s) {
    if (!autosave.exam) return false;
    const std::optional<double> left = exam_seconds_left(lesson, exam_start_of(autosave), now_epoch_s);
    return left && *left <= 0.0;
}

void mark_abandoned(ScoreReport& report) {
    report.passed = false;
    const bool marked = std::any_of(report.critical_errors.begin(), report.critical_errors.end(),
                                    [](const CriticalError& e) { return e.code == kAbandonedCode; });
    if (!marked)
        report.critical_errors.push_back({kAbandonedCode,
                                          "The exam was left unfinished past its time limit: it was finished as "
                                          "it stood and counts as failed.",
                                          std::nullopt});
}

FinishedAttempt finish_abandoned_exam(const Lesson& lesson, const Autosave& autosave, FinishPlan plan,
                                      const std::string& now_iso8601) {
    const VirtualScalp scalp = generate_scalp(lesson);
    const std::unique_ptr<PracticeSession> session = resume_session(lesson, scalp, autosave, plan.autosave_path);
    const Attempt attempt = session->to_attempt(autosave.trainee, exam_start_of(autosave), session->input_kind());
    plan.exam = true;
    plan.abandoned = true;
    return finish_attempt(lesson, attempt, plan, now_iso8601);
}

std::vector<SettledExam> settle_abandoned_exams(const std::vector<const Lesson*>& lessons, Gradebook& gradebook,
                                                const std::filesystem::path& data_dir, const std::string& trainee,
                                                const std::string& now_iso8601) {
    std::vector<SettledExam> settled;
    const double now_s = parse_iso8601(now_iso8601).value_or(0.0);
    for (const Lesson* lesson : lessons) {
        const std::string path = exam_autosave_path(data_dir, trainee, lesson->id).string();
        adopt_exam_autosave(autosave_path(data_dir, trainee, lesson->id).string(), path, lesson->id);
        OpenedAutosave opened = open_autosave(path, lesson->id, true);
        if (!opened.note.empty()) settled.push_back({lesson->id, {}, opened.note});
        if (!opened.pending || !exam_expired(*lesson, *opened.pending, now_s)) continue;
        SettledExam s;
        s.lesson_id = lesson->id;
        FinishPlan plan;
        plan.data_dir = data_dir;
        plan.autosave_path = path;
        plan.gradebook = &gradebook;
        try {
            Autosave a = *opened.pending;
            if (!a.trainee) a.trainee = trainee;
            s.result = finish_abandoned_exam(*lesson, a, plan, now_iso8601);
        } catch (const std::exception& e) {
            s.error = e.what();
        }
        settled.push_back(std::move(s));
    }
    return settled;
}

std::string settled_exam_note(const SettledExam& settled) {
    if (!settled.error.empty()) return "abandoned exam " + settled.lesson_id + " not settled: " + settled.error;
    const std::string head = "abandoned exam " + settled.lesson_id + " finished as it stands";
    if (settled.result.recorded_id) return head + ", recorded failed";
    if (!settled.result.record_error.empty()) return head + ", not recorded: " + settled.result.record_error;
    return head;
}

}  // namespace stipple
