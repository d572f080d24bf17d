// The scalp with its overlays, in drawing order (see scalp_world.hpp).
#include "sim/ui/scalp_world.hpp"

namespace stipple {

void draw_scalp_world(sf::RenderTarget& target, const ViewTransform& view, const PracticeScene& scene,
                      const OverlayToggles& toggles, const std::vector<HeatCell>* heat, const std::vector<Dot>& dots) {
    const Lesson& lesson = scene.lesson();
    scene.draw_skin(target, view);
    if (toggles.heat_map && heat) draw_heat_map(target, view, *heat);
    if (toggles.zone) draw_zone_outline(target, view, lesson, sf::Color(255, 255, 255, 120));
    if (toggles.hairline) draw_hairline_guide(target, view, lesson);
    scene.draw_dots(target, view);
    if (toggles.depth_colors) draw_depth_dots(target, view, lesson, dots);
}

}  // namespace stipple
