// The scoring gallery's generators (see attempt_gallery.hpp). How they are built:
//  - The expert's work is the demo (demo_attempt); fair variants and depth, spill, mirror and unfinished faults
//    change it. Its depth rule is the demo's; dots get t = 0.8 s apart in the order of work.
//  - The "body" is the lesson's full-density region (in_full_density_region). Body faults (lattices, rows,
//    rings, arcs, spirals, patchy density) replace only the body and keep the demo's feathered hairline
//    in front of it, so they test the fault and nothing else. Body scatters use the demo's rule: blue noise
//    with radius r = expected spacing / kBlueNoiseMeanNnPerRadius, divided by sqrt(density factor), filled
//    between the lesson's existing marks. Patchy-density faults (halves, gradient, stripes, border, holes,
//    clumps) instead thin or add to one fixed base per (lesson, seed) with a fixed uniform per dot (see
//    density_base), so their attempts change a dot at a time with severity, not by a re-rolled scatter.
//  - Ordered patterns have the density the lesson wants of new dots (target_density_fraction minus the
//    existing marks' share, times blue_noise_density_per_mm2(spacing)) and Gaussian jitter
//    sd = 0.22 * (1 - severity) of their spacing (severity 1: perfect order; 0.32: 15 % jitter; at more than
//    ~22 % jitter a lattice is crowded, not ordered, so its curve would rise again).
//  - Hairline faults refill the whole zone with density hairline_ramp(distance behind their own front line,
//    their own transition width) instead of the demo's wandering, feathered edge (the ragged edge by thinning
//    one full-density scatter with a fixed uniform per dot, so its attempt changes a dot at a time with severity).
#include "attempt_gallery.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

#include "blue_noise.hpp"
#include "demo_attempt.hpp"
#include "existing_marks.hpp"
#include "lesson_regions.hpp"
#include "seeded_random.hpp"
#include "small_math.hpp"

