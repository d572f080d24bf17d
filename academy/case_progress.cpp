// Grouping recorded case steps into runs and judging a run against its case.
#include "academy/case_progress.hpp"

#include <algorithm>

namespace stipple {

namespace {

CaseRunVerdict judge(const Case& c, const std::vector<CaseStepRecord>& steps,
                     const std::map<int64_t, bool>& attempt_counts_by_id) {
    CaseRunVerdict v;
    v.steps_in_case = int(c.steps.size());
    double protocol_sum = 0.0;
    int protocol_n = 0;
    bool lessons_passed = true;
    for (const CaseStep& step : c.steps) {
        const auto r = std::find_if(steps.begin(), steps.end(),
                                    [&](const CaseStepRecord& s) { return s.step_id == step.id; });
        if (r == steps.end()) {
            v.missing_steps.push_back(step.id);
            continue;
        }
        if (case_step_has_attempt(step.kind)) {
            const auto counts = r->attempt_id ? attempt_counts_by_id.find(*r->attempt_id) : attempt_counts_by_id.end();
            const bool ok = r->passed && counts != attempt_counts_by_id.end() && counts->second;
            if (!ok) {
                v.failed_steps.push_back(step.id);
                lessons_passed = false;
            }
        } else {
            protocol_sum += r->score;
            ++protocol_n;
        }
    }
    v.protocol_score = protocol_n ? protocol_sum / protocol_n : 0.0;
    v.complete = v.missing_steps.empty();
    v.passed = v.complete && lessons_passed && (protocol_n == 0 || v.protocol_score >= c.protocol_pass_score);
    return v;
}

}  // namespace

std::vector<CaseRun> case_runs(const std::vector<CaseStepRecord>& steps, const std::map<std::string, const Case*>& known,
                               const std::map<int64_t, bool>& attempt_counts_by_id) {
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
            r.verdict = judge(*c->second, r.steps, attempt_counts_by_id);
    return runs;
}

}  // namespace stipple
