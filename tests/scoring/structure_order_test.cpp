// Long-range order from windowed structure factors: lattices at any angle and jitter up to ~20 %, rows,
// rings, arcs and spirals read as ordered; blue noise at any seed and spacing does not.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>

#include "metric_test_patterns.hpp"
#include "scoring/structure_order.hpp"

using namespace stipple;
using namespace stipple::test;

namespace {
const Polygon kPatch = {{0, 0}, {40, 0}, {40, 40}, {0, 40}};
StructureOrder order_of(const std::vector<Point>& pts, double spacing = 1.2) { return structure_order(pts, spacing, kPatch); }
}  // namespace

TEST_CASE("structure order calibration figures", "[.calibration]") {
    double worst = 0, rd[5] = {0, 0, 0, 0, 0}, wshare = 0;
    for (double sp : {1.1, 1.2, 1.3})
        for (uint64_t seed = 1; seed <= 20; ++seed) {
            const StructureOrder o = order_of(blue_noise_patch(sp, seed), sp);
            worst = std::max(worst, o.worst_peak);
            wshare = std::max(wshare, o.share);
            for (int q = 0; q < 5; ++q) rd[q] = std::max(rd[q], o.reading[q]);
        }
    std::printf("blue worst share %.3f\n", wshare);
    std::printf("blue worst peak %.2f; readings over covered windows: %.2f %.2f %.2f %.2f %.2f (1 = its blue-noise level)\n", worst,
                rd[0], rd[1], rd[2], rd[3], rd[4]);
    const double a = 1.2 / std::sqrt(kBlueNoiseDensityTimesNn2);  // square-grid pitch at the natural density
    const double ah = a * std::sqrt(1.1547);
    for (double j : {0.1, 0.15, 0.2, 0.25}) {
        for (double ang : {0.0, 0.3, 0.7}) {
            const StructureOrder h = order_of(lattice_patch(ah, ang, true, j, 3));
            const StructureOrder s = order_of(lattice_patch(a, ang, false, j, 3));
            std::printf("jitter %.2f angle %.1f: hex reading %.2f share %.3f kind %d | square reading %.2f share %.3f kind %d\n", j, ang,
                        h.reading[2], h.share, int(h.worst_kind), s.reading[1], s.share, int(s.worst_kind));
        }
        const StructureOrder r = order_of(rings_patch(a, j, 3));
        const StructureOrder sp = order_of(spiral_patch(a, j, 3));
        const StructureOrder arcs = order_of(rings_patch(a, j, 3, {20, -25}));
        const StructureOrder rows = order_of(rows_patch(a, a, 0.5, 2));
        std::printf("jitter %.2f: shares rings %.2f spiral %.2f arcs %.2f rows %.2f\n", j, r.share, sp.share, arcs.share, rows.share);
    }
}

namespace {
double grid_pitch(double s) { return s / std::sqrt(kBlueNoiseDensityTimesNn2); }  // square grid at blue-noise density
double hex_pitch(double s) { return grid_pitch(s) * std::sqrt(1.1547); }
}  // namespace

TEST_CASE("blue noise shows no long-range order at any seed or spacing", "[structure]") {
    for (double sp : {1.1, 1.2, 1.3})
        for (uint64_t seed = 11; seed <= 16; ++seed) {
            INFO("spacing " << sp << " seed " << seed);
            const StructureOrder o = structure_order(blue_noise_patch(sp, seed), sp, kPatch);
            CHECK(o.share < 0.02);  // kStructureShareFree in spacing_metric.hpp is 0.02: no points lost
        }
}

TEST_CASE("lattices at any angle, rows, rings, spirals and arcs read as ordered", "[structure]") {
    const double s = 1.2;
    for (double angle : {0.0, 0.4, 0.9}) {
        INFO("angle " << angle);
        const StructureOrder hex = order_of(lattice_patch(hex_pitch(s), angle, true, 0.15, 3));
        CHECK(hex.share > 0.33);  // log-linear window order: ~0.4 at 15 % jitter, all at ~10 %
        CHECK(hex.worst_kind == OrderKind::Lattice);
        const StructureOrder square = order_of(lattice_patch(grid_pitch(s), angle, false, 0.20, 3));
        CHECK(square.share > 0.02);  // 20 %: where the ramp starts
        const StructureOrder square15 = order_of(lattice_patch(grid_pitch(s), angle, false, 0.15, 3));
        CHECK(square15.share > 0.4);
        CHECK(square15.worst_kind == OrderKind::Grid);
    }
    CHECK(order_of(rows_patch(grid_pitch(s), grid_pitch(s), 0.5, 2)).share > 0.8);
    CHECK(order_of(rings_patch(grid_pitch(s), 0.10, 3)).share > 0.2);
    CHECK(order_of(spiral_patch(grid_pitch(s), 0.10, 3)).share > 0.12);
    CHECK(order_of(rings_patch(grid_pitch(s), 0.10, 3, {20, -25})).share > 0.4);  // arcs of far-off rings
}

TEST_CASE("structure order is located where the order is and moves smoothly with the dots", "[structure]") {
    // Rows in the left third of the patch, blue noise elsewhere.
    std::vector<Point> pts;
    for (const Point& p : rows_patch(1.4, 1.1, 0.3, 4))
        if (p.x < 14) pts.push_back(p);
    for (const Point& p : blue_noise_patch(1.2, 4))
        if (p.x >= 14.6) pts.push_back(p);
    const StructureOrder o = order_of(pts);
    REQUIRE(o.worst_at);
    CHECK(o.worst_at->x < 16);
    CHECK(o.share > 0.2);
    // One dot moved 0.01 mm changes the share by a sliver.
    std::vector<Point> moved = pts;
    moved[pts.size() / 2].x += 0.01;
    CHECK(std::abs(order_of(moved).share - o.share) < 0.002);
}
