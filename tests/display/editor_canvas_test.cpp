// The lesson editor's drawing (needs an X display for OpenGL): control-point handles where the view puts
// them, selection and invalid-zone colours, the demo's dots, and the scalp backdrop rebuilt only when the
// scalp case changes.
#include <catch2/catch.hpp>

#include <cmath>

#include <SFML/Graphics/RenderTexture.hpp>

#include "sim/editor/editor_backdrop.hpp"
#include "sim/editor/editor_canvas.hpp"
#include "sim/flow/view_options.hpp"
#include "sim/model/lesson_edit.hpp"
#include "sim/model/lesson_edit_check.hpp"

using namespace stipple;

namespace {

constexpr unsigned kWindowW = 1280, kWindowH = 800;

ViewTransform view_for(const Lesson& lesson) {
    std::vector<Point> points = lesson.zone;
    for (const Point& p : lesson.hairline->curve) points.push_back(p);
    return initial_editor_view(points, kWindowW, kWindowH);
}

sf::Image render(const Lesson& lesson, const ViewTransform& view, const EditorOverlay& overlay) {
    sf::RenderTexture rt;
    REQUIRE(rt.create(unsigned(view.viewport_w_px), unsigned(view.viewport_h_px)));
    rt.clear(sf::Color::Black);
    draw_editor_overlay(rt, view, lesson, overlay);
    rt.display();
    return rt.getTexture().copyToImage();
}

sf::Color pixel_at(const sf::Image& image, sf::Vector2f px) {
    return image.getPixel(unsigned(std::lround(px.x)), unsigned(std::lround(px.y)));
}

int count_color(const sf::Image& image, sf::Color color) {
    int n = 0;
    for (unsigned y = 0; y < image.getSize().y; ++y)
        for (unsigned x = 0; x < image.getSize().x; ++x)
            if (image.getPixel(x, y) == color) ++n;
    return n;
}

}  // namespace

TEST_CASE("handles are drawn at the control points; the selected one is highlighted", "[editor]") {
    const Lesson lesson = lesson_template("t");
    const ViewTransform view = view_for(lesson);
    EditorOverlay overlay;
    overlay.selected = ControlPointRef{PointSet::zone, 1};
    const sf::Image image = render(lesson, view, overlay);
    CHECK(pixel_at(image, to_screen(view, lesson.zone[0])) == kZoneColor);
    CHECK(pixel_at(image, to_screen(view, lesson.zone[2])) == kZoneColor);
    CHECK(pixel_at(image, to_screen(view, lesson.zone[1])) == kSelectedHandleColor);
    for (const Point& p : lesson.hairline->curve) CHECK(pixel_at(image, to_screen(view, p)) == kHairlineHandleColor);
    // Empty scalp between the handles stays as it was.
    CHECK(pixel_at(image, to_screen(view, Point{0, 90})) == sf::Color::Black);
}

TEST_CASE("an invalid zone is outlined in red; a valid one in the zone colour", "[editor]") {
    Lesson lesson = lesson_template("t");
    const ViewTransform view = view_for(lesson);
    const sf::Vector2f edge_mid = to_screen(view, Point{-20, 85});  // the middle of the left edge
    EditorOverlay overlay;
    CHECK(pixel_at(render(lesson, view, overlay), edge_mid) == kZoneColor);
    overlay.zone_invalid = true;
    CHECK(pixel_at(render(lesson, view, overlay), edge_mid) == kInvalidZoneColor);
}

TEST_CASE("the demo preview draws its dots", "[editor]") {
    const Lesson lesson = lesson_template("t");
    const ViewTransform view = view_for(lesson);
    EditorOverlay overlay;
    CHECK(count_color(render(lesson, view, overlay), kDemoDotColor) == 0);
    const DemoPreview demo = preview_demo(lesson);
    overlay.demo_dots = &demo.attempt.dots;
    const sf::Image image = render(lesson, view, overlay);
    // Every dot is at least 2x2 px; allow for a few hidden under handles and lines.
    CHECK(count_color(image, kDemoDotColor) >= int(demo.attempt.dots.size()) * 3);
    const Dot& d = demo.attempt.dots.front();
    CHECK(pixel_at(image, to_screen(view, Point{d.x, d.y})) == kDemoDotColor);
}

TEST_CASE("the backdrop is rebuilt when the scalp case changes, not when the zone moves", "[editor]") {
    Lesson lesson = lesson_template("t");
    const ViewTransform view = view_for(lesson);
    EditorBackdrop backdrop;
    backdrop.base_max_pixels = 0.02e6;  // coarse pictures keep the test fast; the logic is the same
    backdrop.detail_max_pixels = 0.05e6;
    REQUIRE(update_backdrop(backdrop, lesson));
    CHECK_FALSE(update_backdrop(backdrop, lesson));
    REQUIRE(move_control_point(lesson, {PointSet::zone, 2}, {25, 99}).ok);
    CHECK_FALSE(update_backdrop(backdrop, lesson));

    auto mean_brightness = [&](const EditorBackdrop& b) {
        sf::RenderTexture rt;
        REQUIRE(rt.create(unsigned(view.viewport_w_px), unsigned(view.viewport_h_px)));
        rt.clear(sf::Color::Black);
        draw_backdrop(rt, view, b);
        rt.display();
        const sf::Image image = rt.getTexture().copyToImage();
        double sum = 0;
        int n = 0;
        for (unsigned y = 0; y < image.getSize().y; y += 7)
            for (unsigned x = 0; x < image.getSize().x; x += 7) {
                const sf::Color c = image.getPixel(x, y);
                sum += (c.r + c.g + c.b) / 3.0;
                ++n;
            }
        return sum / n;
    };
    lesson.scalp.skin = "fitzpatrick-1";
    REQUIRE(update_backdrop(backdrop, lesson));
    const double light = mean_brightness(backdrop);
    CHECK(light > 100);  // the canvas is covered with skin, not left black
    lesson.scalp.skin = "fitzpatrick-6";
    REQUIRE(update_backdrop(backdrop, lesson));
    CHECK(mean_brightness(backdrop) < light - 40);
    lesson.scalp.skin = "not-a-skin";
    CHECK_FALSE(update_backdrop(backdrop, lesson));  // an invalid case keeps the last picture
}
