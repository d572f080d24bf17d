// The 3D head view on a real OpenGL context (Xvfb): the front view shows skin at the face and the background
// around the head, an attempt's dots darken the top of the head, the healed look differs from the fresh one,
// the picture is rendered again only when the camera, the size or the scene changed, and a pixel picks the map
// point drawn there (the client's right on the viewer's left, swapped in the mirror), and with a skin refresh
// interval dots arriving in quick succession compose the skin a few times a second, the last state shown once
// they stop (time driven by an injected clock).
#include <catch2/catch.hpp>

#include <cmath>

#include "sim/flow/frame_pacing.hpp"

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

TEST_CASE("head view: renders again only when the camera, the size or the scene changed (turning: half size, "
          "then sharp)",
          "[head_view]") {
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
    orbit_head_camera(view.camera(), 20.0, 0.0);  // turning: a quick half-size picture
    const sf::Image turning = render(view, {100, 50, float(kW), float(kH)});
    CHECK(view.renders() == 2);
    const sf::Image still = render(view, {100, 50, float(kW), float(kH)});  // stopped: once more, sharp
    CHECK(view.renders() == 3);
    render(view, {100, 50, float(kW), float(kH)});
    CHECK(view.renders() == 3);
    // The same head either way, the sharp one with finer detail: close in tone at the centre.
    CHECK(std::abs(mean_luminance(turning, 340, 250, 40, 40) - mean_luminance(still, 340, 250, 40, 40)) < 6.0);
    render(view, {0, 0, 200, 200});  // another size
    CHECK(view.renders() == 4);
    scene.add_dot({0.0, 90.0, 0.6, std::nullopt});  // the scene changed: the skin is composed again
    render(view, {0, 0, 200, 200});
    CHECK(view.renders() == 5);
    CHECK(view.skin_compositions() == 2);
    render(view, {0, 0, 200, 200});
    CHECK(view.renders() == 5);
    render(view, {0, 0, 0, 200});  // an empty viewport draws nothing and renders nothing
    CHECK(view.renders() == 5);
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

TEST_CASE("head view: a mark on the client's right shows on the viewer's left from the front, on the right in "
          "the mirror and from the back",
          "[head_view]") {
    const test::ModelDisplayGuard display;
    Lesson lesson = test::hairline_lesson();
    lesson.zone = {{-80, 60}, {80, 60}, {80, 300}, {-80, 300}};  // the pigment layer covers the marks
    PracticeScene scene(lesson);
    HeadView view(scene);
    // Two dense 10 x 10 mm marks at x = +40 (the client's right): one at the temple, one at the back.
    std::vector<Dot> marks;
    for (const double cy : {95.0, 250.0})
        for (double y = cy - 5; y <= cy + 5; y += 0.4)
            for (double x = 35; x <= 45; x += 0.4) marks.push_back({x, y, 0.7, std::nullopt});
    // The mean column of the pixels the marks darken, as a share of the width (0 = left edge).
    auto mark_column = [&](HeadViewPreset preset) {
        view.camera() = head_camera_preset(preset);
        scene.show_dots({}, 0.0, false);
        const sf::Image bare = render(view);
        scene.show_dots(marks, 0.0, false);
        const sf::Image marked = render(view);
        double sum_x = 0.0, n = 0.0;
        for (unsigned y = 0; y < kH; ++y)
            for (unsigned x = 0; x < kW; ++x) {
                const sf::Color a = bare.getPixel(x, y), b = marked.getPixel(x, y);
                if (int(a.r) + a.g + a.b - (int(b.r) + b.g + b.b) > 45) sum_x += x, n += 1.0;
            }
        INFO("darkened pixels: " << n);
        REQUIRE(n > 30.0);
        return sum_x / n / double(kW);
    };
    CHECK(mark_column(HeadViewPreset::front) < 0.45);   // measured 0.41
    CHECK(mark_column(HeadViewPreset::mirror) > 0.55);  // 0.59
    CHECK(mark_column(HeadViewPreset::back) > 0.55);    // 0.60
}

TEST_CASE("head view: with a refresh interval, dots in quick succession compose the skin a few times a second and "
          "the last state shows once they stop",
          "[head_view]") {
    const test::ModelDisplayGuard display;
    const Lesson lesson = test::shipped_lesson("crown-fill");
    PracticeScene scene(lesson);
    double now_s = 100.0;  // the injected clock: the test moves it
    HeadView view(scene);
    view.set_skin_refresh_interval(0.3, [&now_s] { return now_s; });
    view.camera() = head_camera_preset(HeadViewPreset::top);
    zoom_head_camera(view.camera(), 0.45);
    render(view);
    CHECK(view.skin_compositions() == 1);  // the first draw composes at once
    CHECK_FALSE(view.skin_stale());
    CHECK(view.skin_refresh_in_s() == kNoFrameNeeded);

    // 300 dots, one every 5 ms (1.5 s), a 0.6 mm grid over 10 x 10 mm at the zone's centre, a frame after each.
    const Bounds zone = bounds_of(lesson.zone);
    const Point centre{(zone.min.x + zone.max.x) / 2.0, (zone.min.y + zone.max.y) / 2.0};
    for (int i = 0; i < 300; ++i) {
        scene.add_dot({centre.x - 5.0 + 0.6 * (i % 17), centre.y - 5.0 + 0.6 * (i / 17), 0.7, std::nullopt});
        now_s += 0.005;
        render(view);
    }
    // Without the interval: 301 compositions. With it: one per 0.3 s of dots (1.5 s -> 5), the first included.
    INFO("compositions " << view.skin_compositions());
    CHECK(view.skin_compositions() >= 5);
    CHECK(view.skin_compositions() <= 7);

    // One more dot, drawn at once: the stale skin is kept and the frame that catches up is asked for.
    scene.add_dot({centre.x + 6.0, centre.y + 6.0, 0.7, std::nullopt});
    const std::size_t before = view.skin_compositions();
    const sf::Image stale = render(view);
    CHECK(view.skin_compositions() == before);
    CHECK(view.skin_stale());
    const double due_in_s = view.skin_refresh_in_s();
    CHECK(due_in_s > 0.0);
    CHECK(due_in_s <= 0.3);
    render(view);  // a frame for another reason, before it falls due: still no composition
    CHECK(view.skin_compositions() == before);

    // The dots stopped: the asked-for frame composes the last state, and nothing more is asked.
    now_s += due_in_s;
    const sf::Image caught_up = render(view);
    CHECK(view.skin_compositions() == before + 1);
    CHECK_FALSE(view.skin_stale());
    CHECK(view.skin_refresh_in_s() == kNoFrameNeeded);
    // What it shows is the scene's current state: the same picture as a view without an interval.
    HeadView immediate(scene);
    immediate.camera() = view.camera();
    const sf::Image current = render(immediate);
    std::size_t differing = 0, differing_from_stale = 0;
    for (unsigned y = 0; y < kH; ++y)
        for (unsigned x = 0; x < kW; ++x) {
            differing += caught_up.getPixel(x, y) != current.getPixel(x, y);
            differing_from_stale += caught_up.getPixel(x, y) != stale.getPixel(x, y);
        }
    CHECK(differing == 0);
    CHECK(differing_from_stale > 0);  // the last dot (and those before it) appeared

    // Without an interval (the score screen, stipple render) every change composes at once.
    scene.add_dot({centre.x - 6.0, centre.y - 6.0, 0.7, std::nullopt});
    render(immediate);
    CHECK(immediate.skin_compositions() == 2);
    CHECK_FALSE(immediate.skin_stale());
}
