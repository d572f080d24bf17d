// The scoring engine's entry point: judges an attempt against its lesson as an experienced SMP artist would.
//
// The pass rule (lessons/README.md): an attempt passes when
//   1. total >= lesson.pass_score, and
//   2. every component that counts (weight > 0; hairline only when the lesson has one) scores at least
//      lesson.component_floor (default 50): a strong part cannot carry a failed one, and
//   3. no critical error was raised: "unfinished" (the existing marks plus the trainee's own dots in the zone
//      reach less than critical.completion_share, default 80 %, of the session's target, with the whole
//      shortfall taken from the trainee's new dots; work_done.hpp), "blowout" (more than
//      critical.blowout_share, default 5 %, of the zone's dots deeper than the depth window; depth_metric.hpp), "forehead_spill" (more than a few dots on the forehead; hairline_metric.hpp),
//      or any other a metric raises ("no_design_line": a design lesson's attempt without a usable line);
//      and when the lesson offers a needle or shade choice, "no_choice",
//      "needle_choice" or "shade_choice" (session_choice.hpp: nothing chosen, or an option the lesson marks
//      not acceptable, with its reason). The metrics see the chosen needle (its dot size judges merged dots).
// A design lesson (lesson.design) is judged on its drawn line alone (design_metric.hpp): rule 2 applies to the
// design score, its dots and the spacing, depth and hairline parts do not count.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "attempt.hpp"
#include "lesson.hpp"
#include "metric_support.hpp"
#include "score_report.hpp"
#include "work_done.hpp"

namespace stipple {

// Deterministic: the same lesson and dots (in any order) always give the same report.
ScoreReport score_attempt(const Lesson& lesson, const Attempt& attempt);

// The second half of score_attempt, open for tests: the metrics' results combined into the report (total,
// critical errors collected, the pass rule, ranked feedback). `work` is work_done(lesson, dots).
ScoreReport combine_results(const Lesson& lesson, bool no_dots, const WorkDone& work, MetricResult spacing,
                            MetricResult depth, std::optional<MetricResult> hairline);

// A design lesson's report (lesson.design): the design metric's result alone makes the total; spacing and
// depth stay at 0 with no metrics and are not judged, hairline is absent; passed by rules 1-3 on the design.
ScoreReport combine_design_result(const Lesson& lesson, MetricResult design);

// Rules 1 and 2 of the pass rule for a report's scores, each broken one in words a trainee understands
// ("Spacing scored 42.0: every part must reach 50"); empty when both hold. Critical errors (rule 3) are in
// report.critical_errors. The score screen lists these next to the verdict.
std::vector<std::string> score_shortfalls(const Lesson& lesson, const ScoreReport& report);

}  // namespace stipple
