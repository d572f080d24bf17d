// Anti-aliased painting of discs, strokes and hairs into images laid out in scalp mm.
#include "image_paint.hpp"

#include <algorithm>
#include <cmath>

#include "scoring/small_math.hpp"

namespace stipple {

void blend_pixel(sf::Image& image, unsigned x, unsigned y, sf::Color color, double coverage) {
    const double a = std::clamp(coverage, 0.0, 1.0) * color.a / 255.0;
    if (a <= 0.0) return;
    const sf::Color d = image.getPixel(x, y);
    auto mix = [a](sf::Uint8 dst, sf::Uint8 src) {
        return static_cast<sf::Uint8>(std::lround(dst + (src - dst) * a));
    };
    image.setPixel(x, y, sf::Color(mix(d.r, color.r), mix(d.g, color.g), mix(d.b, color.b), d.a));
}

void paint_soft_disc(sf::Image& image, const ImageFrame& frame, Point centre_mm, double radius_mm, double blur_mm,
                     sf::Color color) {
    const sf::Vector2u size = image.getSize();
    const double ppm = frame.px_per_mm;
    const double cx = frame.px_x(centre_mm.x), cy = frame.px_y(centre_mm.y);
    double r_px = radius_mm * ppm;
    double blur_px = std::max(blur_mm * ppm, 0.7);  // at least a pixel's worth of anti-aliasing
    double opacity = 1.0;
    if (r_px < 0.5) {
        // Smaller than a pixel: keep the ink's total area by spreading it thinner over half a pixel radius.
        opacity = (r_px * r_px) / 0.25;
        r_px = 0.5;
    }
    const double outer = r_px + blur_px * 0.5;
    const int x0 = std::max(0, static_cast<int>(std::floor(cx - outer)));
    const int x1 = std::min(static_cast<int>(size.x) - 1, static_cast<int>(std::ceil(cx + outer)));
    const int y0 = std::max(0, static_cast<int>(std::floor(cy - outer)));
    const int y1 = std::min(static_cast<int>(size.y) - 1, static_cast<int>(std::ceil(cy + outer)));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const double d = std::hypot(x + 0.5 - cx, y + 0.5 - cy);
            const double cov = smoothstep(0.0, blur_px, outer - d) * opacity;
            if (cov > 0.0) blend_pixel(image, static_cast<unsigned>(x), static_cast<unsigned>(y), color, cov);
        }
    }
}

namespace {

// A disc of `color` whose opacity falls linearly from the centre to nothing at reach_mm.
void paint_cone(sf::Image& image, const ImageFrame& frame, Point centre_mm, double reach_mm, sf::Color color) {
    const double reach_px = reach_mm * frame.px_per_mm;
    if (!(reach_px > 0.0)) return;
    const double cx = frame.px_x(centre_mm.x), cy = frame.px_y(centre_mm.y);
    const sf::Vector2u size = image.getSize();
    const int x0 = std::max(0, static_cast<int>(std::floor(cx - reach_px)));
    const int x1 = std::min(static_cast<int>(size.x) - 1, static_cast<int>(std::ceil(cx + reach_px)));
    const int y0 = std::max(0, static_cast<int>(std::floor(cy - reach_px)));
    const int y1 = std::min(static_cast<int>(size.y) - 1, static_cast<int>(std::ceil(cy + reach_px)));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const double d = std::hypot(x + 0.5 - cx, y + 0.5 - cy);
            if (d < reach_px) blend_pixel(image, unsigned(x), unsigned(y), color, 1.0 - d / reach_px);
        }
    }
}

}  // namespace

