// The scoring engine's entry point (see scoring.hpp): runs the three component metrics on the dots in
// canonical order, with the lesson's existing marks, and combines them.
// total = weighted mean of the component scores (weights from the lesson; hairline only when the lesson has
// one); passed = total >= pass_score. Feedback: every metric's findings, most costly first (points lost times
// the component's weight), at most 12.
#include "scoring.hpp"

#include <algorithm>
#include <cmath>

#include "depth_metric.hpp"
#include "existing_marks.hpp"
#include "hairline_metric.hpp"
#include "metric_support.hpp"
#include "spacing_metric.hpp"

namespace stipple {

ScoreReport score_attempt(const Lesson& lesson, const Attempt& attempt) {
    const std::vector<Dot> dots = canonical_dots(attempt.dots);
    const std::vector<Point> existing = existing_marks(lesson);

    MetricResult spacing = spacing_metric(lesson, dots, existing);
    MetricResult depth = depth_metric(lesson, dots);
    std::optional<MetricResult> hairline;
    if (lesson.hairline) hairline = hairline_metric(lesson, dots, existing);

    ScoreReport report;
    report.lesson = lesson.id;
    report.spacing = spacing.component;
    report.depth = depth.component;
    if (hairline) report.hairline = hairline->component;

    const double ws = std::max(0.0, lesson.weights.spacing), wd = std::max(0.0, lesson.weights.depth);
    const double wh = hairline ? std::max(0.0, lesson.weights.hairline) : 0.0;
    const double sum_w = ws + wd + wh;
    const double weighted = ws * spacing.component.score + wd * depth.component.score +
                            (hairline ? wh * hairline->component.score : 0.0);
    report.total = sum_w > 0 && std::isfinite(weighted) ? std::clamp(weighted / sum_w, 0.0, 100.0) : 0.0;
    report.passed = report.total >= lesson.pass_score;

    if (dots.empty()) {
        report.feedback.push_back({"general", "No dots placed: nothing to score", std::nullopt});
        return report;
    }
    std::vector<Finding> findings = std::move(spacing.findings);
    findings.insert(findings.end(), depth.findings.begin(), depth.findings.end());
    if (hairline) findings.insert(findings.end(), hairline->findings.begin(), hairline->findings.end());
    report.feedback = rank_findings(std::move(findings), ComponentWeights{ws, wd, wh});
    return report;
}

}  // namespace stipple
