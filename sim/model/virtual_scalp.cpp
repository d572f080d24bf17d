// Generating the virtual scalp from a lesson (skin, bald pattern, stubble, scars, landmarks) and the
// point queries on it (hair density, hair direction, scar factor, skin colour).
#include "virtual_scalp.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "noise.hpp"
#include "scoring/scalp_patterns.hpp"
#include "scoring/small_math.hpp"

namespace stipple {

namespace {

constexpr double kPi = std::numbers::pi;

// A reproducible stream of numbers in [0, 1) from a seed and a purpose: the n-th number is hash01(n) on the
// one splitmix64 mixer (scoring/small_math.hpp). It stays counter-based rather than a SeededRandom because
// every generated scalp (pictures, hair, existing marks' look) is drawn from these exact numbers.
class Draws {
public:
    Draws(uint64_t seed, uint64_t purpose) : seed_(splitmix64(seed ^ splitmix64(purpose))) {}
    double next() { return hash01(static_cast<int64_t>(n_++), 0, seed_); }
    double range(double lo, double hi) { return lo + (hi - lo) * next(); }

private:
    uint64_t seed_;
    uint64_t n_ = 0;
};

// The skin's Fitzpatrick type from the one table (scoring/scalp_patterns.hpp); type III when unknown.
int fitzpatrick_of(const std::string& skin) {
    const int n = fitzpatrick_type(skin);
    return n == 0 ? 3 : n;
}

sf::Color base_tone(int fitzpatrick) {
    static constexpr sf::Uint8 tones[6][3] = {
        {238, 212, 197}, {224, 190, 164}, {198, 156, 128}, {164, 117, 88}, {116, 80, 58}, {74, 52, 40}};
    const auto& t = tones[std::clamp(fitzpatrick, 1, 6) - 1];
    return sf::Color(t[0], t[1], t[2]);
}

sf::Color hair_colour(int fitzpatrick, Draws& d) {
    // Dark brown to black stubble; a touch lighter for the lightest skin types.
    const double light = fitzpatrick <= 2 ? d.range(30, 60) : d.range(14, 30);
    return sf::Color(static_cast<sf::Uint8>(light + 10), static_cast<sf::Uint8>(light + 4),
                     static_cast<sf::Uint8>(light));
}

// The front edge of the remaining hair for a Norwood stage, mirrored left/right: (|x|, y) control points.
// It shapes the forehead and the temples' recession up to |x| ~ 92; beyond, the temples and sideburns in
// front of the ears follow the head (hair_bearing). Stages 6-7 bare the whole top: their horseshoe does it.
std::vector<Point> norwood_front(int stage) {
    switch (stage) {
        case 1: return {{0, 74}, {20, 74.5}, {38, 75}, {50, 73}, {60, 77}, {72, 84}, {92, 92}};
        case 2: return {{0, 82}, {18, 84}, {34, 91}, {46, 93}, {58, 86}, {72, 88}, {92, 94}};
        case 3: return {{0, 94}, {15, 97}, {30, 112}, {44, 116}, {57, 96}, {72, 90}, {92, 95}};
        case 4: return {{0, 110}, {18, 114}, {32, 126}, {46, 122}, {58, 100}, {72, 92}, {92, 96}};
        case 5: return {{0, 128}, {22, 133}, {40, 138}, {52, 118}, {62, 100}, {74, 94}, {92, 98}};
        default: return {{0, 80}, {20, 81}, {38, 83}, {52, 84}, {62, 88}, {76, 94}, {92, 100}};
    }
}

// A woman's hairline: rounder, lower at the temples, no recession.
std::vector<Point> female_front() { return {{0, 73}, {18, 73.5}, {36, 76}, {52, 80}, {66, 85}, {80, 90}, {92, 93}}; }

// The horseshoe of Norwood 6-7: the side fringe's edge (|x|), where the sides start to close, and the back
// fringe's top edge on the midline, a little above the back of the skull (the inion; y 306 on the default
// male head: back edges 294 and 266).
struct Horseshoe {
    double side_x_mm, close_y_mm, back_y_mm;
};
Horseshoe norwood_horseshoe(int stage, const MapAnatomy& a) {
    return stage >= 7 ? Horseshoe{84.0, 205.0, a.inion_y_mm - 12.0} : Horseshoe{72.0, 200.0, a.inion_y_mm - 40.0};
}

// Vertex (crown) baldness per Norwood stage: radius in mm (0 = none).
double norwood_vertex_radius(int stage) {
    static constexpr double r[8] = {0, 0, 0, 0, 26, 36, 46, 55};
    return r[std::clamp(stage, 0, 7)];
}

Polyline mirrored_front(const std::vector<Point>& half, Draws& d) {
    // Left half then right half, left to right, each point jittered a little (natural asymmetry).
    Polyline line;
    for (auto it = half.rbegin(); it != half.rend(); ++it) {
        if (it->x == 0) continue;
        line.push_back({-it->x + d.range(-1.5, 1.5), it->y + d.range(-2.5, 2.5)});
    }
    line.push_back({0.0, half.front().y + d.range(-1.5, 1.5)});
    for (const Point& p : half) {
        if (p.x == 0) continue;
        line.push_back({p.x + d.range(-1.5, 1.5), p.y + d.range(-2.5, 2.5)});
    }
    return line;
}

// Smooth interpolation of the front edge's y at x (cosine between control points).
double front_y_at(const Polyline& line, double x) {
    if (line.empty()) return -1e9;
    if (x <= line.front().x) return line.front().y;
    if (x >= line.back().x) return line.back().y;
    for (size_t i = 1; i < line.size(); ++i) {
        if (x <= line[i].x) {
            const double t = (x - line[i - 1].x) / std::max(line[i].x - line[i - 1].x, 1e-9);
            const double s = 0.5 - 0.5 * std::cos(t * kPi);
            return line[i - 1].y + (line[i].y - line[i - 1].y) * s;
        }
    }
    return line.back().y;
}

// 1 inside the ellipse, 0 beyond edge_mm outside it (an approximate distance from the normalised radius).
double ellipse_inside(const Ellipse& e, Point p, double edge_mm) {
    const double c = std::cos(e.angle_rad), s = std::sin(e.angle_rad);
    const double dx = p.x - e.center_mm.x, dy = p.y - e.center_mm.y;
    const double u = (dx * c + dy * s) / e.rx_mm, v = (-dx * s + dy * c) / e.ry_mm;
    const double r = std::sqrt(u * u + v * v);
    const double dist_mm = (r - 1.0) * std::min(e.rx_mm, e.ry_mm);
    return 1.0 - smoothstep(-edge_mm * 0.5, edge_mm * 0.5, dist_mm);
}

// 1 where the horseshoe leaves the top bald (Norwood 6-7), 0 in the fringe; a ~10 mm ragged edge.
double horseshoe_bald(const VirtualScalp& s, Point p) {
    if (s.fringe_side_x_mm <= 0.0) return 0.0;
    const double u = p.x / s.fringe_side_x_mm;
    const double depth = std::max(s.fringe_back_y_mm - s.fringe_close_y_mm, 1.0);
    const double v = std::max(0.0, p.y - s.fringe_close_y_mm) / depth;
    const double r = std::sqrt(u * u + v * v);
    const double ripple = (fractal_noise(p.x / 9.0, p.y / 9.0, s.seed ^ 0x4053ull, 3) - 0.5) * 9.0;
    const double dist_mm = (r - 1.0) * std::min(s.fringe_side_x_mm, depth) + ripple;
    return 1.0 - smoothstep(-6.0, 6.0, dist_mm);
}

// The pattern's shape from the one table (scoring/scalp_patterns.hpp); a name outside it draws as norwood-1.
void make_pattern(VirtualScalp& s, const std::string& pattern_name, Draws& d) {
    static constexpr ScalpPattern kUnknown{"", PatternFamily::norwood, 1};
    const ScalpPattern* found = find_scalp_pattern(pattern_name);
    const ScalpPattern& pattern = found ? *found : kUnknown;
    const int stage = pattern.family == PatternFamily::norwood ? pattern.stage : 1;
    const bool ludwig = pattern.family == PatternFamily::ludwig;
    const bool female_like = pattern.family != PatternFamily::norwood;
    s.hair_front_mm = mirrored_front(s.anatomy.female && female_like ? female_front()
                                                                     : norwood_front(female_like ? 1 : stage), d);
    s.crown_whorl_mm = {d.range(-8, 8), d.range(182, 198)};
    if (!female_like && stage >= 6) {
        const Horseshoe h = norwood_horseshoe(stage, s.anatomy);
        s.fringe_side_x_mm = h.side_x_mm + d.range(-3, 3);
        s.fringe_close_y_mm = h.close_y_mm + d.range(-5, 5);
        s.fringe_back_y_mm = std::min(h.back_y_mm + d.range(-5, 5), s.anatomy.nape_y_mm - 50.0);
        s.fringe_close_y_mm = std::min(s.fringe_close_y_mm, s.fringe_back_y_mm - 40.0);
    } else if (!female_like) {
        const double r = norwood_vertex_radius(stage);
        if (r > 0) {
            s.bald_areas.push_back({{{s.crown_whorl_mm.x * 0.5, s.crown_whorl_mm.y + d.range(-5, 5)},
                                     r * d.range(0.9, 1.1), r * d.range(1.0, 1.15), d.range(-0.2, 0.2)},
                                    1.0, 14.0});
        }
        if (stage == 5) {
            // The bridge between front and crown is thin, not gone.
            s.bald_areas.push_back({{{0, 150}, 26, 22, 0}, 0.6, 14.0});
        }
    }
    if (ludwig) {
        const int grade = std::clamp(pattern.stage, 1, 3);
        const double loss[3] = {0.45, 0.7, 0.92};
        const double rx[3] = {30, 38, 46}, ry[3] = {40, 50, 58};
        // Female pattern: the frontal hairline stays; the top thins diffusely behind it.
        s.bald_areas.push_back({{{d.range(-3, 3), 160}, rx[grade - 1], ry[grade - 1], d.range(-0.1, 0.1)},
                                loss[grade - 1], 25.0});
    }
    if (pattern.family == PatternFamily::diffuse) s.thinning = 0.5;
    // A woman keeps her hair long, parted on the midline (where thinning shows most: the part widens), for
    // the Ludwig patterns and diffuse thinning alike; a man's diffuse thinning is worn shaved.
    if (ludwig || (pattern.family == PatternFamily::diffuse && s.anatomy.female)) {
        s.long_hair.on = true;
        s.long_hair.part_x_mm = d.range(-2.5, 2.5);
        s.long_hair.part_end_y_mm = s.crown_whorl_mm.y;
    }
    if (pattern.family == PatternFamily::alopecia_areata) {
        const int patches = 3 + static_cast<int>(d.next() * 3);
        for (int i = 0; i < patches; ++i) {
            const double r = d.range(9, 22);
            s.bald_areas.push_back({{{d.range(-55, 55), d.range(100, 235)}, r, r * d.range(0.75, 1.2), d.range(0, kPi)},
                                    1.0, 3.0});
        }
    }
}

// Brows: arcs just above the eyes (a woman's thinner and higher-arched).
void make_landmarks(VirtualScalp& s, Draws& d) {
    s.landmarks.glabella_mm = {0.0, 0.0};
    for (int side = -1; side <= 1; side += 2) {
        const Point eye = side < 0 ? s.anatomy.eye_left_mm : s.anatomy.eye_right_mm;
        const double arch = s.anatomy.female ? 11.0 : 9.0;
        const double base_y = eye.y + 19.0 + d.range(-1.0, 1.0);
        Polyline brow;
        for (int i = 0; i <= 12; ++i) {
            const double t = i / 12.0;
            const double x = side * (std::abs(eye.x) - 23.0 + 48.0 * t);
            const double y = base_y + arch * std::sin(kPi * std::pow(t, 0.8)) - 3.0 * t;
            brow.push_back({x, y});
        }
        if (side < 0) std::reverse(brow.begin(), brow.end());
        (side < 0 ? s.landmarks.brow_left_mm : s.landmarks.brow_right_mm) = brow;
    }
}

// A point scattered uniformly inside a polygon (rejection sampling in its bounds).
Point random_point_in(const Polygon& area, Draws& d) {
    const Bounds b = bounds_of(area);
    Point p{(b.min.x + b.max.x) * 0.5, (b.min.y + b.max.y) * 0.5};
    for (int tries = 0; tries < 1000; ++tries) {
        const Point q{d.range(b.min.x, b.max.x), d.range(b.min.y, b.max.y)};
        if (contains(area, q)) return q;
    }
    return p;
}

void make_scars(VirtualScalp& s, const std::vector<Scar>& scars, Draws& d) {
    for (const Scar& scar : scars) {
        ScarShape shape;
        shape.kind = scar.kind;
        if (scar.kind == "strip") {
            shape.center_mm = scar.path;
            shape.width_mm = scar.width_mm;
        } else if (scar.kind == "punch") {
            for (int i = 0; i < scar.count; ++i) {
                const Point c = random_point_in(scar.area, d);
                const double r = scar.diameter_mm * 0.5 * d.range(0.8, 1.15);
                shape.punches.push_back({c, r, r * d.range(0.8, 1.0), d.range(0, kPi)});
            }
        } else if (scar.kind == "burn") {
            // An irregular outline: every edge subdivided into ~2 mm steps and pushed in/out by noise.
            const Polygon& a = scar.area;
            Point centre{0, 0};
            for (const Point& p : a) centre = {centre.x + p.x / a.size(), centre.y + p.y / a.size()};
            const uint64_t ns = splitmix64(s.seed ^ 0xb0b0ull ^ shape.punches.size());
            for (size_t i = 0; i < a.size(); ++i) {
                const Point p = a[i], q = a[(i + 1) % a.size()];
                const int steps = std::max(1, static_cast<int>(distance_mm(p, q) / 2.0));
                for (int k = 0; k < steps; ++k) {
                    const double t = static_cast<double>(k) / steps;
                    Point m{p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t};
                    const double n = fractal_noise(m.x / 6.0, m.y / 6.0, ns, 3) - 0.5;
                    const double dx = m.x - centre.x, dy = m.y - centre.y;
                    const double len = std::max(std::hypot(dx, dy), 1e-6);
                    const double push = std::clamp(n * 6.0, -0.25 * len, 0.25 * len);
                    shape.outline_mm.push_back({m.x + dx / len * push, m.y + dy / len * push});
                }
            }
        } else {
            continue;
        }
        s.scars.push_back(std::move(shape));
    }
}

// Brows: dense longer hairs along the brow arcs, pointing up and out.
void make_brow_hairs(VirtualScalp& s, Draws& d) {
    for (const Polyline* brow : {&s.landmarks.brow_left_mm, &s.landmarks.brow_right_mm}) {
        const double side = brow->front().x < 0 ? -1.0 : 1.0;
        const double length = polyline_length_mm(*brow);
        const int n = static_cast<int>(length * (s.anatomy.female ? 10 : 14));  // a woman's are finer
        for (int i = 0; i < n; ++i) {
            const double t = d.next();                       // along the brow, medial end = 0
            const double along = side < 0 ? 1.0 - t : t;
            // Walk the polyline to the point at `along`.
            const double target = along * length;
            double acc = 0.0;
            Point at = brow->front();
            for (size_t k = 1; k < brow->size(); ++k) {
                const double seg = distance_mm((*brow)[k - 1], (*brow)[k]);
                if (acc + seg >= target) {
                    const double u = (target - acc) / std::max(seg, 1e-9);
                    at = {(*brow)[k - 1].x + ((*brow)[k].x - (*brow)[k - 1].x) * u,
                          (*brow)[k - 1].y + ((*brow)[k].y - (*brow)[k - 1].y) * u};
                    break;
                }
                acc += seg;
            }
            const double thickness = (s.anatomy.female ? 6.0 : 9.0) * (1.0 - 0.6 * t);  // thick medially, tapering
            const double off = (d.next() - 0.5) * thickness;
            HairStrand h;
            h.root_mm = {at.x, at.y + off};
            // Medial hairs point up, the rest sweep out toward the temple.
            const double up = kPi / 2, out = side > 0 ? 0.12 : kPi - 0.12;
            const double w = smoothstep(0.0, 0.3, t);
            h.angle_rad = up + (out - up) * w + d.range(-0.25, 0.25);
            h.length_mm = d.range(4.0, 8.0) * (1.0 - 0.3 * t);
            h.width_mm = d.range(0.06, 0.1);
            h.shade = static_cast<float>(d.range(0.7, 1.0));
            s.hairs.push_back(h);
        }
    }
}

// Hair where it remains (1-3 hairs per follicular unit): shaved stubble, or long hair for a woman's
// Ludwig or diffuse thinning; a few fine vellus hairs in the bald areas.
void make_stubble(VirtualScalp& s, Draws& d) {
    const double spacing = 1.15;  // ~75 follicular units per cm2 at full density
    const Bounds& b = s.map_mm;
    const bool long_hair = s.long_hair.on;
    for (double gy = b.min.y; gy < b.max.y; gy += spacing) {
        for (double gx = b.min.x; gx < b.max.x; gx += spacing) {
            const Point p{gx + d.next() * spacing, gy + d.next() * spacing};
            const double keep = d.next();
            if (hair_bearing(s, p) <= 0.0) continue;
            const double density = hair_density(s, p);
            if (scar_factor(s, p) > 0.2) continue;
            const double angle = long_hair ? long_hair_angle_rad(s, p) : hair_angle_rad(s, p);
            if (keep < density) {
                const int hairs = 1 + (d.next() < 0.55 ? 1 : 0) + (d.next() < 0.2 ? 1 : 0);
                for (int k = 0; k < hairs; ++k) {
                    HairStrand h;
                    h.root_mm = {p.x + d.range(-0.12, 0.12), p.y + d.range(-0.12, 0.12)};
                    if (long_hair) {
                        h.angle_rad = angle + d.range(-0.12, 0.12);
                        h.length_mm = d.range(14.0, 30.0);
                        h.width_mm = d.range(0.05, 0.07);
                        h.shade = static_cast<float>(d.range(0.55, 0.9));
                    } else {
                        h.angle_rad = angle + d.range(-0.35, 0.35);
                        h.length_mm = d.range(0.12, 0.4);
                        h.width_mm = d.range(0.06, 0.08);
                        h.shade = static_cast<float>(d.range(0.75, 1.0));
                    }
                    if (scar_factor(s, h.root_mm) < 0.2) s.hairs.push_back(h);
                }
            } else if (keep < density + 0.12 * (1.0 - density) && p.y > s.hair_front_mm.front().y - 40) {
                // Miniaturised vellus hair: short, thin and faint.
                HairStrand h;
                h.root_mm = p;
                h.angle_rad = angle + d.range(-0.5, 0.5);
                h.length_mm = d.range(0.2, 0.45);
                h.width_mm = 0.035;
                h.shade = static_cast<float>(d.range(0.25, 0.45));
                s.hairs.push_back(h);
            } else {
                d.next();
            }
        }
    }
}

}  // namespace

VirtualScalp generate_scalp(const ScalpCase& scalp) { return generate_scalp(scalp, map_anatomy(scalp)); }

VirtualScalp generate_scalp(const ScalpCase& scalp, const MapAnatomy& anatomy) {
    VirtualScalp s;
    s.anatomy = anatomy;
    s.map_mm = anatomy.map_mm;
    s.seed = scalp.seed;
    s.pattern = scalp.pattern;
    s.fitzpatrick = fitzpatrick_of(scalp.skin);
    Draws d(scalp.seed, 1);
    const sf::Color tone = base_tone(s.fitzpatrick);
    // A little individual variation of the tone (a warmer or paler person of the same type).
    const double warm = d.range(-6, 6), light = d.range(-5, 5);
    auto adj = [](double v) { return static_cast<sf::Uint8>(std::clamp(v, 0.0, 255.0)); };
    s.skin_tone = sf::Color(adj(tone.r + light + warm), adj(tone.g + light), adj(tone.b + light - warm * 0.5));
    s.hair_color = hair_colour(s.fitzpatrick, d);
    make_landmarks(s, d);
    Draws pattern_draws(scalp.seed, 2);
    make_pattern(s, scalp.pattern, pattern_draws);
    Draws scar_draws(scalp.seed, 3);
    make_scars(s, scalp.scars, scar_draws);
    Draws hair_draws(scalp.seed, 4);
    make_brow_hairs(s, hair_draws);
    make_stubble(s, hair_draws);
    return s;
}

VirtualScalp generate_scalp(const Lesson& lesson) { return generate_scalp(lesson.scalp); }

MapSurface map_surface_at(const VirtualScalp& s, Point p) {
    const double ax = std::abs(p.x);
    if (ax > anatomy_row_half_width_mm(s.anatomy, p.y)) return MapSurface::off_head;
    if (ax >= anatomy_ear_edge_x_mm(s.anatomy, p.y)) return MapSurface::ear;
    return MapSurface::skin;
}

double hair_bearing(const VirtualScalp& s, Point p) {
    const MapAnatomy& a = s.anatomy;
    const double ax = std::abs(p.x);
    const double ripple = (value_noise(p.x / 5.0, p.y / 5.0, s.seed ^ 0xbea7ull) - 0.5) * 4.0;
    const double ear_gap_mm = anatomy_ear_edge_x_mm(a, p.y) - ax + ripple;  // to the ear's attachment
    const double end_gap_mm = anatomy_row_half_width_mm(a, p.y) - ax + ripple;
    // A bare rim around the ear, and none below it where the rows reach the neck.
    double b = smoothstep(5.0, 9.0, ear_gap_mm) * smoothstep(10.0, 16.0, end_gap_mm);
    if (b <= 0.0) return 0.0;
    // The nape's hairline: a little lower at its corners, rising behind the ears.
    const double nape = a.nape_y_mm + 6.0 * smoothstep(0.0, 35.0, ax) - 30.0 * smoothstep(70.0, 120.0, ax) + ripple;
    b *= 1.0 - smoothstep(nape - 2.0, nape + 3.0, p.y);
    // In front: the forehead's hairline and the temples (the pattern's front edge, to |x| ~ 92, with a
    // micro-irregular ripple so it is never a clean line, ramping up over front_ramp_mm); beyond them the
    // temples come down in front of the ear as the sideburns, which end about the eyes' level.
    const double front_ripple = (fractal_noise(p.x / 4.0, 0.0, s.seed ^ 0xf407ull, 3) - 0.5) * 5.0;
    const double front = front_y_at(s.hair_front_mm, p.x) + front_ripple;
    const double forehead = smoothstep(front - 1.0, front + s.front_ramp_mm, p.y);
    const double bottom_y = 0.5 * (a.eye_left_mm.y + a.eye_right_mm.y) - (a.female ? 0.0 : 12.0);
    const double reach_mm = std::clamp((p.y - bottom_y) * 0.5, 0.0, 70.0) + (a.female ? 4.0 : 10.0);
    const double sideburn = smoothstep(88.0, 98.0, ax) * smoothstep(bottom_y - 2.0, bottom_y + 2.0, p.y) *
                            (1.0 - smoothstep(reach_mm - 3.0, reach_mm + 3.0, ear_gap_mm));
    return b * std::max(forehead * (1.0 - smoothstep(92.0, 102.0, ax)), sideburn);
}

double hair_density(const VirtualScalp& s, Point p) {
    double density = hair_bearing(s, p);
    if (density <= 0.0) return 0.0;
    density *= 1.0 - horseshoe_bald(s, p);
    for (const BaldArea& a : s.bald_areas) {
        density *= 1.0 - a.loss * ellipse_inside(a.shape, p, a.edge_mm);
    }
    density *= 1.0 - s.thinning;
    // Patchy, uneven density (clusters and sparser spots), as real hair has.
    density *= 0.8 + 0.4 * value_noise(p.x / 7.0, p.y / 7.0, s.seed ^ 0xde45ull);
    return std::clamp(density, 0.0, 1.0);
}

double long_hair_angle_rad(const VirtualScalp& s, Point p) {
    const double side = p.x >= s.long_hair.part_x_mm ? 1.0 : -1.0;
    const double back = smoothstep(s.long_hair.part_end_y_mm - 25.0, s.long_hair.part_end_y_mm + 25.0, p.y);
    const double crown = hair_angle_rad(s, p);
    const double dx = side * (1.0 - back) + std::cos(crown) * back;
    const double dy = 0.25 * (1.0 - back) + std::sin(crown) * back;
    return std::atan2(dy, dx);
}

double hair_angle_rad(const VirtualScalp& s, Point p) {
    const double dx = p.x - s.crown_whorl_mm.x, dy = p.y - s.crown_whorl_mm.y;
    const double r = std::hypot(dx, dy);
    // Away from the whorl, with a clockwise spiral that fades with distance.
    const double spiral = 0.9 * std::exp(-r / 40.0) + 0.15;
    return std::atan2(dy, dx) - spiral;
}

double scar_factor(const VirtualScalp& s, Point p) {
    double best = 0.0;
    for (const ScarShape& scar : s.scars) {
        if (scar.kind == "strip" && scar.center_mm.size() >= 2) {
            const double wobble = 1.0 + 0.25 * (value_noise(p.x / 4.0, p.y / 4.0, s.seed ^ 0x57a1ull) - 0.5);
            const double half = 0.5 * scar.width_mm * wobble;
            const double dist = distance_to_polyline_mm(scar.center_mm, p);
            best = std::max(best, 1.0 - smoothstep(half - 0.25, half + 0.25, dist));
        } else if (scar.kind == "punch") {
            for (const Ellipse& e : scar.punches) {
                if (std::abs(p.x - e.center_mm.x) > e.rx_mm + 1.0 || std::abs(p.y - e.center_mm.y) > e.rx_mm + 1.0) continue;
                best = std::max(best, ellipse_inside(e, p, 0.3));
            }
        } else if (scar.kind == "burn" && scar.outline_mm.size() >= 3) {
            const double dist = distance_to_boundary_mm(scar.outline_mm, p);
            const double signed_dist = contains(scar.outline_mm, p) ? -dist : dist;
            best = std::max(best, 1.0 - smoothstep(-0.5, 0.5, signed_dist));
        }
        if (best >= 1.0) break;
    }
    return best;
}

}  // namespace stipple
