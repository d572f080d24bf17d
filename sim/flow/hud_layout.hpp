// Where the heads-up pieces go, as numbers before any drawing: the panels over the scalp (their widths, and
// the room a fitted view leaves for them on each screen), the depth gauge (the lesson's depth window and the
// live depth as fractions of its height) and the mm scale bar (a round length that fits). sim/ui draws them.
#pragma once

#include <string>

namespace stipple {

// The panels over the scalp, in window px: each sits kPanelMarginPx from the window's edge.
inline constexpr float kPanelMarginPx = 10.0f;
inline constexpr float kLessonPanelWidthPx = 320.0f;   // practice: the lesson panel, top left
inline constexpr float kScorePanelWidthPx = 380.0f;    // the score screen's panel, left, full height
inline constexpr float kReplayPanelWidthPx = 330.0f;   // the replay's panel, top left
inline constexpr float kDepthGaugeWidthPx = 150.0f;    // practice: the depth gauge, top right
inline constexpr float kDepthGaugeHeightPx = 330.0f;

// The window's strips a fitted view leaves to the panels: what is fitted lies between them.
struct ViewInsets {
    float left_px = 0.0f;
    float right_px = 0.0f;
};
enum class ViewScreen { Practice, Score, Replay };
// Practice: the lesson panel left and the depth gauge right; score and replay: their panel left.
ViewInsets view_insets(ViewScreen screen);

// Where things sit on the gauge, as fractions of its height from the top (the skin surface) down.
struct GaugeLayout {
    double scale_max_mm = 1.8;   // the bottom of the gauge: through the whole skin
    float window_top = 0.0f;     // the lesson's depth window
    float window_bottom = 0.0f;
    float epidermis = 0.0f;      // ~0.1 mm of epidermis
    float marker = 0.0f;         // the current depth
};
GaugeLayout gauge_layout(double depth_mm, double window_min_mm, double window_max_mm);

// A scale bar of a round length (1, 2, 5, 10, 20, 50 mm ...) no longer than max_px.
struct ScaleBar {
    double length_mm = 10.0;
    float length_px = 0.0f;
    std::string label;     // "10 mm"
};
ScaleBar scale_bar_for(double px_per_mm, float max_px);

}  // namespace stipple
