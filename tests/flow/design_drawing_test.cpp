// A hairline design lesson's drawing, headless: points added in their place across the line (left to right
// always, as an attempt's design_line must be), grabbed and dragged (never past a neighbour), deleted, every
// change undone step by step; the mirrored guide; the finish rule; the calipers on the default head against the
// head's own surface (the skin height is the map's y; the straight distance is shorter, through the head); the
// brief's words.
#include <catch2/catch.hpp>

#include <cmath>

#include "sim/flow/design_drawing.hpp"
#include "sim/flow/score_screen_model.hpp"
#include "sim/head/head_shape.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

namespace {

DesignDrawing drawn(const Polyline& points) {
    DesignDrawing d;
    for (const Point& p : points) {
        REQUIRE(design_press(d, p, 2.0));
        design_release(d);
    }
    return d;
}

// A young client's line (x increasing): temples at x = +-60, mid-frontal at y = 80, the temporal recessions behind it.
const Polyline kLine{{-60, 70}, {-38, 88}, {-15, 81}, {0, 80}, {16, 81.5}, {39, 87}, {61, 69}};

}  // namespace

TEST_CASE("a press adds a point in its place across the line, which stays left to right") {
    DesignDrawing d = drawn({{-50, 80}, {50, 80}});
    REQUIRE(d.line.size() == 2);
    // Between them: in the middle, whatever its height.
    REQUIRE(design_press(d, {0, 95}, 2.0));
    design_release(d);
    REQUIRE(d.line.size() == 3);
    CHECK(d.line[1].x == 0.0);
    CHECK(d.line[1].y == 95.0);
    // Beyond the right end: appended; beyond the left end: first.
    design_press(d, {62, 70}, 2.0);
    design_release(d);
    design_press(d, {-63, 71}, 2.0);
    design_release(d);
    REQUIRE(d.line.size() == 5);
    CHECK(d.line.front().x == -63.0);
    CHECK(d.line.back().x == 62.0);
    for (std::size_t i = 1; i < d.line.size(); ++i) CHECK(d.line[i].x > d.line[i - 1].x);
    // Drawn from the right: still left to right.
    const DesignDrawing from_right = drawn({{40, 80}, {0, 82}, {-40, 80}});
    CHECK(from_right.line.front().x == -40.0);
    CHECK(from_right.line.back().x == 40.0);
    // Straight above another point (and out of its grab): refused, nothing added.
    DesignDrawing above = drawn({{0, 80}});
    CHECK_FALSE(design_press(above, {0.05, 90}, 2.0));
    CHECK(above.line.size() == 1);
    CHECK(above.undo_history.size() == 1);
    CHECK(design_insert_index({}, {3, 4}) == std::optional<std::size_t>(0));
}

TEST_CASE("a dragged point stops short of its neighbours across") {
    DesignDrawing d = drawn({{-20, 80}, {0, 80}, {20, 80}});
    REQUIRE(design_press(d, {0, 80}, 2.0));
    design_drag(d, {35, 90});  // past the right neighbour
    design_release(d);
    CHECK(d.line[1].x == Approx(20.0 - kDesignMinGapMm));
    CHECK(d.line[1].y == 90.0);
    CHECK(d.line[2].x == 20.0);
    REQUIRE(design_press(d, d.line[1], 0.01));
    design_drag(d, {-40, 70});
    CHECK(d.line[1].x == Approx(-20.0 + kDesignMinGapMm));
}

TEST_CASE("a press near a point grabs it; dragging moves it as one undo step; delete and undo") {
    DesignDrawing d = drawn(kLine);
    const std::size_t undo_steps = d.undo_history.size();
    CHECK(undo_steps == kLine.size());  // each added point is one step
    // A press 1 mm from the mid-frontal point grabs it and adds nothing.
    REQUIRE(design_press(d, {1.0, 80.0}, 2.0));
    REQUIRE(d.dragging);
    CHECK(*d.dragging == 3);
    CHECK(d.line.size() == kLine.size());
    CHECK(d.undo_history.size() == undo_steps);  // a grab that never moves changes nothing
    design_drag(d, {0.5, 84.0});
    design_drag(d, {0.0, 86.0});
    design_release(d);
    CHECK(d.line[3].y == 86.0);
    CHECK(d.undo_history.size() == undo_steps + 1);
    // Undo puts it back at 80.
    REQUIRE(design_undo(d));
    CHECK(d.line[3].y == 80.0);
    // Delete the right temple; undo brings it back.
    REQUIRE(design_delete_near(d, {60.0, 69.5}, 2.0));
    CHECK(d.line.size() == kLine.size() - 1);
    CHECK_FALSE(design_delete_near(d, {100.0, 0.0}, 2.0));
    REQUIRE(design_undo(d));
    CHECK(d.line.size() == kLine.size());
    CHECK(d.line.back().x == 61.0);
    // Undo all the way to nothing, then no more.
    while (design_undo(d)) {
    }
    CHECK(d.line.empty());
    CHECK_FALSE(design_undo(d));
}

TEST_CASE("a new point can be dragged on at once without a second undo step; bad input adds nothing") {
    DesignDrawing d;
    REQUIRE(design_press(d, {0, 80}, 2.0));
    design_drag(d, {0, 90});
    design_release(d);
    CHECK(d.line.size() == 1);
    CHECK(d.line[0].y == 90.0);
    CHECK(d.undo_history.size() == 1);
    CHECK_FALSE(design_press(d, {std::nan(""), 3.0}, 2.0));
    CHECK(d.line.size() == 1);
    DesignDrawing full;
    for (std::size_t i = 0; i < kDesignMaxPoints; ++i) full.line.push_back({double(i), 80.0});
    CHECK_FALSE(design_press(full, {-5.0, 50.0}, 0.1));  // room on the left, but the line is full
    CHECK(full.line.size() == kDesignMaxPoints);
    // The undo history is bounded.
    DesignDrawing many;
    for (std::size_t i = 0; i < kDesignUndoDepth + 50; ++i) {
        design_press(many, {double(i) * 3.0, 80.0}, 0.5);
        design_release(many);
    }
    CHECK(many.undo_history.size() == kDesignUndoDepth);
}

