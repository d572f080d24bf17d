// The head pane, headless: where the 3D view sits beside the map on the practice work and score screens
// (at 1280x800, 1024x640 and in a low window; hidden when the map would get too little room), the room the
// fitted map keeps, the presets' keys, and the pointer routing: a left click on the skin is the needle at
// the picked map point (down, up at the same point), a drag orbits, the wheel zooms, and what lies outside
// the pane stays the map's.
#include <catch2/catch.hpp>

#include <cmath>
#include <set>
#include <string>
#include <utility>

#include "sim/flow/head_pane.hpp"
#include "sim/flow/view_options.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

namespace {

bool overlaps(const PixelRect& a, const PixelRect& b) {
    return a.left_px < b.right_px() && b.left_px < a.right_px() && a.top_px < b.bottom_px() &&
           b.top_px < a.bottom_px();
}

// A pick that sees skin in a disc of radius 100 px around (1000, 500): map x = px offset / 4, y = 100 + dy / 4.
std::optional<Point> disc_pick(float x, float y) {
    const float dx = x - 1000.0f, dy = y - 500.0f;
    if (dx * dx + dy * dy > 100.0f * 100.0f) return std::nullopt;
    return Point{dx / 4.0, 100.0 + dy / 4.0};
}

HeadPointerEvent at(HeadPointerEvent::Kind kind, float x, float y,
                    HeadPointerEvent::Button button = HeadPointerEvent::Button::Left) {
    HeadPointerEvent e;
    e.kind = kind;
    e.button = button;
    e.x_px = x;
    e.y_px = y;
    return e;
}

}  // namespace

TEST_CASE("head pane: practice puts it under the depth gauge, right of the map, at 1280x800", "[head_pane]") {
    const HeadPaneLayout pane = head_pane_layout(ViewScreen::Practice, 1280, 800, true);
    REQUIRE(pane.shown);
    CHECK(pane.viewport.width_px == Approx(384.0f));                 // 30 % of 1280
    CHECK(pane.viewport.right_px() == Approx(1270.0f));              // 10 px from the window's right
    CHECK(pane.viewport.top_px == Approx(350.0f));                   // under the gauge (10 + 330 + 10)
    CHECK(pane.buttons.top_px == Approx(pane.viewport.bottom_px() + 4.0f));
    CHECK(pane.buttons.bottom_px() == Approx(790.0f));               // 10 px from the bottom
    CHECK(pane.viewport.height_px == Approx(800 - 350 - 10 - 4 - kHeadButtonsHeightPx));
    const PixelRect gauge{1280 - 10 - kDepthGaugeWidthPx, 10, kDepthGaugeWidthPx, kDepthGaugeHeightPx};
    const PixelRect lesson_panel{10, 10, kLessonPanelWidthPx, 780};
    CHECK_FALSE(overlaps(pane.viewport, gauge));
    CHECK_FALSE(overlaps(pane.viewport, lesson_panel));
    const ViewInsets insets = map_insets(ViewScreen::Practice, 1280, pane);
    CHECK(insets.left_px == 340.0f);
    CHECK(insets.right_px == Approx(10 + 384 + 10));
    CHECK(1280 - insets.left_px - insets.right_px == Approx(536.0f));  // the map's strip
}

TEST_CASE("head pane: the score screen gives it the full height at the right", "[head_pane]") {
    const HeadPaneLayout pane = head_pane_layout(ViewScreen::Score, 1280, 800, true);
    REQUIRE(pane.shown);
    CHECK(pane.viewport.top_px == 10.0f);
    CHECK(pane.viewport.right_px() == Approx(1270.0f));
    CHECK(pane.viewport.height_px == Approx(800 - 20 - 4 - kHeadButtonsHeightPx));
    const PixelRect score_panel{10, 10, kScorePanelWidthPx, 780};
    CHECK_FALSE(overlaps(pane.viewport, score_panel));
    CHECK_FALSE(overlaps(pane.buttons, score_panel));
    const ViewInsets insets = map_insets(ViewScreen::Score, 1280, pane);
    CHECK(insets.left_px == 400.0f);
    CHECK(insets.right_px == Approx(404.0f));
}

