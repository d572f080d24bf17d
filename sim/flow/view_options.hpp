// The window and view a screen opens with: --window WxH and --view CX,CY,PX_PER_MM parsed strictly, the
// practice, score and replay screens' initial view (a fixed --view exactly, else the zone and the hairline's
// transition fitted between the screen's panels; panning stops at the scalp's edge), and the lesson
// editor's (its panel's width, the zone and hairline fitted into the canvas left of it).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "sim/flow/hud_layout.hpp"
#include "sim/model/view_transform.hpp"

namespace stipple {

// A fixed initial view: this scalp point at the centre of the window, at this zoom.
struct ViewSpec {
    Point centre_mm;
    double px_per_mm = 10.0;
};

// The scalp's edge (the virtual scalp's map): where the screens' panning and zooming stop.
Bounds scalp_map_bounds();
// Fits the zone (plus the hairline's transition zone) with a margin into the window between `insets` (when
// less than kMinFitWidthPx is left between them, into the whole window), or applies `spec` exactly.
inline constexpr float kMinFitWidthPx = 240.0f;
ViewTransform initial_view(const Lesson& lesson, unsigned window_w, unsigned window_h,
                           const std::optional<ViewSpec>& spec, ViewInsets insets);

// Moves the view (same zoom) so `point_mm` is in the middle of the strip between `insets` (a selected
// feedback item), as far as the scalp's edge allows.
void centre_in_strip(ViewTransform& view, Point point_mm, ViewInsets insets);

// Parses "CX,CY,PX_PER_MM" (mm, mm, 1..40); nullopt with `error` set when malformed.
std::optional<ViewSpec> parse_view_spec(const std::string& text, std::string& error);
// Parses "WxH" (each 200..8192); false with `error` set when malformed.
bool parse_window_size(const std::string& text, unsigned& w, unsigned& h, std::string& error);

// The lesson editor's panel width for a window width (34 %, 300..440 px); the canvas is left of it.
float editor_panel_width(unsigned window_width_px);
// The editor's margin around the zone and hairline when it fits them (first view, the Fit button).
inline constexpr float kEditorFitMarginPx = 60.0f;
// The editor's deterministic first view: the zone and hairline fitted into the canvas with that margin.
ViewTransform initial_editor_view(const std::vector<Point>& zone_and_curve, unsigned window_width_px,
                                  unsigned window_height_px);

}  // namespace stipple
