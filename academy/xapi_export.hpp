// xAPI 1.0.3 statements: one per attempt, the academy as the account home, lessons as activities. Every
// value in a statement was fixed when the attempt was recorded (the trainee's uid, the cohort then, the
// lesson version, the scores), so a rename, a cohort move or a re-export gives byte-identical statements.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "academy/case_records.hpp"
#include "academy/gradebook.hpp"

namespace stipple {

inline constexpr const char* kXapiVerbPassed = "http://adlnet.gov/expapi/verbs/passed";
inline constexpr const char* kXapiVerbFailed = "http://adlnet.gov/expapi/verbs/failed";
inline constexpr const char* kXapiVerbVoided = "http://adlnet.gov/expapi/verbs/voided";

// "<home>/lessons/<lesson id>?hash=<first 12 hex digits of the lesson hash>" (bytes outside A-Z a-z 0-9 - . _ ~
// percent-encoded, so an edited row still gives an IRI).
std::string lesson_activity_iri(const std::string& academy_home, const std::string& lesson_id,
                                const std::string& lesson_hash);
// "<home>/xapi/extensions/<name>", e.g. the spacing component score.
std::string xapi_extension_iri(const std::string& academy_home, const std::string& name);
// A score as exported: clamped to [0, 100] (NaN -> 0), one decimal.
double xapi_score_0_100(double score);
// UUID v8 of (registration, "statement/2|<home>"): fixed per attempt and academy home.
std::string xapi_statement_id(const AttemptRecord& attempt, const std::string& academy_home);

// One statement: the actor is an account of the academy named by the trainee's uid (no display name),
// verb passed/failed, result with score (raw 0-100, scaled 0-1), success, completion, duration and component
// scores, context with the registration, mode, input device, lesson hash, dots and the cohort at record time.
// Stored text is made valid UTF-8 first (old rows).
nlohmann::ordered_json xapi_statement(const AttemptRecord& attempt, const std::string& academy_home);
// The statement voiding xapi_statement(attempt) (verb voided, object its StatementRef), for an attempt that
// has been found unverified: an LRS that already holds the first drops it from its reports.
nlohmann::ordered_json xapi_voiding_statement(const AttemptRecord& attempt, const std::string& academy_home);
// A JSON array of statements, as an LRS accepts them in one POST: each attempt's statement, followed by its
// voiding statement when the attempt is unverified.
nlohmann::ordered_json xapi_statements(const std::vector<AttemptRecord>& attempts, const std::string& academy_home);

// Cases (issue 14). "<home>/cases/<case id>" and "<home>/cases/<case id>/steps/<step id>" (segments encoded as
// lesson_activity_iri's).
std::string case_activity_iri(const std::string& academy_home, const std::string& case_id);
std::string case_step_activity_iri(const std::string& academy_home, const std::string& case_id,
                                   const std::string& step_id);
// UUID v8 of (run_id, "case-step/1|<trainee uid>|<step id>|<home>"): fixed per step of a run and academy home.
std::string xapi_case_step_statement_id(const CaseStepRecord& step, const std::string& academy_home);
// One statement per case step: the actor as xapi_statement's (the trainee's uid), verb passed/failed, the step
// as the activity (type interaction for question steps, simulation for design/session/touch-up, the numbing
// wait as an assessment), result score/success/completion, context: registration = the run's UUID, the case as
// contextActivities.parent, the kind as an extension and, for a step done as an attempt, that attempt's
// statement as context.statement (a StatementRef) when `attempt` is given. Timestamp: when the step finished.
nlohmann::ordered_json xapi_case_step_statement(const CaseStepRecord& step, const std::string& academy_home,
                                                const AttemptRecord* attempt);
// A JSON array: one statement per step, in the given order; `attempts` is searched for each step's attempt.
nlohmann::ordered_json xapi_case_step_statements(const std::vector<CaseStepRecord>& steps,
                                                 const std::vector<AttemptRecord>& attempts,
                                                 const std::string& academy_home);

}  // namespace stipple
