// The 3D head view on a real OpenGL context (Xvfb): the front view shows skin at the face and the background
// around the head, an attempt's dots darken the top of the head, the healed look differs from the fresh one,
// the picture is rendered again only when the camera, the size or the scene changed, and a pixel picks the map
// point drawn there (the client's right on the viewer's left, swapped in the mirror).
#include <catch2/catch.hpp>

#include <cmath>

#include <SFML/Graphics/RenderTexture.hpp>

#include "model_display_guard.hpp"
#include "sim/ui/head_view.hpp"
#include "sim/ui/practice_scene.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

namespace {

constexpr unsigned kW = 480, kH = 400;
const sf::Color kBackground(10, 200, 10);  // what the target shows where the view draws nothing

sf::Image render(HeadView& view, const sf::FloatRect& viewport = {0, 0, float(kW), float(kH)}) {
    sf::RenderTexture target;
    REQUIRE(target.create(kW, kH));
    target.clear(kBackground);
    view.draw(target, viewport);
    target.display();
    return target.getTexture().copyToImage();
}

// Mean luminance (0..255) of a w x h box centred on (cx, cy).
double mean_luminance(const sf::Image& image, unsigned cx, unsigned cy, unsigned w, unsigned h) {
    double sum = 0.0;
    for (unsigned y = cy - h / 2; y < cy + h / 2; ++y)
        for (unsigned x = cx - w / 2; x < cx + w / 2; ++x) {
            const sf::Color c = image.getPixel(x, y);
            sum += 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
        }
    return sum / double(w * h);
}

bool skin_like(sf::Color c) { return c.r > c.b && c.r >= c.g && c.r > 60; }

}  // namespace

TEST_CASE("head view: the front view shows skin at the face, the view's own background around the head",
          "[head_view]") {
    const test::ModelDisplayGuard display;
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    PracticeScene scene(lesson);
    HeadView view(scene);
    const sf::Image front = render(view);
    // The target point (forehead level) is at the picture's centre: skin there, reddish like every skin type.
    const sf::Color centre = front.getPixel(kW / 2, kH / 2);
    CHECK(skin_like(centre));
    CHECK(centre != kBackground);
    // The corners are the view's backdrop (dark), not the target's green: the view fills its viewport.
    const sf::Color corner = front.getPixel(2, 2);
    CHECK(corner.g < 80);
    CHECK(corner.r < 80);
    // Left and right of the face are mirror images in tone (the light is soft): both skin.
    CHECK(skin_like(front.getPixel(kW / 2 - 40, kH / 2)));
    CHECK(skin_like(front.getPixel(kW / 2 + 40, kH / 2)));
}

TEST_CASE("head view: renders again only when the camera, the size or the scene changed", "[head_view]") {
    const test::ModelDisplayGuard display;
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    PracticeScene scene(lesson);
    HeadView view(scene);
    render(view);
    CHECK(view.renders() == 1);
    CHECK(view.skin_compositions() == 1);
    render(view);  // nothing changed: the last picture is blitted
    render(view, {100, 50, float(kW), float(kH)});  // the same size elsewhere: blitted there
    CHECK(view.renders() == 1);
    orbit_head_camera(view.camera(), 20.0, 0.0);
    render(view, {100, 50, float(kW), float(kH)});
    CHECK(view.renders() == 2);
    render(view, {0, 0, 200, 200});  // another size
    CHECK(view.renders() == 3);
    scene.add_dot({0.0, 90.0, 0.6, std::nullopt});  // the scene changed: the skin is composed again
    render(view, {0, 0, 200, 200});
    CHECK(view.renders() == 4);
    CHECK(view.skin_compositions() == 2);
    render(view, {0, 0, 200, 200});
    CHECK(view.renders() == 4);
    render(view, {0, 0, 0, 200});  // an empty viewport draws nothing and renders nothing
    CHECK(view.renders() == 4);
}

