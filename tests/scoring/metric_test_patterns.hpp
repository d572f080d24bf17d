// Point patterns whose answer is known, for the metric tests: blue noise, uniform random, square grids and
// hexagonal lattices at any angle, rows, clusters and holes, on the square patch lesson (patch_lesson() in
// tests/lesson_fixtures.hpp). Deterministic.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/blue_noise.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"
#include "scoring/seeded_random.hpp"
#include "tests/lesson_fixtures.hpp"

namespace stipple::test {

inline bool in_box(Point p, double side) { return p.x >= 0 && p.y >= 0 && p.x <= side && p.y <= side; }

inline std::vector<Point> blue_noise_patch(double spacing_mm, uint64_t seed, double side = 40.0) {
    BlueNoiseSpec spec;
    spec.bounds = Bounds{{0, 0}, {side, side}};
    spec.inside = [side](Point p) { return in_box(p, side); };
    const double r = spacing_mm / kBlueNoiseMeanNnPerRadius;
    spec.radius_mm = [r](Point) { return r; };
    spec.min_radius_mm = r;
    spec.seed = seed;
    return blue_noise(spec);
}

inline std::vector<Point> uniform_random_patch(size_t n, uint64_t seed, double side = 40.0) {
    SeededRandom rng(seed);
    std::vector<Point> out;
    for (size_t i = 0; i < n; ++i) out.push_back({rng.uniform(0, side), rng.uniform(0, side)});
    return out;
}

// Square grid (hex = false) or hexagonal lattice with nearest-neighbour distance `a`, rotated by `angle`
// radians about the patch centre, with optional Gaussian jitter (as a share of a).
inline std::vector<Point> lattice_patch(double a, double angle, bool hex, double jitter = 0.0, uint64_t seed = 1,
                                        double side = 40.0) {
    SeededRandom rng(seed);
    std::vector<Point> out;
    const double c = std::cos(angle), s = std::sin(angle);
    const double row = hex ? a * std::sqrt(3.0) / 2.0 : a;
    const int n = static_cast<int>(side / row) + 4;
    for (int j = -n; j <= n; ++j)
        for (int i = -n; i <= n; ++i) {
            const double u = i * a + (hex && (j & 1) ? a / 2 : 0.0), v = j * row;
            const Point p{side / 2 + u * c - v * s + jitter * a * rng.normal(),
                          side / 2 + u * s + v * c + jitter * a * rng.normal()};
            if (in_box(p, side)) out.push_back(p);
        }
    return out;
}

// Parallel rows `row_mm` apart at `angle`, dots along each row about `along_mm` apart (irregularly).
inline std::vector<Point> rows_patch(double row_mm, double along_mm, double angle, uint64_t seed, double side = 40.0) {
    SeededRandom rng(seed);
    std::vector<Point> out;
    const double c = std::cos(angle), s = std::sin(angle);
    const int n = static_cast<int>(side / row_mm) + 4;
    for (int j = -n; j <= n; ++j)
        for (double u = -side + rng.uniform(0, along_mm); u < side; u += along_mm * rng.uniform(0.8, 1.2)) {
            const double v = j * row_mm;
            const Point p{side / 2 + u * c - v * s, side / 2 + u * s + v * c};
            if (in_box(p, side)) out.push_back(p);
        }
    return out;
}

// Concentric rings `pitch_mm` apart around `centre`, dots about pitch_mm apart along each ring (random phase
// per ring), each moved by Gaussian jitter (as a share of the pitch). Kept inside the square patch.
inline std::vector<Point> rings_patch(double pitch_mm, double jitter, uint64_t seed, Point centre = {20, 20},
                                      double side = 40.0) {
    SeededRandom rng(seed);
    std::vector<Point> out;
    const double reach = 2.0 * side;
    for (double r = pitch_mm; r < reach; r += pitch_mm) {
        const int n = std::max(1, static_cast<int>(std::round(6.283185307179586 * r / pitch_mm)));
        const double phase = rng.uniform(0, 6.283185307179586);
        for (int i = 0; i < n; ++i) {
            const double t = phase + 6.283185307179586 * i / n;
            const Point p{centre.x + r * std::cos(t) + jitter * pitch_mm * rng.normal(),
                          centre.y + r * std::sin(t) + jitter * pitch_mm * rng.normal()};
            if (in_box(p, side)) out.push_back(p);
        }
    }
    return out;
}

// An Archimedean spiral whose turns are pitch_mm apart, dots pitch_mm apart along it, with Gaussian jitter.
inline std::vector<Point> spiral_patch(double pitch_mm, double jitter, uint64_t seed, Point centre = {20, 20},
                                       double side = 40.0) {
    SeededRandom rng(seed);
    std::vector<Point> out;
    const double b = pitch_mm / 6.283185307179586;  // r = b * theta
    double theta = 1.0;
    while (b * theta < 2.0 * side) {
        const double r = b * theta;
        const Point p{centre.x + r * std::cos(theta) + jitter * pitch_mm * rng.normal(),
                      centre.y + r * std::sin(theta) + jitter * pitch_mm * rng.normal()};
        if (in_box(p, side)) out.push_back(p);
        theta += pitch_mm / std::sqrt(r * r + b * b);  // one pitch of arc length
    }
    return out;
}

// Blue noise whose local spacing is spacing_at(p): density patterns (halves, gradients, stripes).
template <class F>
std::vector<Point> varying_blue_noise_patch(F spacing_at, double min_spacing_mm, uint64_t seed, double side = 40.0) {
    BlueNoiseSpec spec;
    spec.bounds = Bounds{{0, 0}, {side, side}};
    spec.inside = [side](Point p) { return in_box(p, side); };
    spec.radius_mm = [spacing_at](Point p) { return spacing_at(p) / kBlueNoiseMeanNnPerRadius; };
    spec.min_radius_mm = min_spacing_mm / kBlueNoiseMeanNnPerRadius;
    spec.seed = seed;
    return blue_noise(spec);
}

inline std::vector<Dot> as_dots(const std::vector<Point>& points, double depth_mm = 0.65) {
    std::vector<Dot> dots;
    for (const Point& p : points) dots.push_back(Dot{p.x, p.y, depth_mm, std::nullopt});
    return dots;
}

// The value of a raw metric by name (fails the test through a sentinel when absent).
inline double metric(const ComponentScore& c, const std::string& name) {
    for (const auto& [key, value] : c.metrics)
        if (key == name) return value;
    return -12345.0;
}

}  // namespace stipple::test
