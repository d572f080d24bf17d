// Grouping recorded case steps into runs and judging a run with its case's own scoring.
#include "academy/case_progress.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <nlohmann/json.hpp>

#include "scoring/attempt_io.hpp"
#include "scoring/case_score.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/report_io.hpp"

namespace stipple {

namespace {

const CaseStepRecord* record_of(const std::vector<CaseStepRecord>& steps, const std::string& step_id) {
    const auto r = std::find_if(steps.begin(), steps.end(), [&](const CaseStepRecord& s) { return s.step_id == step_id; });
    return r == steps.end() ? nullptr : &*r;
}

// The answers a question step's detail recorded ({"answers": [[0, 2], [1]]}); nullopt when they are not there.
std::optional<StepAnswers> answers_of(const std::string& detail_json) {
    const nlohmann::json j = nlohmann::json::parse(detail_json, nullptr, false);
    if (!j.is_object() || !j.contains("answers") || !j["answers"].is_array()) return std::nullopt;
    StepAnswers answers;
    for (const auto& picks : j["answers"]) {
        if (!picks.is_array()) return std::nullopt;
        std::vector<int> one;
        for (const auto& p : picks) {
            if (!p.is_number_integer()) return std::nullopt;
            one.push_back(p.get<int>());
        }
        answers.push_back(std::move(one));
    }
    return answers;
}

StepResult failed_result(const CaseStep& step, const std::string& why) {
    StepResult r;
    r.step_id = step.id;
    r.kind = step.kind;
    r.explanations.push_back(why);
    return r;
}

// A question step scored again from its recorded answers (no answers, or answers that do not fit: 0).
StepResult question_result(const CaseStep& step, const CaseStepRecord& record) {
    const auto answers = answers_of(record.detail_json);
    if (!answers) return failed_result(step, "no answers recorded");
    try {
        return score_question_step(step, *answers);
    } catch (const InputError& e) {
        return failed_result(step, e.what());
    }
}

std::optional<Attempt> attempt_of(const StepAttempt& a, int64_t id) {
    try {
        const std::string label = "attempt " + std::to_string(id);
        return attempt_from_json(parse_json_text(a.attempt_json, label), label);
    } catch (const InputError&) {
        return std::nullopt;
    }
}

// The numbing wait judged from the first dot of the session after it, when that session's attempt is at hand;
// else as recorded.
StepResult numbing_result(const Case& c, const CaseStep& step, const CaseStepRecord& record,
                          const std::vector<CaseStepRecord>& steps, const std::map<int64_t, StepAttempt>& attempts) {
    const auto at = std::find_if(c.steps.begin(), c.steps.end(), [&](const CaseStep& s) { return &s == &step; });
    const auto next = std::find_if(at, c.steps.end(), [](const CaseStep& s) { return is_lesson_step(s); });
    if (next != c.steps.end())
        if (const CaseStepRecord* session = record_of(steps, next->id); session && session->attempt_id)
            if (const auto a = attempts.find(*session->attempt_id); a != attempts.end())
                if (const auto attempt = attempt_of(a->second, a->first)) return score_numbing_step(step, *attempt);
    StepResult r;
    r.step_id = step.id;
    r.kind = step.kind;
    r.score = record.score;
    r.passed = record.passed;
    return r;
}

// A session with its attempt's stored report; a report that fails to read, an attempt that does not count or
// one made on another lesson stands as not passed.
SessionResult session_result(const CaseStep& step, const CaseStepRecord& record,
                             const std::map<int64_t, StepAttempt>& attempts, bool& stands) {
    SessionResult r;
    r.step_id = step.id;
    r.lesson_id = step.lesson.id;
    r.report.total = record.score;
    r.report.passed = false;
    stands = false;
    const auto a = record.attempt_id ? attempts.find(*record.attempt_id) : attempts.end();
    if (a == attempts.end()) return r;
    try {
        const std::string label = "attempt " + std::to_string(a->first) + " (score)";
        r.report = report_from_json(parse_json_text(a->second.score_json, label), label);
    } catch (const InputError&) {
        r.report.passed = false;
        return r;
    }
    stands = a->second.counts && (step.lesson.id.empty() || a->second.lesson_id == step.lesson.id);
    if (!stands) r.report.passed = false;
    return r;
}

CaseRunVerdict judge(const Case& c, const std::vector<CaseStepRecord>& steps, const std::map<int64_t, StepAttempt>& attempts) {
    CaseRunVerdict v;
    v.steps_in_case = int(c.steps.size());
    std::vector<StepResult> results;
    std::vector<SessionResult> sessions;
    for (const CaseStep& step : c.steps) {
        const CaseStepRecord* record = record_of(steps, step.id);
        if (!record) {
            if (!step.optional) v.missing_steps.push_back(step.id);
            continue;
        }
        ++v.steps_done;
        double derived = record->score;
        if (is_lesson_step(step)) {
            bool stands = false;
            sessions.push_back(session_result(step, *record, attempts, stands));
            if (!sessions.back().report.passed) v.failed_steps.push_back(step.id);
            derived = sessions.back().report.total;
        } else {
            results.push_back(step.kind == "numbing" ? numbing_result(c, step, *record, steps, attempts)
                                                     : question_result(step, *record));
            derived = results.back().score;
        }
        if (std::abs(derived - record->score) > 0.05) v.rescored_steps.push_back(step.id);
    }
    const CaseReport report = combine_case(c, results, sessions);
    v.protocol_score = report.protocol_score;
    v.total = report.total;
    v.complete = report.complete;
    v.passed = report.passed;
    return v;
}

}  // namespace

std::vector<CaseRun> case_runs(const std::vector<CaseStepRecord>& steps, const std::map<std::string, const Case*>& known,
                               const std::map<int64_t, StepAttempt>& attempts) {
    std::vector<CaseRun> runs;
    for (const CaseStepRecord& s : steps) {
        auto run = std::find_if(runs.begin(), runs.end(), [&](const CaseRun& r) { return r.run_id == s.run_id; });
        if (run == runs.end()) {
            runs.push_back({s.case_id, s.case_title, s.run_id, {}, std::nullopt});
            run = std::prev(runs.end());
        }
        run->steps.push_back(s);
    }
    for (CaseRun& r : runs)
        if (const auto c = known.find(r.case_id); c != known.end() && c->second)
            r.verdict = judge(*c->second, r.steps, attempts);
    return runs;
}

}  // namespace stipple
