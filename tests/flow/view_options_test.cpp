// The view a screen opens with, headless: --view and --window parsed strictly, the practice screen's view
// (a fixed --view maps pixels to millimetres exactly; the default fits the zone beside the lesson panel),
// and the lesson editor's first view (the zone and hairline fitted left of its panel).
#include <catch2/catch.hpp>

#include <algorithm>
#include <utility>
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
    const ViewTransform fixed = initial_view(lesson, 1280, 800, ViewSpec{{0, 87}, 10}, view_insets(ViewScreen::Practice));
    const Point p = to_scalp(fixed, {450, 380});
    CHECK(p.x == Approx(-19.0));
    CHECK(p.y == Approx(89.0));
}

TEST_CASE("a fitted view leaves room for the screen's panels, at 1280x800 and at 1024x640", "[practice]") {
    CHECK(view_insets(ViewScreen::Practice).left_px == 340.0f);   // 10 + lesson panel 320 + 10
    CHECK(view_insets(ViewScreen::Practice).right_px == 170.0f);  // 10 + depth gauge 150 + 10
    CHECK(view_insets(ViewScreen::Score).left_px == 400.0f);
    CHECK(view_insets(ViewScreen::Score).right_px == 0.0f);
    CHECK(view_insets(ViewScreen::Replay).left_px == 350.0f);
    for (const char* id : {"hairline-classic", "first-dots-depth", "crown-fill"}) {
        const Lesson lesson = test::shipped_lesson(id);
        for (const auto& [w, h] : {std::pair{1280u, 800u}, std::pair{1024u, 640u}}) {
            for (const ViewScreen screen : {ViewScreen::Practice, ViewScreen::Score, ViewScreen::Replay}) {
                INFO(id << " " << w << "x" << h << " screen " << int(screen));
                const ViewInsets insets = view_insets(screen);
                const ViewTransform fit = initial_view(lesson, w, h, std::nullopt, insets);
                CHECK(fit.viewport_w_px == float(w));
                double min_x = 1e9, max_x = -1e9;
                for (const Point& corner : lesson.zone) {
                    const sf::Vector2f s = to_screen(fit, corner);
                    min_x = std::min<double>(min_x, s.x);
                    max_x = std::max<double>(max_x, s.x);
                    CHECK(s.x >= insets.left_px + 49.0f);       // right of the left panel, with the margin
                    CHECK(s.x <= w - insets.right_px - 49.0f);  // left of the depth gauge
                    CHECK(s.y >= 49.0f);
                    CHECK(s.y <= h - 49.0f);
                }
                // Centred in the strip between the panels (a zone symmetric about x = 0 is).
                const double strip_middle = insets.left_px + (w - insets.left_px - insets.right_px) / 2.0;
                CHECK((min_x + max_x) / 2.0 == Approx(strip_middle).margin(0.5));
            }
        }
    }
}

TEST_CASE("a window too narrow for its panels fits the zone into the whole window", "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const ViewTransform fit = initial_view(lesson, 700, 500, std::nullopt, view_insets(ViewScreen::Practice));
    for (const Point& corner : lesson.zone) {
        const sf::Vector2f s = to_screen(fit, corner);
        CHECK(s.x >= 49.0f);
        CHECK(s.x <= 651.0f);
    }
    CHECK(to_screen(fit, {0, 0}).x == Approx(350.0f));  // the window's middle: no panel taken into account
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
