// The lesson editor's backdrop: the lesson's virtual scalp as textures (the whole map coarsely, the zone's
// surroundings in detail), rebuilt only when the scalp case (pattern, skin, seed, scars, existing marks)
// changes. Needs an OpenGL context (a window or a RenderTexture).
#pragma once

#include <string>

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>

#include "scoring/lesson.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/model/virtual_scalp.hpp"

namespace stipple {

struct EditorBackdrop {
    std::string key;          // what the textures were made from; empty before the first build
    sf::Texture base;         // the whole map
    Bounds base_region;
    double base_ppm = 2.0;
    sf::Texture detail;       // around the zone as it was at build time
    Bounds detail_region;
    double detail_ppm = 8.0;
    // Pixel budgets of the two renders (CPU time grows with them); tests use small ones.
    double base_max_pixels = 0.4e6;
    double detail_max_pixels = 1.0e6;
};

// Rebuilds the textures when the lesson's scalp case differs from the last build (a second or so of CPU);
// returns whether it did. A lesson whose scalp case is invalid keeps the old backdrop.
bool update_backdrop(EditorBackdrop& backdrop, const Lesson& lesson);
void draw_backdrop(sf::RenderTarget& target, const ViewTransform& view, const EditorBackdrop& backdrop);

}  // namespace stipple
