// One rule for whole seconds: time passed counts the seconds completed, time left the seconds begun, so a
// history row, the replay's clock and the session clock agree (the 49s beside a 0:48 replay).
#include <catch2/catch.hpp>

#include <limits>

#include "sim/flow/clock_text.hpp"
#include "sim/flow/history_model.hpp"

using namespace stipple;

TEST_CASE("time passed counts completed seconds, time left counts seconds begun", "[clock]") {
    CHECK(whole_seconds_elapsed(48.7) == 48);
    CHECK(whole_seconds_left(48.7) == 49);
    CHECK(whole_seconds_left(0.2) == 1);
    CHECK(whole_seconds_left(0.0) == 0);
    CHECK(whole_seconds_elapsed(-3.0) == 0);
    CHECK(whole_seconds_left(-3.0) == 0);
    CHECK(whole_seconds_elapsed(std::numeric_limits<double>::quiet_NaN()) == 0);
    CHECK(clock_text(48) == "0:48");
    CHECK(clock_text(4500) == "75:00");
}

TEST_CASE("a history duration reads as the replay's clock does", "[clock]") {
    CHECK(duration_label(48.7) == "48s");
    CHECK(clock_text(whole_seconds_elapsed(48.7)) == "0:48");
    CHECK(duration_label(217.9) == "3m 37s");
    CHECK(clock_text(whole_seconds_elapsed(217.9)) == "3:37");
}
