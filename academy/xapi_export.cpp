// Building xAPI 1.0.3 statements from gradebook attempts.
#include "academy/xapi_export.hpp"

#include <algorithm>
#include <cmath>

#include "scoring/iso_time.hpp"
#include "academy/lesson_hash.hpp"
#include "academy/text_safety.hpp"
#include "academy/uuid.hpp"
#include "scoring/report_io.hpp"

namespace stipple {

using nlohmann::ordered_json;

namespace {

// Stored text as a JSON string can hold it: old or edited rows may carry invalid UTF-8, which would make the
// whole export fail to serialise.
std::string json_text(const std::string& text) { return valid_utf8_or_replace(text); }

// An IRI path segment: unreserved characters as they are, every other byte percent-encoded (lesson ids are
// [a-z0-9-] when read from a lesson file; an edited row must still give a valid IRI).
std::string iri_segment(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

}  // namespace

double xapi_score_0_100(double score) {
    if (std::isnan(score)) return 0.0;
    return round_to(std::clamp(score, 0.0, 100.0), 1);
}

std::string lesson_activity_iri(const std::string& home, const std::string& lesson_id, const std::string& hash) {
    return home + "/lessons/" + iri_segment(lesson_id) + "?hash=" + iri_segment(short_hash(hash));
}

std::string xapi_extension_iri(const std::string& home, const std::string& name) {
    return home + "/xapi/extensions/" + name;
}

std::string xapi_statement_id(const AttemptRecord& a, const std::string& home) {
    return name_based_uuid(a.registration, "statement/2|" + home);
}

ordered_json xapi_actor(const AttemptRecord& a, const std::string& home) {
    return {{"objectType", "Agent"}, {"account", {{"homePage", home}, {"name", json_text(a.trainee_uid)}}}};
}

ordered_json xapi_statement(const AttemptRecord& a, const std::string& home) {
    ordered_json s;
    s["id"] = xapi_statement_id(a, home);
    s["actor"] = xapi_actor(a, home);
    s["verb"] = {{"id", a.passed ? kXapiVerbPassed : kXapiVerbFailed},
                 {"display", {{"en-US", a.passed ? "passed" : "failed"}}}};
    s["object"] = {{"objectType", "Activity"},
                   {"id", lesson_activity_iri(home, a.lesson_id, a.lesson_hash)},
                   {"definition",
                    {{"name", {{"en-US", json_text(a.lesson_title)}}},
                     {"type", "http://adlnet.gov/expapi/activities/simulation"}}}};
    ordered_json result;
    const double raw = xapi_score_0_100(a.total);
    result["score"] = {{"scaled", round_to(raw / 100.0, 4)}, {"raw", raw}, {"min", 0}, {"max", 100}};
    result["success"] = a.passed;
    result["completion"] = true;
    if (a.duration_s && std::isfinite(*a.duration_s)) result["duration"] = iso8601_duration(*a.duration_s);
    ordered_json components;
    components[xapi_extension_iri(home, "spacing")] = xapi_score_0_100(a.spacing_score);
    components[xapi_extension_iri(home, "depth")] = xapi_score_0_100(a.depth_score);
    if (a.hairline_score) components[xapi_extension_iri(home, "hairline")] = xapi_score_0_100(*a.hairline_score);
    result["extensions"] = components;
    s["result"] = result;
    ordered_json context;
    context["registration"] = a.registration;
    context["platform"] = "Stipple";
    context["language"] = "en-US";
    context["extensions"] = {{xapi_extension_iri(home, "mode"), to_string(a.mode)},
                             {xapi_extension_iri(home, "input-device"), json_text(a.input_device)},
                             {xapi_extension_iri(home, "lesson-hash"), json_text(a.lesson_hash)},
                             {xapi_extension_iri(home, "dots"), std::max(a.dot_count, 0)}};
    if (!a.cohort_at_record.empty())
        context["extensions"][xapi_extension_iri(home, "cohort")] = json_text(a.cohort_at_record);
    s["context"] = context;
    s["timestamp"] = json_text(!a.finished.empty() ? a.finished : !a.started.empty() ? a.started : a.recorded);
    s["version"] = "1.0.3";
    return s;
}

ordered_json xapi_voiding_statement(const AttemptRecord& a, const std::string& home) {
    ordered_json s;
    s["id"] = name_based_uuid(a.registration, "voided/2|" + home);
    s["actor"] = xapi_actor(a, home);
    s["verb"] = {{"id", kXapiVerbVoided}, {"display", {{"en-US", "voided"}}}};
    s["object"] = {{"objectType", "StatementRef"}, {"id", xapi_statement_id(a, home)}};
    s["version"] = "1.0.3";
    return s;
}

ordered_json xapi_statements(const std::vector<AttemptRecord>& attempts, const std::string& home) {
    ordered_json all = ordered_json::array();
    for (const AttemptRecord& a : attempts) {
        all.push_back(xapi_statement(a, home));
        if (a.verification == Verification::Unverified) all.push_back(xapi_voiding_statement(a, home));
    }
    return all;
}

std::string case_activity_iri(const std::string& home, const std::string& case_id) {
    return home + "/cases/" + iri_segment(case_id);
}

std::string case_step_activity_iri(const std::string& home, const std::string& case_id, const std::string& step_id) {
    return case_activity_iri(home, case_id) + "/steps/" + iri_segment(step_id);
}

std::string xapi_case_step_statement_id(const CaseStepRecord& step, const std::string& home) {
    return name_based_uuid(step.run_id, "case-step/1|" + step.trainee_uid + "|" + step.step_id + "|" + home);
}

ordered_json xapi_case_step_statement(const CaseStepRecord& step, const std::string& home, const AttemptRecord* attempt) {
    const bool lesson_step = case_step_has_attempt(step.kind);
    const char* type = lesson_step             ? "http://adlnet.gov/expapi/activities/simulation"
                       : step.kind == "numbing" ? "http://adlnet.gov/expapi/activities/assessment"
                                                : "http://adlnet.gov/expapi/activities/interaction";
    ordered_json s;
    s["id"] = xapi_case_step_statement_id(step, home);
    s["actor"] = {{"objectType", "Agent"}, {"account", {{"homePage", home}, {"name", json_text(step.trainee_uid)}}}};
    s["verb"] = {{"id", step.passed ? kXapiVerbPassed : kXapiVerbFailed},
                 {"display", {{"en-US", step.passed ? "passed" : "failed"}}}};
    s["object"] = {{"objectType", "Activity"},
                   {"id", case_step_activity_iri(home, step.case_id, step.step_id)},
                   {"definition",
                    {{"name", {{"en-US", json_text(step.case_title + ": " + step.step_id)}}}, {"type", type}}}};
    const double raw = xapi_score_0_100(step.score);
    s["result"] = {{"score", {{"scaled", round_to(raw / 100.0, 4)}, {"raw", raw}, {"min", 0}, {"max", 100}}},
                   {"success", step.passed},
                   {"completion", true}};
    ordered_json context;
    context["registration"] = is_uuid(step.run_id) ? step.run_id : name_based_uuid(step.trainee_uid, step.run_id);
    context["contextActivities"] = {
        {"parent",
         ordered_json::array({{{"objectType", "Activity"},
                               {"id", case_activity_iri(home, step.case_id)},
                               {"definition",
                                {{"name", {{"en-US", json_text(step.case_title)}}},
                                 {"type", "http://adlnet.gov/expapi/activities/course"}}}}})}};
    context["platform"] = "Stipple";
    context["language"] = "en-US";
    context["extensions"] = {{xapi_extension_iri(home, "case-step-kind"), json_text(step.kind)}};
    if (attempt && attempt->id == step.attempt_id && !attempt->registration.empty()) {
        context["contextActivities"]["other"] = ordered_json::array(
            {{{"objectType", "Activity"}, {"id", lesson_activity_iri(home, attempt->lesson_id, attempt->lesson_hash)}}});
        context["statement"] = {{"objectType", "StatementRef"}, {"id", xapi_statement_id(*attempt, home)}};
    }
    s["context"] = context;
    s["timestamp"] = json_text(!step.finished.empty() ? step.finished : step.recorded);
    s["version"] = "1.0.3";
    return s;
}

ordered_json xapi_case_step_statements(const std::vector<CaseStepRecord>& steps,
                                       const std::vector<AttemptRecord>& attempts, const std::string& home) {
    ordered_json all = ordered_json::array();
    for (const CaseStepRecord& step : steps) {
        const AttemptRecord* attempt = nullptr;
        for (const AttemptRecord& a : attempts)
            if (step.attempt_id && a.id == *step.attempt_id) attempt = &a;
        all.push_back(xapi_case_step_statement(step, home, attempt));
    }
    return all;
}

}  // namespace stipple
