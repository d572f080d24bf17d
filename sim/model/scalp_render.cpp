// Rendering the virtual scalp to an image on the CPU: skin with mottling and pores, head-curvature shading,
// landmarks (brows, glabella creases, ears), stubble, scars paler and smoother; plus the existing marks.
#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

#include "image_paint.hpp"
#include "noise.hpp"
#include "pigment_model.hpp"
#include "scoring/existing_marks.hpp"
#include "virtual_scalp.hpp"
#include "scoring/small_math.hpp"

namespace stipple {

namespace {

struct Rgb {
    double r, g, b;
};
Rgb operator*(Rgb c, double k) { return {c.r * k, c.g * k, c.b * k}; }
Rgb operator+(Rgb a, Rgb b) { return {a.r + b.r, a.g + b.g, a.b + b.b}; }
Rgb lerp(Rgb a, Rgb b, double t) { return a + (b + a * -1.0) * t; }
Rgb rgb_of(sf::Color c) { return {double(c.r), double(c.g), double(c.b)}; }
sf::Color color_of(Rgb c) {
    auto b = [](double v) { return static_cast<sf::Uint8>(std::clamp(std::lround(v), 0l, 255l)); };
    return sf::Color(b(c.r), b(c.g), b(c.b));
}

// Scar tissue: paler (less melanin), a little pinker, with the burn's blotchy hypo/hyper-pigmentation.
Rgb scar_tint(const VirtualScalp& s, Rgb skin, Point p) {
    const double pale = 0.2 + 0.028 * s.fitzpatrick;  // darker skin shows scars paler by contrast
    Rgb c = lerp(skin, Rgb{236, 206, 196}, pale);
    const double blotch = fractal_noise(p.x / 3.0, p.y / 3.0, s.seed ^ 0xb1bull, 3) - 0.5;
    return c * (1.0 + 0.10 * blotch);
}

// Skin before hair, pores and shading: the base tone, mottling at a few scales, and scars.
Rgb skin_rgb(const VirtualScalp& s, Point p, double scar) {
    Rgb c = rgb_of(s.skin_tone);
    const double large = fractal_noise(p.x / 14.0, p.y / 14.0, s.seed ^ 0x1111ull, 3) - 0.5;
    const double medium = fractal_noise(p.x / 2.5, p.y / 2.5, s.seed ^ 0x2222ull, 2) - 0.5;
    const double redness = fractal_noise(p.x / 6.0, p.y / 6.0, s.seed ^ 0x3333ull, 3) - 0.5;
    const double fine = value_noise(p.x / 0.6, p.y / 0.6, s.seed ^ 0x4444ull) - 0.5;
    const double yellow = fractal_noise(p.x / 20.0, p.y / 20.0, s.seed ^ 0x5555ull, 2) - 0.5;
    Rgb mottled = c * (1.0 + 0.09 * large + 0.06 * medium + 0.035 * fine * (1.0 - scar));
    mottled = mottled + Rgb{16.0 * redness, -4.0 * redness, -2.0 * redness} + Rgb{4.0 * yellow, 4.0 * yellow, -8.0 * yellow};
    if (scar <= 0.0) return mottled;
    // Scars are smoother: the small-scale mottle is gone.
    return lerp(mottled, scar_tint(s, c * (1.0 + 0.03 * large), p), scar);
}

// Light falling on a dome seen from above-front: darker toward the sides, the nape and the eye sockets,
// with a soft broad highlight on the top of the head.
double curvature_shade(Point p) {
    const double u = p.x / 100.0, v = (p.y - 140.0) / 170.0;
    const double r = std::sqrt(u * u + v * v);
    double shade = 1.0 - 0.27 * smoothstep(0.25, 1.35, r);
    const double hx = (p.x + 12.0) / 38.0, hy = (p.y - 135.0) / 55.0;
    shade += 0.05 * std::exp(-(hx * hx + hy * hy));
    shade *= 1.0 - 0.10 * smoothstep(-6.0, -26.0, p.y);  // the brow ridge and eye sockets
    return shade;
}

// Fine creases: frown lines at the glabella and faint horizontal forehead lines.
double crease_darkening(const VirtualScalp& s, Point p) {
    double dark = 0.0;
    for (double side : {-1.0, 1.0}) {
        const double x0 = side * (3.5 + 0.4 * std::sin(p.y / 3.0));
        const double along = smoothstep(-10.0, -6.0, p.y) * (1.0 - smoothstep(8.0, 14.0, p.y));
        const double strength = 0.5 + value_noise(p.y / 3.0, side, s.seed ^ 0xc4ull);
        dark += 0.035 * strength * along * std::exp(-std::pow((p.x - x0) / 0.6, 2.0));
    }
    for (double y0 : {24.0, 33.0, 43.0}) {
        const double wave = y0 + 1.2 * std::sin(p.x / 17.0 + y0) + 0.8 * (value_noise(p.x / 9.0, y0, s.seed) - 0.5);
        const double span = (1.0 - smoothstep(20.0, 45.0, std::abs(p.x))) *
                            smoothstep(0.35, 0.75, value_noise(p.x / 8.0, y0 * 3.0, s.seed ^ 0xf0ull));
        dark += 0.03 * span * std::exp(-std::pow((p.y - wave) / 0.8, 2.0));
    }
    return dark;
}

// Pores: small darker openings on a jittered ~0.8 mm lattice (skipped on scar tissue).
double pore_darkening(const VirtualScalp& s, Point p) {
    constexpr double cell = 0.8;
    const auto cx = static_cast<int64_t>(std::floor(p.x / cell)), cy = static_cast<int64_t>(std::floor(p.y / cell));
    // A pore reaches at most 1.6 * 0.065 mm from its centre, which lies inside its own cell: a neighbouring
    // cell farther than that adds nothing (smoothstep is exactly 1 there), so it is skipped unhashed.
    constexpr double kReach = 0.105;
    const bool left = p.x - cx * cell <= kReach, right = (cx + 1) * cell - p.x <= kReach;
    const bool below = p.y - cy * cell <= kReach, above = (cy + 1) * cell - p.y <= kReach;
    double dark = 0.0;
    for (int64_t j = cy - 1; j <= cy + 1; ++j) {
        if ((j < cy && !below) || (j > cy && !above)) continue;
        for (int64_t i = cx - 1; i <= cx + 1; ++i) {
            if ((i < cx && !left) || (i > cx && !right)) continue;
            const double ox = (i + hash01(i, j, s.seed ^ 0x9001ull)) * cell;
            const double oy = (j + hash01(i, j, s.seed ^ 0x9002ull)) * cell;
            const double r = 0.035 + 0.03 * hash01(i, j, s.seed ^ 0x9003ull);
            const double d = std::hypot(p.x - ox, p.y - oy);
            dark = std::max(dark, 0.14 * (1.0 - smoothstep(r * 0.5, r * 1.6, d)));
        }
    }
    return dark;
}

// Ears at the sides, seen from the side where the map turns down over the temples: the top of the ear
// shows (the lobe lies beyond the map's edge). A C-shaped lit rim (helix) open toward the face, a darker
// hollow (concha) in front of it, and a shadow cast on the scalp behind and above it.
// Returns false when the point is nowhere near an ear.
bool ear_shading(const VirtualScalp& s, Point p, Rgb& c) {
    for (const Ellipse* ear : {&s.landmarks.ear_left, &s.landmarks.ear_right}) {
        const double cs = std::cos(ear->angle_rad), sn = std::sin(ear->angle_rad);
        const double dx = p.x - ear->center_mm.x, dy = p.y - ear->center_mm.y;
        // u: 0 at the centre, -1 at the ear's top (toward the midline); v: -1 front (face), +1 back.
        const double side = ear->center_mm.x > 0 ? 1.0 : -1.0;
        const double u = side * (dx * cs + dy * sn) / ear->rx_mm, v = (-dx * sn + dy * cs) / ear->ry_mm;
        const double r = std::sqrt(u * u + v * v);
        if (r > 1.3) continue;
        const double front = smoothstep(-0.2, -0.9, v);  // where the ear joins the face: no rim, no shadow
        if (r > 1.0) {
            c = c * (1.0 - 0.30 * (1.0 - front) * (1.0 - smoothstep(1.0, 1.3, r)));  // cast shadow
            return true;
        }
        const Rgb ear_rgb = rgb_of(s.skin_tone) * 0.98 + Rgb{10, -2, -3};
        double shade = 0.93;
        const double rim = 1.0 - front;
        shade += 0.11 * rim * std::exp(-std::pow((r - 0.85) / 0.08, 2.0));    // helix, lit
        shade -= 0.13 * rim * std::exp(-std::pow((r - 0.68) / 0.06, 2.0));    // the fold inside it
        shade -= 0.20 * std::exp(-(std::pow((u - 0.15) / 0.35, 2.0) + std::pow((v + 0.25) / 0.3, 2.0)));  // concha
        shade -= 0.25 * rim * smoothstep(0.95, 1.0, r);                       // outline
        c = lerp(c, ear_rgb * shade, 1.0 - 0.8 * front * smoothstep(0.9, 1.0, r));
        return true;
    }
    return false;
}

// Strip scars: faint cross-hatched suture marks along the line.
void paint_strip_details(sf::Image& image, const ImageFrame& frame, const VirtualScalp& s, const ScarShape& scar) {
    const Polyline& line = scar.center_mm;
    Rgb base = rgb_of(s.skin_tone) * 0.82;
    sf::Color mark = color_of(base);
    mark.a = 60;
    for (size_t i = 1; i < line.size(); ++i) {
        const Point a = line[i - 1], b = line[i];
        const double len = distance_mm(a, b);
        if (len <= 0.0) continue;
        const double tx = (b.x - a.x) / len, ty = (b.y - a.y) / len;
        // The healed incision line itself: a slightly darker, thin ridge.
        sf::Color ridge = mark;
        ridge.a = 45;
        paint_stroke(image, frame, a, b, std::max(0.15, scar.width_mm * 0.12), ridge, false);
        for (double d = 2.0; d < len; d += 4.0) {
            const Point m{a.x + tx * d, a.y + ty * d};
            const double half = scar.width_mm * 0.5 + 1.2;
            paint_stroke(image, frame, {m.x - ty * half, m.y + tx * half}, {m.x + ty * half, m.y - tx * half}, 0.25, mark,
                         false);
        }
    }
}

Bounds grown(Bounds b, double by) { return {{b.min.x - by, b.min.y - by}, {b.max.x + by, b.max.y + by}}; }
bool inside(Bounds b, Point p) { return p.x >= b.min.x && p.x <= b.max.x && p.y >= b.min.y && p.y <= b.max.y; }

// The scar factor for every pixel, computed shape by shape within each shape's bounds only.
std::vector<float> scar_raster(const VirtualScalp& s, const ImageFrame& frame, unsigned w, unsigned h) {
    std::vector<float> out(static_cast<size_t>(w) * h, 0.0f);
    if (s.scars.empty()) return out;
    auto fill = [&](Bounds b) {
        const int x0 = std::max(0, static_cast<int>(std::floor(frame.px_x(b.min.x))));
        const int x1 = std::min(static_cast<int>(w) - 1, static_cast<int>(std::ceil(frame.px_x(b.max.x))));
        const int y0 = std::max(0, static_cast<int>(std::floor(frame.px_y(b.max.y))));
        const int y1 = std::min(static_cast<int>(h) - 1, static_cast<int>(std::ceil(frame.px_y(b.min.y))));
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                const Point p{frame.region_mm.min.x + (x + 0.5) / frame.px_per_mm,
                              frame.region_mm.max.y - (y + 0.5) / frame.px_per_mm};
                float& v = out[static_cast<size_t>(y) * w + x];
                if (v < 1.0f) v = std::max(v, static_cast<float>(scar_factor(s, p)));
            }
        }
    };
    for (const ScarShape& scar : s.scars) {
        if (scar.kind == "strip" && !scar.center_mm.empty()) fill(grown(bounds_of(scar.center_mm), scar.width_mm + 1.0));
        if (scar.kind == "burn" && !scar.outline_mm.empty()) fill(grown(bounds_of(scar.outline_mm), 1.0));
        if (scar.kind == "punch") {
            for (const Ellipse& e : scar.punches) {
                fill({{e.center_mm.x - e.rx_mm - 0.5, e.center_mm.y - e.rx_mm - 0.5},
                      {e.center_mm.x + e.rx_mm + 0.5, e.center_mm.y + e.rx_mm + 0.5}});
            }
        }
    }
    return out;
}

}  // namespace

