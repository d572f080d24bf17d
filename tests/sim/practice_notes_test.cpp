// What a practice session tells a script driving its window: one line when the needle comes to rest on the
// pointer, when the held depth reaches the lesson's window, per dot placed and per undo; never a line per frame.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "sim/model/practice_notes.hpp"
#include "sim/model/practice_session.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;
using Kind = InputEvent::Kind;

namespace {

InputEvent ev(double t, Kind kind, Point at = {}) {
    InputEvent e;
    e.t_s = t;
    e.kind = kind;
    e.target_mm = at;
    return e;
}

// Runs 60 frames a second from `t` until `until` (exclusive) and returns every line said, as a window would.
struct Frames {
    Frames(const Lesson& l, PracticeSession& s) : lesson(l), session(s) {}
    const Lesson& lesson;
    PracticeSession& session;
    PracticeNotes notes;
    double t = 0.0;
    std::vector<std::string> said;
    std::vector<double> said_at;
    void run_until(double until) {
        for (; t < until; t += 1.0 / 60.0) {
            session.advance_to(t);
            for (const std::string& line : notes.update(lesson, session)) {
                said.push_back(line);
                said_at.push_back(t);
            }
        }
    }
    void clear() {
        said.clear();
        said_at.clear();
    }
    void input(Kind kind, Point at = {}) {
        session.apply(ev(t, kind, at));
        for (const std::string& line : notes.update(lesson, session)) {
            said.push_back(line);
            said_at.push_back(t);
        }
    }
};

}  // namespace

TEST_CASE("notes: the needle at rest, the depth reaching the window, the dot, the undo, each said once",
          "[practice][notes]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    REQUIRE(lesson.hand.tremor_mm == 0.0);
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession session(lesson, scalp, false, 7);
    Frames f(lesson, session);

    // At the start the needle rests where the session puts it.
    f.run_until(0.5);
    const Point start = session_start_mm(lesson);
    char expected[120];
    std::snprintf(expected, sizeof expected, "needle at rest on (%.2f, %.2f) mm", start.x, start.y);
    REQUIRE(f.said == std::vector<std::string>{expected});

    // A move to another point: said once, when the tip is within 0.02 mm of the pointer, not before.
    f.clear();
    const double moved_at = f.t;
    f.input(Kind::Move, {-10.0, 88.0});
    CHECK(f.said.empty());  // the tip is still far away
    f.run_until(3.0);
    REQUIRE(f.said == std::vector<std::string>{"needle at rest on (-10.00, 88.00) mm"});
    CHECK(f.said_at[0] - moved_at > 0.1);  // it took the hand time to get there
    const Point tip = session.tip_mm();
    CHECK(std::hypot(tip.x + 10.0, tip.y - 88.0) <= kAtRestMm);

    // Press: the depth line comes once, the first frame the gauge reads the window's minimum.
    f.clear();
    f.input(Kind::Down, {-10.0, 88.0});
    CHECK(f.said.empty());
    double before = 0.0;
    while (f.said.empty() && f.t < 5.0) {
        before = session.current_depth_mm();
        f.run_until(f.t + 1.0 / 120.0);
    }
    REQUIRE(f.said.size() == 1);
    CHECK(f.said[0].rfind("depth ", 0) == 0);
    CHECK(f.said[0].find(" mm: reached the window") != std::string::npos);
    CHECK(before < lesson.targets.depth_min_mm);
    CHECK(session.current_depth_mm() >= lesson.targets.depth_min_mm);
    CHECK(std::stod(f.said[0].substr(6)) == Approx(session.current_depth_mm()).margin(5e-4));

    // Release: the dot, with the position and depth the session deposited; no new rest line (same pointer).
    f.clear();
    f.input(Kind::Up, {-10.0, 88.0});
    REQUIRE(session.dots().size() == 1);
    const Dot& d = session.dots()[0];
    std::snprintf(expected, sizeof expected, "dot 1 at (%.3f, %.3f) mm, depth %.3f mm", d.x, d.y, d.depth_mm);
    CHECK(f.said == std::vector<std::string>{expected});
    CHECK(d.depth_mm >= lesson.targets.depth_min_mm);
    f.clear();
    f.run_until(f.t + 2.0);
    CHECK(f.said.empty());  // nothing changes, nothing is said

    // Undo says how many dots are left; the next dot is numbered again from there.
    f.input(Kind::Undo);
    CHECK(f.said == std::vector<std::string>{"undone: 0 dots"});
    f.clear();
    f.input(Kind::Down, {-10.0, 88.0});
    f.run_until(f.t + 0.4);
    f.input(Kind::Up, {-10.0, 88.0});
    REQUIRE(f.said.size() == 2);
    CHECK(f.said[1].rfind("dot 1 at ", 0) == 0);
}
