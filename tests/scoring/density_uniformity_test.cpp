// Local density uniformity at 3, 6 and 12 mm: halves, gradients, stripes, empty stripes and bare borders lose
// points where an expert sees them; blue noise at any seed and at spacings within 8 % of the target does not.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>

#include "metric_test_patterns.hpp"
#include "scoring/density_uniformity.hpp"

using namespace stipple;
using namespace stipple::test;

namespace {
UniformityResult uniformity_of(const std::vector<Point>& pts, const Lesson& lesson = patch_lesson()) {
    return density_uniformity(lesson, SpatialIndex(pts));
}
// Density patterns on the 40 mm patch at target spacing 1.2 (density factor f: spacing 1.2 / sqrt(f)).
double at_factor(double f) { return 1.2 / std::sqrt(f); }
std::vector<Point> halves(uint64_t seed) {
    return varying_blue_noise_patch([](Point p) { return at_factor(p.x < 20 ? 0.4 : 1.6); }, at_factor(1.6), seed);
}
std::vector<Point> gradient(uint64_t seed) {
    return varying_blue_noise_patch([](Point p) { return at_factor(0.5 + 1.1 * std::clamp(p.x / 40.0, 0.0, 1.0)); },
                                    at_factor(1.6), seed);
}
std::vector<Point> dense_stripe(uint64_t seed) {
    return varying_blue_noise_patch([](Point p) { return at_factor(std::abs(p.x - 20) < 2 ? 1.6 : 1.0); }, at_factor(1.6), seed);
}
std::vector<Point> empty_stripe(uint64_t seed) {
    std::vector<Point> out;
    for (const Point& p : blue_noise_patch(1.2, seed))
        if (std::abs(p.x - 20) >= 1) out.push_back(p);
    return out;
}
std::vector<Point> bare_border(uint64_t seed) {
    std::vector<Point> out;
    for (const Point& p : blue_noise_patch(1.2, seed))
        if (p.x >= 2 && p.y >= 2 && p.x <= 38 && p.y <= 38) out.push_back(p);
    return out;
}
}  // namespace

TEST_CASE("density uniformity calibration figures", "[.calibration]") {
    double worst[4] = {0, 0, 0, 0};
    for (double sp : {1.1, 1.2, 1.3})
        for (uint64_t seed = 1; seed <= 20; ++seed) {
            Lesson l = patch_lesson();
            l.targets.spacing_mm = sp;
            const UniformityResult u = uniformity_of(blue_noise_patch(sp, seed), l);
            for (int k = 0; k < 4; ++k) worst[k] = std::max(worst[k], u.max_abs_deviation[k]);
            if (u.points > 0) std::printf("blue %.1f seed %2d: points %.1f\n", sp, int(seed), u.points);
        }
    std::printf("worst |dev|*sqrt(E): %.2f %.2f %.2f %.2f\n", worst[0], worst[1], worst[2], worst[3]);
    for (uint64_t seed = 1; seed <= 3; ++seed) {
        std::printf("seed %d halves %.1f gradient %.1f stripe %.1f empty %.1f border %.1f | 8%% sparse %.1f dense %.1f\n", int(seed),
                    uniformity_of(halves(seed)).points, uniformity_of(gradient(seed)).points, uniformity_of(dense_stripe(seed)).points,
                    uniformity_of(empty_stripe(seed)).points, uniformity_of(bare_border(seed)).points,
                    uniformity_of(blue_noise_patch(1.2 * 1.08, seed)).points, uniformity_of(blue_noise_patch(1.2 / 1.08, seed)).points);
    }
}
