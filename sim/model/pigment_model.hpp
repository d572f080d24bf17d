// How a dot of pigment looks, fresh and healed, from needle diameter, depth and skin: a clean dot in the
// depth window, a faint one when shallow, a larger blurred blue-grey one when too deep (blow-out); over
// time shallow dots vanish within 30-45 days and good ones fade over 3-5 years, faster in the sun.
#pragma once

#include <cstdint>

#include <SFML/Graphics/Color.hpp>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "virtual_scalp.hpp"

namespace stipple {

struct DotLook {
    double radius_mm = 0.1;  // radius of the solid core
    double blur_mm = 0.0;    // width of the soft edge around it
    sf::Color color;         // pigment as seen through the skin; alpha = opacity (0 = gone)
};

// What the pigment model needs to know about the skin where a dot lands.
struct SkinSite {
    sf::Color tone{200, 160, 130};  // the skin colour under the dot
    double scar = 0.0;              // 0 = normal skin, 1 = scar tissue (uneven uptake)
    double depth_min_mm = 0.4;      // the lesson's depth window (where pigment sits in the upper dermis)
    double depth_max_mm = 0.9;
    uint64_t variation_seed = 0;    // per-dot variation (scar unevenness); derived from the position
};

SkinSite skin_site(const Lesson& lesson, const VirtualScalp& scalp, Point at_mm);

DotLook fresh_dot_look(const Needle& needle, double depth_mm, const SkinSite& site);
// days since the dot was placed (0 = fresh look, but settled); sun_exposed fades faster.
DotLook healed_dot_look(const Needle& needle, double depth_mm, const SkinSite& site, double days,
                        bool sun_exposed);

// The share of pigment still visible after `days` (1 = all), the fading rule behind healed_dot_look.
double pigment_retention(double depth_mm, const SkinSite& site, double days, bool sun_exposed);

}  // namespace stipple
