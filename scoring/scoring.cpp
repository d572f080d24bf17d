// The scoring engine's entry point (see scoring.hpp for the pass rule): runs the three component metrics on
// the dots in canonical order, with the lesson's existing marks, and combines them. A design lesson (issue 14)
// is judged on its design line alone (design_metric.hpp): its dots, spacing, depth and hairline do not count.
// total = weighted mean of the component scores (weights from the lesson, each scaled by the largest so that
// absurd weights such as 1e308 cannot overflow; hairline only when the lesson has one).
// passed = total >= pass_score, every weighted component >= component_floor, and no critical error: the
// engine raises "unfinished" itself (work_done.hpp) and collects every metric's critical errors (unfinished
// first, then spacing, depth, hairline, each in the metric's order).
// Feedback: every metric's findings, most costly first (points lost times the component's weight), at most 12.
#include "scoring.hpp"

#include <algorithm>
#include <cmath>

#include "depth_metric.hpp"
#include "design_metric.hpp"
#include "existing_marks.hpp"
#include "hairline_metric.hpp"
#include "metric_support.hpp"
#include "session_choice.hpp"
#include "spacing_metric.hpp"
#include "work_done.hpp"

namespace stipple {

namespace {

// The lesson's weights as used: negative, NaN and infinite weights count 0, a missing hairline counts 0, and
// all are divided by the largest, so the weighted mean is safe whatever their size.
ComponentWeights used_weights(const Lesson& lesson, bool has_hairline) {
    auto clean = [](double w) { return std::isfinite(w) && w > 0 ? w : 0.0; };
    ComponentWeights w{clean(lesson.weights.spacing), clean(lesson.weights.depth),
                       has_hairline ? clean(lesson.weights.hairline) : 0.0};
    const double largest = std::max({w.spacing, w.depth, w.hairline});
    if (largest > 0) {
        w.spacing /= largest;
        w.depth /= largest;
        w.hairline /= largest;
    }
    return w;
}

}  // namespace

std::vector<std::string> score_shortfalls(const Lesson& lesson, const ScoreReport& report) {
    std::vector<std::string> out;
    if (!(report.total >= lesson.pass_score))
        out.push_back(feedback_text("The total, %.1f, is below the pass mark of %g", report.total, lesson.pass_score));
    if (report.design) {  // a design lesson: the design is the only component that counts
        if (!(report.design->score >= lesson.component_floor))
            out.push_back(feedback_text("Design scored %.1f: every part must reach %g to pass", report.design->score,
                                        lesson.component_floor));
        return out;
    }
    const ComponentWeights w = used_weights(lesson, report.hairline.has_value());
    auto floor_check = [&](const char* title, double weight, double score) {
        if (weight > 0 && !(score >= lesson.component_floor))
            out.push_back(std::string(title) + feedback_text(" scored %.1f: every part must reach %g to pass", score,
                                                             lesson.component_floor));
    };
    floor_check("Spacing", w.spacing, report.spacing.score);
    floor_check("Depth", w.depth, report.depth.score);
    if (report.hairline) floor_check("Hairline", w.hairline, report.hairline->score);
    return out;
}

ScoreReport combine_results(const Lesson& lesson, bool no_dots, const WorkDone& work, MetricResult spacing,
                            MetricResult depth, std::optional<MetricResult> hairline) {
    ScoreReport report;
    report.lesson = lesson.id;
    report.spacing = spacing.component;
    report.depth = depth.component;
    if (hairline) report.hairline = hairline->component;

    const ComponentWeights w = used_weights(lesson, hairline.has_value());
    const double sum_w = w.spacing + w.depth + w.hairline;
    const double weighted = w.spacing * spacing.component.score + w.depth * depth.component.score +
                            (hairline ? w.hairline * hairline->component.score : 0.0);
    report.total = sum_w > 0 && std::isfinite(weighted) ? std::clamp(weighted / sum_w, 0.0, 100.0) : 0.0;

    if (std::optional<CriticalError> unfinished = unfinished_error(work))
        report.critical_errors.push_back(std::move(*unfinished));
    for (MetricResult* m : {&spacing, &depth, hairline ? &*hairline : nullptr})
        if (m) report.critical_errors.insert(report.critical_errors.end(), m->critical.begin(), m->critical.end());
    report.passed = report.critical_errors.empty() && score_shortfalls(lesson, report).empty();

    if (no_dots) {
        report.feedback.push_back({"general", "No dots placed: nothing to score", std::nullopt});
        return report;
    }
    std::vector<Finding> findings = std::move(spacing.findings);
    findings.insert(findings.end(), depth.findings.begin(), depth.findings.end());
    if (hairline) findings.insert(findings.end(), hairline->findings.begin(), hairline->findings.end());
    report.feedback = rank_findings(std::move(findings), w);
    return report;
}

ScoreReport combine_design_result(const Lesson& lesson, MetricResult design) {
    ScoreReport report;
    report.lesson = lesson.id;
    report.design = design.component;
    report.total = std::clamp(finite_or(design.component.score, 0.0), 0.0, 100.0);
    report.critical_errors = std::move(design.critical);
    report.passed = report.critical_errors.empty() && score_shortfalls(lesson, report).empty();
    report.feedback = rank_findings(std::move(design.findings), ComponentWeights{});
    return report;
}

ScoreReport score_attempt(const Lesson& given, const Attempt& attempt) {
    if (given.design) return combine_design_result(given, design_metric(given, attempt.design_line));
    const Lesson lesson = lesson_as_chosen(given, attempt.choice);  // dots judged as made: the chosen needle's size
    const std::vector<Dot> dots = canonical_dots(attempt.dots);
    const std::vector<Point> existing = existing_marks(lesson);
    const WorkDone work = work_done(lesson, dots);
    std::optional<MetricResult> hairline;
    if (lesson.hairline) hairline = hairline_metric(lesson, dots, existing);
    ScoreReport report = combine_results(lesson, dots.empty(), work, spacing_metric(lesson, dots, existing),
                                         depth_metric(lesson, dots, work), std::move(hairline));
    judge_session_choice(lesson, attempt, report);  // issue 14, part D: needle and shade (session_choice.hpp)
    return report;
}

}  // namespace stipple
