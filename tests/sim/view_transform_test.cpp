// The view mapping: orientation, round trips, zoom about the pointer with clamping, pan and fit.
#include <catch2/catch.hpp>

#include "sim/model/view_transform.hpp"

using namespace stipple;

TEST_CASE("view: the crown is above the forehead on screen and x runs right") {
    ViewTransform v;
    v.px_per_mm = 4.0;
    v.center_mm = {0, 80};
    const sf::Vector2f centre = to_screen(v, {0, 80});
    CHECK(centre.x == Approx(640));
    CHECK(centre.y == Approx(400));
    CHECK(to_screen(v, {0, 190}).y < to_screen(v, {0, 0}).y);
    CHECK(to_screen(v, {10, 80}).x == Approx(680));
    CHECK(to_screen(v, {0, 90}).y == Approx(360));
}

TEST_CASE("view: to_scalp inverts to_screen, and the SFML transform agrees") {
    ViewTransform v{7.5, {-12.25, 143.0}, 1000.0f, 700.0f};
    for (Point p : {Point{0, 0}, Point{-80, 250}, Point{33.3, 91.7}}) {
        const sf::Vector2f s = to_screen(v, p);
        const Point back = to_scalp(v, s);
        CHECK(back.x == Approx(p.x).margin(1e-3));
        CHECK(back.y == Approx(p.y).margin(1e-3));
        const sf::Vector2f t = scalp_to_screen_transform(v).transformPoint(static_cast<float>(p.x), static_cast<float>(p.y));
        CHECK(t.x == Approx(s.x).margin(1e-2));
        CHECK(t.y == Approx(s.y).margin(1e-2));
    }
}

TEST_CASE("view: zoom keeps the scalp point under the pointer and clamps to 1..40 px/mm") {
    ViewTransform v{4.0, {0, 80}, 1280.0f, 800.0f};
    const sf::Vector2f pointer(900.0f, 250.0f);
    const Point under = to_scalp(v, pointer);
    zoom_at(v, pointer, 2.5);
    CHECK(v.px_per_mm == Approx(10.0));
    const sf::Vector2f again = to_screen(v, under);
    CHECK(again.x == Approx(pointer.x).margin(1e-3));
    CHECK(again.y == Approx(pointer.y).margin(1e-3));

    zoom_at(v, pointer, 1000.0);
    CHECK(v.px_per_mm == Approx(kMaxPxPerMm));
    CHECK(to_screen(v, under).x == Approx(pointer.x).margin(1e-3));
    zoom_at(v, {10.0f, 10.0f}, 1e-6);
    CHECK(v.px_per_mm == Approx(kMinPxPerMm));
    zoom_at(v, {10.0f, 10.0f}, -3.0);  // nonsense factor: ignored
    CHECK(v.px_per_mm == Approx(kMinPxPerMm));
}

TEST_CASE("view: pan moves the picture with the drag; fit shows the whole bounds") {
    ViewTransform v{5.0, {0, 80}, 1280.0f, 800.0f};
    const sf::Vector2f before = to_screen(v, {3, 90});
    pan_by(v, {50.0f, -20.0f});
    const sf::Vector2f after = to_screen(v, {3, 90});
    CHECK(after.x - before.x == Approx(50.0f));
    CHECK(after.y - before.y == Approx(-20.0f));

    fit_bounds(v, Bounds{{-32, 72}, {32, 102}}, 20.0f);
    CHECK(v.px_per_mm == Approx(std::min((1280.0 - 40) / 64.0, (800.0 - 40) / 30.0)));
    const sf::Vector2f lo = to_screen(v, {-32, 72}), hi = to_screen(v, {32, 102});
    CHECK(lo.x >= 20.0f - 1e-3f);
    CHECK(hi.x <= 1260.0f + 1e-3f);
    CHECK(hi.y >= 20.0f - 1e-3f);
    CHECK(lo.y <= 780.0f + 1e-3f);
    fit_bounds(v, Bounds{{-90, -30}, {90, 260}}, 0.0f);  // the whole map: 800/290 px/mm
    CHECK(v.px_per_mm == Approx(800.0 / 290.0));
}

