// Baking the virtual scalp into the pictures the practice scene shows: which regions at which resolution (a
// coarse one of the whole map, a detailed one around the zone), and each picture rendered with the lesson's
// existing marks. Headless (sf::Image only); the scene uploads the pictures as textures.
#pragma once

#include <SFML/Graphics/Image.hpp>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "sim/model/virtual_scalp.hpp"

namespace stipple {

// Bumped whenever the renderer's pictures change (tests/sim/scalp_bake_test's fingerprints): cached pictures
// of an older renderer are then never used (sim/flow/scalp_cache).
inline constexpr int kScalpRendererVersion = 4;

struct ScalpPicture {
    Bounds region_mm;
    double px_per_mm = 1.0;
};

struct ScalpBakePlan {
    ScalpPicture base;    // the whole head's map, coarse (at most 3 px/mm, 2 Mpx and 2048 px a side: also the
                          // 3D head's skin texture)
    ScalpPicture detail;  // the zone and 25 mm around it, fine (at most 16 px/mm, about 1.6 Mpx)
};

ScalpBakePlan scalp_bake_plan(const Lesson& lesson, const VirtualScalp& scalp);

// render_scalp_image + render_existing_marks for one picture. Deterministic; the rows are rendered on up to
// `threads` threads with the same result as one.
sf::Image bake_scalp_picture(const Lesson& lesson, const VirtualScalp& scalp, const ScalpPicture& picture,
                             unsigned threads = 1);

}  // namespace stipple
