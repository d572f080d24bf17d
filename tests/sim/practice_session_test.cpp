// The practice session: events drive the hand, releases deposit dots at the needle tip with the depth the
// depth model gives, undo works in practice only, and an event log replays to exactly the same dots.
#include <catch2/catch.hpp>

#include <cmath>

#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/model/depth_model.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using Kind = InputEvent::Kind;

namespace {

InputEvent ev(double t, Kind kind, Point at = {}, double pressure = -1.0) {
    InputEvent e;
    e.t_s = t;
    e.kind = kind;
    e.target_mm = at;
    e.pressure = pressure;
    return e;
}

// Moves to `at`, waits `settle_s`, presses for `hold_s`, releases; returns the time after the release.
double click(PracticeSession& s, double t, Point at, double settle_s, double hold_s) {
    s.apply(ev(t, Kind::Move, at));
    s.apply(ev(t + settle_s, Kind::Down, at));
    s.apply(ev(t + settle_s + hold_s, Kind::Up, at));
    return t + settle_s + hold_s;
}

}  // namespace

TEST_CASE("a settled click deposits one dot at the tip, with the depth of the hold time", "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 7);
    const Point target{-10.0, 88.0};
    click(s, 0.1, target, 1.0, 0.3);
    REQUIRE(s.dots().size() == 1);
    const Dot& d = s.dots()[0];
    CHECK(std::abs(d.x - target.x) < 0.05);
    CHECK(std::abs(d.y - target.y) < 0.05);
    const DepthParams params = depth_params(lesson, scalp, {d.x, d.y});
    CHECK(d.depth_mm == Approx(depth_from_hold_mm(params, 0.3)).margin(1e-9));
    REQUIRE(d.t.has_value());
    CHECK(*d.t == Approx(1.4).margin(kPracticeStepS));
    CHECK(s.input_kind() == "mouse");
    CHECK(s.current_depth_mm() == 0.0);
}

TEST_CASE("a longer hold deposits deeper, and the live gauge shows it while held", "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 7);
    s.apply(ev(0.0, Kind::Move, {0, 90}));
    s.apply(ev(1.0, Kind::Down, {0, 90}));
    s.advance_to(1.1);
    const double gauge_short = s.current_depth_mm();
    s.advance_to(1.6);
    const double gauge_long = s.current_depth_mm();
    CHECK(gauge_short > 0.0);
    CHECK(gauge_long > gauge_short);
    s.apply(ev(1.6, Kind::Up, {0, 90}));
    REQUIRE(s.dots().size() == 1);
    CHECK(s.dots()[0].depth_mm == Approx(gauge_long).margin(1e-9));
    click(s, 2.0, {2, 90}, 1.0, 0.1);
    REQUIRE(s.dots().size() == 2);
    CHECK(s.dots()[1].depth_mm < s.dots()[0].depth_mm);
}

TEST_CASE("a pen's pressure peak sets the depth, whatever the hold time", "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 7);
    const Point at{5, 85};
    s.apply(ev(0.0, Kind::Move, at));
    s.apply(ev(1.0, Kind::Down, at, 0.2));
    s.apply(ev(1.05, Kind::Pressure, at, 0.55));
    s.apply(ev(1.10, Kind::Pressure, at, 0.3));
    s.apply(ev(2.5, Kind::Up, at, 0.0));
    REQUIRE(s.dots().size() == 1);
    const DepthParams params = depth_params(lesson, scalp, {s.dots()[0].x, s.dots()[0].y});
    CHECK(s.dots()[0].depth_mm == Approx(depth_from_pressure_mm(params, 0.55)).margin(1e-9));
    CHECK(s.input_kind() == "pen");
}

TEST_CASE("a jerk straight into a click lands where the tip is, not where the pointer is", "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 7);
    // The needle rests at the zone's centre; the pointer jumps 25 mm away and clicks at once.
    const Point start = session_start_mm(lesson);
    const Point far{start.x + 25.0, start.y};
    s.apply(ev(0.0, Kind::Move, far));
    s.apply(ev(0.02, Kind::Down, far));
    s.apply(ev(0.03, Kind::Up, far));
    REQUIRE(s.dots().size() == 1);
    const Point tip = s.tip_mm();
    CHECK(s.dots()[0].x == tip.x);
    CHECK(std::abs(s.dots()[0].x - far.x) > 5.0);
}

TEST_CASE("undo removes the last dot in practice and is refused in an exam", "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession practice(lesson, scalp, false, 1);
    double t = click(practice, 0.0, {0, 90}, 0.5, 0.3);
    t = click(practice, t, {3, 91}, 0.5, 0.3);
    REQUIRE(practice.dots().size() == 2);
    CHECK(practice.can_undo());
    CHECK(practice.apply(ev(t + 0.1, Kind::Undo)));
    REQUIRE(practice.dots().size() == 1);
    CHECK(std::abs(practice.dots()[0].x) < 0.05);
    CHECK(practice.apply(ev(t + 0.2, Kind::Undo)));
    CHECK(practice.dots().empty());
    CHECK_FALSE(practice.can_undo());
    CHECK_FALSE(practice.apply(ev(t + 0.3, Kind::Undo)));

    PracticeSession exam(lesson, scalp, true, 1);
    click(exam, 0.0, {0, 90}, 0.5, 0.3);
    CHECK_FALSE(exam.can_undo());
    CHECK_FALSE(exam.apply(ev(1.0, Kind::Undo)));
    CHECK(exam.dots().size() == 1);
}

