// When a screen needs its next frame with no input (sim/flow/frame_pacing): the needle moving or settling,
// a clock in whole seconds, a toast going, an autosave falling due, a throttled picture catching up.
#include <catch2/catch.hpp>

#include "sim/flow/autosave.hpp"
#include "sim/flow/frame_pacing.hpp"

using namespace stipple;

namespace {
NeedleFrame needle_at(Point tip, Point drawn, double since_input_s = 0.0) {
    NeedleFrame n;
    n.tip_mm = tip;
    n.target_mm = {10.0, 80.0};
    n.drawn_tip_mm = drawn;
    n.px_per_mm = 10.0;
    n.rest_radius_mm = 0.02;
    n.since_input_s = since_input_s;
    return n;
}
}  // namespace

TEST_CASE("frame pacing: the needle needs frames until it rests on the pointer and stops moving on screen",
          "[pacing]") {
    // Far from the pointer (settling, or at an overshoot's turning point where it does not move): frames.
    CHECK(needle_moving(needle_at({11.0, 80.0}, {11.0, 80.0})));
    // Within the rest radius but still moving 0.3 px per frame: frames (its last approach is shown).
    CHECK(needle_moving(needle_at({10.01, 80.0}, {10.04, 80.0})));
    // At rest and still on screen (under 0.25 px a frame): no frame needed.
    CHECK_FALSE(needle_moving(needle_at({10.01, 80.0}, {10.015, 80.0})));
    // A tremor keeps the tip moving within the rest radius: shown for kShowTremorS after the last input only.
    NeedleFrame tremor = needle_at({10.015, 80.0}, {9.985, 80.0}, 0.5);
    tremor.rest_radius_mm = 0.02 + 0.05;
    CHECK(needle_moving(tremor));
    tremor.since_input_s = kShowTremorS + 0.1;
    CHECK_FALSE(needle_moving(tremor));
    // ... but a tip away from the pointer always moves on, however long ago the input was.
    CHECK(needle_moving(needle_at({10.5, 80.0}, {10.5, 80.0}, 60.0)));
}

TEST_CASE("frame pacing: a clock in whole seconds, a toast and an autosave ask for a frame just after they change",
          "[pacing]") {
    CHECK(next_second_in_s(12.25) == Approx(0.752).margin(1e-9));
    CHECK(next_second_in_s(12.0) == Approx(1.002).margin(1e-9));
    CHECK(next_second_in_s(0.999) > 0.0);
    CHECK(message_ends_in_s(1.0, 4.0) == Approx(3.002).margin(1e-9));
    CHECK(message_ends_in_s(4.0, 4.0) == kNoFrameNeeded);
    CHECK(autosave_in_s(5, 5, 100.0, 0.0) == kNoFrameNeeded);  // nothing new: never
    CHECK(autosave_in_s(6, 5, 100.0, 95.0) == Approx(kAutosaveIntervalS - 5.0));
    CHECK(autosave_in_s(6, 5, 100.0, 20.0) == 0.0);           // overdue: at once
    // The frame it asks for is one where autosave_due() says yes.
    CHECK(autosave_due(6, 5, 100.0 + autosave_in_s(6, 5, 100.0, 95.0), 95.0));
}

TEST_CASE("frame pacing: a throttled picture is made at once the first time, then at most once per interval, "
          "and asks for the frame that catches up",
          "[frame_pacing]") {
    // Current: no frame for it.
    CHECK(throttled_refresh_in_s(false, true, 10.0, 9.9, 0.3) == kNoFrameNeeded);
    // Never made: now, whatever the clock says.
    CHECK(throttled_refresh_in_s(true, false, 10.0, 10.0, 0.3) == 0.0);
    // Made 0.1 s ago: 0.2 s more; made 0.3 s or longer ago: now.
    CHECK(throttled_refresh_in_s(true, true, 10.0, 9.9, 0.3) == Approx(0.2));
    CHECK(throttled_refresh_in_s(true, true, 10.0, 9.7, 0.3) == 0.0);
    CHECK(throttled_refresh_in_s(true, true, 10.0, 5.0, 0.3) == 0.0);
    // No throttle: always now.
    CHECK(throttled_refresh_in_s(true, true, 10.0, 10.0, 0.0) == 0.0);
    // A clock that went backwards never waits longer than one interval.
    CHECK(throttled_refresh_in_s(true, true, 10.0, 12.0, 0.3) <= 0.3);
}
