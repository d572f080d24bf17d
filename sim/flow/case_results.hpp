// What a case run adds up to, headless: the lesson of the next session (the first as the case gives it, later
// ones built by session_handover from the trainee's own saved attempt, healed), the scores of the steps done
// (case_score: answers, the numbing wait from the session after it, each session's report) combined into the
// case's verdict, the summary's rows, and the gradebook rows (academy/case_records) of steps not yet recorded.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"
#include "scoring/case.hpp"
#include "scoring/case_score.hpp"
#include "sim/flow/case_run.hpp"
#include "sim/model/session_handover.hpp"

namespace stipple {

// The lesson for the lesson step `step_index` (the run's next step): first_session for the case's first lesson
// step, else next_session from the run's last lesson step's saved lesson and attempt. Throws InputError naming
// the saved file when it cannot be read, or when the case's handover names another step than `step_index`.
NextSession plan_session(const Case& c, const CaseRun& run, std::size_t step_index);

// Every done step scored (question steps from the saved answers, the numbing step from the first dot of the
// session after it once that is done, sessions by scoring their saved attempt on their saved lesson), then
// combine_case. Throws InputError naming a saved file that cannot be read.
CaseReport run_report(const Case& c, const CaseRun& run);

// One line of the case summary.
struct CaseSummaryRow {
    std::string title;        // the step's title (its id when it has none)
    std::string kind;
    std::string score_label;  // "82.4", "-" when not scored yet
    bool passed = false;
    bool scored = false;
};
std::vector<CaseSummaryRow> case_summary_rows(const Case& c, const CaseReport& report);
// "Case passed: 84.2 (protocol 91.7)", "Case not passed: 61.0 (protocol 58.3)", "Case in progress: 3 of 8 steps".
std::string case_verdict_line(const Case& c, const CaseReport& report, std::size_t steps_done);

// Records every step steps_to_record() names (academy/case_records), marking each recorded in `run`; the
// caller saves the run. Stops at the first refusal and returns it in words ("" when all went in).
std::string record_case_steps(Gradebook& gradebook, const Case& c, CaseRun& run, const CaseReport& report);

}  // namespace stipple