void paint_dot(sf::Image& image, const ImageFrame& frame, Point centre_mm, const DotLook& look) {
    const double ppm = frame.px_per_mm;
    // The haze and the redness fade linearly from the centre to their reach, as the canvas's cones do.
    if (look.haze_color.a > 0 && look.haze_mm > 0.0) paint_cone(image, frame, centre_mm, look.haze_mm, look.haze_color);
    if (look.redness_color.a > 0 && look.redness_mm > 0.0) {
        paint_cone(image, frame, centre_mm, look.radius_mm + look.redness_mm, look.redness_color);
    }
    const sf::Vector2u size = image.getSize();
    const double cx = frame.px_x(centre_mm.x), cy = frame.px_y(centre_mm.y);
    double r_px = look.radius_mm * ppm;
    const double blur_px = std::max(look.blur_mm * ppm, 0.7);  // at least a pixel's worth of anti-aliasing
    double opacity = 1.0;
    if (r_px < 1.0) {  // under a pixel's radius: keep the ink's area, spread thinner over a pixel's radius
        opacity = r_px * r_px;
        r_px = 1.0;
    }
    const double reach = r_px * std::sqrt(std::max(look.stretch, 1.0)) * (1.0 + std::abs(look.wobble2) + std::abs(look.wobble3)) +
                         blur_px * 0.5;
    const int x0 = std::max(0, static_cast<int>(std::floor(cx - reach)));
    const int x1 = std::min(static_cast<int>(size.x) - 1, static_cast<int>(std::ceil(cx + reach)));
    const int y0 = std::max(0, static_cast<int>(std::floor(cy - reach)));
    const int y1 = std::min(static_cast<int>(size.y) - 1, static_cast<int>(std::ceil(cy + reach)));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const double dx = x + 0.5 - cx, dy = cy - (y + 0.5);  // dy: up on the map
            const double d = std::hypot(dx, dy);
            const double edge = r_px * dot_outline_scale(look, std::atan2(dy, dx)) + blur_px * 0.5;
            const double cov = smoothstep(0.0, blur_px, edge - d) * opacity;
            if (cov > 0.0) blend_pixel(image, static_cast<unsigned>(x), static_cast<unsigned>(y), look.color, cov);
        }
    }
}

void paint_stroke(sf::Image& image, const ImageFrame& frame, Point a_mm, Point b_mm, double width_mm, sf::Color color,
                  bool taper) {
    const sf::Vector2u size = image.getSize();
    const double ax = frame.px_x(a_mm.x), ay = frame.px_y(a_mm.y);
    const double bx = frame.px_x(b_mm.x), by = frame.px_y(b_mm.y);
    double half = width_mm * frame.px_per_mm * 0.5;
    double opacity = 1.0;
    if (half < 0.5) {  // thinner than a pixel: a pixel-wide line at reduced strength
        opacity = half / 0.5;
        half = 0.5;
    }
    const int x0 = std::max(0, static_cast<int>(std::floor(std::min(ax, bx) - half - 1)));
    const int x1 = std::min(static_cast<int>(size.x) - 1, static_cast<int>(std::ceil(std::max(ax, bx) + half + 1)));
    const int y0 = std::max(0, static_cast<int>(std::floor(std::min(ay, by) - half - 1)));
    const int y1 = std::min(static_cast<int>(size.y) - 1, static_cast<int>(std::ceil(std::max(ay, by) + half + 1)));
    const double dx = bx - ax, dy = by - ay;
    const double len2 = std::max(dx * dx + dy * dy, 1e-9);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const double px = x + 0.5 - ax, py = y + 0.5 - ay;
            const double t = std::clamp((px * dx + py * dy) / len2, 0.0, 1.0);
            const double ex = px - t * dx, ey = py - t * dy;
            const double w = taper ? half * (1.0 - 0.6 * t) : half;
            const double cov = std::clamp(w + 0.5 - std::sqrt(ex * ex + ey * ey), 0.0, 1.0);
            if (cov > 0.0) {
                const double fade = taper ? (1.0 - 0.45 * t) : 1.0;
                blend_pixel(image, static_cast<unsigned>(x), static_cast<unsigned>(y), color, cov * opacity * fade);
            }
        }
    }
}

void paint_hair(sf::Image& image, const ImageFrame& frame, const HairStrand& hair, sf::Color hair_color) {
    // The follicle below the skin shows as a blue-grey shadow around the stubble (what SMP imitates).
    sf::Color shadow(static_cast<sf::Uint8>(hair_color.r * 0.6 + 40), static_cast<sf::Uint8>(hair_color.g * 0.6 + 44),
                     static_cast<sf::Uint8>(hair_color.b * 0.6 + 56), static_cast<sf::Uint8>(60 * hair.shade));
    paint_soft_disc(image, frame, hair.root_mm, 0.1, 0.16, shadow);
    const Point tip{hair.root_mm.x + std::cos(hair.angle_rad) * hair.length_mm,
                    hair.root_mm.y + std::sin(hair.angle_rad) * hair.length_mm};
    sf::Color c = hair_color;
    c.a = static_cast<sf::Uint8>(std::clamp(215.0 * hair.shade, 0.0, 255.0));
    paint_stroke(image, frame, hair.root_mm, tip, hair.width_mm, c, true);
}

}  // namespace stipple