namespace stipple {

namespace {

constexpr double kTau = 6.283185307179586;
constexpr double kBlowOutDepthMm = 1.5;       // a blow-out: pigment far below the upper dermis
constexpr double kOrderMaxJitter = 0.22;      // jitter (share of spacing) of an ordered pattern at severity 0

double clamp01(double s) { return std::clamp(std::isfinite(s) ? s : 0.0, 0.0, 1.0); }

double steady_depth_mm(const Lesson& lesson, double standard_normal) { return expert_depth_mm(lesson, standard_normal); }

Attempt attempt_for(const Lesson& lesson) {
    Attempt a;
    a.lesson = lesson.id;
    a.input = "generated";
    a.choice = expert_choice(lesson);  // the gallery judges the dots: every case makes the right choice
    return a;
}

// Dots in the given order with the expert's depth and 0.8 s between them.
Attempt with_dots(const Lesson& lesson, const std::vector<Point>& points, uint64_t seed) {
    Attempt a = attempt_for(lesson);
    SeededRandom rng(mix_seed(seed, 0x64657074u));
    a.dots.reserve(points.size());
    for (size_t i = 0; i < points.size(); ++i)
        a.dots.push_back(Dot{points[i].x, points[i].y, steady_depth_mm(lesson, rng.normal()), 0.8 * static_cast<double>(i)});
    return a;
}

void retime(Attempt& a) {
    for (size_t i = 0; i < a.dots.size(); ++i) a.dots[i].t = 0.8 * static_cast<double>(i);
}

bool in_body(const Lesson& lesson, Point p) { return in_full_density_region(lesson, p); }

// The demo's dots in front of the body: its feathered hairline (none without a hairline).
std::vector<Point> demo_edge(const Lesson& lesson) {
    std::vector<Point> out;
    if (!lesson.hairline) return out;
    for (const Dot& d : demo_attempt(lesson).dots)
        if (!in_body(lesson, {d.x, d.y})) out.push_back({d.x, d.y});
    return out;
}

// Blue noise at `share(p)` (0..max_share) of the session's full density over `region`, between the lesson's
// existing marks and `also_fixed`. The demo's scatter rule.
std::vector<Point> scatter(const Lesson& lesson, const std::function<bool(Point)>& region,
                           const std::function<double(Point)>& share, double max_share,
                           const std::vector<Point>& also_fixed, uint64_t seed) {
    const double r_full = expected_spacing_mm(lesson) / kBlueNoiseMeanNnPerRadius;
    BlueNoiseSpec spec;
    spec.bounds = bounds_of(lesson.zone);
    spec.inside = [&](Point p) { return region(p) && share(p) > 1e-6; };
    spec.radius_mm = [&](Point p) {
        const double f = share(p);
        return f > 1e-6 ? r_full / std::sqrt(f) : INFINITY;
    };
    spec.min_radius_mm = r_full / std::sqrt(std::max(max_share, 1e-6));
    spec.fixed = existing_marks(lesson);
    spec.fixed.insert(spec.fixed.end(), also_fixed.begin(), also_fixed.end());
    spec.seed = mix_seed(seed, 0x67616c6cu);  // "gall"
    return blue_noise(spec);
}

// The expert's edge plus a body scattered at `factor(p)` times the full density.
Attempt body_scatter(const Lesson& lesson, const std::function<double(Point)>& factor, double max_factor, uint64_t seed) {
    std::vector<Point> points = demo_edge(lesson);
    const std::vector<Point> body = scatter(lesson, [&](Point p) { return in_body(lesson, p); }, factor, max_factor, points, seed);
    points.insert(points.end(), body.begin(), body.end());
    return with_dots(lesson, points, seed);
}

Bounds body_bounds(const Lesson& lesson) {
    const Bounds zb = bounds_of(lesson.zone);
    std::vector<Point> in;
    const double step = std::max(0.5, std::max(zb.width(), zb.height()) / 200.0);
    for (const Point& p : sample_lattice(zb, step))
        if (in_body(lesson, p)) in.push_back(p);
    return in.empty() ? zb : bounds_of(in);
}

// New dots per mm^2 the lesson wants where density is full.
double new_dot_density(const Lesson& lesson) {
    // At least 5 % of full density, so a lesson whose marks already reach the target still gets a pattern.
    return std::max(new_dot_fraction(lesson), 0.05) * blue_noise_density_per_mm2(lesson.targets.spacing_mm);
}

// ---- ordered patterns in the body ----

enum class Order { hex, square, rows, rings, arcs, spiral };

// An ordered pattern with the lesson's new-dot density in the body, rotated by angle_deg, jittered by
// kOrderMaxJitter * (1 - severity) of its spacing; the demo's edge in front of it.
Attempt ordered(const Lesson& lesson, Order kind, double angle_deg, double severity, uint64_t seed) {
    const double rho = new_dot_density(lesson);
    const Bounds b = body_bounds(lesson);
    const Point c{0.5 * (b.min.x + b.max.x), 0.5 * (b.min.y + b.max.y)};
    const double reach = std::hypot(b.width(), b.height());
    double along = 0, across = 0;  // dot step along a line / ring, and between lines / rings
    switch (kind) {
        case Order::hex: along = std::sqrt(2.0 / (std::sqrt(3.0) * rho)); across = along * std::sqrt(3.0) / 2; break;
        case Order::square: along = across = 1.0 / std::sqrt(rho); break;
        default: along = 0.85 / std::sqrt(rho); across = 1.0 / (rho * along); break;
    }
    const double jitter = kOrderMaxJitter * (1.0 - clamp01(severity)) * along;
    const double ca = std::cos(angle_deg * kTau / 360), sa = std::sin(angle_deg * kTau / 360);
    SeededRandom rng(mix_seed(seed, 0x6f726465u));  // "orde"
    std::vector<Point> raw;
    auto add_uv = [&](double u, double v) { raw.push_back({c.x + u * ca - v * sa, c.y + u * sa + v * ca}); };
    if (kind == Order::hex || kind == Order::square || kind == Order::rows) {
        const int n = static_cast<int>(reach / across) + 2, m = static_cast<int>(reach / along) + 2;
        for (int j = -n; j <= n; ++j)
            for (int i = -m; i <= m; ++i)
                add_uv(i * along + (kind == Order::hex && (j & 1) ? along / 2 : 0.0), j * across);
    } else if (kind == Order::rings || kind == Order::arcs) {
        // Rings about the body's centre; arcs: rings about a point well in front of the body.
        const Point centre = kind == Order::rings ? c : Point{c.x, b.min.y - 25.0};
        const double r0 = kind == Order::rings ? across : 25.0 - reach;
        for (double r = std::max(across, r0); r < 25.0 + reach + across; r += across) {
            const int n = std::max(1, static_cast<int>(std::round(kTau * r / along)));
            const double phase = rng.uniform(0, kTau);
            for (int k = 0; k < n; ++k) {
                const double t = phase + kTau * k / n;
                const Point p{centre.x + r * std::cos(t), centre.y + r * std::sin(t)};
                if (std::abs(p.x - c.x) <= reach && std::abs(p.y - c.y) <= reach) raw.push_back(p);
            }
        }
    } else {  // Archimedean spiral: turns `across` apart, dots `along` apart on it
        for (double t = kTau; ; ) {
            const double r = across * t / kTau;
            if (r > reach) break;
            raw.push_back({c.x + r * std::cos(t), c.y + r * std::sin(t)});
            t += along / r;
        }
    }
    std::vector<Point> points = demo_edge(lesson);
    for (Point p : raw) {
        p.x += jitter * rng.normal();
        p.y += jitter * rng.normal();
        if (in_body(lesson, p)) points.push_back(p);
    }
    return with_dots(lesson, points, seed);
}

// ---- patchy density in the body (factor of the full density, 1 = right) ----
// One base per (lesson, seed), the same at every severity: the full-density body scatter (the expert's), a
// second blue-noise layer filling between its dots (and the lesson's existing marks) at the radius of
// kFillShare x the full density, and a fixed uniform per dot. factor(p) <= 1 keeps a first-layer dot when its
// uniform < factor; factor > 1 keeps every first-layer dot and a second-layer dot when its uniform <
// (factor - 1) / 0.6, so factor 1.6 is the first layer plus every dot that fits between it: about 2x the new
// dots on an open patch, more between a layering lesson's marks (measured: right half of density-halves 181 ->
// 361 dots on even-fill-patch, 127 -> 581 on layering-session-3; a true 1.6x stripe, adding 0.6x of the full
// density, scores only ~1-7 below the expert on layering-session-3 and ludwig-thinning). (An independent
// second layer cross-faded in makes close pairs halfway, which read worse than the full fault; a sparser
// fill finds no room between a layering lesson's marks). As the knob turns dots appear and vanish one at a
// time instead of the whole body being re-rolled (seed noise is not a fault).
constexpr double kFillShare = 2.0;  // the fill layer's radius is the full-density radius / sqrt(this)
constexpr double kMaxExtra = 0.6;   // the factor above 1 at which every fill dot is in

struct DensityBase {
    std::vector<Point> edge, first, extra;
    std::vector<double> u_first, u_extra;
};

DensityBase density_base(const Lesson& lesson, uint64_t seed) {
    DensityBase b;
    b.edge = demo_edge(lesson);
    auto body = [&](Point p) { return in_body(lesson, p); };
    b.first = scatter(lesson, body, [](Point) { return 1.0; }, 1.0, b.edge, seed);
    std::vector<Point> fixed = b.edge;
    fixed.insert(fixed.end(), b.first.begin(), b.first.end());
    b.extra = scatter(lesson, body, [](Point) { return kFillShare; }, kFillShare, fixed, mix_seed(seed, 0x65787472u));  // "extr"
    SeededRandom rng(mix_seed(seed, 0x7468696eu));  // "thin"
    for (size_t i = 0; i < b.first.size(); ++i) b.u_first.push_back(rng.uniform01());
    for (size_t i = 0; i < b.extra.size(); ++i) b.u_extra.push_back(rng.uniform01());
    return b;
}

std::vector<Point> thin_base(const DensityBase& b, const std::function<double(Point)>& factor) {
    std::vector<Point> out = b.edge;
    for (size_t i = 0; i < b.first.size(); ++i)
        if (b.u_first[i] < factor(b.first[i])) out.push_back(b.first[i]);
    for (size_t i = 0; i < b.extra.size(); ++i)
        if (b.u_extra[i] < (factor(b.extra[i]) - 1.0) / kMaxExtra) out.push_back(b.extra[i]);
    return out;
}

Attempt body_thinned(const Lesson& lesson, const std::function<double(Point)>& factor, uint64_t seed) {
    return with_dots(lesson, thin_base(density_base(lesson, seed), factor), seed);
}

// The body's middle x: where the body is widest in y (a narrow curved zone's bounding-box middle can miss it).
// Ties go to the column nearest the bounding box's middle, so a plain rectangle keeps its middle.
double body_mid_x(const Lesson& lesson) {
    const Bounds b = body_bounds(lesson);
    const double centre = 0.5 * (b.min.x + b.max.x), step = std::max(0.25, b.width() / 200.0);
    double best_x = centre, best_len = -1.0;
    for (double x = b.min.x + 1.0; x <= b.max.x - 1.0; x += step) {
        double len = 0.0;
        for (double y = b.min.y; y <= b.max.y; y += step)
            if (in_body(lesson, {x, y})) len += step;
        if (len > best_len + 1e-9 || (std::abs(len - best_len) <= 1e-9 && std::abs(x - centre) < std::abs(best_x - centre))) {
            best_len = len;
            best_x = x;
        }
    }
    return best_x;
}

Attempt density_halves(const Lesson& l, double s, uint64_t seed) {  // left 1-0.6s, right 1+0.6s
    const double mid = body_mid_x(l), k = 0.6 * clamp01(s);
    return body_thinned(l, [=](Point p) { return p.x < mid ? 1 - k : 1 + k; }, seed);
}
Attempt density_gradient(const Lesson& l, double s, uint64_t seed) {  // 1-0.5s at the left to 1+0.6s at the right
    const Bounds b = body_bounds(l);
    const double k = clamp01(s);
    return body_thinned(l, [=](Point p) { return 1 - 0.5 * k + 1.1 * k * std::clamp((p.x - b.min.x) / b.width(), 0.0, 1.0); }, seed);
}
Attempt dense_stripe(const Lesson& l, double s, uint64_t seed) {  // a 4 mm stripe at 1+0.6s
    const double mid = body_mid_x(l), k = 0.6 * clamp01(s);
    return body_thinned(l, [=](Point p) { return std::abs(p.x - mid) < 2.0 ? 1 + k : 1.0; }, seed);
}
Attempt empty_stripe(const Lesson& l, double s, uint64_t seed) {  // a 2 mm stripe at 1-s
    const double mid = body_mid_x(l), k = clamp01(s);
    return body_thinned(l, [=](Point p) { return std::abs(p.x - mid) < 1.0 ? 1 - k : 1.0; }, seed);
}
Attempt bare_border(const Lesson& l, double s, uint64_t seed) {  // 2 mm along the zone's edge at 1-s
    const double k = clamp01(s);
    return body_thinned(l, [=, &l](Point p) { return distance_to_boundary_mm(l.zone, p) < 2.0 ? 1 - k : 1.0; }, seed);
}
// Round holes one per ~180 mm^2, each 1 mm across at severity 0 and 6 mm at 1. Each hole grows at its own
// fixed rate (full size at a severity between 0.74 and 1), so dots in different holes leave one at a time
// rather than several at the same turn of the knob.
Attempt holes(const Lesson& l, double s, uint64_t seed) {
    const Bounds b = body_bounds(l);
    const int n = std::max(2, static_cast<int>(b.width() * b.height() / 180.0));
    SeededRandom rng(mix_seed(seed, 0x686f6c65u));  // "hole"
    std::vector<Point> centres;
    std::vector<double> radii;
    for (int tries = 0; tries < 50 * n && static_cast<int>(centres.size()) < n; ++tries) {
        const Point p{rng.uniform(b.min.x, b.max.x), rng.uniform(b.min.y, b.max.y)};
        const double rate = rng.uniform(1.0, 1.35);
        if (!in_body(l, p) || distance_to_boundary_mm(l.zone, p) <= 4.0) continue;
        centres.push_back(p);
        radii.push_back(0.5 * (1.0 + 5.0 * clamp01(clamp01(s) * rate)));
    }
    return body_thinned(l, [=](Point p) {
        for (size_t k = 0; k < centres.size(); ++k) if (distance_mm(centres[k], p) < radii[k]) return 0.0;
        return 1.0;
    }, seed);
}
Attempt clumps(const Lesson& l, double s, uint64_t seed) {  // one clump of 6 dots within 0.35 mm per 40 dots, each dot in when its uniform < s
    Attempt a = body_thinned(l, [](Point) { return 1.0; }, seed);
    const size_t n = a.dots.size();
    // A fixed list of candidate clumps (n / 40 of them, 6 dots each), each dot with a fixed uniform: a dot is
    // there when its uniform < severity, so clumps gather a dot at a time as the knob turns (every clump full at 1).
    const size_t candidates = n / 40;
    SeededRandom rng(mix_seed(seed, 0x636c756du));  // "clum"
    for (size_t k = 0; k < candidates && n > 0; ++k) {
        const Dot centre = a.dots[rng.below(n)];
        for (int i = 0; i < 6; ++i) {
            const double t = rng.uniform(0, kTau), r = 0.35 * std::sqrt(rng.uniform01()), z = rng.normal(), u = rng.uniform01();
            if (u < clamp01(s))
                a.dots.push_back(Dot{centre.x + r * std::cos(t), centre.y + r * std::sin(t), steady_depth_mm(l, z), std::nullopt});
        }
    }
    retime(a);
    return a;
}

// ---- depth ----

// The demo with round(share * n) of its dots (chosen at random) at depth_mm.
Attempt demo_with_depth_share(const Lesson& l, double share, double depth_mm, uint64_t seed) {
    Attempt a = demo_attempt(l);
    std::vector<size_t> order(a.dots.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    SeededRandom rng(mix_seed(seed, 0x73686172u));  // "shar"
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    // At most `share` of the dots (rounding down): "5 % blown out" must not become 5.3 %.
    const size_t k = static_cast<size_t>(std::floor(clamp01(share) * static_cast<double>(order.size()) + 1e-9));
    for (size_t i = 0; i < k; ++i) a.dots[order[i]].depth_mm = depth_mm;
    return a;
}
Attempt blowout(const Lesson& l, double s, uint64_t seed) { return demo_with_depth_share(l, s, kBlowOutDepthMm, seed); }
Attempt shallow(const Lesson& l, double s, uint64_t seed) {
    return demo_with_depth_share(l, s, 0.5 * l.targets.depth_min_mm, seed);
}
Attempt depth_spread(const Lesson& l, double s, uint64_t seed) {  // sd 0.3 * s mm about the window's middle
    Attempt a = demo_attempt(l);
    SeededRandom rng(mix_seed(seed, 0x73707264u));
    const double mid = 0.5 * (l.targets.depth_min_mm + l.targets.depth_max_mm);
    for (Dot& d : a.dots) d.depth_mm = std::max(0.05, mid + 0.3 * clamp01(s) * rng.normal());
    return a;
}

// ---- unfinished work, dots in the wrong place ----

Point body_centre(const Lesson& l) {
    const Bounds b = body_bounds(l);
    Point c{0.5 * (b.min.x + b.max.x), 0.5 * (b.min.y + b.max.y)};
    if (!in_body(l, c))
        for (const Dot& d : demo_attempt(l).dots)
            if (in_body(l, {d.x, d.y})) return {d.x, d.y};
    return c;
}
Attempt few_dots(const Lesson& l, int count) {
    const Point c = body_centre(l);
    const double step = l.targets.spacing_mm;
    std::vector<Point> points;
    for (int i = 0; i < count; ++i) points.push_back({c.x + step * i, c.y + 0.3 * step * (i % 2)});
    return with_dots(l, points, 1);
}
Attempt one_dot(const Lesson& l, double, uint64_t) { return few_dots(l, 1); }
Attempt three_dots(const Lesson& l, double, uint64_t) { return few_dots(l, 3); }
Attempt unfinished(const Lesson& l, double s, uint64_t seed) {  // keeps (1 - s) of the demo's dots, at random
    Attempt a = demo_attempt(l);
    SeededRandom rng(mix_seed(seed, 0x756e6669u));
    for (size_t i = a.dots.size(); i > 1; --i) std::swap(a.dots[i - 1], a.dots[rng.below(i)]);
    a.dots.resize(static_cast<size_t>(std::round((1.0 - clamp01(s)) * static_cast<double>(a.dots.size()))));
    retime(a);
    return a;
}
Attempt stacked(const Lesson& l, double, uint64_t seed) {  // 200 dots on one spot (sd 0.02 mm)
    const Point c = body_centre(l);
    SeededRandom rng(mix_seed(seed, 0x73746163u));
    std::vector<Point> points;
    for (int i = 0; i < 200; ++i) points.push_back({c.x + 0.02 * rng.normal(), c.y + 0.02 * rng.normal()});
    return with_dots(l, points, seed);
}
Attempt all_outside(const Lesson& l, double, uint64_t) {  // the demo moved 10 cm behind the zone
    Attempt a = demo_attempt(l);
    const double dy = bounds_of(l.zone).height() + 100.0;
    for (Dot& d : a.dots) d.y += dy;
    return a;
}
Attempt dilution(const Lesson& l, double, uint64_t seed) {  // every zone dot blown out + 3000 good dots outside
    Attempt a = demo_attempt(l);
    for (Dot& d : a.dots) d.depth_mm = kBlowOutDepthMm;
    const Bounds zb = bounds_of(l.zone);
    const double spacing = expected_spacing_mm(l), r = spacing / kBlueNoiseMeanNnPerRadius;
    const double height = 3300.0 / blue_noise_density_per_mm2(spacing) / zb.width() + 2.0;
    BlueNoiseSpec spec;
    spec.bounds = Bounds{{zb.min.x, zb.max.y + 5.0}, {zb.max.x, zb.max.y + 5.0 + height}};
    spec.inside = [&](Point p) { return !contains(l.zone, p); };
    spec.radius_mm = [r](Point) { return r; };
    spec.min_radius_mm = r;
    spec.seed = mix_seed(seed, 0x64696c75u);
    std::vector<Point> outside = blue_noise(spec);
    outside.resize(std::min<size_t>(outside.size(), 3000));
    SeededRandom rng(mix_seed(seed, 0x64657074u));
    for (const Point& p : outside) a.dots.push_back(Dot{p.x, p.y, steady_depth_mm(l, rng.normal()), std::nullopt});
    retime(a);
    return a;
}

// ---- hairline faults ----

double curve_y(const Hairline& h, double x) {
    double y = 0;
    if (polyline_y_at(h.curve, x, y)) return y;
    return x < h.curve.front().x ? h.curve.front().y : h.curve.back().y;
}
double curve_mean_y(const Hairline& h) {
    const double x0 = h.curve.front().x, x1 = h.curve.back().x;
    double sum = 0;
    for (int i = 0; i <= 100; ++i) sum += curve_y(h, x0 + (x1 - x0) * i / 100.0);
    return sum / 101.0;
}
double curve_max_y(const Hairline& h) {
    double m = -INFINITY;
    for (const Point& p : h.curve) m = std::max(m, p.y);
    return m;
}

// The whole zone refilled behind a front line front_y(x), ramping up over transition_mm (0 = a hard edge).
std::vector<Point> fill_behind(const Lesson& l, const std::function<double(double)>& front_y, double transition_mm, uint64_t seed) {
    return scatter(l, [&](Point p) { return contains(l.zone, p); },
                   [&](Point p) { return hairline_ramp(p.y - front_y(p.x), transition_mm); }, 1.0, {}, seed);
}

Attempt straight_soft_edge(const Lesson& l, double s, uint64_t seed) {  // the curve pulled straight by s
    if (!l.hairline) return demo_attempt(l);
    const Hairline h = *l.hairline;
    const double mean = curve_mean_y(h), k = clamp01(s);
    return with_dots(l, fill_behind(l, [&](double x) { return (1 - k) * curve_y(h, x) + k * mean; }, h.transition_mm, seed), seed);
}
Attempt hard_straight_edge(const Lesson& l, double s, uint64_t seed) {  // straight; ramp shrinks to nothing
    if (!l.hairline) return demo_attempt(l);
    const double mean = curve_mean_y(*l.hairline);
    return with_dots(l, fill_behind(l, [&](double) { return mean; }, l.hairline->transition_mm * (1 - clamp01(s)), seed), seed);
}
Attempt sentinel_edge(const Lesson& l, double s, uint64_t seed) {
    // A hard straight edge 1 + 4s mm behind the curve's rearmost point, one stray dot every 4 mm just in
    // front of the curve so the front-most dots sit on it.
    if (!l.hairline) return demo_attempt(l);
    const Hairline h = *l.hairline;
    const double line = curve_max_y(h) + 1.0 + 4.0 * clamp01(s);
    std::vector<Point> points = fill_behind(l, [&](double) { return line; }, 0.0, seed);
    for (double x = h.curve.front().x + 2.0; x < h.curve.back().x; x += 4.0) {
        const Point p{x, curve_y(h, x) - 0.3};
        if (contains(l.zone, p)) points.push_back(p);
    }
    return with_dots(l, points, seed);
}
// The zone at full density (one scatter, the same at every severity), each dot kept when a fixed uniform of its
// own falls under share(p): as the knob turns the attempt changes a dot at a time, not by a re-rolled scatter.
std::vector<Point> thin_full_fill(const Lesson& l, const std::function<double(Point)>& share, uint64_t seed) {
    const std::vector<Point> full = scatter(l, [&](Point p) { return contains(l.zone, p); }, [](Point) { return 1.0; }, 1.0, {}, seed);
    SeededRandom rng(mix_seed(seed, 0x7468696eu));
    std::vector<Point> kept;
    for (const Point& p : full)
        if (rng.uniform01() < share(p)) kept.push_back(p);
    return kept;
}

Attempt ragged_edge(const Lesson& l, double s, uint64_t seed) {  // front line in 5 mm steps, each 0..6s mm back
    if (!l.hairline) return demo_attempt(l);
    const Hairline h = *l.hairline;
    SeededRandom rng(mix_seed(seed, 0x72616767u));
    std::vector<double> step;
    for (int i = 0; i < 200; ++i) step.push_back(rng.uniform01());
    const double x0 = bounds_of(l.zone).min.x, amp = 6.0 * clamp01(s);
    auto front = [&](double x) {
        const size_t k = std::min<size_t>(199, static_cast<size_t>(std::max(0.0, (x - x0) / 5.0)));
        return curve_y(h, x) + amp * step[k];
    };
    return with_dots(l, thin_full_fill(l, [&](Point p) { return hairline_ramp(p.y - front(p.x), h.transition_mm); }, seed), seed);
}

// The demo's left half (x < axis) mirrored onto the right within severity * the zone's half width of the
// axis (the demo's own dots beyond), each copy jittered by jitter_mm.
Attempt mirrored(const Lesson& l, double axis, double jitter_mm, double s, uint64_t seed) {
    const Attempt demo = demo_attempt(l);
    const Bounds zb = bounds_of(l.zone);
    const double reach = clamp01(s) * std::max(zb.max.x - axis, axis - zb.min.x);
    const double gap = 0.3 * expected_spacing_mm(l);
    SeededRandom rng(mix_seed(seed, 0x6d697272u));
    std::vector<Point> points;
    for (const Dot& d : demo.dots)
        if (d.x < axis - gap || d.x > axis + reach + gap) points.push_back({d.x, d.y});
    for (const Dot& d : demo.dots) {
        if (!(d.x < axis - gap && d.x > axis - reach)) continue;
        const Point m{2 * axis - d.x + jitter_mm * rng.normal(), d.y + jitter_mm * rng.normal()};
        if (contains(l.zone, m)) points.push_back(m);
    }
    return with_dots(l, points, seed);
}
Attempt mirrored_halves(const Lesson& l, double s, uint64_t seed) { return mirrored(l, 0.0, 0.2, s, seed); }
Attempt mirrored_axis_shift(const Lesson& l, double s, uint64_t seed) { return mirrored(l, 0.1, 0.0, s, seed); }

Attempt forehead_spill(const Lesson& l, double s, uint64_t seed) {  // round(20 s) dots 3-6 mm in front of the curve
    Attempt a = demo_attempt(l);
    if (!l.hairline) return a;
    const Hairline h = *l.hairline;
    const int n = static_cast<int>(std::round(20.0 * clamp01(s)));
    SeededRandom rng(mix_seed(seed, 0x7370696cu));
    const double x0 = h.curve.front().x + 2, x1 = h.curve.back().x - 2;
    for (int i = 0; i < n; ++i) {
        const double x = x0 + (x1 - x0) * (i + rng.uniform(0.2, 0.8)) / n;
        a.dots.push_back(Dot{x, curve_y(h, x) - rng.uniform(3.0, 6.0), steady_depth_mm(l, rng.normal()), std::nullopt});
    }
    retime(a);
    return a;
}

// ---- fair expert variants ----

Attempt expert_demo(const Lesson& l, double, uint64_t) { return demo_attempt(l); }
Attempt blue_noise_tight(const Lesson& l, double, uint64_t seed) {  // 8 % closer than the target spacing
    return body_scatter(l, [](Point) { return 1.0 / (0.92 * 0.92); }, 1.0 / (0.92 * 0.92), seed);
}
Attempt blue_noise_loose(const Lesson& l, double, uint64_t seed) {  // 8 % wider than the target spacing
    return body_scatter(l, [](Point) { return 1.0 / (1.08 * 1.08); }, 1.0, seed);
}
Attempt depth_spread_expert(const Lesson& l, double, uint64_t seed) {  // sd 0.08 mm about the window's middle
    Attempt a = demo_attempt(l);
    SeededRandom rng(mix_seed(seed, 0x73707264u));
    const double mid = 0.5 * (l.targets.depth_min_mm + l.targets.depth_max_mm);
    for (Dot& d : a.dots) d.depth_mm = mid + 0.08 * rng.normal();
    return a;
}
Attempt hand_jitter(const Lesson& l, double, uint64_t seed) {  // every dot off by sd 0.1 mm in x and y
    Attempt a = demo_attempt(l);
    SeededRandom rng(mix_seed(seed, 0x6a697474u));
    for (Dot& d : a.dots) {
        d.x += 0.1 * rng.normal();
        d.y += 0.1 * rng.normal();
    }
    return a;
}
Attempt natural_asymmetry(const Lesson& l, double, uint64_t) {
    // The right side's hairline 1 mm further back than the left: dots move back by 1 mm * smoothstep(x from
    // -10 to 10 mm), fading out over the 10 mm behind the transition zone.
    Attempt a = demo_attempt(l);
    if (!l.hairline) return a;
    const double t = l.hairline->transition_mm;
    for (Dot& d : a.dots) {
        const std::optional<double> behind = behind_hairline_mm(*l.hairline, {d.x, d.y});
        const double side = smoothstep(-10.0, 10.0, d.x);
        const double fade = behind ? std::clamp(1.0 - (*behind - t) / 10.0, 0.0, 1.0) : 0.0;
        const Point moved{d.x, d.y + 1.0 * side * fade};
        if (contains(l.zone, moved)) d.y = moved.y;
    }
    return a;
}
Attempt shuffled_order(const Lesson& l, double, uint64_t seed) {
    Attempt a = demo_attempt(l);
    SeededRandom rng(mix_seed(seed, 0x73687566u));
    for (size_t i = a.dots.size(); i > 1; --i) std::swap(a.dots[i - 1], a.dots[rng.below(i)]);
    retime(a);
    return a;
}
Attempt two_passes(const Lesson& l, double, uint64_t seed) {
    // Half the density first, then a second blue-noise pass filling between the first pass's dots.
    std::vector<Point> points = demo_edge(l);
    auto body = [&](Point p) { return in_body(l, p); };
    const std::vector<Point> first = scatter(l, body, [](Point) { return 0.5; }, 0.5, points, seed);
    points.insert(points.end(), first.begin(), first.end());
    const std::vector<Point> second = scatter(l, body, [](Point) { return 1.0; }, 1.0, points, mix_seed(seed, 2));
    points.insert(points.end(), second.begin(), second.end());
    return with_dots(l, points, seed);
}

// Ordered-pattern makers (function pointers need one per shape and angle).
Attempt hex_0(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::hex, 0, s, seed); }
Attempt hex_17(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::hex, 17, s, seed); }
Attempt hex_40(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::hex, 40, s, seed); }
Attempt square_0(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::square, 0, s, seed); }
Attempt square_30(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::square, 30, s, seed); }
Attempt rows_0(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::rows, 0, s, seed); }
Attempt rows_60(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::rows, 60, s, seed); }
Attempt rings(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::rings, 0, s, seed); }
Attempt arcs(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::arcs, 0, s, seed); }
Attempt spiral(const Lesson& l, double s, uint64_t seed) { return ordered(l, Order::spiral, 0, s, seed); }