TEST_CASE("head pane: a low window puts it beside the gauge; too narrow a window hides it", "[head_pane]") {
    // 1280x560: under the gauge only 560 - 350 - 10 - 62 = 138 px (< 180): beside it, full height.
    const HeadPaneLayout low = head_pane_layout(ViewScreen::Practice, 1280, 560, true);
    REQUIRE(low.shown);
    CHECK(low.viewport.top_px == 10.0f);
    CHECK(low.viewport.right_px() == Approx(1280 - 10 - kDepthGaugeWidthPx - 10));
    CHECK(map_insets(ViewScreen::Practice, 1280, low).right_px == Approx(10 + 384 + 10 + 150 + 10));
    // 800 wide: the map would keep 800 - 340 - 260 = 200 px < kMinFitWidthPx: the map only.
    CHECK_FALSE(head_pane_layout(ViewScreen::Practice, 800, 800, true).shown);
    CHECK(map_insets(ViewScreen::Practice, 800, head_pane_layout(ViewScreen::Practice, 800, 800, true)).right_px == 170.0f);
    // Hidden on request, and the replay has none: the insets are the screen's own.
    CHECK_FALSE(head_pane_layout(ViewScreen::Score, 1280, 800, false).shown);
    CHECK_FALSE(head_pane_layout(ViewScreen::Replay, 1280, 800, true).shown);
    CHECK(map_insets(ViewScreen::Score, 1280, head_pane_layout(ViewScreen::Score, 1280, 800, false)).right_px == 0.0f);
}

TEST_CASE("head pane: the fitted map lies between the panels and the pane, at 1280x800 and 1024x640", "[head_pane]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    for (const auto& [w, h] : {std::pair{1280u, 800u}, std::pair{1024u, 640u}}) {
        for (const ViewScreen screen : {ViewScreen::Practice, ViewScreen::Score}) {
            INFO(w << "x" << h << " screen " << int(screen));
            const HeadPaneLayout pane = head_pane_layout(screen, w, h, true);
            REQUIRE(pane.shown);
            const ViewTransform view = initial_view(lesson, w, h, std::nullopt, map_insets(screen, w, pane));
            // The window's first Resized clamps the view to the map (practice_view): the fit already is, so F
            // (fit again) gives back exactly the view the screen opened with.
            ViewTransform resized = view;
            clamp_to_limit(resized, scalp_map_bounds());
            CHECK(resized.center_mm.x == view.center_mm.x);
            CHECK(resized.center_mm.y == view.center_mm.y);
            // The zone's corners land left of the pane and right of the panel.
            for (const Point& p : lesson.zone) {
                const auto px = to_screen(view, p);
                CHECK(px.x < pane.viewport.left_px);
                CHECK(px.x > view_insets(screen).left_px);
            }
        }
    }
}

TEST_CASE("head pane: presets have keys 1..7 and labels", "[head_pane]") {
    std::set<std::string> labels;
    for (int digit = 1; digit <= 7; ++digit) {
        const auto preset = head_preset_for_digit(digit);
        REQUIRE(preset);
        CHECK(*preset == kHeadPresets[digit - 1]);
        labels.insert(head_preset_label(*preset));
    }
    CHECK(labels.size() == 7);
    // The names are the camera's own words for the presets (parse_head_view reads them back).
    CHECK(std::string(head_preset_name(HeadViewPreset::conversation)) == "conversation");
    CHECK(std::string(head_preset_name(HeadViewPreset::front)) == "front");
    CHECK(*head_preset_for_digit(1) == HeadViewPreset::front);
    CHECK(*head_preset_for_digit(6) == HeadViewPreset::conversation);
    CHECK(*head_preset_for_digit(7) == HeadViewPreset::mirror);
    CHECK_FALSE(head_preset_for_digit(0));
    CHECK_FALSE(head_preset_for_digit(8));
}

