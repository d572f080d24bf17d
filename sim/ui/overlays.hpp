// The score screen's overlays on the scalp, as pure data first (colours, marker list; heat-map cells come from
// scoring/density_map.hpp) and
// then drawn with SFML: treatment zone, target hairline, density heat map, dots coloured by depth error.
#pragma once

#include <optional>
#include <vector>

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include "scoring/attempt.hpp"
#include "scoring/density_map.hpp"
#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "sim/model/view_transform.hpp"

namespace stipple {

// Signed depth error in window widths: 0 inside [min, max], negative above it (too shallow: fades out),
// positive below it (too deep: blow-out). E.g. 0.5 = half a window too deep.
double depth_error_windows(double depth_mm, double min_mm, double max_mm);
// Green inside the window; toward amber then yellow when shallow; toward red then magenta when deep.
sf::Color depth_error_color(double depth_mm, double min_mm, double max_mm);

// Density heat map: the cells come from scoring (scoring/density_map.hpp: density_heat_map, the same
// windowed counting and target map the spacing metric judges uniformity with); this file only draws them.
using HeatCell = DensityCell;
// Blue (holes) -> transparent-ish green (right) -> red (too dense), translucent for drawing over skin.
sf::Color heat_color(double ratio);

// Which guides a screen shows. Exam hides the target hairline (the trainee must find it).
struct OverlayToggles {
    bool zone = true;
    bool hairline = true;
    bool heat_map = false;
    bool depth_colors = false;
};

void draw_zone_outline(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson, sf::Color color);
// The target front edge and, dashed-lighter behind it, the end of the transition zone.
void draw_hairline_guide(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson);
void draw_heat_map(sf::RenderTarget& target, const ViewTransform& view, const std::vector<HeatCell>& cells);
// Each dot as a ring in its depth-error colour (visible at any zoom).
void draw_depth_dots(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson,
                     const std::vector<Dot>& dots);
// A thick polyline in scalp mm, `width_px` wide on screen.
void draw_polyline(sf::RenderTarget& target, const ViewTransform& view, const std::vector<Point>& points,
                   bool closed, float width_px, sf::Color color);

}  // namespace stipple
