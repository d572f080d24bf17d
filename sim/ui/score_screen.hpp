// The score screen's ImGui panel: total, pass/fail with the reasons for a fail, the three components with
// their metrics (each value with its unit and target), the feedback list, overlay toggles with their legends
// and the healed-look preview. What it shows is built headless from the report (sim/flow/score_screen_model);
// the panel only draws it and reports clicks.
#pragma once

#include <optional>
#include <string>

#include "scoring/geometry.hpp"
#include "sim/flow/score_screen_model.hpp"
#include "sim/ui/overlays.hpp"

struct ImFont;

namespace stipple {

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
    std::optional<Polyline> design_line;  // a design lesson's drawn hairline: shown on the map and the head
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