// Severity of an ordered pattern with the given jitter (share of its spacing).
double order_severity(double jitter) { return 1.0 - jitter / kOrderMaxJitter; }

Expectation fail() { return {ExpectedVerdict::fail, 0}; }
Expectation below(double points) { return {ExpectedVerdict::below_expert, points}; }
Expectation pass() { return {ExpectedVerdict::pass, 0}; }

std::vector<AttemptGenerator> make_table() {
    std::vector<AttemptGenerator> t;
    auto fair = [&](std::string name, std::string what, AttemptMaker m, bool hairline = false) {
        t.push_back({std::move(name), "expert", std::move(what), "", 0.0, true, hairline, false, pass(), m});
    };
    auto fault = [&](std::string name, std::string family, std::string what, std::string knob, double severity,
                     Expectation e, AttemptMaker m, bool hairline = false) {
        t.push_back({std::move(name), std::move(family), std::move(what), std::move(knob), severity, false, hairline, false, e, m});
    };
    auto order = [&](std::string name, std::string family, std::string what, double jitter, AttemptMaker m) {
        t.push_back({std::move(name), std::move(family), std::move(what), "regularity (jitter 22 % -> 0)",
                     order_severity(jitter), false, false, true, fail(), m});
    };
    fair("expert-demo", "The expert demo: blue noise at the target spacing, feathered irregular hairline", expert_demo);
    fair("expert-tight-8pct", "Blue noise 8 % closer than the target spacing", blue_noise_tight);
    fair("expert-loose-8pct", "Blue noise 8 % wider than the target spacing", blue_noise_loose);
    fair("expert-depth-spread-0.08", "Depth spread sd 0.08 mm about the window's middle", depth_spread_expert);
    fair("expert-hand-jitter-0.1", "Every dot of the demo off by sd 0.1 mm (a human hand)", hand_jitter);
    fair("expert-asymmetry-1mm", "The right side of the hairline 1 mm further back (natural asymmetry)", natural_asymmetry, true);
    fair("expert-shuffled-order", "The demo's dots placed in a random order", shuffled_order);
    fair("expert-two-passes", "Half the density first, a second blue-noise pass between those dots", two_passes);

    order("hex-lattice-j0", "hex-lattice", "A perfect hexagonal lattice", 0.0, hex_0);
    order("hex-lattice-j5", "hex-lattice", "Hexagonal lattice, 5 % jitter", 0.05, hex_0);
    order("hex-lattice-j10", "hex-lattice", "Hexagonal lattice, 10 % jitter", 0.10, hex_0);
    order("hex-lattice-j15", "hex-lattice", "Hexagonal lattice, 15 % jitter", 0.15, hex_0);
    order("hex-lattice-17deg-j10", "hex-lattice-17deg", "Hexagonal lattice turned 17 degrees, 10 % jitter", 0.10, hex_17);
    order("hex-lattice-40deg-j5", "hex-lattice-40deg", "Hexagonal lattice turned 40 degrees, 5 % jitter", 0.05, hex_40);
    order("square-grid-j0", "square-grid", "A perfect square grid", 0.0, square_0);
    order("square-grid-j10", "square-grid", "Square grid, 10 % jitter", 0.10, square_0);
    order("square-grid-30deg-j15", "square-grid-30deg", "Square grid turned 30 degrees, 15 % jitter", 0.15, square_30);
    order("rows-j10", "rows", "Straight rows across the zone, 10 % jitter", 0.10, rows_0);
    order("rows-60deg-j10", "rows-60deg", "Straight rows at 60 degrees, 10 % jitter", 0.10, rows_60);
    order("rings-j10", "rings", "Concentric rings, 10 % jitter", 0.10, rings);
    order("arcs-j10", "arcs", "Concentric arcs sweeping across the zone, 10 % jitter", 0.10, arcs);
    order("spiral-j10", "spiral", "An Archimedean spiral, 10 % jitter", 0.10, spiral);

    fault("density-halves", "density-halves", "Left half at 0.4x density, right half at 1.6x", "contrast (0 -> 0.4x/1.6x)", 1.0, fail(), density_halves);
    fault("density-gradient", "density-gradient", "Density rising from 0.5x at the left to 1.6x at the right", "contrast (0 -> 0.5x..1.6x)", 1.0, fail(), density_gradient);
    fault("dense-stripe-4mm", "dense-stripe", "A 4 mm stripe at 1.6x density", "stripe density (1x -> 1.6x)", 1.0, below(8), dense_stripe);
    fault("empty-stripe-2mm", "empty-stripe", "A 2 mm stripe left empty", "stripe emptiness (1x -> 0x)", 1.0, below(8), empty_stripe);
    fault("bare-border-2mm", "bare-border", "A bare 2 mm border along the zone's edge", "border emptiness (1x -> 0x)", 1.0, below(8), bare_border);
    fault("holes-6mm", "holes", "Round holes 6 mm across, one per ~180 mm^2", "hole size (1 -> 6 mm)", 1.0, fail(), holes);
    fault("clumps", "clumps", "Clumps of 6 extra dots within 0.35 mm, one per 40 dots", "clumps (0 -> 1 per 40 dots)", 1.0, fail(), clumps);

    fault("blowout-5pct", "blowout", "5 % of the dots blown out (1.5 mm deep)", "share blown out (0 -> 100 %)", 0.05, below(4), blowout);
    fault("blowout-25pct", "blowout", "25 % of the dots blown out (1.5 mm deep)", "share blown out (0 -> 100 %)", 0.25, fail(), blowout);
    fault("blowout-60pct", "blowout", "60 % of the dots blown out (1.5 mm deep)", "share blown out (0 -> 100 %)", 0.60, fail(), blowout);
    fault("shallow-25pct", "shallow", "25 % of the dots too shallow (half the window's minimum)", "share too shallow (0 -> 100 %)", 0.25, below(10), shallow);
    fault("shallow-60pct", "shallow", "60 % of the dots too shallow", "share too shallow (0 -> 100 %)", 0.60, fail(), shallow);
    fault("depth-spread-0.3", "depth-spread", "Depth all over the place: sd 0.3 mm", "depth sd (0 -> 0.3 mm)", 1.0, fail(), depth_spread);

    fault("one-dot", "", "One good dot", "", 1.0, fail(), one_dot);
    fault("three-dots", "", "Three good dots", "", 1.0, fail(), three_dots);
    fault("thirty-percent", "unfinished", "30 % of the expected dots (the demo thinned at random)", "share left undone (0 -> 100 %)", 0.7, fail(), unfinished);
    fault("stacked-200", "", "200 dots on one spot", "", 1.0, fail(), stacked);
    fault("all-outside", "", "The demo's dots moved 10 cm behind the zone", "", 1.0, fail(), all_outside);
    fault("dilution-outside", "", "Every zone dot blown out, plus 3000 good dots outside the zone", "", 1.0, fail(), dilution);

    fault("hard-straight-edge", "hard-straight-edge", "A ruler-straight hairline with no soft transition", "hardness (8 mm ramp -> none)", 1.0, fail(), hard_straight_edge, true);
    fault("sentinel-edge", "sentinel-edge", "Hard straight fill edge 3 mm behind the curve's ends, a stray dot every 4 mm on the curve", "edge depth (1 -> 5 mm behind)", 0.5, fail(), sentinel_edge, true);
    fault("straight-soft-edge", "straight-soft-edge", "A soft transition along a straight line instead of the curve", "straightness (curve -> line)", 1.0, fail(), straight_soft_edge, true);
    fault("ragged-edge", "ragged-edge", "The front line in 5 mm steps up to 6 mm deep", "step depth (0 -> 6 mm)", 1.0, fail(), ragged_edge, true);
    fault("mirrored-halves", "mirrored", "Left half mirrored onto the right, 0.2 mm jitter", "mirrored width (none -> the whole right half)", 1.0, below(8), mirrored_halves, true);
    fault("mirrored-axis-shift", "mirrored-axis-shift", "Left half mirrored about an axis moved 0.1 mm", "mirrored width (none -> the whole right half)", 1.0, below(8), mirrored_axis_shift, true);
    fault("spill-3", "spill", "The demo plus 3 dots 3-6 mm onto the forehead", "dots on the forehead (0 -> 20)", 3.0 / 20, below(1), forehead_spill, true);
    fault("spill-10", "spill", "The demo plus 10 dots 3-6 mm onto the forehead", "dots on the forehead (0 -> 20)", 10.0 / 20, fail(), forehead_spill, true);
    fault("spill-20", "spill", "The demo plus 20 dots 3-6 mm onto the forehead", "dots on the forehead (0 -> 20)", 1.0, fail(), forehead_spill, true);
    return t;
}

}  // namespace

