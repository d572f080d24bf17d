// Rendering the virtual scalp to an image on the CPU: skin with mottling and pores, head-curvature shading,
// the face (eyes, nose, lips, brows, a man's shaved beard shadow), the ears at the map's side edges, stubble
// or long hair, scars paler and smoother; plus the existing marks.
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

// Light falling on the head from above and in front: darker toward the sides where the rows turn down to
// the ears, under the chin and in the eye sockets, with a soft broad highlight on the top of the head.
double curvature_shade(const VirtualScalp& s, Point p) {
    const double half = anatomy_row_half_width_mm(s.anatomy, p.y);
    double shade = 1.0 - 0.2 * smoothstep(0.5, 1.05, std::abs(p.x) / std::max(half, 1.0));
    const double hx = (p.x + 12.0) / 38.0, hy = (p.y - s.anatomy.vertex_y_mm + 30.0) / 55.0;
    shade += 0.05 * std::exp(-(hx * hx + hy * hy));
    shade *= 1.0 - 0.12 * smoothstep(s.anatomy.chin_mm.y + 2.0, s.anatomy.chin_mm.y - 12.0, p.y);  // under the chin
    shade *= 1.0 - 0.08 * smoothstep(s.anatomy.nape_y_mm - 10.0, s.anatomy.nape_y_mm + 30.0, p.y);  // the neck
    return shade;
}

double sq(double v) { return v * v; }

// Beyond the head's mapped skin (past the ear canals, below the neck): the skin's tone in shadow. The 3D
// head's texture is this picture, and its triangles beside the ear canals blend texels up to the row's end,
// so a backdrop unlike skin would streak the neck there; on the flat map it still reads as the edge.
sf::Color off_head_colour(const VirtualScalp& s) {
    return sf::Color(static_cast<sf::Uint8>(s.skin_tone.r * 0.78), static_cast<sf::Uint8>(s.skin_tone.g * 0.76),
                     static_cast<sf::Uint8>(s.skin_tone.b * 0.76));
}

