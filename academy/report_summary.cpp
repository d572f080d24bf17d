// Per-lesson pass rates and the most common faults over a set of counted attempts.
#include "academy/report_summary.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

namespace stipple {

namespace {

struct LessonTally {
    std::string title;
    int attempts = 0;
    int passes = 0;
    std::map<std::string, double> best_by_trainee;
    std::map<std::string, bool> first_passed_by_trainee;
    double spacing_sum = 0, depth_sum = 0, hairline_sum = 0;
    int hairline_n = 0;
};

std::optional<double> median(std::vector<double> v) {
    if (v.empty()) return std::nullopt;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

LessonSummary summary_of(const std::string& id, const std::string& title, bool in_curriculum, const LessonTally* t) {
    LessonSummary s;
    s.lesson_id = id;
    s.title = title;
    s.in_curriculum = in_curriculum;
    if (!t || t->attempts == 0) return s;
    s.attempts = t->attempts;
    s.passes = t->passes;
    s.trainees = int(t->best_by_trainee.size());
    for (const auto& [name, passed] : t->first_passed_by_trainee) s.first_attempt_passes += passed ? 1 : 0;
    s.pass_rate = double(s.passes) / s.attempts;
    s.first_attempt_pass_rate = double(s.first_attempt_passes) / s.trainees;
    std::vector<double> bests;
    for (const auto& [name, best] : t->best_by_trainee) bests.push_back(best);
    s.median_best = median(bests);
    // Weakest: the lowest mean; on a tie the first in spacing, depth, hairline order.
    s.weakest_component = "spacing";
    s.weakest_mean = t->spacing_sum / t->attempts;
    if (t->depth_sum / t->attempts < *s.weakest_mean) {
        s.weakest_component = "depth";
        s.weakest_mean = t->depth_sum / t->attempts;
    }
    if (t->hairline_n > 0 && t->hairline_sum / t->hairline_n < *s.weakest_mean) {
        s.weakest_component = "hairline";
        s.weakest_mean = t->hairline_sum / t->hairline_n;
    }
    return s;
}

}  // namespace

std::string lowest_component(const AttemptRecord& a) {
    std::string name = "spacing";
    double low = a.spacing_score;
    if (a.depth_score < low) {
        name = "depth";
        low = a.depth_score;
    }
    if (a.hairline_score && *a.hairline_score < low) name = "hairline";
    return name;
}

std::string fault_words(const std::string& fault) {
    if (fault == "blowout") return "blow-out (dots too deep)";
    if (fault == "unfinished") return "unfinished (too few dots)";
    if (fault == "forehead_spill") return "dots on the forehead";
    if (fault == "abandoned") return "exam abandoned";
    if (fault.rfind("low ", 0) == 0) return fault.substr(4) + " the weakest component";
    return fault;
}

std::vector<std::string> critical_codes(const std::string& score_json) {
    std::vector<std::string> codes;
    if (score_json.empty()) return codes;
    const nlohmann::json doc = nlohmann::json::parse(score_json, nullptr, false);
    if (!doc.is_object()) return codes;
    const auto it = doc.find("critical_errors");
    if (it == doc.end() || !it->is_array()) return codes;
    for (const nlohmann::json& e : *it)
        if (e.is_object() && e.contains("code") && e["code"].is_string()) codes.push_back(e["code"].get<std::string>());
    return codes;
}

ReportSummary summarize_attempts(const std::vector<AttemptRecord>& counted, int unverified_attempts,
                                 const Curriculum& curriculum, const std::string& cohort, const std::string& range,
                                 size_t max_faults) {
    ReportSummary out;
    out.cohort = cohort;
    out.range = range;
    out.unverified_attempts = unverified_attempts;
    out.counted_attempts = int(counted.size());

    std::map<std::string, LessonTally> tally;
    std::vector<std::string> first_seen;
    std::set<std::string> trainees;
    std::map<std::string, int> faults;
    for (const AttemptRecord& a : counted) {
        auto [it, inserted] = tally.try_emplace(a.lesson_id);
        if (inserted) first_seen.push_back(a.lesson_id);
        LessonTally& t = it->second;
        t.title = a.lesson_title;
        ++t.attempts;
        if (a.passed) ++t.passes;
        auto [best, new_trainee] = t.best_by_trainee.try_emplace(a.trainee, a.total);
        if (!new_trainee) best->second = std::max(best->second, a.total);
        t.first_passed_by_trainee.try_emplace(a.trainee, a.passed);  // time order: the first one stays
        t.spacing_sum += a.spacing_score;
        t.depth_sum += a.depth_score;
        if (a.hairline_score) {
            t.hairline_sum += *a.hairline_score;
            ++t.hairline_n;
        }
        trainees.insert(a.trainee);
        if (a.passed) continue;
        ++out.failed_attempts;
        std::set<std::string> seen{"low " + lowest_component(a)};
        for (const std::string& code : critical_codes(a.score_json)) seen.insert(code);
        for (const std::string& f : seen) ++faults[f];
    }
    out.active_trainees = int(trainees.size());

    std::set<std::string> named;
    for (const CurriculumEntry& e : curriculum.lessons) {
        named.insert(e.lesson.id);
        const auto it = tally.find(e.lesson.id);
        out.lessons.push_back(summary_of(e.lesson.id, e.lesson.title.empty() ? e.lesson.id : e.lesson.title, true,
                                         it == tally.end() ? nullptr : &it->second));
    }
    for (const std::string& id : first_seen)
        if (!named.count(id)) out.lessons.push_back(summary_of(id, tally[id].title, false, &tally[id]));

    for (const auto& [fault, count] : faults)
        out.faults.push_back({fault, count, double(count) / out.failed_attempts});
    std::stable_sort(out.faults.begin(), out.faults.end(),
                     [](const FaultCount& a, const FaultCount& b) { return a.count > b.count; });
    if (out.faults.size() > max_faults) out.faults.resize(max_faults);
    return out;
}

}  // namespace stipple
