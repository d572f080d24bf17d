// The score screen's overlays on the scalp drawn with SFML: treatment zone, target hairline, density heat map,
// dots coloured by depth error (the colours and cells as data: sim/flow/overlay_colors.hpp).
#pragma once

#include <optional>
#include <vector>

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include "scoring/attempt.hpp"
#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "sim/flow/guides.hpp"  // OverlayToggles: which guides a screen shows
#include "sim/flow/overlay_colors.hpp"
#include "sim/model/view_transform.hpp"

namespace stipple {


void draw_zone_outline(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson, sf::Color color);
// The target front edge and, dashed-lighter behind it, the end of the transition zone.
void draw_hairline_guide(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson);
void draw_heat_map(sf::RenderTarget& target, const ViewTransform& view, const std::vector<HeatCell>& cells);
// Each dot as a ring in its depth-error colour (visible at any zoom).
void draw_depth_dots(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson,
                     const std::vector<Dot>& dots);
// A thick polyline in scalp mm, `width_px` wide on screen, with a 1 px soft edge.
void draw_polyline(sf::RenderTarget& target, const ViewTransform& view, const std::vector<Point>& points,
                   bool closed, float width_px, sf::Color color);

}  // namespace stipple
