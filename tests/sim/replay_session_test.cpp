// Replay, headless: an attempt recorded by a practice session, written to its stipple-attempt/1 text (as
// the gradebook stores it) and read back, replays to exactly the same dots in the same order; and the
// replay clock shows them in that order at 1x, 4x and instantly.
#include <catch2/catch.hpp>

#include <cmath>

#include "scoring/attempt_io.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "sim/flow/replay_clock.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {

bool same(const Dot& a, const Dot& b) { return a.x == b.x && a.y == b.y && a.depth_mm == b.depth_mm && a.t == b.t; }

// A trainee's hand: moves toward each spot, presses for a while, releases; with an undo and a pen stretch.
Attempt record_session(const Lesson& lesson, bool exam) {
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession session(lesson, scalp, exam, 4242);
    double t = 0.0;
    const Point start = session_start_mm(lesson);
    for (int i = 0; i < 12; ++i) {
        const Point spot{start.x + 1.3 * (i % 4) + 0.17 * i, start.y + 1.1 * (i / 4) - 0.05 * i};
        for (int k = 1; k <= 5; ++k) {
            t += 0.016;
            session.apply({t, InputEvent::Kind::Move, {spot.x - 0.4 + 0.08 * k, spot.y + 0.02 * k}, -1.0});
        }
        const bool pen = i >= 8;
        t += 0.05;
        session.apply({t, InputEvent::Kind::Down, spot, pen ? 0.2 : -1.0});
        if (pen) {
            t += 0.03;
            session.apply({t, InputEvent::Kind::Pressure, spot, 0.35 + 0.05 * i});
        }
        t += 0.08 + 0.01 * i;
        session.apply({t, InputEvent::Kind::Up, spot, pen ? 0.1 : -1.0});
        if (i == 5) {
            t += 0.2;
            session.apply({t, InputEvent::Kind::Undo, spot, -1.0});
        }
        session.advance_to(t + 0.1);
        t += 0.1;
    }
    return session.to_attempt(std::string("ana"), std::string("2026-11-24T10:00:00Z"), session.input_kind());
}

}  // namespace

TEST_CASE("a recorded attempt replays from its stored event log to exactly the same dots in the same order") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    for (const bool exam : {false, true}) {
        const Attempt recorded = record_session(lesson, exam);
        REQUIRE(recorded.dots.size() >= 10);
        // Through the file text, exactly as the gradebook keeps it.
        const std::string text = attempt_to_json(recorded).dump();
        const Attempt stored = attempt_from_json(nlohmann::json::parse(text), "stored");
        const std::vector<Dot> replayed = replay_dots(lesson, stored.events, "stored");
        REQUIRE(replayed.size() == recorded.dots.size());
        for (std::size_t i = 0; i < replayed.size(); ++i) {
            INFO("dot " << i);
            CHECK(same(replayed[i], recorded.dots[i]));
            CHECK(same(stored.dots[i], recorded.dots[i]));
        }
    }
}

TEST_CASE("the replay clock shows the dots in placing order at their own times, 1x and 4x") {
    const Attempt recorded = record_session(test::shipped_lesson("hairline-classic"), false);
    const std::vector<Dot>& dots = recorded.dots;
    const double end_s = replay_end_s(dots);
    REQUIRE(end_s > 1.0);
    REQUIRE(end_s == *dots.back().t);

    for (const ReplaySpeed speed : {ReplaySpeed::RealTime, ReplaySpeed::Fast4x}) {
        const double factor = speed == ReplaySpeed::RealTime ? 1.0 : 4.0;
        ReplayClock clock;
        clock.speed = speed;
        const double frame_s = 1.0 / 60.0;
        std::size_t shown = 0;
        int frames = 0;
        while (clock.attempt_time_s < end_s && frames < 100000) {
            advance_replay(clock, frame_s, end_s);
            ++frames;
            const std::size_t now = dots_shown(dots, clock.attempt_time_s);
            REQUIRE(now >= shown);  // never takes a dot back
            // Each dot appears on the first frame at or after its own time, scaled by the speed.
            for (std::size_t i = shown; i < now; ++i) {
                const double due_wall_s = *dots[i].t / factor;
                CHECK(frames * frame_s >= due_wall_s - 1e-9);
                CHECK(frames * frame_s < due_wall_s + frame_s + 1e-9);
            }
            shown = now;
        }
        CHECK(shown == dots.size());
        CHECK(std::abs(frames * frame_s - end_s / factor) <= frame_s + 1e-9);
    }
}

TEST_CASE("instant replay shows every dot on the first frame - pausing holds the clock") {
    const Attempt recorded = record_session(test::shipped_lesson("hairline-classic"), false);
    const double end_s = replay_end_s(recorded.dots);
    ReplayClock clock;
    clock.paused = true;
    advance_replay(clock, 10.0, end_s);
    CHECK(dots_shown(recorded.dots, clock.attempt_time_s) == 0);
    clock.paused = false;
    clock.speed = ReplaySpeed::Instant;
    advance_replay(clock, 1.0 / 60.0, end_s);
    CHECK(clock.attempt_time_s == end_s);
    CHECK(dots_shown(recorded.dots, clock.attempt_time_s) == recorded.dots.size());
    CHECK(std::string(to_string(ReplaySpeed::Fast4x)) == "4x");
}

TEST_CASE("dots without times replay half a second apart") {
    std::vector<Dot> dots(3);
    CHECK(replay_end_s(dots) == Approx(1.5));
    CHECK(dots_shown(dots, 0.49) == 0);
    CHECK(dots_shown(dots, 0.5) == 1);
    CHECK(dots_shown(dots, 1.5) == 3);
    CHECK(replay_end_s({}) == 0.0);
}
