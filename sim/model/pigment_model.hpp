// How a dot of pigment looks, fresh and healed, from needle diameter, depth and skin; the one place that
// decides a dot's size, outline, tone, redness and healed softening (dot_canvas and the CPU painters only
// draw what a DotLook says). Each impression varies a little (size, outline, tone) within what its needle
// makes, from the site's seed. Fresh: a crisp dot with a little redness around it that fades over the first
// days; a faint one when shallow, a larger blurred blue-grey one when too deep (blow-out). Over time shallow
// dots vanish within 30-45 days, good ones soften toward the grey-blue of a shaved hair's stubble (a fainter
// core, a soft edge, a faint haze of skin-scattered light around it, so that healed work reads as a buzz cut
// at a conversation's distance: buzz_cut_check.hpp) and fade over 3-5 years (faster in the sun), blow-outs
// blur on and turn blue-green. A diluted shade (SkinSite::dilution) makes every dot lighter, fresh and healed:
// full strength reads harsh on the fairest skin, a weak dilution vanishes on the darkest (dot_contrast).
#pragma once

#include <cstdint>

#include <SFML/Graphics/Color.hpp>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "virtual_scalp.hpp"

namespace stipple {

struct DotLook {
    double radius_mm = 0.1;  // mean radius of the solid core
    double blur_mm = 0.0;    // width of the soft edge around it
    sf::Color color;         // pigment as seen through the skin; alpha = opacity (0 = gone)
    // The outline: radius_mm * dot_outline_scale(look, angle). An impression is slightly oval (the needle's
    // entry angle, the skin's stretch) and never a perfect curve.
    double stretch = 1.0;      // long axis / short axis (area kept)
    double axis_rad = 0.0;     // direction of the long axis (0 = +x)
    double wobble2 = 0.0;      // relative amplitude of the outline's 2nd and 3rd harmonics
    double wobble3 = 0.0;
    double phase2_rad = 0.0;
    double phase3_rad = 0.0;
    // Healed pigment in the dermis is seen through skin that scatters light: a soft haze around the dot,
    // strongest at its centre and fading to nothing at haze_mm (the grey-blue shadow a hair shaft under
    // shaved skin casts too). alpha 0 = none (fresh).
    double haze_mm = 0.0;
    sf::Color haze_color{0, 0, 0, 0};
    // Redness of freshly worked skin around the impression; alpha 0 = none (healed).
    double redness_mm = 0.0;   // how far beyond the dot's edge it reaches
    sf::Color redness_color{0, 0, 0, 0};
};

// The outline's radius at `angle_rad` (0 = +x) relative to radius_mm; averages about 1 around the dot.
double dot_outline_scale(const DotLook& look, double angle_rad);
// How far from its centre a dot (with its haze and redness) can touch anything: for culling and tile overlap.
double dot_reach_mm(const DotLook& look);

// What the pigment model needs to know about the skin where a dot lands.
struct SkinSite {
    sf::Color tone{200, 160, 130};  // the skin colour under the dot
    sf::Color hair{42, 34, 30};     // the client's hair colour (healed dots soften toward its stubble)
    double scar = 0.0;              // 0 = normal skin, 1 = scar tissue (uneven uptake)
    double depth_min_mm = 0.4;      // the lesson's depth window (where pigment sits in the upper dermis)
    double depth_max_mm = 0.9;
    double dilution = 1.0;          // the pigment's share of full strength, 0.1..1 (the lesson's effective shade)
    uint64_t variation_seed = 0;    // per-dot variation (size, outline, tone, scar unevenness); from the position
};

// dilution is lesson.shade_dilution: pass lesson_as_chosen(lesson, attempt.choice) (scoring/session_choice.hpp)
// to draw an attempt with the shade it chose.
SkinSite skin_site(const Lesson& lesson, const VirtualScalp& scalp, Point at_mm);

// Diluted pigment: fewer carbon particles in the dermis. By Beer-Lambert the optical density scales with the
// dilution, so an opacity a at full strength becomes 1 - (1 - a)^dilution; the colour stays carbon's.
double diluted_opacity(double full_strength_opacity, double dilution);

// How a dot reads on its skin: the Weber contrast (Y_skin - Y_seen) / Y_skin of the core's colour composited
// over the skin, in linear-light luminance (0 = invisible, 1 = black on any skin). See the README's
// "Needle and shade" for the bands it is judged against per Fitzpatrick type.
double dot_contrast(const DotLook& look, sf::Color skin);

// The look right after the needle (day 0): with the redness of freshly worked skin.
DotLook fresh_dot_look(const Needle& needle, double depth_mm, const SkinSite& site);
// days since the dot was placed (the redness fades over the first days, the dot settles over weeks and fades
// over years); sun_exposed fades faster.
DotLook healed_dot_look(const Needle& needle, double depth_mm, const SkinSite& site, double days,
                        bool sun_exposed);

// The share of pigment still visible after `days` (1 = all), the fading rule behind healed_dot_look.
double pigment_retention(double depth_mm, const SkinSite& site, double days, bool sun_exposed);
// 0..1: how much of the fresh redness is left after `days` (1 on day 0, about a tenth by day 4, gone in a week).
double redness_left(double days);

}  // namespace stipple
