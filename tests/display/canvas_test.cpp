// The dot canvas on a real OpenGL context (Xvfb): every dot stays after many adds, tiles join seamlessly,
// rebuild replaces the dots, and drawing places the layer where the view says.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <vector>

#include <SFML/Graphics/RenderTexture.hpp>

#include "model_display_guard.hpp"
#include "sim/model/dot_canvas.hpp"
#include "sim/model/noise.hpp"

using namespace stipple;

namespace {
DotLook good_look() {
    DotLook l;
    l.radius_mm = 0.13;
    l.blur_mm = 0.02;
    l.color = sf::Color(40, 38, 40, 235);
    return l;
}

sf::Color pixel_at(const sf::Image& image, const DotCanvas& canvas, Point p) {
    const auto x = static_cast<unsigned>((p.x - canvas.bounds_mm().min.x) * canvas.px_per_mm());
    const auto y = static_cast<unsigned>((canvas.bounds_mm().max.y - p.y) * canvas.px_per_mm());
    return image.getPixel(x, y);
}
}  // namespace

TEST_CASE("canvas: keeps every one of 3000 dots, and nothing between them") {
    const test::ModelDisplayGuard display;
    DotCanvas canvas(Bounds{{-10, 70}, {10, 90}}, 2.0, 20.0);
    CHECK(canvas.px_per_mm() == Approx(20.0));
    CHECK(canvas.bounds_mm().min.x == Approx(-12.0));
    CHECK(canvas.bounds_mm().max.y == Approx(92.0));
    std::vector<Dot> dots;
    for (int i = 0; i < 3000; ++i) {
        dots.push_back({-10.0 + 20.0 * hash01(i, 1, 42), 70.0 + 20.0 * hash01(i, 2, 42), 0.6, std::nullopt});
        canvas.add(dots.back(), good_look());
    }
    CHECK(canvas.dot_count() == 3000);
    const sf::Image image = canvas.to_image();
    int missing = 0;
    for (const Dot& d : dots) {
        if (pixel_at(image, canvas, {d.x, d.y}).a < 150) ++missing;
    }
    CHECK(missing == 0);
    // The margin outside the zone stays clear.
    CHECK(pixel_at(image, canvas, {-11.5, 91.5}).a == 0);
}

TEST_CASE("canvas: a large zone is tiled and dots on tile seams are whole") {
    const test::ModelDisplayGuard display;
    DotCanvas canvas(Bounds{{-30, 60}, {30, 120}}, 5.0, 40.0);  // 70 mm at 40 px/mm = 2800 px: 2x2 tiles
    REQUIRE(canvas.tile_count() == 4);
    const double seam_x = canvas.bounds_mm().min.x + DotCanvas::kMaxTilePx / canvas.px_per_mm();
    const double seam_y = canvas.bounds_mm().max.y - DotCanvas::kMaxTilePx / canvas.px_per_mm();
    const Dot on_seam{seam_x, seam_y, 0.6, std::nullopt};
    canvas.add(on_seam, good_look());
    const sf::Image image = canvas.to_image();
    // Both sides of both seams carry the dot.
    for (double dx : {-0.06, 0.06}) {
        for (double dy : {-0.06, 0.06}) CHECK(pixel_at(image, canvas, {seam_x + dx, seam_y + dy}).a > 150);
    }
    CHECK(pixel_at(image, canvas, {seam_x + 0.3, seam_y}).a == 0);
}

TEST_CASE("canvas: rebuild replaces the dots (undo) with new looks") {
    const test::ModelDisplayGuard display;
    DotCanvas canvas(Bounds{{0, 0}, {10, 10}}, 1.0, 20.0);
    std::vector<Dot> dots;
    for (int i = 0; i < 10; ++i) dots.push_back({1.0 + i * 0.9, 5.0, 0.6, std::nullopt});
    for (const Dot& d : dots) canvas.add(d, good_look());
    dots.pop_back();
    canvas.rebuild(dots, [](const Dot&) { return good_look(); });
    CHECK(canvas.dot_count() == 9);
    const sf::Image image = canvas.to_image();
    CHECK(pixel_at(image, canvas, {1.0 + 8 * 0.9, 5.0}).a > 150);
    CHECK(pixel_at(image, canvas, {1.0 + 9 * 0.9, 5.0}).a == 0);
}

TEST_CASE("canvas: draw puts each dot where the view maps it, crown up") {
    const test::ModelDisplayGuard display;
    DotCanvas canvas(Bounds{{-10, 70}, {10, 90}}, 2.0, 20.0);
    const Dot low{-5, 72, 0.6, std::nullopt}, high{5, 88, 0.6, std::nullopt};
    DotLook big = good_look();
    big.radius_mm = 0.5;
    canvas.add(low, big);
    canvas.add(high, big);
    sf::RenderTexture frame;
    REQUIRE(frame.create(640, 400));
    ViewTransform view{10.0, {0, 80}, 640.0f, 400.0f};
    frame.clear(sf::Color::White);
    canvas.draw(frame, view);
    frame.display();
    const sf::Image shot = frame.getTexture().copyToImage();
    for (const Dot& d : {low, high}) {
        const sf::Vector2f s = to_screen(view, {d.x, d.y});
        const sf::Color c = shot.getPixel(static_cast<unsigned>(s.x), static_cast<unsigned>(s.y));
        CHECK(c.r < 90);
    }
    CHECK(to_screen(view, {high.x, high.y}).y < to_screen(view, {low.x, low.y}).y);
    const sf::Color blank = shot.getPixel(320, 200);
    CHECK(blank.r == 255);
    CHECK(blank.g == 255);
}
