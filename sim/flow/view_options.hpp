// The window and view a screen opens with: --window WxH and --view CX,CY,PX_PER_MM parsed strictly, and
// the initial view (a fixed --view exactly, else the zone and the hairline's transition fitted beside the
// lesson panel).
#pragma once

#include <optional>
#include <string>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "sim/model/view_transform.hpp"

namespace stipple {

// A fixed initial view: this scalp point at the centre of the window, at this zoom.
struct ViewSpec {
    Point centre_mm;
    double px_per_mm = 10.0;
};

// Fits the zone (plus the hairline's transition zone) with a margin, or applies `spec` exactly.
ViewTransform initial_view(const Lesson& lesson, unsigned window_w, unsigned window_h,
                           const std::optional<ViewSpec>& spec);

// Parses "CX,CY,PX_PER_MM" (mm, mm, 1..40); nullopt with `error` set when malformed.
std::optional<ViewSpec> parse_view_spec(const std::string& text, std::string& error);
// Parses "WxH" (each 200..8192); false with `error` set when malformed.
bool parse_window_size(const std::string& text, unsigned& w, unsigned& h, std::string& error);

}  // namespace stipple
