// A trainee's runs through cases as the gradebook shows them (issue 14, part G): the recorded steps grouped by
// run, and for a case the curriculum knows, the verdict on the run (complete, protocol score, passed) by the
// case's pass rule (scoring/case_score.hpp), a session counting only when its attempt counts (progress.hpp).
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
    std::vector<std::string> missing_steps;  // step ids of the case with no record in the run, in case order
    std::vector<std::string> failed_steps;   // design/session/touchup steps recorded not passed (or not counted)
    double protocol_score = 0.0;             // mean of the recorded question and numbing steps (0 when none)
    bool complete = false;                   // every step of the case recorded
    bool passed = false;                     // complete, every lesson step passed, protocol >= the case's pass score
};

struct CaseRun {
    std::string case_id;
    std::string case_title;
    std::string run_id;
    std::vector<CaseStepRecord> steps;       // recording order
    std::optional<CaseRunVerdict> verdict;   // absent when the case is not among the known cases
};

// Groups `steps` (one trainee's, in recording order) by run, runs in the order their first step was recorded.
// `known`: the curriculum's cases by id. `attempt_counts_by_id`: for each step's attempt whether it counts
// toward progress (absent: it does not).
std::vector<CaseRun> case_runs(const std::vector<CaseStepRecord>& steps, const std::map<std::string, const Case*>& known,
                               const std::map<int64_t, bool>& attempt_counts_by_id);

}  // namespace stipple
