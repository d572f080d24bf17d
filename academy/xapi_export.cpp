// Building xAPI 1.0.3 statements from gradebook attempts.
#include "academy/xapi_export.hpp"

#include "scoring/iso_time.hpp"
#include "academy/lesson_hash.hpp"
#include "academy/uuid.hpp"
#include "scoring/report_io.hpp"

namespace stipple {

using nlohmann::ordered_json;

std::string lesson_activity_iri(const std::string& home, const std::string& lesson_id, const std::string& hash) {
    return home + "/lessons/" + lesson_id + "?hash=" + short_hash(hash);
}

std::string xapi_extension_iri(const std::string& home, const std::string& name) {
    return home + "/xapi/extensions/" + name;
}

ordered_json xapi_statement(const AttemptRecord& a, const std::string& home) {
    ordered_json s;
    s["id"] = name_based_uuid(a.registration, "statement");
    s["actor"] = {{"objectType", "Agent"}, {"name", a.trainee}, {"account", {{"homePage", home}, {"name", a.trainee}}}};
    s["verb"] = {{"id", a.passed ? kXapiVerbPassed : kXapiVerbFailed},
                 {"display", {{"en-US", a.passed ? "passed" : "failed"}}}};
    s["object"] = {{"objectType", "Activity"},
                   {"id", lesson_activity_iri(home, a.lesson_id, a.lesson_hash)},
                   {"definition",
                    {{"name", {{"en-US", a.lesson_title}}},
                     {"type", "http://adlnet.gov/expapi/activities/simulation"}}}};
    ordered_json result;
    const double raw = round_to(a.total, 1);
    result["score"] = {{"scaled", round_to(raw / 100.0, 4)}, {"raw", raw}, {"min", 0}, {"max", 100}};
    result["success"] = a.passed;
    result["completion"] = true;
    if (a.duration_s) result["duration"] = iso8601_duration(*a.duration_s);
    ordered_json components;
    components[xapi_extension_iri(home, "spacing")] = round_to(a.spacing_score, 1);
    components[xapi_extension_iri(home, "depth")] = round_to(a.depth_score, 1);
    if (a.hairline_score) components[xapi_extension_iri(home, "hairline")] = round_to(*a.hairline_score, 1);
    result["extensions"] = components;
    s["result"] = result;
    ordered_json context;
    context["registration"] = a.registration;
    context["platform"] = "Stipple";
    context["language"] = "en-US";
    context["extensions"] = {{xapi_extension_iri(home, "mode"), to_string(a.mode)},
                             {xapi_extension_iri(home, "input-device"), a.input_device},
                             {xapi_extension_iri(home, "lesson-hash"), a.lesson_hash},
                             {xapi_extension_iri(home, "dots"), a.dot_count}};
    if (!a.cohort.empty()) context["extensions"][xapi_extension_iri(home, "cohort")] = a.cohort;
    s["context"] = context;
    s["timestamp"] = !a.finished.empty() ? a.finished : !a.started.empty() ? a.started : a.recorded;
    s["version"] = "1.0.3";
    return s;
}

ordered_json xapi_statements(const std::vector<AttemptRecord>& attempts, const std::string& home) {
    ordered_json all = ordered_json::array();
    for (const AttemptRecord& a : attempts) all.push_back(xapi_statement(a, home));
    return all;
}

}  // namespace stipple
