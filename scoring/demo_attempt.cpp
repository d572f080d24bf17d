// The expert model attempt (see demo_attempt.hpp): what a skilled artist places for a lesson.
//  - Blue-noise scatter (Poisson-disk) over the zone whose mean nearest-neighbour distance is the session's
//    expected spacing (spacing_mm / sqrt(session.density_fraction)), filling between the lesson's existing
//    marks, never on top of them; scars get the same even coverage (camouflage).
//  - With a hairline: density ramps from kRampStart to full across transition_mm; the line where dots begin
//    wanders 0-1.5 mm ahead of the curve (a slow macro wave plus a short micro wave, seeded from the scalp,
//    so it is never mirror-symmetric), and a few single dots sit just ahead of the front-most ones (never more
//    than 1.8 mm in front of the curve, so never on the forehead).
//  - Depth: the middle of the window with a small spread (sd 6 % of the window, kept 10 % inside it).
//  - A design lesson (lesson.design): no dots, the expert's design line (expert_design_line, design_metric.hpp).
// A lesson the reader would refuse as impossible (spacing below the needle's dot, more than kMaxExpectedDots)
// gets an empty demo instead of a hang. Deterministic from the lesson; coordinates rounded to 0.001 mm and depths to 0.001 mm so a saved demo scores
// exactly like the one in memory; t advances 0.8 s per dot.
#include "demo_attempt.hpp"

#include <algorithm>
#include <cmath>

#include "blue_noise.hpp"
#include "design_metric.hpp"
#include "existing_marks.hpp"
#include "input_limits.hpp"
#include "lesson_regions.hpp"
#include "seeded_random.hpp"
#include "spatial_index.hpp"

