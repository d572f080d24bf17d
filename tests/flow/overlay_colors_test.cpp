// The overlays' data, headless: depth errors in window widths and their colours, and the heat map's cells
// from scoring's density rule (target map, existing marks) with their colours.
#include <catch2/catch.hpp>

#include <vector>

#include "scoring/blue_noise.hpp"
#include "sim/flow/overlay_colors.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

namespace {
// The 10 x 10 mm patch at 1 mm spacing.
Lesson square_lesson() {
    Lesson l = test::patch_lesson(10.0);
    l.targets.spacing_mm = 1.0;
    return l;
}
}  // namespace

TEST_CASE("depth errors are measured in window widths and coloured by side", "[overlays]") {
    CHECK(depth_error_windows(0.6, 0.4, 0.9) == 0.0);
    CHECK(depth_error_windows(0.15, 0.4, 0.9) == Approx(-0.5));
    CHECK(depth_error_windows(1.4, 0.4, 0.9) == Approx(1.0));
    const sf::Color good = depth_error_color(0.6, 0.4, 0.9);
    const sf::Color shallow = depth_error_color(0.1, 0.4, 0.9);
    const sf::Color deep = depth_error_color(1.5, 0.4, 0.9);
    CHECK(good.g > good.r);
    CHECK(shallow.r > 200);  // yellow: red and green high, blue low
    CHECK(shallow.g > 200);
    CHECK(shallow.b < 100);
    CHECK(deep.r > 150);     // magenta-red: little green
    CHECK(deep.g < 80);
    CHECK(depth_error_color(0.95, 0.4, 0.9) != good);
}

TEST_CASE("the heat map reads scoring's density rule (target map, existing marks)", "[overlays]") {
    // The cells come from scoring/density_map.hpp: the target is target_density_per_mm2 (blue-noise density
    // at the lesson's spacing, session fraction, hairline ramp) over cell ∩ zone, and existing marks count.
    Lesson lesson = square_lesson();
    lesson.zone = {{0, 0}, {40, 0}, {40, 40}, {0, 40}};
    lesson.targets.spacing_mm = 1.2;
    std::vector<Dot> fill;
    BlueNoiseSpec spec;
    spec.bounds = Bounds{{0, 0}, {40, 40}};
    spec.inside = [](Point p) { return p.x >= 0 && p.y >= 0 && p.x <= 40 && p.y <= 40; };
    spec.radius_mm = [](Point) { return 1.2 / kBlueNoiseMeanNnPerRadius; };
    spec.min_radius_mm = 1.2 / kBlueNoiseMeanNnPerRadius;
    for (const Point& p : blue_noise(spec)) fill.push_back({p.x, p.y, 0.6, std::nullopt});
    const std::vector<HeatCell> cells = density_heat_map(lesson, fill, {}, 8.0);
    REQUIRE(cells.size() == 25);
    CHECK(cells[0].min_mm == Point{0, 0});
    double sum = 0;
    for (const HeatCell& c : cells) {
        sum += c.ratio;
        CHECK(c.ratio == Approx(1.0).margin(0.2));  // a blue-noise fill at the target spacing reads ~1.0
        CHECK(c.target_dots == Approx(64.0 * kBlueNoiseDensityTimesNn2 / 1.44).epsilon(0.01));
    }
    CHECK(sum / 25.0 == Approx(1.0).margin(0.05));

    // Existing marks count: half the fill given as marks, half as the trainee's dots, reads the same.
    std::vector<Dot> own;
    std::vector<Point> marks;
    for (size_t i = 0; i < fill.size(); ++i) {
        if (i % 2) own.push_back(fill[i]);
        else marks.push_back({fill[i].x, fill[i].y});
    }
    const std::vector<HeatCell> shared = density_heat_map(lesson, own, marks, 8.0);
    REQUIRE(shared.size() == 25);
    for (size_t i = 0; i < 25; ++i) CHECK(shared[i].ratio == Approx(cells[i].ratio));

    // A third of full density this session: the same full fill reads three times too dense.
    lesson.session.density_fraction = 1.0 / 3.0;
    CHECK(density_heat_map(lesson, fill, {}, 8.0)[12].ratio == Approx(3.0 * cells[12].ratio));
    CHECK(heat_color(0.0).b > heat_color(0.0).r);   // holes blue
    CHECK(heat_color(2.0).r > heat_color(2.0).b);   // too dense red

    // Cells wholly outside the zone are left out; a cell cut by the zone's edge expects only its part.
    Lesson triangle = square_lesson();
    triangle.zone = {{0, 0}, {12, 0}, {0, 12}};
    const std::vector<HeatCell> tri = density_heat_map(triangle, {}, {}, 5.0);
    CHECK(tri.size() == 6);  // the cells the hypotenuse crosses stay, with their share of the target
    for (const HeatCell& c : tri)  // [5,10]^2 holds a 2 x 2 corner of the triangle: 2 of its 25 mm^2
        if (c.min_mm == Point{5, 5}) CHECK(c.target_dots == Approx(2.0 * kBlueNoiseDensityTimesNn2).epsilon(0.25));

    // With a hairline along y = 5 and a 4 mm transition: nothing is expected in front of the curve, and the
    // target follows the hairline ramp (target_density_per_mm2), so the cell just behind it expects less.
    Lesson with_hairline = square_lesson();
    with_hairline.hairline = Hairline{{{-1, 5}, {11, 5}}, 4.0};
    const std::vector<HeatCell> behind = density_heat_map(with_hairline, {}, {}, 5.0);
    REQUIRE(behind.size() == 2);
    CHECK(behind[0].min_mm == Point{0, 5});
    // The cell 0-5 mm behind the curve: share 0.2 + 0.8 d / 4 up to d = 4, then 1; mean 0.68.
    CHECK(behind[0].target_dots == Approx(25.0 * kBlueNoiseDensityTimesNn2 * 0.68).epsilon(0.03));
}
