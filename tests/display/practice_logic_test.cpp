// The practice screen's logic, headless: depth-error colours, heat-map binning, score-screen layout data,
// scale bar, depth gauge, --view/--window parsing, the initial view, pen.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "scoring/blue_noise.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/pen_input.hpp"
#include "sim/ui/practice_hud.hpp"
#include "sim/ui/practice_view.hpp"
#include "sim/ui/score_screen.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {
// The 10 x 10 mm patch at 1 mm spacing.
Lesson square_lesson() {
    Lesson l = test::patch_lesson(10.0);
    l.targets.spacing_mm = 1.0;
    return l;
}

}  // namespace

TEST_CASE("practice: depth errors are measured in window widths and coloured by side", "[practice]") {
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

TEST_CASE("practice: the heat map reads scoring's density rule (target map, existing marks)", "[practice]") {
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

TEST_CASE("practice: the score screen lists total, verdict, components with metrics and numbered feedback",
          "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    ScoreReport r;
    r.lesson = lesson.id;
    r.total = 82.44;
    r.passed = true;
    r.spacing.score = 88;
    r.spacing.metrics = {{"mean_nn_mm", 1.184}, {"cv", 0.3}};
    r.depth.score = 71.5;
    r.feedback = {{"spacing", "Dots clump here", Point{12.5, 96}}, {"depth", "Too deep on the left", std::nullopt}};
    const ScoreScreenModel m = score_screen_model(lesson, r);
    CHECK(m.total_text == "82.4");
    CHECK(m.passed);
    CHECK(m.verdict == "Passed (needs 75)");
    REQUIRE(m.rows.size() == 3);
    CHECK(m.rows[0].title == "Spacing");
    CHECK(m.rows[0].score == Approx(88.0));
    REQUIRE(m.rows[0].metrics.size() == 2);
    CHECK(m.rows[0].metrics[0] == std::pair<std::string, std::string>("mean nn (mm)", "1.18"));
    CHECK(m.rows[2].key == "hairline");
    CHECK_FALSE(m.rows[2].score.has_value());  // not scored in this report
    CHECK(m.rows[2].weight == Approx(1.5));
    REQUIRE(m.feedback.size() == 2);
    CHECK(m.feedback[0].text == "1. Spacing: Dots clump here");
    CHECK(m.feedback[0].at == std::optional<Point>(Point{12.5, 96}));
    CHECK(m.feedback[1].text == "2. Depth: Too deep on the left");
    CHECK(m.fail_reasons.empty());
    r.passed = false;
    CHECK(score_screen_model(lesson, r).verdict == "Not yet (needs 75)");
    // A failed attempt says why next to the verdict: critical errors first, then parts below the floor.
    r.depth.score = 41.0;
    r.critical_errors = {{"blowout", "60 % of your dots are blown out (deeper than 0.90 mm)", Point{3, 96}}};
    const ScoreScreenModel failed = score_screen_model(lesson, r);
    REQUIRE(failed.fail_reasons.size() == 2);
    CHECK(failed.fail_reasons[0] == "60 % of your dots are blown out (deeper than 0.90 mm)");
    CHECK(failed.fail_reasons[1] == "Depth scored 41.0: every part must reach 50 to pass");
    CHECK(metric_label("share_in_window") == "share in window");
    CHECK(metric_label("density_per_cm2") == "density per (cm²)");
    CHECK(healed_days(HealedStage::OneMonth) == 30.0);
    CHECK(healed_days(HealedStage::FourYears) == Approx(1461.0));
}

TEST_CASE("practice: the scale bar picks a round length that fits", "[practice]") {
    ScaleBar b = scale_bar_for(10.0, 160.0f);
    CHECK(b.length_mm == 10.0);
    CHECK(b.length_px == Approx(100.0f));
    CHECK(b.label == "10 mm");
    CHECK(scale_bar_for(40.0, 160.0f).length_mm == 2.0);
    CHECK(scale_bar_for(1.0, 160.0f).length_mm == 100.0);
}

TEST_CASE("practice: the depth gauge places the window and the live depth from the skin surface down",
          "[practice]") {
    const GaugeLayout g = gauge_layout(0.9, 0.4, 0.9);
    CHECK(g.scale_max_mm == Approx(1.8));
    CHECK(g.window_top == Approx(0.4 / 1.8));
    CHECK(g.window_bottom == Approx(0.5));
    CHECK(g.marker == Approx(0.5));
    CHECK(gauge_layout(5.0, 0.4, 0.9).marker == 1.0f);   // clamped at the bottom
    CHECK(gauge_layout(0.0, 0.4, 0.9).marker == 0.0f);
}

TEST_CASE("practice: --view and --window are parsed strictly", "[practice]") {
    std::string error;
    const auto v = parse_view_spec("0,87.5,10", error);
    REQUIRE(v);
    CHECK(v->centre_mm == Point{0, 87.5});
    CHECK(v->px_per_mm == 10.0);
    CHECK_FALSE(parse_view_spec("0,87", error));
    CHECK(error.find("CX,CY,PX_PER_MM") != std::string::npos);
    CHECK_FALSE(parse_view_spec("0,87,50", error));
    CHECK(error.find("between 1 and 40") != std::string::npos);
    CHECK_FALSE(parse_view_spec("0,87,10x", error));
    unsigned w = 0, h = 0;
    CHECK(parse_window_size("1280x800", w, h, error));
    CHECK(w == 1280);
    CHECK(h == 800);
    CHECK_FALSE(parse_window_size("1280", w, h, error));
    CHECK_FALSE(parse_window_size("100x100", w, h, error));
    CHECK(error.find("--window") == 0);
}

TEST_CASE("practice: a fixed view maps pixels to millimetres exactly; the default fits the zone", "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const ViewTransform fixed = initial_view(lesson, 1280, 800, ViewSpec{{0, 87}, 10});
    const Point p = to_scalp(fixed, {450, 380});
    CHECK(p.x == Approx(-19.0));
    CHECK(p.y == Approx(89.0));
    const ViewTransform fit = initial_view(lesson, 1280, 800, std::nullopt);
    for (const Point& corner : lesson.zone) {
        const sf::Vector2f s = to_screen(fit, corner);
        CHECK(s.x > 340.0f);  // right of the lesson panel
        CHECK(s.x < 1280.0f);
        CHECK(s.y > 0.0f);
        CHECK(s.y < 800.0f);
    }
}

TEST_CASE("practice: pen readings are normalised to the device's range", "[practice]") {
    CHECK(normalize_pressure(512, 0, 1024) == Approx(0.5));
    CHECK(normalize_pressure(2000, 0, 1024) == 1.0);
    CHECK(normalize_pressure(-5, 0, 1024) == 0.0);
    CHECK(normalize_pressure(3, 7, 7) == 0.0);
}