TEST_CASE("the symmetry guide mirrors across the midline") {
    const Polyline m = mirrored_line(kLine);
    REQUIRE(m.size() == kLine.size());
    CHECK(m[0].x == 60.0);
    CHECK(m[0].y == 70.0);
    CHECK(m[3].x == 0.0);
    CHECK(m[3].y == 80.0);
    CHECK(m[6].x == -61.0);
}

TEST_CASE("a finish needs three points and a line across the midline") {
    CHECK(design_finish_refusal({}) != "");
    CHECK(design_finish_refusal({{-40, 80}, {40, 80}}).find("at least 3 points") != std::string::npos);
    CHECK(design_finish_refusal({{10, 80}, {30, 82}, {50, 70}}).find("midline") != std::string::npos);
    CHECK(design_finish_refusal(kLine) == "");
}

TEST_CASE("the calipers on the default head: skin height is the map's y, the straight line is shorter") {
    const Lesson lesson = test::hairline_lesson();
    const HeadMap head = make_head_map(head_shape_for(lesson.scalp));
    const DesignCalipers c = design_calipers(kLine, head);
    REQUIRE(c.mid_frontal_mm);
    CHECK(c.mid_frontal_mm->x == 0.0);
    CHECK(c.mid_frontal_mm->y == Approx(80.0));
    REQUIRE(c.skin_mm);
    CHECK(*c.skin_mm == Approx(80.0));
    REQUIRE(c.straight_mm);
    // A chord of a curved forehead: shorter than the arc, but not by much over 80 mm of forehead.
    CHECK(*c.straight_mm < 80.0);
    CHECK(*c.straight_mm > 70.0);
    const SurfacePoint g = *head_surface_at(head, {0, 0}), m = *head_surface_at(head, {0, 80});
    CHECK(*c.straight_mm == Approx(length(m.position_mm - g.position_mm)));
    CHECK(c.width_mm == Approx(121.0));
    // The crossing is interpolated between the two points either side of the midline.
    const DesignCalipers between = design_calipers({{-10, 80}, {10, 90}}, head);
    REQUIRE(between.skin_mm);
    CHECK(*between.skin_mm == Approx(85.0));
    // No crossing: nothing to measure but the width.
    const DesignCalipers none = design_calipers({{10, 80}, {30, 82}}, head);
    CHECK_FALSE(none.skin_mm);
    CHECK_FALSE(none.straight_mm);
    CHECK(none.width_mm == Approx(20.0));
}

TEST_CASE("the calipers and the brief in words") {
    DesignRules rules;
    DesignCalipers c;
    c.mid_frontal_mm = Point{0, 84.2};
    c.skin_mm = 84.2;
    c.straight_mm = 77.6;
    c.width_mm = 141.6;
    const std::vector<std::string> lines = design_calipers_lines(c, rules);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "mid-frontal 84 mm along the skin (lesson: 70-100 mm)");
    CHECK(lines[1] == "straight from the glabella: 78 mm");
    CHECK(lines[2] == "width 142 mm");
    const std::vector<std::string> none = design_calipers_lines(DesignCalipers{}, rules);
    CHECK(none[0] == "mid-frontal: draw across the midline (lesson: 70-100 mm)");
    CHECK(none[1] == "straight from the glabella: -");
    DesignBrief brief;
    brief.client_age = 52;
    brief.face_shape = "square";
    brief.loss_stage = "norwood-4";
    brief.wishes = "a natural, slightly receded line";
    const std::vector<std::string> words = design_brief_lines(brief);
    REQUIRE(words.size() == 2);
    CHECK(words[0] == "Client: 52 years, square face, norwood-4");
    CHECK(words[1] == "Wishes: a natural, slightly receded line");
}

TEST_CASE("the score screen of a design lesson shows the design row alone, its feedback located") {
    Lesson lesson = test::hairline_lesson();
    lesson.design = DesignBrief{};
    ScoreReport r;
    r.lesson = lesson.id;
    r.total = 62.0;
    r.design = ComponentScore{62.0, {{"mid_frontal_mm", 64.0}}};
    r.feedback = {{"design", "The mid-frontal point is too low for a 34-year-old", Point{0, 64}}};
    const ScoreScreenModel m = score_screen_model(lesson, r);
    REQUIRE(m.rows.size() == 1);
    CHECK(m.rows[0].key == "design");
    CHECK(m.rows[0].title == "Hairline design");
    CHECK(m.rows[0].score == Approx(62.0));
    REQUIRE(m.feedback.size() == 1);
    CHECK(m.feedback[0].text == "1. Design: The mid-frontal point is too low for a 34-year-old");
    REQUIRE(m.feedback[0].places.size() == 1);
    CHECK(m.feedback[0].places[0].y == 64.0);
    // No report's design yet: the row is there, unscored.
    r.design.reset();
    CHECK_FALSE(score_screen_model(lesson, r).rows[0].score);
    // A dot lesson keeps its three rows.
    lesson.design.reset();
    CHECK(score_screen_model(lesson, r).rows.size() == 3);
}
