// Moving around the scalp map with window events: wheel zoom at the pointer, right/middle-drag and
// arrow-key pan, window resizes; all stop at the scalp's edge (scalp_map_bounds). (The view a screen opens
// with: sim/flow/view_options.)
#pragma once

#include <SFML/Window/Event.hpp>

#include "sim/model/view_transform.hpp"

namespace stipple {

struct PanDrag {
    bool active = false;
    sf::Vector2i last_px;
};

// Zoom/pan/resize handling; returns true when the event was used. The caller passes whether ImGui
// wants the mouse / keyboard (then wheel and arrows belong to the panels).
bool handle_view_event(ViewTransform& view, PanDrag& drag, const sf::Event& event, bool ui_wants_mouse,
                       bool ui_wants_keyboard);

}  // namespace stipple
