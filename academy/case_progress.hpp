// A trainee's runs through cases as the gradebook shows them (issue 14, part G): the recorded steps grouped by
// run, and for a case the curriculum knows, the verdict on the run by the case's own scoring
// (scoring/case_score.hpp: combine_case). The verdict trusts no stored score it can re-derive: question steps
// are re-scored from the recorded answers, the numbing wait from the first dot of the session after it, and a
// session counts with its attempt's stored score report only when that attempt counts (progress.hpp) and was
// made on the step's own lesson.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "academy/case_records.hpp"
#include "scoring/case.hpp"

namespace stipple {

struct CaseRunVerdict {
    int steps_in_case = 0;
    int steps_done = 0;                      // steps of the case with a result in the run
    std::vector<std::string> missing_steps;  // required step ids of the case without a record, in case order
    std::vector<std::string> failed_steps;   // design/session/touchup steps not passed, not counted or on another lesson
    // Steps whose recorded score differs (by more than 0.05) from the score re-derived here; the verdict uses
    // the re-derived one.
    std::vector<std::string> rescored_steps;
    double protocol_score = 0.0;             // combine_case: the mean of the question and numbing steps
    double total = 0.0;                      // combine_case: the mean of the protocol and each session
    bool complete = false;                   // every required step has a result (an optional touch-up may wait)
    bool passed = false;                     // combine_case's pass rule
};

struct CaseRun {
    std::string case_id;
    std::string case_title;
    std::string run_id;
    std::vector<CaseStepRecord> steps;       // recording order
    std::optional<CaseRunVerdict> verdict;   // absent when the case is not among the known cases
};

// What the verdict needs of a step's attempt.
struct StepAttempt {
    bool counts = false;      // attempt_counts(): app, sealed or legacy
    std::string lesson_id;    // the lesson it was made on
    std::string attempt_json; // stored stipple-attempt/1 text (the numbing wait is judged from its first dot)
    std::string score_json;   // stored stipple-score/1 text (the session's report)
};

// Groups `steps` (one trainee's, in recording order) by run, runs in the order their first step was recorded.
// `known`: the curriculum's cases by id. `attempts`: the steps' attempts by id (absent: it does not count).
std::vector<CaseRun> case_runs(const std::vector<CaseStepRecord>& steps, const std::map<std::string, const Case*>& known,
                               const std::map<int64_t, StepAttempt>& attempts);

}  // namespace stipple
