// The virtual scalp: generated deterministically from the lesson's `scalp` section as pure data (skin tone,
// remaining hair, scars, landmarks, map bounds), plus the CPU renderer that turns it into a realistic image.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Image.hpp>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"

namespace stipple {

// One visible hair or stubble stroke, growing from root_mm in direction angle_rad (0 = +x, pi/2 = +y).
struct HairStrand {
    Point root_mm;
    double angle_rad = 0.0;
    double length_mm = 0.6;
    double width_mm = 0.07;
    float shade = 1.0f;  // 0..1 darkness multiplier
};

// An ellipse on the map (bald areas of the pattern, alopecia patches).
struct Ellipse {
    Point center_mm;
    double rx_mm = 1.0;
    double ry_mm = 1.0;
    double angle_rad = 0.0;
};

// An area where hair is lost: `loss` 1 = bald, 0.5 = half the density; the edge ramps over edge_mm.
struct BaldArea {
    Ellipse shape;
    double loss = 1.0;
    double edge_mm = 10.0;
};

// A scar as a shape: strip = centre line + width; punch = small discs; burn = irregular outline.
struct ScarShape {
    std::string kind;             // strip | punch | burn
    Polyline center_mm;           // strip
    double width_mm = 0.0;        // strip
    std::vector<Ellipse> punches; // punch: one small ellipse per punch scar
    Polygon outline_mm;           // burn: the (irregularised) patch outline
};

struct Landmarks {
    Point glabella_mm{0.0, 0.0};
    Polyline brow_left_mm;     // eyebrow arcs, drawn on the forehead below the glabella's level
    Polyline brow_right_mm;
    Ellipse ear_left;          // ears at the sides, around y 90-130
    Ellipse ear_right;
};

struct VirtualScalp {
    Bounds map_mm{{-90.0, -30.0}, {90.0, 260.0}};
    uint64_t seed = 1;
    int fitzpatrick = 3;                   // 1..6
    sf::Color skin_tone;                   // base colour of the bald scalp
    sf::Color hair_color;                  // colour of stubble
    std::string pattern{kDefaultScalpPattern};
    // The bald pattern: full hair density behind `hair_front` (y per x; the front edge of the remaining
    // hair, left to right) and outside every bald area; `thinning` (0..1) thins all hair (diffuse, Ludwig).
    Polyline hair_front_mm;
    std::vector<BaldArea> bald_areas;      // crown/vertex, top, Ludwig thinning, alopecia patches
    double thinning = 0.0;
    double front_ramp_mm = 8.0;            // hair density ramps up over this depth behind hair_front_mm
    Point crown_whorl_mm{0.0, 190.0};      // hair grows away from here in a gentle spiral
    std::vector<HairStrand> hairs;         // stubble where hair remains (and on the brows)
    std::vector<ScarShape> scars;
    Landmarks landmarks;
};

// Deterministic: the same lesson scalp section gives the same VirtualScalp; another seed gives another one.
VirtualScalp generate_scalp(const Lesson& lesson);
VirtualScalp generate_scalp(const ScalpCase& scalp);

// 0..1: the share of full hair density remaining at a point (0 = bald).
double hair_density(const VirtualScalp& scalp, Point at_mm);
// The direction hair grows at a point (radians, 0 = +x): away from the crown whorl, spiralling a little.
double hair_angle_rad(const VirtualScalp& scalp, Point at_mm);
// 0 = normal skin, 1 = scar (soft edge of ~0.5 mm).
double scar_factor(const VirtualScalp& scalp, Point at_mm);
// The skin colour under a point (base tone, mottling, scars), as the image shows it without hair.
sf::Color skin_color_at(const VirtualScalp& scalp, Point at_mm);

// The scalp as an image: row 0 is the region's max y (crown up), column 0 its min x; pixel centres at
// (min.x + (i + 0.5) / ppm, max.y - (j + 0.5) / ppm). Skin with mottling and pores, curvature shading,
// landmarks, hair strokes, scars paler and smoother. Deterministic. Keep width*height modest (CPU render).
// The skin's rows are shared among `threads` threads; the picture is the same for any number.
sf::Image render_scalp_image(const VirtualScalp& scalp, Bounds region_mm, double px_per_mm, unsigned threads = 1);

// Draws the lesson's existing marks (scoring/existing_marks.hpp) into an image made by render_scalp_image
// for the same region and scale: kind "hair" as hair strokes, "dots" as healed pigment dots.
void render_existing_marks(sf::Image& image, Bounds region_mm, double px_per_mm, const Lesson& lesson,
                           const VirtualScalp& scalp);

}  // namespace stipple
