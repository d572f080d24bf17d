// The session handover (issue 14, part E): the previous attempt healed into the next session's existing marks,
// shallow dots gone, blow-outs kept, earlier marks aged on, the designed line as the target, the numbing clock.
#include <catch2/catch.hpp>

#include "scoring/input_error.hpp"
#include "sim/model/session_handover.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

CaseStep lesson_step(const std::string& id, const std::string& kind, Lesson lesson, double days = 0) {
    CaseStep s;
    s.id = id;
    s.kind = kind;
    s.title = id;
    lesson.id = id;
    s.lesson = std::move(lesson);
    s.healed_days = days;
    return s;
}

CaseStep numbing_step(double seconds) {
    CaseStep s;
    s.id = "numbing";
    s.kind = "numbing";
    s.numbing_wait_s = seconds;
    return s;
}

Case two_sessions() {
    Case c;
    c.id = "c";
    c.steps = {numbing_step(25), lesson_step("one", "session", test::patch_lesson()), numbing_step(40),
               lesson_step("two", "session", test::patch_lesson(), 42)};
    Existing stand_in;  // the generated "earlier session" the healed work replaces
    stand_in.density_fraction = 0.3;
    c.steps[3].lesson.existing = stand_in;
    return c;
}

Attempt attempt_on(const std::string& lesson, std::vector<Dot> dots) {
    Attempt a;
    a.lesson = lesson;
    a.dots = std::move(dots);
    return a;
}

TEST_CASE("the first session gets the numbing clock and nothing healed") {
    const NextSession first = first_session(two_sessions());
    CHECK(first.step_index == 1);
    CHECK(first.lesson.id == "one");
    CHECK(first.lesson.numbing_wait_s == 25);
    CHECK_FALSE(first.lesson.existing);
}

TEST_CASE("good dots heal into marks, shallow ones are gone, blow-outs stay") {
    const Case c = two_sessions();
    const Attempt a = attempt_on("one", {{1.0004, 1, 0.65, 30.0}, {5, 5, 0.15, 31.0}, {9, 9, 1.6, 32.0}, {-9, 3, 0.35, 33.0}});
    const NextSession next = next_session(c, c.steps[1].lesson, a, "a.json");
    CHECK(next.step_index == 3);
    CHECK(next.lesson.id == "two");
    CHECK(next.lesson.numbing_wait_s == 40);
    REQUIRE(next.lesson.existing);
    const std::vector<ExistingMark>& marks = next.lesson.existing->marks;
    // 0.65 mm (in the window) and 1.6 mm (a blow-out) stay; 0.15 mm (epidermis) is gone after 42 days; 0.35 mm
    // (just above the 0.4 mm window, partly dermal) keeps a little.
    REQUIRE(marks.size() == 3);
    CHECK(marks[0].x == 1.0);  // rounded to 0.001 mm
    CHECK(marks[0].depth_mm == 0.65);
    CHECK(marks[0].healed_days == 42);
    CHECK(marks[0].diameter_mm == 0.25);
    CHECK(marks[1].depth_mm == 1.6);
    CHECK(marks[2].depth_mm == 0.35);

    // Aged on: the marks of "two" heal 1460 more days (a touch-up years later) with sun.
    const std::vector<ExistingMark> later = healed_marks(next.lesson, Attempt{}, 1460, true);
    REQUIRE(later.size() == 2);  // the partly dermal dot has faded out
    CHECK(later[0].healed_days == 42 + 1460);
    CHECK(later[0].sun);
}

TEST_CASE("a session that healed away leaves no existing section, not the lesson's stand-in") {
    const Case c = two_sessions();
    const NextSession next = next_session(c, c.steps[1].lesson, attempt_on("one", {{5, 5, 0.1, 31.0}}), "a.json");
    CHECK_FALSE(next.lesson.existing);
}

TEST_CASE("the designed line becomes the session's target hairline") {
    Case c;
    c.id = "d";
    Lesson design = test::patch_lesson();
    design.design = DesignBrief{};
    c.steps = {lesson_step("design", "design", design), lesson_step("one", "session", test::hairline_lesson()),
               lesson_step("two", "session", test::hairline_lesson(), 42)};
    c.steps[1].hairline_from_design = true;
    c.steps[2].hairline_from_design = true;
    Attempt drawn = attempt_on("design", {});
    drawn.design_line = Polyline{{-20, 84}, {0, 80.5}, {21, 83}};
    const NextSession one = next_session(c, c.steps[0].lesson, drawn, "design.json");
    REQUIRE(one.lesson.hairline);
    CHECK(one.lesson.hairline->curve == *drawn.design_line);
    CHECK(one.lesson.hairline->transition_mm == test::hairline_lesson().hairline->transition_mm);
    const NextSession two = next_session(c, one.lesson, attempt_on("one", {{0, 90, 0.6, 1.0}}), "one.json");
    CHECK(two.lesson.hairline->curve == *drawn.design_line);  // carried on

    drawn.design_line = Polyline{{0, 84}, {-5, 80}};
    CHECK(test::error_of([&] { next_session(c, c.steps[0].lesson, drawn, "design.json"); }) ==
          "design.json: /design_line/1: expected the designed line to run left to right (x increasing)");
    drawn.design_line.reset();
    CHECK(test::error_of([&] { next_session(c, c.steps[0].lesson, drawn, "design.json"); }).rfind("design.json: /design_line: expected the designed hairline", 0) == 0);
}

TEST_CASE("an attempt outside the case, or at its last step, is refused naming the attempt file") {
    const Case c = two_sessions();
    CHECK(test::error_of([&] { next_session(c, c.steps[3].lesson, attempt_on("two", {}), "b.json"); }) ==
          "b.json: /lesson: expected an attempt before the case's last lesson step, \"two\" is the last: there is no next session");
    Lesson other = test::patch_lesson();
    other.id = "other";
    CHECK(test::error_of([&] { next_session(c, other, attempt_on("other", {}), "x.json"); }) ==
          "x.json: /lesson: expected the lesson of a design, session or touchup step of case \"c\", found \"other\"");
    CHECK(test::error_of([&] { next_session(c, c.steps[1].lesson, attempt_on("two", {}), "y.json"); }) ==
          "y.json: /lesson: expected an attempt on lesson \"one\", found \"two\"");
}

}  // namespace
}  // namespace stipple