// The face below the glabella so the head's front reads as one: eye sockets, lids and the eyes (the 3D
// view draws eyeballs over them), the nose's sides, tip and nostrils, the lips, the cheeks' colour and a
// man's shaved beard shadow. `c` is the skin's colour there; returns the face's colour.
Rgb face_colour(const VirtualScalp& s, Point p, Rgb c, Rgb stubble_shadow) {
    const MapAnatomy& a = s.anatomy;
    const Point mouth = a.mouth_mm;
    const double eye_y = 0.5 * (a.eye_left_mm.y + a.eye_right_mm.y);
    const double span = eye_y - mouth.y;  // eyes to mouth, ~70 mm
    const Rgb skin = c;
    // Cheeks: a little warmer.
    const double cheek = std::exp(-(sq((std::abs(p.x) - 42.0) / 18.0) + sq((p.y - (eye_y - 0.45 * span)) / 16.0)));
    c = c + Rgb{10, -2, -2} * cheek;
    // A man's shaved beard: the hair shafts under the skin give the lower face a grey-blue cast.
    if (!a.female) {
        const double upper_lip = smoothstep(eye_y - 0.66 * span, eye_y - 0.8 * span, p.y) * (1.0 - smoothstep(18.0, 30.0, std::abs(p.x)));
        const double jaw = smoothstep(eye_y - 0.55 * span, eye_y - 0.85 * span, p.y) * smoothstep(20.0, 40.0, std::abs(p.x) + (eye_y - 0.55 * span - p.y) * 0.9);
        const double chin = smoothstep(mouth.y - 8.0, mouth.y - 16.0, p.y);
        const double neck_end = 1.0 - smoothstep(a.chin_mm.y - 35.0, a.chin_mm.y - 50.0, p.y);
        const double beard = std::clamp(std::max({upper_lip, jaw, chin}), 0.0, 1.0) * neck_end *
                             (0.75 + 0.5 * value_noise(p.x / 1.2, p.y / 1.2, s.seed ^ 0xbeadull));
        c = lerp(c, stubble_shadow, 0.16 * beard);
    }
    // The nose: shaded sides, a lit ridge and tip, dark nostrils underneath.
    const double tip_y = eye_y - 0.42 * span, nostril_y = eye_y - 0.6 * span;
    const double along = smoothstep(eye_y + 8.0, eye_y - 4.0, p.y) * (1.0 - smoothstep(nostril_y, nostril_y - 6.0, p.y));
    const double width = 7.0 + 9.0 * smoothstep(eye_y, nostril_y, p.y);
    c = c * (1.0 - 0.12 * along * std::exp(-sq((std::abs(p.x) - width) / 3.0)));
    c = c * (1.0 + 0.06 * along * std::exp(-sq(p.x / 3.5)));
    c = c * (1.0 + 0.05 * std::exp(-(sq(p.x / 7.0) + sq((p.y - tip_y) / 6.0))));
    const double nostril = std::exp(-(sq((std::abs(p.x) - 8.5) / 3.6) + sq((p.y - nostril_y) / 2.2)));
    c = c * (1.0 - 0.55 * nostril);
    // The lips: a redder, darker band with a cupid's bow; the mouth's line between them.
    const double lip_half_w = a.female ? 24.0 : 26.0;
    const double lx = std::abs(p.x - mouth.x) / lip_half_w;
    const double taper = lx < 1.0 ? std::sqrt(1.0 - lx * lx) : 0.0;  // the lips thin toward the corners
    const double bow = 1.5 * std::exp(-sq((std::abs(p.x - mouth.x) - 6.0) / 4.0)) - 1.2 * std::exp(-sq(p.x - mouth.x));
    const double upper_top = mouth.y + (a.female ? 7.0 : 5.5) * taper + bow * taper;
    const double lower_bottom = mouth.y - (a.female ? 9.5 : 8.0) * taper;
    const double lip = (1.0 - smoothstep(0.9, 1.0, lx)) * smoothstep(upper_top + 0.8, upper_top - 0.8, p.y) *
                       smoothstep(lower_bottom - 0.8, lower_bottom + 0.8, p.y);
    // Lips: redder on fair skin, a deeper brown-mauve on dark skin.
    const double fair = std::clamp(skin.r / 240.0, 0.0, 1.0);
    const Rgb lip_rgb{skin.r * (0.74 + 0.12 * fair) + 12.0 * fair, skin.g * (0.6 + 0.04 * fair), skin.b * (0.7 - 0.02 * fair)};
    const double lower_lit = p.y < mouth.y ? 0.04 * std::exp(-sq((p.y - (mouth.y - 4.0)) / 2.5)) : 0.0;
    c = lerp(c, lip_rgb * (1.0 + lower_lit), (a.female ? 0.85 : 0.7) * lip);
    c = c * (1.0 - 0.45 * taper * std::exp(-sq((p.y - mouth.y) / 0.6)));
    // The eyes: a shadowed socket, the lid's crease, the almond opening with the white, the iris and the
    // lashes' dark line along the upper lid.
    for (const Point& eye : {a.eye_left_mm, a.eye_right_mm}) {
        const double dx = p.x - eye.x, dy = p.y - eye.y;
        if (std::abs(dx) > 28.0 || std::abs(dy) > 22.0) continue;
        c = c * (1.0 - 0.16 * std::exp(-(sq(dx / 20.0) + sq((dy - 2.0) / 13.0))));
        const double half_w = 14.0, t = std::clamp(dx / half_w, -1.0, 1.0);
        const double lid_top = 5.5 * std::sqrt(1.0 - t * t) + 0.6;      // upper lid's edge above the centre
        const double lid_bottom = -4.2 * std::sqrt(1.0 - t * t) + 0.3;   // lower lid's edge
        const double crease = lid_top + 4.0;
        c = c * (1.0 - 0.12 * std::exp(-sq((dy - crease) / 0.9)) * (1.0 - smoothstep(11.0, 15.0, std::abs(dx))));
        if (std::abs(dx) < half_w && dy < lid_top && dy > lid_bottom) {
            const double r = std::hypot(dx, dy - 0.3);
            Rgb eye_rgb{232, 226, 220};
            eye_rgb = eye_rgb * (1.0 - 0.12 * smoothstep(8.0, 14.0, std::abs(dx)));
            const Rgb iris = s.fitzpatrick <= 2 ? Rgb{92, 112, 126} : Rgb{84, 58, 38};
            eye_rgb = lerp(eye_rgb, iris, 1.0 - smoothstep(5.0, 5.6, r));
            eye_rgb = lerp(eye_rgb, Rgb{18, 16, 16}, 1.0 - smoothstep(1.9, 2.4, r));
            eye_rgb = eye_rgb * (1.0 - 0.3 * smoothstep(lid_top - 2.0, lid_top, dy));  // the lid's shadow
            c = eye_rgb;
        }
        const double lash = std::exp(-sq((dy - lid_top) / 0.55)) * (1.0 - smoothstep(half_w - 2.0, half_w + 1.0, std::abs(dx)));
        c = lerp(c, Rgb{26, 20, 18}, 0.85 * lash);
        c = c * (1.0 - 0.18 * std::exp(-sq((dy - lid_bottom) / 0.5)) * (1.0 - smoothstep(half_w - 3.0, half_w, std::abs(dx))));
    }
    return c;
}

