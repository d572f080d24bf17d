// A case's steps in the gradebook (issue 14, part G): every question step, numbing wait and session of a
// trainee's run through a case, in one table beside the attempts (a session's row points at its attempt).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"
#include "academy/record_filter.hpp"

namespace stipple {

struct CaseStepInput {
    std::string trainee;          // an existing, not archived trainee
    std::string case_id;
    std::string case_title;
    std::string run_id;           // UUID of this run through the case (one trainee may run a case again)
    std::string step_id;
    std::string kind;             // CaseStep::kind
    double score = 0.0;           // 0..100
    bool passed = false;
    std::string detail_json;      // question steps: {"answers": [[...]], "explanations": [...]}; else {}
    std::optional<int64_t> attempt_id;  // design/session/touchup: the recorded attempt
    std::string finished;         // ISO 8601
};

struct CaseStepRecord {
    int64_t id = 0;
    std::string trainee;
    std::string trainee_uid;
    std::string case_id;
    std::string case_title;
    std::string run_id;
    std::string step_id;
    std::string kind;
    double score = 0.0;
    bool passed = false;
    std::string detail_json;
    std::optional<int64_t> attempt_id;
    std::string finished;
    std::string recorded;         // UTC, when stored
};

struct CaseStepFilter {
    std::optional<std::string> trainee;
    std::optional<std::string> case_id;
    std::optional<std::string> run_id;
};

// Caps on what one step stores (bytes).
inline constexpr std::size_t kMaxCaseIdBytes = 64;        // case_id, step_id
inline constexpr std::size_t kMaxCaseTitleBytes = 200;    // case_title
inline constexpr std::size_t kMaxCaseStepDetailBytes = 65536;  // detail_json

bool is_case_step_kind(const std::string& kind);      // one of CaseStep::kind's eight names
bool case_step_has_attempt(const std::string& kind);  // design | session | touchup

// One transaction; InputError for an unknown or archived trainee, a score outside 0..100, an attempt id that
// is not this trainee's. Recording the same (run_id, step_id) twice keeps the first (repeatable imports).
// Also refused (InputError, "PATH: case step: ..."), nothing written: a run_id that is not a UUID, an unknown
// kind, an empty or over-long id or title, detail_json that is not a JSON object (stored compact; "" -> "{}"),
// a finished time that is not ISO 8601 ("" -> now), an attempt on a question/numbing step, and a score or
// passed that disagrees with the step's attempt (a session step's score is its attempt's total, within 0.05).
int64_t record_case_step(Gradebook& gradebook, const CaseStepInput& input);
// In recording order (id).
std::vector<CaseStepRecord> case_steps(const Gradebook& gradebook, const CaseStepFilter& filter = {});
// The steps `base` selects of trainees in the scope's cohort (today's, as attempts_in_scope), finished in its range.
std::vector<CaseStepRecord> case_steps_in_scope(const Gradebook& gradebook, const RecordScope& scope,
                                                const CaseStepFilter& base = {});

}  // namespace stipple