sf::Color skin_color_at(const VirtualScalp& scalp, Point at_mm) {
    return color_of(skin_rgb(scalp, at_mm, scar_factor(scalp, at_mm)));
}

sf::Image render_scalp_image(const VirtualScalp& s, Bounds region_mm, double px_per_mm, unsigned threads) {
    const ImageFrame frame{region_mm, std::max(px_per_mm, 1e-3)};
    const auto w = static_cast<unsigned>(std::max(1.0, std::round(region_mm.width() * frame.px_per_mm)));
    const auto h = static_cast<unsigned>(std::max(1.0, std::round(region_mm.height() * frame.px_per_mm)));
    sf::Image image;
    image.create(w, h, sf::Color::Black);
    const std::vector<float> scars = scar_raster(s, frame, w, h);
    const bool fine_detail = frame.px_per_mm >= 6.0;
    const Rgb shadow_base = rgb_of(s.hair_color) * 0.6 + Rgb{60, 66, 78} * 0.4 + rgb_of(s.skin_tone) * 0.35;
    // Every pixel of the skin depends on its own position only: rows y0, y0 + step, ... per thread.
    auto skin_rows = [&](unsigned y0, unsigned step) {
        for (unsigned y = y0; y < h; y += step) {
            for (unsigned x = 0; x < w; ++x) {
                const Point p{region_mm.min.x + (x + 0.5) / frame.px_per_mm, region_mm.max.y - (y + 0.5) / frame.px_per_mm};
                const double scar = scars[static_cast<size_t>(y) * w + x];
                Rgb c = skin_rgb(s, p, scar);
                double dark = crease_darkening(s, p);
                if (fine_detail) {
                    dark += pore_darkening(s, p) * (1.0 - scar);
                    // Fine texture, gone on the smooth scar surface.
                    const double relief = value_noise(p.x / 0.22, p.y / 0.22, s.seed ^ 0x7777ull) - 0.5;
                    // Skin micro-relief: fine criss-crossing furrows.
                    const double furrow_a = std::abs(std::sin((p.x * 0.8 + p.y * 0.6) * 9.0 + 3.0 * value_noise(p.x, p.y, s.seed)));
                    const double furrow_b = std::abs(std::sin((p.x * 0.6 - p.y * 0.8) * 8.0 + 3.0 * value_noise(p.y, p.x, s.seed)));
                    dark += (0.045 * relief + 0.025 * std::pow(1.0 - std::min(furrow_a, furrow_b), 8.0)) * (1.0 - scar);
                }
                c = c * (1.0 - dark);
                // Hair shafts under the skin of a shaved head give hair-bearing areas a grey-blue cast,
                // the "shadow" SMP imitates; it is what shows the pattern from a distance.
                const double shadow = 0.13 * hair_density(s, p) * (1.0 - scar);
                c = lerp(c, Rgb{shadow_base.r, shadow_base.g, shadow_base.b}, shadow);
                // A faint sheen on smooth scar tissue.
                c = c + Rgb{14, 14, 14} * (scar * std::pow(value_noise(p.x / 2.0, p.y / 2.0, s.seed ^ 0x5eeull), 3.0));
                c = c * curvature_shade(p);
                ear_shading(s, p, c);
                image.setPixel(x, y, color_of(c));
            }
        }
    };
    const unsigned helpers = std::min(std::max(threads, 1u), std::max(h, 1u)) - 1;
    std::vector<std::thread> pool;
    for (unsigned i = 1; i <= helpers; ++i) pool.emplace_back(skin_rows, i, helpers + 1);
    skin_rows(0, helpers + 1);
    for (std::thread& t : pool) t.join();
    for (const ScarShape& scar : s.scars) {
        if (scar.kind == "strip") paint_strip_details(image, frame, s, scar);
    }
    const Bounds visible = grown(region_mm, 10.0);
    for (const HairStrand& hair : s.hairs) {
        if (!inside(visible, hair.root_mm)) continue;
        const double shade = curvature_shade(hair.root_mm);
        sf::Color c = color_of(rgb_of(s.hair_color) * std::min(1.0, shade + 0.1));
        paint_hair(image, frame, hair, c);
    }
    return image;
}