TEST_CASE("head pane: a click on the skin is the needle at the picked map point", "[head_pane]") {
    using K = HeadPointerEvent::Kind;
    const PixelRect viewport{850, 350, 300, 300};
    HeadPointerState state;
    // A move over the skin moves the needle there (as over the map).
    HeadPointerStep s = route_head_pointer(state, viewport, at(K::Move, 1040, 520), disc_pick, true);
    CHECK(s.used);
    REQUIRE(s.needle == InputEvent::Kind::Move);
    CHECK(s.needle_mm == Point{10.0, 105.0});
    s = route_head_pointer(state, viewport, at(K::Press, 1040, 520), disc_pick, true);
    CHECK(s.used);
    REQUIRE(s.needle == InputEvent::Kind::Down);
    CHECK(s.needle_mm == Point{10.0, 105.0});
    CHECK(state.needle_down);
    // While down, the needle follows the skin; off the skin it stays where it was.
    s = route_head_pointer(state, viewport, at(K::Move, 1044, 520), disc_pick, true);
    REQUIRE(s.needle == InputEvent::Kind::Move);
    CHECK(s.needle_mm == Point{11.0, 105.0});
    s = route_head_pointer(state, viewport, at(K::Move, 870, 360), disc_pick, true);
    CHECK(s.used);
    CHECK_FALSE(s.needle);
    CHECK(s.orbit_dx_px == 0.0);
    // The release lifts it at the last skin point, wherever the pointer is (even off the pane).
    s = route_head_pointer(state, viewport, at(K::Release, 200, 200), disc_pick, true);
    CHECK(s.used);
    REQUIRE(s.needle == InputEvent::Kind::Up);
    CHECK(s.needle_mm == Point{11.0, 105.0});
    CHECK_FALSE(state.needle_down);
}

TEST_CASE("head pane: drags orbit, the wheel zooms, the score screen only looks", "[head_pane]") {
    using K = HeadPointerEvent::Kind;
    using B = HeadPointerEvent::Button;
    const PixelRect viewport{850, 350, 300, 300};
    HeadPointerState state;
    // Right drag on the skin orbits, and keeps orbiting outside the pane until released.
    HeadPointerStep s = route_head_pointer(state, viewport, at(K::Press, 1000, 500, B::Right), disc_pick, true);
    CHECK(s.used);
    CHECK_FALSE(s.needle);
    s = route_head_pointer(state, viewport, at(K::Move, 1030, 490), disc_pick, true);
    CHECK(s.orbit_dx_px == 30.0);
    CHECK(s.orbit_dy_px == -10.0);
    CHECK_FALSE(s.needle);
    s = route_head_pointer(state, viewport, at(K::Move, 700, 490), disc_pick, true);
    CHECK(s.used);
    CHECK(s.orbit_dx_px == -330.0);
    s = route_head_pointer(state, viewport, at(K::Release, 700, 490, B::Right), disc_pick, true);
    CHECK(s.used);
    CHECK_FALSE(state.orbiting);
    // Left press off the skin (a corner of the pane) orbits too, never the needle.
    s = route_head_pointer(state, viewport, at(K::Press, 860, 360), disc_pick, true);
    CHECK(s.used);
    CHECK_FALSE(s.needle);
    CHECK(state.orbiting);
    s = route_head_pointer(state, viewport, at(K::Release, 860, 360), disc_pick, true);
    CHECK_FALSE(state.orbiting);
    // The wheel zooms: away from the user comes nearer.
    HeadPointerEvent wheel = at(K::Wheel, 1000, 500);
    wheel.wheel_delta = 1.0f;
    s = route_head_pointer(state, viewport, wheel, disc_pick, true);
    CHECK(s.used);
    CHECK(s.zoom_factor == Approx(1.0 / 1.2));
    wheel.wheel_delta = -2.0f;
    CHECK(route_head_pointer(state, viewport, wheel, disc_pick, true).zoom_factor == Approx(1.44));
    // The score screen: a left click on the skin orbits and a move over it moves no needle.
    HeadPointerState looking;
    s = route_head_pointer(looking, viewport, at(K::Move, 1000, 500), disc_pick, false);
    CHECK(s.used);
    CHECK_FALSE(s.needle);
    s = route_head_pointer(looking, viewport, at(K::Press, 1000, 500), disc_pick, false);
    CHECK_FALSE(s.needle);
    CHECK(looking.orbiting);
}

TEST_CASE("head pane: outside the pane everything is the map's", "[head_pane]") {
    using K = HeadPointerEvent::Kind;
    const PixelRect viewport{850, 350, 300, 300};
    HeadPointerState state;
    for (const K kind : {K::Move, K::Press, K::Release, K::Wheel}) {
        const HeadPointerStep s = route_head_pointer(state, viewport, at(kind, 500, 400), disc_pick, true);
        CHECK_FALSE(s.used);
        CHECK_FALSE(s.needle);
    }
    // A pick that fails (no picture drawn yet) places nothing and does not crash.
    const HeadPointerStep s = route_head_pointer(state, viewport, at(K::Press, 1000, 500), HeadPick{}, true);
    CHECK_FALSE(s.needle);
    CHECK(state.orbiting);
}
