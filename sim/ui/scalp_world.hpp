// The scalp with its overlays (skin, heat map, dots, depth colours, then zone and target hairline), drawn the same
// way by the practice work, the score screen and the loupe; and a cache that composes it once into a
// window-sized texture, so a frame in which only the needle, the gauge or a clock changed costs one blit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include "scoring/attempt.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/practice_scene.hpp"

namespace stipple {

// `heat` may be null (no heat map computed); `dots` are the ones the depth colours ring.
void draw_scalp_world(sf::RenderTarget& target, const ViewTransform& view, const PracticeScene& scene,
                      const OverlayToggles& toggles, const std::vector<HeatCell>* heat, const std::vector<Dot>& dots);

// draw_scalp_world for a screen: skin, heat map, dots and depth colours are composed into a texture the size
// of the view's viewport when the view, the toggles, the heat map, the dots or the scene's pigment layer
// (PracticeScene::version) changed, and blitted otherwise; while it changes in frame after frame (a pan, a
// zoom) it is drawn straight to the target instead. The zone and the hairline guide are drawn over it every
// frame.
class ScalpWorldCache {
public:
    // `background`: the colour the target was cleared with (the texture replaces the target's pixels).
    void draw(sf::RenderTarget& target, const ViewTransform& view, const PracticeScene& scene,
              const OverlayToggles& toggles, const std::vector<HeatCell>* heat, const std::vector<Dot>& dots,
              sf::Color background);
    // How many times the world was composed (the rest of the frames were blits).
    std::size_t compositions() const { return compositions_; }

private:
    struct Key {
        ViewTransform view;
        const PracticeScene* scene = nullptr;
        std::uint64_t scene_version = 0;
        bool heat_map = false, depth_colors = false;
        const std::vector<HeatCell>* heat = nullptr;
        const Dot* dots = nullptr;
        std::size_t dot_count = 0;
        bool operator==(const Key& o) const;
    };
    sf::RenderTexture texture_;
    bool valid_ = false;
    Key key_;       // what the texture shows
    Key last_key_;  // what the last frame showed
    int changes_in_a_row_ = 0;
    std::size_t compositions_ = 0;
};

}  // namespace stipple