const std::vector<AttemptGenerator>& attempt_generators() {
    static const std::vector<AttemptGenerator> table = make_table();
    return table;
}

const AttemptGenerator* find_attempt_generator(const std::string& name) {
    for (const AttemptGenerator& g : attempt_generators())
        if (g.name == name) return &g;
    return nullptr;
}

bool applies_to(const AttemptGenerator& generator, const Lesson& lesson) {
    return !generator.needs_hairline || lesson.hairline.has_value();
}

Expectation expected_verdict(const AttemptGenerator& generator, const Lesson& lesson) {
    if (!generator.order_fault) return generator.expect;
    const double ws = std::max(0.0, lesson.weights.spacing), wd = std::max(0.0, lesson.weights.depth);
    const double wh = lesson.hairline ? std::max(0.0, lesson.weights.hairline) : 0.0;
    const double share = ws + wd + wh > 0 ? ws / (ws + wd + wh) : 0.0;
    return share >= 0.2 ? fail() : below(5);
}

bool expectation_met(const Expectation& expectation, const ScoreReport& report, double expert_total) {
    switch (expectation.verdict) {
        case ExpectedVerdict::pass: return report.passed && report.total >= kFairMinimumTotal;
        case ExpectedVerdict::fail: return !report.passed;
        case ExpectedVerdict::below_expert: return report.total <= expert_total - expectation.points_below;
    }
    return false;
}

std::string describe(const Expectation& expectation) {
    switch (expectation.verdict) {
        case ExpectedVerdict::pass: return "pass (>= 85)";
        case ExpectedVerdict::fail: return "fail";
        case ExpectedVerdict::below_expert: {
            const double n = expectation.points_below;
            return "at least " + std::to_string(static_cast<int>(n)) + (n == 1 ? " point" : " points") + " below the expert";
        }
    }
    return "";
}

Attempt make_attempt(const AttemptGenerator& generator, const Lesson& lesson, uint64_t seed) {
    return generator.make(lesson, generator.severity, seed);
}

}  // namespace stipple
