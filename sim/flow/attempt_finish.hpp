// Finishing an attempt, one headless step for `stipple practice` and the app alike: the attempt file
// written atomically (with its finish time and mode, and sealed with the gradebook's key when there is one and a
// trainee: academy/attempt_seal), then the autosave removed, then the score, then the record in the gradebook,
// verification "app" (academy/attempt_integrity). A failed write throws and keeps the autosave; a failed score or record comes
// back as text, never as an exception, and the attempt file stays.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>

#include "academy/gradebook.hpp"
#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"

namespace stipple {

struct FinishPlan {
    std::optional<std::filesystem::path> save_path;  // where the attempt goes; default: below data_dir
    std::filesystem::path data_dir;                   // the user's data folder (academy/user_data.hpp)
    std::string autosave_path;                        // removed once the attempt is written; empty = none
    Gradebook* gradebook = nullptr;                   // record here (needs attempt.trainee); nullptr = don't
    bool exam = false;                                // the mode when the attempt has none of its own
    bool abandoned = false;                           // an exam left past its limit: failed (exam_clock.hpp)
};

struct FinishedAttempt {
    std::string saved_path;              // where the attempt file was written
    bool sealed = false;                 // the file carries the gradebook's seal
    std::optional<ScoreReport> report;   // absent when scoring failed (score_error says why)
    std::string score_error;
    bool record_asked = false;           // a gradebook and a trainee were given
    std::optional<int64_t> recorded_id;  // the gradebook's attempt id when recorded
    std::string record_error;            // asked but not recorded: why
};

// Where the attempt file goes: plan.save_path, else new_attempt_path(data_dir, trainee, lesson, started
// or now) (a new name in DATA/attempts, never overwriting).
std::filesystem::path attempt_destination(const FinishPlan& plan, const Lesson& lesson, const Attempt& attempt,
                                          const std::string& now_iso8601);

// Saves (folders created, atomic), removes the autosave, scores (plan.abandoned: marked failed), records. `now_iso8601` is the finish time
// (the record's end). Throws std::runtime_error (or std::filesystem::filesystem_error) when the attempt
// file cannot be written; the autosave is then left in place.
FinishedAttempt finish_attempt(const Lesson& lesson, const Attempt& attempt, const FinishPlan& plan,
                               const std::string& now_iso8601);

struct RecordResult {
    std::optional<int64_t> attempt_id;  // recorded
    std::string error;                  // not recorded: why
};

// Records one scored attempt for `trainee` in one transaction; never throws (the error comes back as text).
RecordResult record_finished_attempt(Gradebook& gradebook, const Lesson& lesson, const Attempt& attempt,
                                     const ScoreReport& report, const std::string& trainee, bool exam,
                                     const std::string& finished_iso8601);

// The line scripts and logs wait on, when recording was asked: "recorded attempt ID for TRAINEE: LESSON
// TOTAL (passed|not passed)" on `out`, else "stipple: not recorded in the gradebook: WHY (attempt kept in
// PATH)" on `err`. Nothing when recording was not asked.
void print_record_outcome(std::ostream& out, std::ostream& err, const FinishedAttempt& finished,
                          const std::string& trainee, const std::string& lesson_id);

}  // namespace stipple
