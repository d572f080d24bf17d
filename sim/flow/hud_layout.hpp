// Where the practice screen's heads-up pieces go, as numbers before any drawing: the depth gauge (the
// lesson's depth window and the live depth as fractions of its height) and the mm scale bar (a round
// length that fits). sim/ui/practice_hud draws them.
#pragma once

#include <string>

namespace stipple {

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
