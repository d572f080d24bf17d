// The view a screen opens with, headless: --view and --window parsed strictly, the practice screen's view
// (a fixed --view maps pixels to millimetres exactly; the default fits the zone beside the lesson panel),
// and the lesson editor's first view (the zone and hairline fitted left of its panel).
#include <catch2/catch.hpp>

#include <vector>

#include "scoring/lesson_io.hpp"
#include "sim/flow/view_options.hpp"
#include "sim/model/lesson_edit.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

namespace {
constexpr unsigned kWindowW = 1280, kWindowH = 800;
}  // namespace

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

TEST_CASE("the first view fits the zone and hairline into the canvas left of the panel", "[editor]") {
    const Lesson lesson = lesson_template("t");
    std::vector<Point> points = lesson.zone;
    for (const Point& p : lesson.hairline->curve) points.push_back(p);
    const ViewTransform view = initial_editor_view(points, kWindowW, kWindowH);
    CHECK(view.viewport_w_px == Approx(kWindowW - editor_panel_width(kWindowW)));
    CHECK(view.viewport_h_px == Approx(kWindowH));
    for (const Point& p : lesson.zone) {
        const sf::Vector2f s = to_screen(view, p);
        CHECK(s.x >= 59.0f);
        CHECK(s.x <= view.viewport_w_px - 59.0f);
        CHECK(s.y >= 59.0f);
        CHECK(s.y <= view.viewport_h_px - 59.0f);
    }
    // The forehead is at the bottom: the zone's front edge (small y) lies lower on screen.
    CHECK(to_screen(view, lesson.zone[0]).y > to_screen(view, lesson.zone[3]).y);
}
