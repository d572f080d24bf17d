// The spatial index answers nearest, k-nearest and radius queries exactly like brute force; the blue-noise
// generator keeps its minimum distance and the calibration constants the metrics rely on.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "metric_test_patterns.hpp"
#include "scoring/blue_noise.hpp"
#include "scoring/seeded_random.hpp"
#include "scoring/spatial_index.hpp"

using namespace stipple;

namespace {
std::vector<Point> random_points(size_t n, uint64_t seed) {
    SeededRandom r(seed);
    std::vector<Point> pts;
    for (size_t i = 0; i < n; ++i) pts.push_back({r.uniform(-30, 50), r.uniform(60, 90)});
    pts.push_back(pts[3]);           // an exact duplicate
    pts.push_back({1500.0, -1800});  // a far outlier
    return pts;
}
}  // namespace

TEST_CASE("spatial index nearest and k-nearest agree with brute force", "[spatial]") {
    const std::vector<Point> pts = random_points(700, 7);
    const SpatialIndex index(pts);
    SeededRandom r(99);
    for (int q = 0; q < 300; ++q) {
        const Point p = q % 50 == 0 ? Point{-400.0, 900.0} : Point{r.uniform(-40, 60), r.uniform(50, 100)};
        std::vector<std::pair<double, size_t>> all;
        for (size_t i = 0; i < pts.size(); ++i) all.push_back({distance_mm(p, pts[i]), i});
        std::sort(all.begin(), all.end());
        const auto nn = index.nearest(p);
        REQUIRE(nn);
        CHECK(nn->distance_mm == Approx(all[0].first));
        const auto k = index.k_nearest(p, 6);
        REQUIRE(k.size() == 6);
        for (size_t i = 0; i < 6; ++i) CHECK(k[i].distance_mm == Approx(all[i].first));
    }
}

TEST_CASE("spatial index skips the query point itself and handles duplicates", "[spatial]") {
    const std::vector<Point> pts = random_points(200, 3);
    const SpatialIndex index(pts);
    const auto self = index.nearest(pts[3], 3);
    REQUIRE(self);
    CHECK(self->distance_mm == 0.0);  // the duplicate
    CHECK(self->index == pts.size() - 2);
    const auto outlier = index.nearest(pts.back(), pts.size() - 1);
    REQUIRE(outlier);
    CHECK(outlier->distance_mm > 1000.0);
}

TEST_CASE("spatial index radius queries agree with brute force", "[spatial]") {
    const std::vector<Point> pts = random_points(500, 11);
    const SpatialIndex index(pts);
    SeededRandom r(5);
    for (int q = 0; q < 100; ++q) {
        const Point p{r.uniform(-30, 50), r.uniform(60, 90)};
        const double radius = r.uniform(0.5, 6.0);
        std::vector<size_t> expected;
        for (size_t i = 0; i < pts.size(); ++i)
            if (distance_mm(p, pts[i]) <= radius) expected.push_back(i);
        CHECK(index.within(p, radius) == expected);
        CHECK(index.count_within(p, radius) == expected.size());
    }
}

TEST_CASE("an empty index answers nothing", "[spatial]") {
    const SpatialIndex index{std::vector<Point>{}};
    CHECK_FALSE(index.nearest({0, 0}));
    CHECK(index.k_nearest({0, 0}, 3).empty());
    CHECK(index.within({0, 0}, 5).empty());
}

TEST_CASE("blue noise keeps its radius and matches the calibration constants", "[spatial][blue-noise]") {
    const double spacing = 1.2;
    const std::vector<Point> pts = test::blue_noise_patch(spacing, 4, 60.0);
    const SpatialIndex index(pts);
    double sum = 0;
    size_t n = 0;
    double min_nn = 1e9;
    for (size_t i = 0; i < pts.size(); ++i) {
        const double d = index.nearest(pts[i], i)->distance_mm;
        min_nn = std::min(min_nn, d);
        if (pts[i].x < 5 || pts[i].y < 5 || pts[i].x > 55 || pts[i].y > 55) continue;
        sum += d;
        ++n;
    }
    CHECK(min_nn >= spacing / kBlueNoiseMeanNnPerRadius - 1e-9);
    CHECK(sum / static_cast<double>(n) == Approx(spacing).epsilon(0.03));
    const double density = static_cast<double>(pts.size()) / (60.0 * 60.0);
    CHECK(density * spacing * spacing == Approx(kBlueNoiseDensityTimesNn2).epsilon(0.05));
    CHECK(test::blue_noise_patch(spacing, 4, 60.0) == pts);  // deterministic
}

TEST_CASE("the seeded random stream is fixed across platforms", "[spatial]") {
    SeededRandom r(1);
    CHECK(r.next_u64() == 0x910A2DEC89025CC1ull);  // splitmix64 reference value for seed 1
}

TEST_CASE("points at absurd coordinates neither hang nor break the index", "[spatial]") {
    const std::vector<Point> pts = {{1.7e308, -1.7e308}, {-1.7e308, 1.7e308}, {0, 0}, {1, 0}};
    const SpatialIndex index(pts);
    const auto nn = index.nearest({0.2, 0}, 2);
    REQUIRE(nn);
    CHECK(nn->index == 3);
    CHECK(index.within({0, 0}, 2.0) == std::vector<size_t>{2, 3});
}
