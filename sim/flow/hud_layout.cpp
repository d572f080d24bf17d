// The panels' room, the depth gauge's and the scale bar's geometry (see hud_layout.hpp).
#include "sim/flow/hud_layout.hpp"

#include <algorithm>
#include <sstream>

namespace stipple {

ViewInsets view_insets(ViewScreen screen) {
    const float beside = 2.0f * kPanelMarginPx;  // the margin at the window's edge and one toward the scalp
    switch (screen) {
        case ViewScreen::Practice: return {kLessonPanelWidthPx + beside, kDepthGaugeWidthPx + beside};
        case ViewScreen::Score: return {kScorePanelWidthPx + beside, 0.0f};
        case ViewScreen::Replay: return {kReplayPanelWidthPx + beside, 0.0f};
    }
    return {};
}

GaugeLayout gauge_layout(double depth_mm, double window_min_mm, double window_max_mm) {
    GaugeLayout g;
    g.scale_max_mm = std::max(1.8, window_max_mm * 1.5);
    auto frac = [&](double d) { return float(std::clamp(d / g.scale_max_mm, 0.0, 1.0)); };
    g.window_top = frac(window_min_mm);
    g.window_bottom = frac(window_max_mm);
    g.epidermis = frac(0.1);
    g.marker = frac(depth_mm);
    return g;
}

ScaleBar scale_bar_for(double px_per_mm, float max_px) {
    ScaleBar bar;
    const double steps[] = {0.5, 1, 2, 5, 10, 20, 50, 100, 200};
    bar.length_mm = steps[0];
    for (double s : steps)
        if (s * px_per_mm <= max_px) bar.length_mm = s;
    bar.length_px = float(bar.length_mm * px_per_mm);
    std::ostringstream label;
    label << bar.length_mm << " mm";
    bar.label = label.str();
    return bar;
}

}  // namespace stipple