void render_existing_marks(sf::Image& image, Bounds region_mm, double px_per_mm, const Lesson& lesson,
                           const VirtualScalp& scalp) {
    if (!lesson.existing) return;
    const ImageFrame frame{region_mm, std::max(px_per_mm, 1e-3)};
    const Bounds visible = grown(region_mm, 2.0);
    const std::vector<Point> marks = existing_marks(lesson);
    const double mid_depth = 0.5 * (lesson.targets.depth_min_mm + lesson.targets.depth_max_mm);
    for (size_t i = 0; i < marks.size(); ++i) {
        const Point p = marks[i];
        if (!inside(visible, p)) continue;
        if (lesson.existing->kind == "hair") {
            const double a = hash01(static_cast<int64_t>(i), 5, lesson.existing->seed);
            HairStrand hair;
            hair.root_mm = p;
            hair.angle_rad = hair_angle_rad(scalp, p) + (a - 0.5) * 0.6;
            hair.length_mm = 0.45 + 0.4 * hash01(static_cast<int64_t>(i), 6, lesson.existing->seed);
            hair.width_mm = 0.075;
            hair.shade = 0.9f;
            paint_hair(image, frame, hair, color_of(rgb_of(scalp.hair_color) * curvature_shade(p)));
        } else {
            // Pigment from an earlier session, healed for about a month.
            const SkinSite site = skin_site(lesson, scalp, p);
            paint_dot(image, frame, p, healed_dot_look(lesson.needle, mid_depth, site, 30.0, false));
        }
    }
}

}  // namespace stipple
