// What the lesson editor draws over the scalp: the zone polygon and hairline curve with their control-point
// handles (selected and hovered ones highlighted, the zone red while it is invalid) and the demo's dots.
#pragma once

#include <optional>
#include <vector>

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"
#include "sim/model/lesson_edit.hpp"
#include "sim/model/view_transform.hpp"

namespace stipple {

// Handle colours (tests look for them on screen).
inline const sf::Color kZoneColor{90, 220, 140};
inline const sf::Color kInvalidZoneColor{235, 60, 60};
inline const sf::Color kHairlineHandleColor{80, 180, 255};
inline const sf::Color kSelectedHandleColor{255, 235, 0};
inline const sf::Color kDemoDotColor{28, 22, 24};
inline constexpr float kHandleSizePx = 10.0f;      // side of a zone handle, diameter of a hairline handle
inline constexpr float kPickRadiusPx = 9.0f;       // how near the pointer must be to grab a handle or edge

struct EditorOverlay {
    std::optional<ControlPointRef> selected;
    std::optional<ControlPointRef> hovered;
    bool zone_invalid = false;                    // the zone (or a point of it) is at fault
    const std::vector<Dot>* demo_dots = nullptr;  // the expert demo's dots, when previewed
};

void draw_editor_overlay(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson,
                         const EditorOverlay& overlay);

}  // namespace stipple