TEST_CASE("view: an image rendered for a region lands on that region") {
    const Bounds region{{-10, 70}, {10, 100}};
    const sf::Transform t = image_to_scalp_transform(region, 8.0);
    const sf::Vector2f top_left = t.transformPoint(0.0f, 0.0f);
    const sf::Vector2f bottom_right = t.transformPoint(160.0f, 240.0f);
    CHECK(top_left.x == Approx(-10));
    CHECK(top_left.y == Approx(100));
    CHECK(bottom_right.x == Approx(10));
    CHECK(bottom_right.y == Approx(70));
}

TEST_CASE("view: given the scalp's edge, panning and zooming stop there") {
    const Bounds scalp{{-90, -30}, {90, 260}};
    ViewTransform v{5.0, {0, 80}, 1280.0f, 800.0f};
    // At 5 px/mm the view is 256 x 160 mm: wider than the scalp (180 mm), shorter than it (290 mm).
    pan_by(v, {-100000.0f, 0.0f}, scalp);  // drag the picture far left: the whole 180 mm stays in view,
    CHECK(v.center_mm.x == Approx(-90 + 128.0));  // its left edge stopping at the window's left edge
    CHECK(to_screen(v, {-90, 80}).x == Approx(0.0f));
    pan_by(v, {100000.0f, 0.0f}, scalp);
    CHECK(v.center_mm.x == Approx(90 - 128.0));
    CHECK(to_screen(v, {90, 80}).x == Approx(1280.0f));
    pan_by(v, {0.0f, 100000.0f}, scalp);  // drag down: shows what lies above (further back), up to the crown's edge
    CHECK(v.center_mm.y == Approx(260 - 80.0));
    CHECK(to_screen(v, {0, 260}).y == Approx(0.0f));
    pan_by(v, {0.0f, -100000.0f}, scalp);
    CHECK(v.center_mm.y == Approx(-30 + 80.0));
    CHECK(to_screen(v, {0, -30}).y == Approx(800.0f));
    // A small pan inside the scalp is not changed.
    pan_by(v, {0.0f, 100.0f}, scalp);
    CHECK(v.center_mm.y == Approx(-30 + 80.0 + 20.0));

    // Zooming in at a corner: the view stays on the scalp.
    zoom_at(v, {0.0f, 799.0f}, 8.0, scalp);
    CHECK(v.px_per_mm == Approx(40.0));
    CHECK(to_scalp(v, {0.0f, 800.0f}).x >= Approx(-90.0));
    CHECK(to_scalp(v, {0.0f, 800.0f}).y >= Approx(-30.0));
    CHECK(to_scalp(v, {1280.0f, 0.0f}).x <= Approx(90.0));
    // Zoomed out to 1 px/mm the whole scalp (180 x 290 px) fits: it stays wholly in view wherever one pans.
    zoom_at(v, {640.0f, 400.0f}, 1e-6, scalp);
    CHECK(v.px_per_mm == Approx(1.0));
    pan_by(v, {5000.0f, 5000.0f}, scalp);
    CHECK(to_screen(v, {-90, 260}).x == Approx(1280.0f - 180.0f));
    CHECK(to_screen(v, {-90, 260}).y == Approx(800.0f - 290.0f));
    pan_by(v, {-5000.0f, -5000.0f}, scalp);
    CHECK(to_screen(v, {-90, 260}).x == Approx(0.0f));
    CHECK(to_screen(v, {-90, 260}).y == Approx(0.0f));

    // Without a limit nothing is clamped (the editor's canvas).
    ViewTransform free{5.0, {0, 80}, 1280.0f, 800.0f};
    pan_by(free, {-100000.0f, 0.0f});
    CHECK(free.center_mm.x == Approx(20000.0));
}