namespace stipple {

namespace {

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

// How far ahead of the curve the line where dots begin lies at x (0..1.5 mm).
struct EdgeWave {
    double phase[3] = {0, 0, 0};
    double wavelength[3] = {23.0, 11.0, 4.3};
    double amplitude[3] = {0.35, 0.25, 0.25};
    explicit EdgeWave(uint64_t seed) {
        SeededRandom r(seed);
        for (int i = 0; i < 3; ++i) {
            phase[i] = r.uniform(0.0, 6.283185307179586);
            wavelength[i] *= r.uniform(0.85, 1.15);
        }
    }
    double ahead_mm(double x) const {
        double a = 0.7;
        for (int i = 0; i < 3; ++i) a += amplitude[i] * std::sin(6.283185307179586 * x / wavelength[i] + phase[i]);
        return std::clamp(a, 0.0, 1.5);
    }
};

}  // namespace

std::optional<SessionChoice> expert_choice(const Lesson& lesson) {
    if (!lesson.choices) return std::nullopt;
    SessionChoice choice;
    for (const NeedleOption& o : lesson.choices->needles)
        if (o.acceptable) {
            choice.needle = o.needle.config;
            break;
        }
    for (const ShadeOption& o : lesson.choices->shades)
        if (o.acceptable) {
            choice.shade = o.name;
            break;
        }
    return choice;
}

double expert_depth_mm(const Lesson& lesson, double standard_normal) {
    const double lo = lesson.targets.depth_min_mm, hi = lesson.targets.depth_max_mm, width = hi - lo;
    return std::clamp(0.5 * (lo + hi) + 0.06 * width * standard_normal, lo + 0.1 * width, hi - 0.1 * width);
}

Attempt demo_attempt(const Lesson& lesson) {
    Attempt attempt;
    attempt.lesson = lesson.id;
    attempt.input = "generated";
    if (lesson.design) {
        Polyline line = expert_design_line(lesson);
        for (Point& p : line) p = {std::round(p.x * 1000) / 1000, std::round(p.y * 1000) / 1000};
        attempt.design_line = std::move(line);
        return attempt;
    }
    attempt.choice = expert_choice(lesson);  // issue 14, part D
    if (lesson.zone.size() < 3) return attempt;
    if (!(lesson.targets.spacing_mm >= lesson.needle.diameter_mm) || !(expected_dot_count(lesson) <= kMaxExpectedDots))
        return attempt;

    const double spacing = expected_spacing_mm(lesson);
    const double r_full = spacing / kBlueNoiseMeanNnPerRadius;
    const EdgeWave wave(mix_seed(lesson.scalp.seed, 0x65646765u));  // "edge"
    const std::vector<Point> existing = existing_marks(lesson);

    // Signed distance from the wandering start line (the curve moved ahead by the wave).
    auto from_start = [&](Point p) -> std::optional<double> {
        if (!lesson.hairline) return std::nullopt;
        const std::optional<double> d = behind_hairline_mm(*lesson.hairline, p);
        if (!d) return std::nullopt;
        return *d + wave.ahead_mm(p.x);
    };
    auto ramp = [&](Point p) {
        const std::optional<double> d = from_start(p);
        return d ? hairline_ramp(*d, lesson.hairline->transition_mm) : 1.0;
    };

    BlueNoiseSpec spec;
    spec.bounds = bounds_of(lesson.zone);
    spec.inside = [&](Point p) { return contains(lesson.zone, p) && ramp(p) > 0; };
    spec.radius_mm = [&](Point p) {
        const double f = ramp(p);
        return f > 0 ? r_full / std::sqrt(f) : INFINITY;
    };
    spec.min_radius_mm = r_full;
    spec.fixed = existing;
    spec.seed = mix_seed(lesson.scalp.seed, 0x64656d6fu);  // "demo"
    std::vector<Point> points = blue_noise(spec);

    // Single dots just ahead of the front-most ones: the micro-irregular, feathered edge.
    if (lesson.hairline) {
        SeededRandom rng(mix_seed(lesson.scalp.seed, 0x73617465u));  // "sate"
        std::vector<Point> all = existing;
        all.insert(all.end(), points.begin(), points.end());
        const double keep_clear = 0.6 * spacing;
        const SpatialIndex index(all);
        std::vector<Point> added;
        const size_t n = points.size();
        for (size_t i = 0; i < n; ++i) {
            const std::optional<double> d = behind_hairline_mm(*lesson.hairline, points[i]);
            if (!d || *d > 1.0 || rng.uniform01() > 0.35) continue;
            const double angle = -1.5707963267948966 + rng.uniform(-0.9, 0.9);  // forward, give or take 50 degrees
            const double dist = rng.uniform(0.7, 1.0) * spacing;
            const Point c{points[i].x + dist * std::cos(angle), points[i].y + dist * std::sin(angle)};
            const std::optional<double> dc = behind_hairline_mm(*lesson.hairline, c);
            if (!dc || *dc < -1.8 || !contains(lesson.zone, c)) continue;
            bool clear = true;
            for (const Point& q : added) clear = clear && distance_mm(q, c) >= keep_clear;
            if (!clear) continue;
            if (const std::optional<Neighbour> nn = index.nearest(c); nn && nn->distance_mm < keep_clear) continue;
            added.push_back(c);
        }
        points.insert(points.end(), added.begin(), added.end());
    }

    SeededRandom depth_rng(mix_seed(lesson.scalp.seed, 0x64657074u));  // "dept"
    attempt.dots.reserve(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        const double depth = expert_depth_mm(lesson, depth_rng.normal());
        Dot dot;
        dot.x = round3(points[i].x);
        dot.y = round3(points[i].y);
        // Rounding to 0.001 mm can carry a point that lay on the zone's edge just outside it: leave it out.
        if (!contains(lesson.zone, {dot.x, dot.y})) continue;
        dot.depth_mm = round3(depth);
        dot.t = std::round(static_cast<double>(i) * 80.0) / 100.0;
        attempt.dots.push_back(dot);
    }
    return attempt;
}

}  // namespace stipple
