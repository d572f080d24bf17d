// The score screen's content built from the report (see score_screen_model.hpp).
#include "sim/flow/score_screen_model.hpp"

#include <cmath>
#include <cstdio>

#include "scoring/scoring.hpp"
#include "scoring/session_choice.hpp"

namespace stipple {

namespace {

ScoreRow make_row(const Lesson& lesson, const std::string& key, const std::string& title, const ComponentScore* c,
                  double weight) {
    ScoreRow row;
    row.key = key;
    row.title = title;
    row.weight = weight;
    if (c) {
        row.score = c->score;
        for (const Metric& m : c->metrics)
            if (std::optional<MetricLine> line = metric_line(lesson, key, m.first, m.second))
                row.metrics.push_back(std::move(*line));
    }
    return row;
}

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
    return s;
}

}  // namespace

std::string format_metric(double value) {
    char buf[32];
    if (std::isnan(value)) return "-";
    if (std::abs(value) >= 100 || value == std::floor(value)) std::snprintf(buf, sizeof buf, "%.0f", value);
    else std::snprintf(buf, sizeof buf, "%.2f", value);
    return buf;
}

std::string metric_label(const std::string& name) {
    std::string base = name;
    std::string unit;
    for (const char* u : {"_mm2", "_mm", "_cm2", "_s", "_pct"}) {
        const std::string suffix = u;
        if (base.size() > suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0) {
            unit = suffix.substr(1);
            base.resize(base.size() - suffix.size());
            break;
        }
    }
    for (char& ch : base)
        if (ch == '_') ch = ' ';
    if (unit == "pct") unit = "%";
    else if (unit == "mm2") unit = "mm²";
    else if (unit == "cm2") unit = "cm²";
    return unit.empty() ? base : base + " (" + unit + ")";
}

ScoreScreenModel score_screen_model(const Lesson& lesson, const ScoreReport& report,
                                    const std::optional<SessionChoice>& choice) {
    ScoreScreenModel m;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", report.total);
    m.total_text = buf;
    m.passed = report.passed;
    std::snprintf(buf, sizeof buf, "%.0f", lesson.pass_score);
    m.verdict = std::string(report.passed ? "Passed" : "Not yet") + " (needs " + buf + ")";
    if (!report.passed) {
        for (const CriticalError& e : report.critical_errors) m.fail_reasons.push_back(e.message);
        for (std::string& reason : score_shortfalls(lesson, report)) m.fail_reasons.push_back(std::move(reason));
    }
    for (const ChoiceVerdict& v : choice_verdicts(lesson, choice)) {
        m.choice_line += (m.choice_line.empty() ? "" : "; ") + v.message;
        m.choice_acceptable = m.choice_acceptable && v.acceptable;
    }
    if (lesson.design) {  // a design lesson: only the design counts (no dots, spacing and depth are not scored)
        m.rows.push_back(make_row(lesson, "design", "Hairline design", report.design ? &*report.design : nullptr,
                                  lesson.weights.design));
    } else {
        m.rows.push_back(make_row(lesson, "spacing", "Spacing", &report.spacing, lesson.weights.spacing));
        m.rows.push_back(make_row(lesson, "depth", "Depth consistency", &report.depth, lesson.weights.depth));
        m.rows.push_back(make_row(lesson, "hairline", "Hairline naturalness",
                                  report.hairline ? &*report.hairline : nullptr, lesson.weights.hairline));
    }
    m.heat_legend = heat_legend();
    m.depth_legend = depth_legend(lesson.targets.depth_min_mm, lesson.targets.depth_max_mm);
    int n = 0;
    for (const Feedback& f : report.feedback) {
        FeedbackRow row;
        row.component = f.component;
        row.text = std::to_string(++n) + ". " + capitalised(f.component) + ": " + f.message;
        row.at = f.at;
        row.places = f.places;
        if (row.places.empty() && f.at) row.places.push_back(*f.at);
        m.feedback.push_back(row);
    }
    return m;
}

double healed_days(HealedStage stage) {
    switch (stage) {
        case HealedStage::Fresh: return 0.0;
        case HealedStage::OneMonth: return 30.0;
        case HealedStage::OneYear: return 365.0;
        case HealedStage::FourYears: return 4 * 365.25;
    }
    return 0.0;
}

const char* healed_label(HealedStage stage) {
    switch (stage) {
        case HealedStage::Fresh: return "Fresh";
        case HealedStage::OneMonth: return "1 month";
        case HealedStage::OneYear: return "1 year";
        case HealedStage::FourYears: return "4 years";
    }
    return "";
}

}  // namespace stipple
