// Where a window opens, headless: inside the desktop's work area, at most 90 % of it and centred; a size the
// user gave kept but clamped to the screen; the editor's top-left placement.
#include <catch2/catch.hpp>

#include "sim/flow/window_placement.hpp"

using namespace stipple;

namespace {
const ScreenRect kScreen{0, 0, 1280, 800};
bool inside(ScreenRect r, ScreenRect area) {
    return r.x >= area.x && r.y >= area.y && r.x + r.w <= area.x + area.w && r.y + r.h <= area.y + area.h;
}
}  // namespace

TEST_CASE("the default window fits 90 % of the screen, centred, when no work area is set", "[window]") {
    // The case: 1280x800 asked on a 1280x800 screen opened at y = 240, the brief's Start button hidden.
    const ScreenRect r = place_window(1280, 800, false, false, kScreen, std::nullopt);
    CHECK(r.w == 1152);
    CHECK(r.h == 720);
    CHECK(r.x == 64);
    CHECK(r.y == 40);
    // A big screen: the default size as it is, centred.
    const ScreenRect big = place_window(1280, 800, false, false, {0, 0, 1920, 1080}, std::nullopt);
    CHECK(big.w == 1280);
    CHECK(big.h == 800);
    CHECK(big.x == 320);
    CHECK(big.y == 140);
}

TEST_CASE("the default window opens inside the work area a window manager leaves", "[window]") {
    const ScreenRect work{0, 30, 1280, 740};  // a 30 px top bar and a 30 px bottom panel
    const ScreenRect r = place_window(1280, 800, false, false, kScreen, work);
    CHECK(r.w == 1152);
    CHECK(r.h == 666);  // floor(740 * 0.9)
    CHECK(inside(r, work));
    CHECK(r.x == 64);
    CHECK(r.y == 30 + (740 - 666) / 2);
    // A side panel on the left: centred in what is left of the screen.
    const ScreenRect side{200, 0, 1080, 800};
    const ScreenRect s = place_window(1280, 800, false, false, kScreen, side);
    CHECK(s.w == 972);
    CHECK(s.x == 200 + (1080 - 972) / 2);
    CHECK(inside(s, side));
}

TEST_CASE("a size the user gave wins but is clamped to the screen", "[window]") {
    const ScreenRect work{0, 30, 1280, 740};
    const ScreenRect small = place_window(1024, 640, true, false, kScreen, work);
    CHECK(small.w == 1024);  // not shrunk to 90 %
    CHECK(small.h == 640);
    CHECK(small.x == 128);
    CHECK(small.y == 30 + 50);
    CHECK(inside(small, work));
    // Larger than the work area but not the screen: kept, and on the screen.
    const ScreenRect tall = place_window(1280, 800, true, false, kScreen, work);
    CHECK(tall.w == 1280);
    CHECK(tall.h == 800);
    CHECK(inside(tall, kScreen));
    // Larger than the screen: clamped to it.
    const ScreenRect huge = place_window(4000, 3000, true, false, kScreen, work);
    CHECK(huge.w == 1280);
    CHECK(huge.h == 800);
    CHECK(huge.x == 0);
    CHECK(huge.y == 0);
}

TEST_CASE("a work area off the screen or empty counts as unset; top-left stays at the origin", "[window]") {
    const ScreenRect off = place_window(1280, 800, false, false, kScreen, ScreenRect{2000, 0, 500, 500});
    CHECK(off.w == 1152);
    CHECK(off.x == 64);
    const ScreenRect empty = place_window(1280, 800, false, false, kScreen, ScreenRect{0, 0, 0, 0});
    CHECK(empty.h == 720);
    // A work area partly off the screen counts only where it is on it.
    const ScreenRect part = place_window(1280, 800, false, false, kScreen, ScreenRect{-100, 0, 1380, 800});
    CHECK(part.x == 64);
    const ScreenRect editor = place_window(1280, 800, true, true, {0, 0, 1024, 768}, ScreenRect{0, 30, 1024, 700});
    CHECK(editor.x == 0);
    CHECK(editor.y == 0);
    CHECK(editor.w == 1024);
    CHECK(editor.h == 768);
}
