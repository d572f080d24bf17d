// Finishing an attempt: save, drop the autosave, score, record (see attempt_finish.hpp).
#include "sim/flow/attempt_finish.hpp"

#include <exception>

#include "academy/attempt_integrity.hpp"
#include "academy/attempt_seal.hpp"
#include "academy/lesson_hash.hpp"
#include "academy/user_data.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/scoring.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/flow/exam_clock.hpp"
#include "sim/flow/lesson_picker_model.hpp"

namespace stipple {

std::filesystem::path attempt_destination(const FinishPlan& plan, const Lesson& lesson, const Attempt& attempt,
                                          const std::string& now_iso8601) {
    if (plan.save_path) return *plan.save_path;
    return new_attempt_path(plan.data_dir, attempt.trainee, lesson.id, attempt.started.value_or(now_iso8601));
}

namespace {

// The attempt as it is kept: its finish time, its mode (fixed when the session started; else the plan's), and with
// a gradebook and a trainee the gradebook's seal. A seal that cannot be made leaves the file unsealed: the record
// step reports the gradebook's fault.
Attempt finished_copy(const Lesson& lesson, const Attempt& attempt, const FinishPlan& plan,
                      const std::string& now_iso8601) {
    Attempt a = attempt;
    if (!a.finished) a.finished = now_iso8601;
    if (!a.mode) a.mode = plan.exam ? "exam" : "practice";
    if (plan.gradebook && a.trainee) {
        try {
            if (const std::optional<Trainee> who = plan.gradebook->find_trainee(*a.trainee)) {
                const IntegrityContext c = integrity_context(*plan.gradebook, *who, lesson_content_hash(lesson));
                if (!c.seal_key.empty())
                    a.seal = make_seal(seal_fields(a, c.gradebook, c.lesson_hash, c.trainee_uid), c.seal_key);
            }
        } catch (const std::exception&) {  // unsealed; recording then says what is wrong with the gradebook
        }
    }
    return a;
}

}  // namespace

FinishedAttempt finish_attempt(const Lesson& lesson, const Attempt& unfinished, const FinishPlan& plan,
                               const std::string& now_iso8601) {
    FinishedAttempt done;
    const Attempt attempt = finished_copy(lesson, unfinished, plan, now_iso8601);
    const std::filesystem::path path = attempt_destination(plan, lesson, attempt, now_iso8601);
    if (path.has_parent_path()) create_private_folder(path.parent_path());  // B: 0700 where made
    save_attempt(path.string(), attempt);
    done.sealed = !attempt.seal.is_null();
    done.saved_path = path.string();
    if (!plan.autosave_path.empty()) remove_autosave(plan.autosave_path);

    try {
        done.report = score_attempt(lesson, attempt);
        if (plan.abandoned) mark_abandoned(*done.report);
    } catch (const std::exception& e) {
        done.score_error = e.what();
    }

    done.record_asked = plan.gradebook != nullptr && attempt.trainee.has_value();
    if (!done.record_asked) return done;
    if (!done.report) {
        done.record_error = "the attempt has no score (" + done.score_error + ")";
        return done;
    }
    const RecordResult recorded = record_finished_attempt(*plan.gradebook, lesson, attempt, *done.report,
                                                          *attempt.trainee, attempt.mode == "exam", now_iso8601);
    done.recorded_id = recorded.attempt_id;
    done.record_error = recorded.error;
    return done;
}

RecordResult record_finished_attempt(Gradebook& gradebook, const Lesson& lesson, const Attempt& attempt,
                                     const ScoreReport& report, const std::string& trainee, bool exam,
                                     const std::string& finished_iso8601) {
    RecordResult result;
    try {
        RecordInput input = make_record_input(lesson, attempt, report, trainee,
                                              exam ? AttemptMode::Exam : AttemptMode::Practice,
                                              attempt.started.value_or(""), finished_iso8601);
        input.verdict = {Verification::App, ""};  // made here, at a seat of this gradebook
        result.attempt_id = gradebook.record_attempt(input);
    } catch (const std::exception& e) {
        result.error = e.what();
    }
    return result;
}

void print_record_outcome(std::ostream& out, std::ostream& err, const FinishedAttempt& finished,
                          const std::string& trainee, const std::string& lesson_id) {
    if (!finished.record_asked) return;
    if (finished.recorded_id && finished.report)
        out << "recorded attempt " << *finished.recorded_id << " for " << trainee << ": " << lesson_id << " "
            << score_label(finished.report->total) << (finished.report->passed ? " (passed)" : " (not passed)")
            << std::endl;
    else
        err << "stipple: not recorded in the gradebook: " << finished.record_error << " (attempt kept in "
            << finished.saved_path << ")" << std::endl;
}

}  // namespace stipple
