// The scalp with its overlays, in drawing order, and its cache (see scalp_world.hpp).
#include "sim/ui/scalp_world.hpp"

#include <cmath>

#include <SFML/Graphics/Sprite.hpp>

namespace stipple {

namespace {

// The layers under the guides: skin, heat map, dots, depth colours.
void draw_layers(sf::RenderTarget& target, const ViewTransform& view, const PracticeScene& scene,
                 const OverlayToggles& toggles, const std::vector<HeatCell>* heat, const std::vector<Dot>& dots) {
    scene.draw_skin(target, view);
    if (toggles.heat_map && heat) draw_heat_map(target, view, *heat);
    scene.draw_dots(target, view);
    if (toggles.depth_colors) draw_depth_dots(target, view, scene.lesson(), dots);
}

void draw_guides(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson,
                 const OverlayToggles& toggles) {
    if (toggles.zone) draw_zone_outline(target, view, lesson, sf::Color(255, 255, 255, 120));
    if (toggles.hairline) draw_hairline_guide(target, view, lesson);
}

}  // namespace

void draw_scalp_world(sf::RenderTarget& target, const ViewTransform& view, const PracticeScene& scene,
                      const OverlayToggles& toggles, const std::vector<HeatCell>* heat, const std::vector<Dot>& dots) {
    draw_layers(target, view, scene, toggles, heat, dots);
    draw_guides(target, view, scene.lesson(), toggles);
}

bool ScalpWorldCache::Key::operator==(const Key& o) const {
    return view.px_per_mm == o.view.px_per_mm && view.center_mm == o.view.center_mm &&
           view.viewport_w_px == o.view.viewport_w_px && view.viewport_h_px == o.view.viewport_h_px &&
           scene == o.scene && scene_version == o.scene_version && heat_map == o.heat_map &&
           depth_colors == o.depth_colors && heat == o.heat && dots == o.dots && dot_count == o.dot_count;
}

void ScalpWorldCache::draw(sf::RenderTarget& target, const ViewTransform& view, const PracticeScene& scene,
                           const OverlayToggles& toggles, const std::vector<HeatCell>* heat,
                           const std::vector<Dot>& dots, sf::Color background) {
    const unsigned w = unsigned(std::lround(std::max(1.0f, view.viewport_w_px)));
    const unsigned h = unsigned(std::lround(std::max(1.0f, view.viewport_h_px)));
    scene.pictures_ready();  // pictures baked in the background land here (and change the scene's version)
    Key key;
    key.view = view;
    key.scene = &scene;
    key.scene_version = scene.version();
    key.heat_map = toggles.heat_map && heat;
    key.depth_colors = toggles.depth_colors;
    key.heat = key.heat_map ? heat : nullptr;
    key.dots = key.depth_colors ? dots.data() : nullptr;
    key.dot_count = key.depth_colors ? dots.size() : 0;
    // While it changes frame after frame (a pan, a zoom) composing would only add a blit: straight to the target.
    changes_in_a_row_ = key == last_key_ ? 0 : changes_in_a_row_ + 1;
    last_key_ = key;
    if (changes_in_a_row_ >= 2) {
        draw_scalp_world(target, view, scene, toggles, heat, dots);
        return;
    }
    if (texture_.getSize() != sf::Vector2u(w, h)) {
        valid_ = texture_.create(w, h);
        key_ = Key{};
    }
    if (!valid_) {  // no texture (out of memory): draw straight to the target
        draw_scalp_world(target, view, scene, toggles, heat, dots);
        return;
    }
    if (!(key == key_)) {
        texture_.clear(background);
        draw_layers(texture_, view, scene, toggles, heat, dots);
        texture_.display();
        key_ = key;
        ++compositions_;
    }
    // Opaque (the background where there is no scalp): copied, not blended.
    sf::Sprite sprite(texture_.getTexture());
    target.draw(sprite, sf::RenderStates(sf::BlendNone));
    draw_guides(target, view, scene.lesson(), toggles);
}

}  // namespace stipple
