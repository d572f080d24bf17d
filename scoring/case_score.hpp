// Scoring a case: each question step, the numbing wait, each session (its lesson's report) and the whole.
// Pure and deterministic. The pass rule of a case: every design/session/touchup step done and passed, and the
// protocol steps (question steps and numbing together, the mean of their scores) reach protocol_pass_score.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "attempt.hpp"
#include "case.hpp"
#include "score_report.hpp"

namespace stipple {

// The options a trainee picked for each question of a step, by index, in the step's question order.
using StepAnswers = std::vector<std::vector<int>>;

struct StepResult {
    std::string step_id;
    std::string kind;
    double score = 0.0;              // 0..100
    bool passed = false;
    std::vector<std::string> explanations;  // one per wrong pick or missed right answer, in words
};

struct SessionResult {
    std::string step_id;
    std::string lesson_id;
    ScoreReport report;
};

struct CaseReport {
    std::string case_id;
    std::vector<StepResult> steps;       // question and numbing steps, in case order
    std::vector<SessionResult> sessions; // design/session/touchup steps done so far, in case order
    double protocol_score = 0.0;         // mean of `steps` scores
    double total = 0.0;                  // mean of protocol_score and every lesson step's total
    bool complete = false;               // every step has a result
    bool passed = false;                 // complete and the pass rule holds
};

// Throws InputError("step <id>", pointer, ...) when the answers do not fit the step (wrong count, bad index,
// several picks for a one-answer question).
StepResult score_question_step(const CaseStep& step, const StepAnswers& answers);
// The numbing step judged from the session attempt that followed it: its first dot's time against the wait.
StepResult score_numbing_step(const CaseStep& step, const Attempt& session_attempt);
CaseReport combine_case(const Case& c, const std::vector<StepResult>& steps,
                        const std::vector<SessionResult>& sessions);

}  // namespace stipple
