// Moving around the scalp map: the initial view (fit the zone, or a fixed --view), wheel zoom at the
// pointer, right/middle-drag and arrow-key pan, window resizes; and the mm scale bar's length.
#pragma once

#include <optional>
#include <string>

#include <SFML/Window/Event.hpp>

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

struct PanDrag {
    bool active = false;
    sf::Vector2i last_px;
};

// Zoom/pan/resize handling; returns true when the event was used. The caller passes whether ImGui
// wants the mouse / keyboard (then wheel and arrows belong to the panels).
bool handle_view_event(ViewTransform& view, PanDrag& drag, const sf::Event& event, bool ui_wants_mouse,
                       bool ui_wants_keyboard);

// A scale bar of a round length (1, 2, 5, 10, 20, 50 mm ...) no longer than max_px.
struct ScaleBar {
    double length_mm = 10.0;
    float length_px = 0.0f;
    std::string label;     // "10 mm"
};
ScaleBar scale_bar_for(double px_per_mm, float max_px);

}  // namespace stipple