// Fine creases: frown lines at the glabella and faint horizontal forehead lines.
double crease_darkening(const VirtualScalp& s, Point p) {
    // Nothing away from the glabella and the forehead (the lines fade to far below a pixel's step there).
    const bool glabella = p.y > -10.0 && p.y < 14.0;
    const bool forehead = std::abs(p.x) < 45.0 && p.y > 15.0 && p.y < 52.0;
    if (!glabella && !forehead) return 0.0;
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

// The ear at the map's side edge (|x| from the row's ear edge to where its skin ends): a shadow where it
// joins the head, the lit rim (helix), its fold and the darker hollow (concha) toward the ear canal.
Rgb ear_colour(const VirtualScalp& s, Point p) {
    const double edge = anatomy_ear_edge_x_mm(s.anatomy, p.y), end = anatomy_row_half_width_mm(s.anatomy, p.y);
    const double r = std::clamp((std::abs(p.x) - edge) / std::max(end - edge, 1.0), 0.0, 1.0);  // 0 join .. 1 canal
    const double along = std::clamp((p.y - s.anatomy.ear_front_y_mm) /
                                    std::max(s.anatomy.ear_back_y_mm - s.anatomy.ear_front_y_mm, 1.0), 0.0, 1.0);
    double shade = 0.95;
    shade -= 0.14 * std::exp(-sq(r / 0.05));                  // the shadow where it joins the head
    shade += 0.10 * std::exp(-sq((r - 0.22) / 0.08));         // the helix, lit
    shade -= 0.12 * std::exp(-sq((r - 0.4) / 0.07));          // the fold inside it
    shade -= 0.22 * smoothstep(0.6, 1.0, r) * (0.6 + 0.4 * std::sin(3.14159 * along));  // the concha
    const Rgb ear = rgb_of(s.skin_tone) * 0.97 + Rgb{12, -2, -4};
    return ear * shade;
}

// The signed distance from a polyline (positive on its left, walking from front to back).
double signed_distance_mm(const Polyline& line, Point p) {
    double best = 1e18, sign = 1.0;
    for (size_t i = 1; i < line.size(); ++i) {
        const Point a = line[i - 1], b = line[i];
        const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        const double t = len2 > 0.0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
        const double d = std::hypot(p.x - (a.x + dx * t), p.y - (a.y + dy * t));
        if (d < best) best = d, sign = (dx * (p.y - a.y) - dy * (p.x - a.x)) >= 0.0 ? 1.0 : -1.0;
    }
    return sign * best;
}

// Strip scars: the healed incision as a thin darker ridge that wanders a little across the band and fades
// in and out along it, 0..1 per point (no regular marks: evenly spaced ones read as tiling).
double strip_ridge(const VirtualScalp& s, const ScarShape& scar, Point p) {
    const uint64_t seed = s.seed ^ 0x5c47ull;
    const double wander = (fractal_noise(p.x / 9.0, p.y / 9.0, seed, 3) - 0.5) * scar.width_mm * 0.5;
    const double half = std::max(0.1, scar.width_mm * (0.05 + 0.05 * value_noise(p.x / 3.0, p.y / 3.0, seed ^ 1)));
    const double d = std::abs(signed_distance_mm(scar.center_mm, p) - wander);
    const double strength = smoothstep(0.25, 0.7, fractal_noise(p.x / 5.0, p.y / 5.0, seed ^ 2, 2));
    return strength * (1.0 - smoothstep(half * 0.5, half * 1.6, d));
}

// Long hair (Ludwig patterns): a gently curving strand from its root, in three segments, drooping toward
// the side it lies on; tapered at the tip.
void paint_long_hair(sf::Image& image, const ImageFrame& frame, const HairStrand& hair, sf::Color colour) {
    Point at = hair.root_mm;
    double angle = hair.angle_rad;
    const double droop = (std::cos(hair.angle_rad) >= 0.0 ? -1.0 : 1.0) * 0.12;  // curls a little away from +y
    const double seg = hair.length_mm / 3.0;
    for (int k = 0; k < 3; ++k) {
        const Point next{at.x + std::cos(angle) * seg, at.y + std::sin(angle) * seg};
        sf::Color c = colour;
        c.a = static_cast<sf::Uint8>(std::clamp(200.0 * hair.shade * (1.0 - 0.2 * k), 0.0, 255.0));
        paint_stroke(image, frame, at, next, hair.width_mm, c, k == 2);
        at = next;
        angle += droop;
    }
}

Bounds grown(Bounds b, double by) { return {{b.min.x - by, b.min.y - by}, {b.max.x + by, b.max.y + by}}; }
bool inside(Bounds b, Point p) { return p.x >= b.min.x && p.x <= b.max.x && p.y >= b.min.y && p.y <= b.max.y; }

// The scar factor for every pixel, computed shape by shape within each shape's bounds only; and the strip
// scars' incision ridge (0..1) in `ridge`.
std::vector<float> scar_raster(const VirtualScalp& s, const ImageFrame& frame, unsigned w, unsigned h,
                               std::vector<float>& ridge) {
    std::vector<float> out(static_cast<size_t>(w) * h, 0.0f);
    ridge.assign(out.size(), 0.0f);
    if (s.scars.empty()) return out;
    auto fill = [&](Bounds b, const ScarShape* strip) {
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
                if (strip) {
                    float& r = ridge[static_cast<size_t>(y) * w + x];
                    r = std::max(r, static_cast<float>(strip_ridge(s, *strip, p)));
                }
            }
        }
    };
    for (const ScarShape& scar : s.scars) {
        if (scar.kind == "strip" && scar.center_mm.size() >= 2)
            fill(grown(bounds_of(scar.center_mm), scar.width_mm + 1.0), &scar);
        if (scar.kind == "burn" && !scar.outline_mm.empty()) fill(grown(bounds_of(scar.outline_mm), 1.0), nullptr);
        if (scar.kind == "punch") {
            for (const Ellipse& e : scar.punches) {
                fill({{e.center_mm.x - e.rx_mm - 0.5, e.center_mm.y - e.rx_mm - 0.5},
                      {e.center_mm.x + e.rx_mm + 0.5, e.center_mm.y + e.rx_mm + 0.5}}, nullptr);
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
    std::vector<float> ridges;
    const std::vector<float> scars = scar_raster(s, frame, w, h, ridges);
    const bool fine_detail = frame.px_per_mm >= 6.0;
    const Rgb shadow_base = rgb_of(s.hair_color) * 0.6 + Rgb{60, 66, 78} * 0.4 + rgb_of(s.skin_tone) * 0.35;
    // Every pixel of the skin depends on its own position only: rows y0, y0 + step, ... per thread.
    const sf::Color off_head = off_head_colour(s);
    auto skin_rows = [&](unsigned y0, unsigned step) {
        for (unsigned y = y0; y < h; y += step) {
            for (unsigned x = 0; x < w; ++x) {
                const Point p{region_mm.min.x + (x + 0.5) / frame.px_per_mm, region_mm.max.y - (y + 0.5) / frame.px_per_mm};
                const MapSurface surface = map_surface_at(s, p);
                if (surface == MapSurface::off_head) {
                    image.setPixel(x, y, off_head);
                    continue;
                }
                if (surface == MapSurface::ear) {
                    image.setPixel(x, y, color_of(ear_colour(s, p) * curvature_shade(s, p)));
                    continue;
                }
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
                dark += 0.2 * ridges[static_cast<size_t>(y) * w + x];
                c = c * (1.0 - dark);
                // Hair shafts under the skin of a shaved head give hair-bearing areas a grey-blue cast,
                // the "shadow" SMP imitates; it is what shows the pattern from a distance.
                const double shadow = 0.13 * hair_density(s, p) * (1.0 - scar);
                c = lerp(c, Rgb{shadow_base.r, shadow_base.g, shadow_base.b}, shadow);
                // A faint sheen on smooth scar tissue.
                if (scar > 0.0)
                    c = c + Rgb{14, 14, 14} * (scar * std::pow(value_noise(p.x / 2.0, p.y / 2.0, s.seed ^ 0x5eeull), 3.0));
                if (p.y < 8.0) c = face_colour(s, p, c, shadow_base);
                c = c * curvature_shade(s, p);
                image.setPixel(x, y, color_of(c));
            }
        }
    };
    const unsigned helpers = std::min(std::max(threads, 1u), std::max(h, 1u)) - 1;
    std::vector<std::thread> pool;
    for (unsigned i = 1; i <= helpers; ++i) pool.emplace_back(skin_rows, i, helpers + 1);
    skin_rows(0, helpers + 1);
    for (std::thread& t : pool) t.join();
    const Bounds visible = grown(region_mm, s.long_hair.on ? 32.0 : 10.0);
    for (const HairStrand& hair : s.hairs) {
        if (!inside(visible, hair.root_mm)) continue;
        const double shade = curvature_shade(s, hair.root_mm);
        sf::Color c = color_of(rgb_of(s.hair_color) * std::min(1.0, shade + 0.1));
        if (hair.length_mm > 5.0 && s.long_hair.on && hair.root_mm.y > 30.0) {
            paint_long_hair(image, frame, hair, c);
        } else {
            paint_hair(image, frame, hair, c);
        }
    }
    return image;
}

void render_existing_marks(sf::Image& image, Bounds region_mm, double px_per_mm, const Lesson& lesson,
                           const VirtualScalp& scalp) {
    if (!lesson.existing) return;
    const ImageFrame frame{region_mm, std::max(px_per_mm, 1e-3)};
    const Bounds visible = grown(region_mm, scalp.long_hair.on ? 32.0 : 2.0);
    if (lesson.existing->kind == "dots" && !lesson.existing->marks.empty()) {
        // A case's healed previous session: each mark with its own needle, depth, dilution and healing time.
        for (const ExistingMark& m : lesson.existing->marks) {
            const Point p{m.x, m.y};
            if (!inside(visible, p)) continue;
            SkinSite site = skin_site(lesson, scalp, p);
            site.dilution = m.dilution;
            paint_dot(image, frame, p, healed_dot_look(Needle{"", m.diameter_mm}, m.depth_mm, site, m.healed_days, m.sun));
        }
        return;
    }
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
            const sf::Color colour = color_of(rgb_of(scalp.hair_color) * curvature_shade(scalp, p));
            if (scalp.long_hair.on) {
                // Kept long: strands lying away from the part like the rest of the hair.
                hair.angle_rad = long_hair_angle_rad(scalp, p) + (a - 0.5) * 0.2;
                hair.length_mm = 14.0 + 16.0 * hash01(static_cast<int64_t>(i), 6, lesson.existing->seed);
                hair.width_mm = 0.06;
                hair.shade = 0.75f;
                paint_long_hair(image, frame, hair, colour);
            } else {
                paint_hair(image, frame, hair, colour);
            }
        } else {
            // Pigment from an earlier session, healed for about a month (full strength, as generated marks
            // always were: the lesson's shade is today's).
            SkinSite site = skin_site(lesson, scalp, p);
            site.dilution = 1.0;
            paint_dot(image, frame, p, healed_dot_look(lesson.needle, mid_depth, site, 30.0, false));
        }
    }
}

}  // namespace stipple
