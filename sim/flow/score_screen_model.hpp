// What the score screen shows, as pure data built from the report: the total and the verdict with the
// reasons for a fail (critical errors, parts below the floor), the three components (a hairline design
// lesson: the design row alone) with their metrics in readable labels, each value with its unit and its
// target beside it (metric_targets.hpp), the numbered
// feedback list with every place on the scalp it points at, the overlays' legends, and the healed-look stages
// it can preview; when the lesson offers a needle and shade choice, one line with what was chosen and the
// lesson's reason for each (scoring/session_choice.hpp).
// sim/ui/score_screen draws it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"
#include "sim/flow/metric_targets.hpp"
#include "sim/flow/overlay_colors.hpp"

namespace stipple {

struct ScoreRow {
    std::string key;            // spacing | depth | hairline; a design lesson's only row: design
    std::string title;          // "Spacing"
    std::optional<double> score;  // nullopt: not scored in this lesson (no hairline)
    double weight = 1.0;
    std::vector<MetricLine> metrics;  // {"mean spacing", "1.18 mm", "about 1.20 mm"}
};

struct FeedbackRow {
    std::string component;
    std::string text;           // "1. Spacing: Dots clump here"
    std::optional<Point> at;    // where selecting it centres the view
    std::vector<Point> places = {};  // every marker of this item (the dots at fault, one per cluster; at least `at`)
};

struct ScoreScreenModel {
    std::string total_text;     // "82.4"
    bool passed = false;
    std::string verdict;        // "Passed (needs 75)" / "Not yet (needs 75)"
    // Why it failed, shown next to the verdict: the critical errors first ("12 % of your dots are blown out
    // ..."), then a total below the pass mark or a part below the floor (scoring.hpp score_shortfalls).
    // Empty when passed.
    std::vector<std::string> fail_reasons;
    // When the lesson offers choices: the needle and the shade chosen, each with the lesson's reason, one line
    // ("Needle 1RL (0.25 mm): a right choice: ...; Shade \"full strength\" (100 % strength): the wrong choice
    // here: ..."); else empty.
    std::string choice_line;
    bool choice_acceptable = true;  // every offered list has an acceptable pick (false colours the line)
    std::vector<ScoreRow> rows;
    std::vector<FeedbackRow> feedback;
    // What the overlays' colours mean (overlay_colors.hpp), shown under their toggles.
    std::vector<LegendEntry> heat_legend;
    std::vector<LegendEntry> depth_legend;  // for the lesson's depth window
};

// `choice`: the attempt's needle and shade (Attempt::choice), for choice_line.
ScoreScreenModel score_screen_model(const Lesson& lesson, const ScoreReport& report,
                                    const std::optional<SessionChoice>& choice = std::nullopt);
// "mean_nn_mm" -> "mean nn (mm)", "cv" -> "cv", "share_in_window" -> "share in window".
std::string metric_label(const std::string& name);
// Whole numbers and values of 100 or more without decimals, others with two ("1.18"); NaN as "-".
std::string format_metric(double value);

// The healed-look preview: how the dots look fresh, after a month, a year and four years.
enum class HealedStage { Fresh, OneMonth, OneYear, FourYears };
double healed_days(HealedStage stage);
const char* healed_label(HealedStage stage);

}  // namespace stipple