TEST_CASE("head view: an attempt's dots show on the top of the head, and healed they look different",
          "[head_view]") {
    const test::ModelDisplayGuard display;
    const Lesson lesson = test::shipped_lesson("crown-fill");
    // Dense work over the zone's box (every 0.6 mm): the pigment must show from a head's length away.
    const Bounds box = bounds_of(lesson.zone);
    std::vector<Dot> dots;
    for (double y = box.min.y; y <= box.max.y; y += 0.6)
        for (double x = box.min.x; x <= box.max.x; x += 0.6) dots.push_back({x, y, 0.7, std::nullopt});
    PracticeScene scene(lesson);
    HeadView view(scene);
    view.camera() = head_camera_preset(HeadViewPreset::top);
    zoom_head_camera(view.camera(), 0.45);  // close: about 0.5 mm a pixel
    // Where the zone's centre is drawn: the pixel that picks it.
    const Bounds zone = bounds_of(lesson.zone);
    const Point zone_centre{(zone.min.x + zone.max.x) / 2.0, (zone.min.y + zone.max.y) / 2.0};
    const sf::Image bare = render(view);
    unsigned best_x = 0, best_y = 0;
    double best = 1e9;
    for (unsigned y = 4; y < kH - 4; y += 2)
        for (unsigned x = 4; x < kW - 4; x += 2)
            if (const auto p = view.pick({float(x), float(y)})) {
                const double d = std::hypot(p->x - zone_centre.x, p->y - zone_centre.y);
                if (d < best) best = d, best_x = x, best_y = y;
            }
    REQUIRE(best < 3.0);  // the zone is in sight from above
    const double bare_tone = mean_luminance(bare, best_x, best_y, 16, 16);
    scene.show_dots(dots, 0.0, false);
    const sf::Image fresh = render(view);
    const double fresh_tone = mean_luminance(fresh, best_x, best_y, 16, 16);
    INFO("at " << best_x << "," << best_y << " bare " << bare_tone << " fresh " << fresh_tone);
    CHECK(fresh_tone < bare_tone - 10.0);  // the pigment darkens the skin visibly (measured: 201 -> 178)
    scene.show_dots(dots, 4 * 365.0, true);
    const sf::Image healed = render(view);
    const double healed_tone = mean_luminance(healed, best_x, best_y, 16, 16);
    CHECK(std::abs(healed_tone - fresh_tone) > 4.0);  // four years in the sun: the look has changed (198)
    CHECK(healed_tone < bare_tone - 1.0);              // and the dots are still there
}

TEST_CASE("head view: a pixel picks the map point drawn there, mirrored in the mirror view", "[head_view]") {
    const test::ModelDisplayGuard display;
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    PracticeScene scene(lesson);
    HeadView view(scene);
    CHECK_FALSE(view.pick({float(kW / 2), float(kH / 2)}));  // nothing drawn yet
    render(view);
    const auto centre = view.pick({float(kW / 2), float(kH / 2)});
    REQUIRE(centre);
    CHECK(std::abs(centre->x) < 3.0);  // the midline
    CHECK_FALSE(view.pick({2.0f, 2.0f}));             // the backdrop, beside the head
    CHECK_FALSE(view.pick({float(kW + 5), 10.0f}));   // outside the viewport
    // Facing the client, their right (+x on the map) is on the viewer's left.
    const auto left_of_centre = view.pick({float(kW / 2 - 50), float(kH / 2 - 60)});
    REQUIRE(left_of_centre);
    CHECK(left_of_centre->x > 10.0);
    // Round trip: the skin point of a picked map point projects back onto the pixel it was picked at.
    for (const sf::Vector2f pixel : {sf::Vector2f(240, 200), sf::Vector2f(200, 120), sf::Vector2f(290, 260)}) {
        const auto picked = view.pick(pixel);
        REQUIRE(picked);
        const auto surface = head_surface_at(view.map(), *picked);
        REQUIRE(surface);
        const Ray back = head_pixel_ray(view.camera(), pixel.x, pixel.y, kW, kH);
        const Vec3 d = normalized(back.direction), op = surface->position_mm - back.origin_mm;
        CHECK(length(op - d * dot(op, d)) < 1.5);  // mm off the pixel's ray (a pixel is ~1.3 mm here)
    }
    view.camera() = head_camera_preset(HeadViewPreset::mirror);
    render(view);
    const auto in_mirror = view.pick({float(kW / 2 - 50), float(kH / 2 - 60)});
    REQUIRE(in_mirror);
    CHECK(in_mirror->x < -10.0);
}
