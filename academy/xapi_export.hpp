// xAPI 1.0.3 statements: one per attempt, the academy as the account home, lessons as activities.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "academy/gradebook.hpp"

namespace stipple {

inline constexpr const char* kXapiVerbPassed = "http://adlnet.gov/expapi/verbs/passed";
inline constexpr const char* kXapiVerbFailed = "http://adlnet.gov/expapi/verbs/failed";

// "<home>/lessons/<lesson id>?hash=<first 12 hex digits of the lesson hash>"
std::string lesson_activity_iri(const std::string& academy_home, const std::string& lesson_id,
                                const std::string& lesson_hash);
// "<home>/xapi/extensions/<name>", e.g. the spacing component score.
std::string xapi_extension_iri(const std::string& academy_home, const std::string& name);

// One statement: id derived from the registration (stable across exports), actor an account of the
// academy, verb passed/failed, result with score, success, completion, duration and component scores.
nlohmann::ordered_json xapi_statement(const AttemptRecord& attempt, const std::string& academy_home);
// A JSON array of statements, as an LRS accepts them in one POST.
nlohmann::ordered_json xapi_statements(const std::vector<AttemptRecord>& attempts, const std::string& academy_home);

}  // namespace stipple
