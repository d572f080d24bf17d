// The score screen: its layout data built purely from the report (tested headless), and the ImGui panel
// that shows it: total, pass/fail with the reasons for a fail (critical errors, parts below the floor), the
// three components with their metrics, the feedback list, overlay
// toggles and the healed-look preview.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"
#include "sim/ui/overlays.hpp"

struct ImFont;

namespace stipple {

struct ScoreRow {
    std::string key;            // spacing | depth | hairline
    std::string title;          // "Spacing"
    std::optional<double> score;  // nullopt: not scored in this lesson (no hairline)
    double weight = 1.0;
    std::vector<std::pair<std::string, std::string>> metrics;  // ("mean nn (mm)", "1.18")
};

struct FeedbackRow {
    std::string component;
    std::string text;           // "1. Spacing: Dots clump here"
    std::optional<Point> at;
};

struct ScoreScreenModel {
    std::string total_text;     // "82.4"
    bool passed = false;
    std::string verdict;        // "Passed (needs 75)" / "Not yet (needs 75)"
    // Why it failed, shown next to the verdict: the critical errors first ("12 % of your dots are blown out
    // ..."), then a total below the pass mark or a part below the floor (scoring.hpp score_shortfalls).
    // Empty when passed.
    std::vector<std::string> fail_reasons;
    std::vector<ScoreRow> rows;
    std::vector<FeedbackRow> feedback;
};

ScoreScreenModel score_screen_model(const Lesson& lesson, const ScoreReport& report);
// "mean_nn_mm" -> "mean nn (mm)", "cv" -> "cv", "share_in_window" -> "share in window".
std::string metric_label(const std::string& name);
std::string format_metric(double value);

// The healed-look preview: how the dots look fresh, after a month, a year and four years.
enum class HealedStage { Fresh, OneMonth, OneYear, FourYears };
double healed_days(HealedStage stage);
const char* healed_label(HealedStage stage);

struct ScoreScreenState {
    OverlayToggles toggles{true, true, false, false};
    int selected_feedback = -1;
    HealedStage stage = HealedStage::Fresh;
    bool sun_exposed = false;
};

struct ScoreScreenInfo {
    std::string heading;        // lesson title or "ana, 2026-11-24"
    std::string saved_note;     // "Saved to ..." (empty: nothing to say)
    std::string back_label = "Back to lessons";
    bool exam = false;
    size_t dot_count = 0;
};

struct ScoreScreenAction {
    bool back = false;
    bool healed_changed = false;            // redraw the dots with the new stage / sun
    std::optional<Point> center_on;         // a feedback item was selected
};

// Draws the panel (left side, full height) for this frame; call between ImGuiBridge::new_frame/render.
ScoreScreenAction draw_score_panel(const ScoreScreenModel& model, ScoreScreenState& state,
                                   const ScoreScreenInfo& info, ImFont* large_font, float window_h);

}  // namespace stipple
