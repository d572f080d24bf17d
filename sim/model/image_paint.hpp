// Anti-aliased painting into an sf::Image laid out in scalp mm (soft discs, strokes, hair), used by the
// scalp renderer, the existing-marks overlay and the pigment dots on the CPU. Row 0 is the region's max y (crown up).
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Image.hpp>

#include "pigment_model.hpp"
#include "scoring/geometry.hpp"
#include "virtual_scalp.hpp"

namespace stipple {

struct ImageFrame {
    Bounds region_mm;
    double px_per_mm = 1.0;
    // Pixel coordinates (continuous, pixel centres at +0.5) of a scalp point.
    double px_x(double x_mm) const { return (x_mm - region_mm.min.x) * px_per_mm; }
    double px_y(double y_mm) const { return (region_mm.max.y - y_mm) * px_per_mm; }
};

// Blends `color` (alpha = opacity) over the pixel with coverage 0..1.
void blend_pixel(sf::Image& image, unsigned x, unsigned y, sf::Color color, double coverage);
// A disc with a solid core of radius_mm and a soft edge blur_mm wide; sub-pixel discs keep their area.
void paint_soft_disc(sf::Image& image, const ImageFrame& frame, Point centre_mm, double radius_mm, double blur_mm,
                     sf::Color color);
// A pigment dot as its DotLook says (the same outline and redness dot_canvas draws): sub-pixel dots keep
// their ink's area, spread thinner.
void paint_dot(sf::Image& image, const ImageFrame& frame, Point centre_mm, const DotLook& look);
// A line segment of width_mm, fading toward b when `taper` (a hair's tip).
void paint_stroke(sf::Image& image, const ImageFrame& frame, Point a_mm, Point b_mm, double width_mm, sf::Color color,
                  bool taper);
// One hair of a shaved scalp: the follicle's grey shadow under the skin, then the stubble stroke.
void paint_hair(sf::Image& image, const ImageFrame& frame, const HairStrand& hair, sf::Color hair_color);

}  // namespace stipple
