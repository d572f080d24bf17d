// The scalp with its overlays (skin, heat map, zone, target hairline, dots, depth colours), drawn the same
// way by the practice work, the score screen and the loupe.
#pragma once

#include <vector>

#include <SFML/Graphics/RenderTarget.hpp>

#include "scoring/attempt.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/practice_scene.hpp"

namespace stipple {

// `heat` may be null (no heat map computed); `dots` are the ones the depth colours ring.
void draw_scalp_world(sf::RenderTarget& target, const ViewTransform& view, const PracticeScene& scene,
                      const OverlayToggles& toggles, const std::vector<HeatCell>* heat, const std::vector<Dot>& dots);

}  // namespace stipple
