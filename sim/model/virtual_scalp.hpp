// The virtual scalp: generated deterministically from the lesson's `scalp` section as pure data (skin tone,
// remaining hair, scars, landmarks, map bounds), plus the CPU renderer that turns it into a realistic image.
// The whole map follows the head (sim/head): its extent, the ears at the map's side edges, the face below
// the glabella, the nape; the hair patterns are drawn on that whole map (the Norwood 6-7 horseshoe of side
// and back fringe, long hair with a part for a woman's Ludwig or diffuse thinning).
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

// The head's anatomy as it falls on the map (from sim/head: head_map_bounds, head_landmarks, ear_edge_x_mm),
// which the scalp's hair and pictures follow. Per-row tables are sampled every row_step_mm from map_mm.min.y.
struct MapAnatomy {  // defaults: the default male head's numbers (sim/head; README's mapping section)
    Bounds map_mm{{-160.0, -216.0}, {160.0, 448.0}};
    bool female = false;
    double vertex_y_mm = 156.0;     // the top of the head (midline)
    double inion_y_mm = 306.0;      // the back of the skull (midline)
    double nape_y_mm = 388.0;       // the nape's hairline (midline)
    double ear_top_y_mm = 149.0;    // the rows meeting the ear at its top, front and back edges
    double ear_front_y_mm = -41.0;
    double ear_back_y_mm = 346.0;
    Point eye_left_mm{-41.0, -24.0}, eye_right_mm{41.0, -24.0};
    Point mouth_mm{0.0, -106.0};
    Point chin_mm{0.0, -156.0};
    double row_step_mm = 1.0;
    std::vector<double> ear_edge_x_mm;      // per row: |x| where the ear begins (the row's half width: none)
    std::vector<double> row_half_width_mm;  // per row: |x| where the mapped skin ends
};

// The anatomy of the lesson's head (sim/head's shape for scalp.head: form and proportions).
MapAnatomy map_anatomy(const ScalpCase& scalp);
// |x| where the ear begins on row y, and where the row's skin ends (interpolated; clamped at the map's ends).
double anatomy_ear_edge_x_mm(const MapAnatomy& anatomy, double y_mm);
double anatomy_row_half_width_mm(const MapAnatomy& anatomy, double y_mm);

struct Landmarks {
    Point glabella_mm{0.0, 0.0};
    Polyline brow_left_mm;     // eyebrow arcs, just above the eyes
    Polyline brow_right_mm;
};

// Long hair (a woman's Ludwig or diffuse thinning): lies away from a part on the midline, down the sides and the back.
struct LongHair {
    bool on = false;
    double part_x_mm = 0.0;            // the part runs along y at this x, from the hairline to the crown
    double part_end_y_mm = 200.0;      // behind it the hair falls toward the nape
};

struct VirtualScalp {
    Bounds map_mm{MapAnatomy{}.map_mm};
    MapAnatomy anatomy;
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
    // Norwood 6-7: the bald top ends at the horseshoe of fringe: at |x| = fringe_side_x_mm on the sides,
    // closing in an elliptic arc to y = fringe_back_y_mm on the midline (0 = no horseshoe).
    double fringe_side_x_mm = 0.0;
    double fringe_close_y_mm = 0.0;        // where the sides start to close toward the back
    double fringe_back_y_mm = 0.0;
    LongHair long_hair;
    std::vector<HairStrand> hairs;         // stubble (or long hair) where hair remains, and the brows
    std::vector<ScarShape> scars;
    Landmarks landmarks;
};

// Deterministic: the same lesson scalp section gives the same VirtualScalp; another seed gives another one.
VirtualScalp generate_scalp(const Lesson& lesson);
VirtualScalp generate_scalp(const ScalpCase& scalp);
// The same on a given anatomy (tests; map_anatomy(scalp) otherwise).
VirtualScalp generate_scalp(const ScalpCase& scalp, const MapAnatomy& anatomy);

// What the map shows at a point: skin (scalp, face, neck), an ear (|x| from the row's ear edge to the row's
// end) or nothing (beyond the row's mapped skin).
enum class MapSurface { skin, ear, off_head };
MapSurface map_surface_at(const VirtualScalp& scalp, Point at_mm);
// 0..1: where this scalp's hair grows before the pattern's crown, horseshoe and thinning losses: behind the
// front hairline and temples (the pattern's front edge), the sideburns in front of the ears, above the nape's
// hairline; never on the face, the ears (a bare rim around them) or the neck.
double hair_bearing(const VirtualScalp& scalp, Point at_mm);

// 0..1: the share of full hair density remaining at a point (0 = bald).
double hair_density(const VirtualScalp& scalp, Point at_mm);
// The direction hair grows at a point (radians, 0 = +x): away from the crown whorl, spiralling a little.
double hair_angle_rad(const VirtualScalp& scalp, Point at_mm);
// The direction long hair (long_hair.on) lies at a point: away from the part to either side in front of the
// crown, falling away from the crown toward the nape behind it.
double long_hair_angle_rad(const VirtualScalp& scalp, Point at_mm);
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
