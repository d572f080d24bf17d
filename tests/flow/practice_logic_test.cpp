// The practice and score screens' decisions, headless: the score screen's model, the scale bar, the depth
// gauge, pen pressure. (The opening view: view_options_test.cpp; overlay colours and heat-map cells:
// overlay_colors_test.cpp.)
#include <catch2/catch.hpp>

#include "scoring/lesson_io.hpp"
#include "sim/flow/hud_layout.hpp"
#include "sim/flow/pen_pressure.hpp"
#include "sim/flow/score_screen_model.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

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
    CHECK(m.rows[0].metrics[0].label == "mean spacing");
    CHECK(m.rows[0].metrics[0].value == "1.18 mm");
    CHECK(m.rows[0].metrics[0].target == "about 1.20 mm");
    CHECK(m.rows[0].metrics[1].label == "cv");  // a name it does not know: as it is, no target
    CHECK(m.rows[0].metrics[1].target == "-");
    CHECK(m.rows[2].key == "hairline");
    CHECK_FALSE(m.rows[2].score.has_value());  // not scored in this report
    CHECK(m.rows[2].weight == Approx(1.5));
    REQUIRE(m.feedback.size() == 2);
    CHECK(m.feedback[0].text == "1. Spacing: Dots clump here");
    CHECK(m.feedback[0].at == std::optional<Point>(Point{12.5, 96}));
    CHECK(m.feedback[0].places == std::vector<Point>{Point{12.5, 96}});  // one marker where the item has one place
    CHECK(m.feedback[1].places.empty());
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

TEST_CASE("practice: pen readings are normalised to the device's range", "[practice]") {
    CHECK(normalize_pressure(512, 0, 1024) == Approx(0.5));
    CHECK(normalize_pressure(2000, 0, 1024) == 1.0);
    CHECK(normalize_pressure(-5, 0, 1024) == 0.0);
    CHECK(normalize_pressure(3, 7, 7) == 0.0);
}