TEST_CASE("an exam stops taking input when the lesson's time limit is up", "[practice]") {
    Lesson lesson = test::shipped_lesson("hairline-classic");
    lesson.time_limit_s = 2.0;
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession exam(lesson, scalp, true, 1);
    click(exam, 0.0, {0, 90}, 0.5, 0.3);
    CHECK_FALSE(exam.time_up());
    exam.apply(ev(1.5, Kind::Down, {0, 90}));
    CHECK_FALSE(exam.apply(ev(2.5, Kind::Up, {0, 90})));
    CHECK(exam.time_up());
    CHECK(exam.dots().size() == 1);

    PracticeSession practice(lesson, scalp, false, 1);  // practice has no clock
    click(practice, 3.0, {0, 90}, 0.5, 0.3);
    CHECK_FALSE(practice.time_up());
    CHECK(practice.dots().size() == 1);
}

TEST_CASE("replaying the event log gives exactly the same dots, bit for bit", "[practice]") {
    Lesson lesson = test::shipped_lesson("hairline-classic");
    lesson.hand.tremor_mm = 0.3;  // the seeded tremor must replay too
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, false, 987654321);
    // Irregular, frame-like timing with advance_to calls between events, as the window makes them.
    double t = 0.0;
    for (int i = 0; i < 25; ++i) {
        const Point at{-20.0 + 1.7 * i, 78.0 + std::fmod(i * 3.1, 12.0)};
        t += 0.013 + 0.007 * (i % 5);
        s.advance_to(t);
        s.apply(ev(t, Kind::Move, at));
        t += 0.05 + 0.031 * (i % 7);
        s.advance_to(t);
        s.apply(ev(t, Kind::Down, at));
        t += 0.1 + 0.043 * (i % 4);
        s.advance_to(t + 0.001);
        s.apply(ev(t, Kind::Up, {at.x + 0.2, at.y}));  // older than the clock: applied now
        if (i % 6 == 5) s.apply(ev(t + 0.01, Kind::Undo));
    }
    REQUIRE(s.dots().size() > 15);
    const std::string text = s.to_attempt(std::string("ana"), std::nullopt, "mouse").events.dump();
    const std::vector<Dot> replayed = replay_dots(lesson, nlohmann::json::parse(text));
    REQUIRE(replayed.size() == s.dots().size());
    for (size_t i = 0; i < replayed.size(); ++i) {
        CHECK(replayed[i].x == s.dots()[i].x);
        CHECK(replayed[i].y == s.dots()[i].y);
        CHECK(replayed[i].depth_mm == s.dots()[i].depth_mm);
        CHECK(replayed[i].t == s.dots()[i].t);
    }
    // Another seed trembles differently: the header's seed is what makes the replay exact.
    nlohmann::json other = nlohmann::json::parse(text);
    other[0]["seed"] = 5;
    const std::vector<Dot> different = replay_dots(lesson, other);
    REQUIRE(different.size() == replayed.size());
    CHECK(different[0].x != replayed[0].x);
}

TEST_CASE("the attempt carries the lesson, trainee, input kind, dots and the event log", "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession s(lesson, scalp, true, 3);
    click(s, 0.0, {0, 90}, 0.5, 0.3);
    const Attempt a = s.to_attempt(std::string("ana"), std::string("2026-11-24T10:00:00Z"), s.input_kind());
    CHECK(a.lesson == "hairline-classic");
    CHECK(a.trainee == std::optional<std::string>("ana"));
    CHECK(a.input == "mouse");
    CHECK(a.dots.size() == 1);
    REQUIRE(a.events.is_array());
    REQUIRE(a.events.size() == 4);
    CHECK(a.events[0]["kind"] == "session");
    CHECK(a.events[0]["exam"] == true);
    CHECK(a.events[0]["seed"] == 3);
    CHECK(a.events[2]["kind"] == "down");
    CHECK(a.events[2]["x"] == 0.0);
    CHECK(a.events[2]["y"] == 90.0);
}

TEST_CASE("bad event JSON is refused with the file and the pointer of the faulty field", "[practice]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    auto error_of = [&](const std::string& text) -> std::string {
        try {
            replay_dots(lesson, nlohmann::json::parse(text), "a.json");
        } catch (const InputError& e) {
            return e.what();
        }
        return "no error";
    };
    CHECK(error_of(R"([{"t":0,"kind":"move","x":1,"y":2},{"t":1,"kind":"jump","x":1,"y":2}])") ==
          "a.json: /events/1/kind: expected one of move, down, up, pressure, undo");
    CHECK(error_of(R"([{"kind":"session","seed":1},{"t":0,"kind":"down","x":1}])").rfind("a.json: /events/1/y: ", 0) == 0);
    CHECK(error_of(R"([{"t":"soon","kind":"up","x":1,"y":2}])").rfind("a.json: /events/0/t: ", 0) == 0);
    CHECK(error_of(R"([{"t":0,"kind":"pressure","x":1,"y":2,"p":1.5}])") == "a.json: /events/0/p: expected a pressure 0..1");
    CHECK(error_of(R"([{"kind":"session","seed":-4}])") == "a.json: /events/0/seed: expected a whole number >= 0");
    CHECK(error_of(R"([3])").rfind("a.json: /events/0: ", 0) == 0);
    CHECK(error_of(R"({"t":0})") == "a.json: /events: expected an array of input events");
    CHECK(error_of(R"([{"t":0,"kind":"undo"}])") == "no error");
}
