// The score screen's reading of one raw metric of the report: a label a trainee understands, the value with
// its unit, and the target it is judged against beside it ("mean spacing", "1.53 mm", "about 1.20 mm"). The
// targets come from the lesson (spacing, depth window, the pass rule's limits) and from the metrics' own
// thresholds (the k...Free constants of scoring/spacing_metric.hpp, depth_metric.hpp, hairline_metric.hpp),
// so a target shown is where that metric starts to cost points.
#pragma once

#include <optional>
#include <string>

#include "scoring/lesson.hpp"

namespace stipple {

struct MetricLine {
    std::string label;   // "mean spacing"
    std::string value;   // "1.53 mm", "49 %", "412"
    std::string target;  // "about 1.20 mm", "under 3 %", "0"; "-" when the metric has no target of its own
};

// The session's own targets in one line, "Spacing 2.2 mm, depth 0.4-0.9 mm": the spacing is the one the
// metric judges this session by (expected_spacing_mm: a first layering session at 30 % density spaces its dots
// sqrt(1/0.3) times the lesson's full-density spacing), not targets.spacing_mm.
std::string session_targets_text(const Lesson& lesson);

// `component` is spacing | depth | hairline; `name` the report's metric name. nullopt: the metric is not a
// line of its own because another line shows it (expected_nn_mm, expected_density_per_cm2 as targets; the
// depth row's dots as the spacing row's).
// Names it does not know (older or newer reports) get metric_label/format_metric and "-" as target.
std::optional<MetricLine> metric_line(const Lesson& lesson, const std::string& component, const std::string& name,
                                      double value);

}  // namespace stipple
