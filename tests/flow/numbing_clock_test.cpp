// The numbing clock's line on a case session's work screen: the real wait counted down on the compressed clock,
// whole minutes rounded up (never "0 min left" while the cream still works), and what the first dot's time says.
#include <catch2/catch.hpp>

#include "sim/flow/numbing_clock.hpp"

using namespace stipple;

TEST_CASE("the numbing clock counts the real minutes down on the compressed clock", "[numbing]") {
    // 30 real minutes on a 20 s clock: 1.5 min a second.
    CHECK(numbing_clock_line(20.0, 30.0, 0.0, std::nullopt) == "numbing: 30 min left");
    CHECK(numbing_clock_line(20.0, 30.0, 12.0, std::nullopt) == "numbing: 12 min left");
    CHECK(numbing_clock_line(20.0, 30.0, 19.99, std::nullopt) == "numbing: 1 min left");
    CHECK(numbing_clock_line(20.0, 30.0, 20.0, std::nullopt) == "numbing: done, you may start");
    CHECK(numbing_clock_line(20.0, 30.0, 95.0, std::nullopt) == "numbing: done, you may start");
    CHECK(numbing_minutes_left(20.0, 30.0, 10.5) == 15);  // 14.25 min left shows 15
    CHECK(numbing_minutes_left(20.0, 30.0, -3.0) == 30);
}

TEST_CASE("after the first dot the numbing line says whether the wait was kept", "[numbing]") {
    CHECK(numbing_clock_line(20.0, 30.0, 40.0, 12.0) == "numbing: first dot 12 min early");
    CHECK(numbing_clock_line(20.0, 30.0, 40.0, 0.5) == "numbing: first dot 30 min early");
    CHECK(numbing_clock_line(20.0, 30.0, 40.0, 20.0) == "numbing: waited");
    CHECK(numbing_clock_line(20.0, 30.0, 40.0, 25.0) == "numbing: waited");
}

TEST_CASE("no numbing wait, no line", "[numbing]") {
    CHECK(numbing_clock_line(std::nullopt, 30.0, 5.0, std::nullopt).empty());
    CHECK(numbing_clock_line(0.0, 30.0, 5.0, std::nullopt).empty());
    CHECK(numbing_minutes_left(0.0, 30.0, 1.0) == 0);
}
