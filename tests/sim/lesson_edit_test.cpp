// The lesson editor's headless model: template, hit testing, edit commands, undo/redo and live validation.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "scoring/lesson_io.hpp"
#include "sim/model/lesson_edit.hpp"
#include "sim/model/lesson_edit_check.hpp"
#include "sim/model/lesson_edit_history.hpp"
#include "../test_support.hpp"

using namespace stipple;

namespace {
Lesson square_lesson() {
    Lesson l = lesson_template("square");
    l.zone = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    l.hairline = Hairline{{{1, 5}, {5, 4}, {9, 5}}, 8};
    return l;
}
}  // namespace

TEST_CASE("the template is a valid lesson with a frontal zone and a hairline", "[lesson_edit]") {
    const Lesson l = lesson_template("my-lesson");
    CHECK(l.id == "my-lesson");
    const LessonCheck check = check_lesson_draft(l);
    CHECK(check.valid());
    CHECK(check.warnings.empty());
    REQUIRE(l.hairline);
    CHECK(l.zone.size() >= 3);
    const Bounds zone = bounds_of(l.zone);
    // Frontal: around the mid-frontal point ~80 mm above the glabella, and the curve lies inside the zone.
    CHECK(zone.min.y < 80);
    CHECK(zone.max.y > 80);
    for (const Point& p : l.hairline->curve) CHECK(contains(l.zone, p));
}

TEST_CASE("the template's expert demo passes it, so a new lesson is practicable", "[lesson_edit]") {
    const Lesson l = lesson_template("new-lesson");
    const DemoPreview preview = preview_demo(l);
    REQUIRE(preview.attempt.dots.size() > 100);
    CHECK(preview.report.total >= l.pass_score);
    CHECK(preview.report.passed);
    REQUIRE(preview.report.hairline);
    for (const Dot& d : preview.attempt.dots) CHECK(contains(l.zone, Point{d.x, d.y}));
}

TEST_CASE("lesson ids come from the file name", "[lesson_edit]") {
    CHECK(lesson_id_from_path("/tmp/My Lesson_2.json") == "my-lesson-2");
    CHECK(lesson_id_from_path("hairline-soft.json") == "hairline-soft");
    CHECK(lesson_id_from_path("/tmp/__.json") == "new-lesson");
}

TEST_CASE("picking a control point finds the nearest within the radius", "[lesson_edit]") {
    const Lesson l = square_lesson();
    auto hit = pick_control_point(l, {9.6, 9.7}, 1.0);
    REQUIRE(hit);
    CHECK(*hit == ControlPointRef{PointSet::zone, 2});
    hit = pick_control_point(l, {5.2, 4.1}, 1.0);
    REQUIRE(hit);
    CHECK(*hit == ControlPointRef{PointSet::hairline, 1});
    CHECK_FALSE(pick_control_point(l, {5, 7}, 1.0));
    CHECK_FALSE(pick_control_point(l, {11.2, 10}, 1.0));
}

TEST_CASE("picking an edge gives where the new point goes", "[lesson_edit]") {
    const Lesson l = square_lesson();
    auto edge = pick_edge(l, {5, 10.4}, 1.0);  // top edge: between point 2 (10,10) and 3 (0,10)
    REQUIRE(edge);
    CHECK(edge->set == PointSet::zone);
    CHECK(edge->insert_index == 3);
    CHECK(edge->on_edge.x == Approx(5));
    CHECK(edge->on_edge.y == Approx(10));
    CHECK(edge->distance_mm == Approx(0.4));
    edge = pick_edge(l, {-0.3, 6}, 1.0);  // the closing edge (0,10) -> (0,0)
    REQUIRE(edge);
    CHECK(edge->insert_index == 4);
    edge = pick_edge(l, {3, 4.3}, 1.0);  // the hairline between (1,5) and (5,4)
    REQUIRE(edge);
    CHECK(edge->set == PointSet::hairline);
    CHECK(edge->insert_index == 1);
    CHECK_FALSE(pick_edge(l, {5, 8}, 1.0));
}

TEST_CASE("inserting on an edge keeps the shape and adds a point in order", "[lesson_edit]") {
    Lesson l = square_lesson();
    const auto edge = pick_edge(l, {5, 10.4}, 1.0);
    REQUIRE(edge);
    REQUIRE(insert_on_edge(l, *edge).ok);
    REQUIRE(l.zone.size() == 5);
    CHECK(l.zone[3] == Point{5, 10});
    CHECK(l.zone[4] == Point{0, 10});
    CHECK(area_mm2(l.zone) == Approx(100));
    CHECK(check_lesson_draft(l).valid());

    const auto on_curve = pick_edge(l, {7, 4.4}, 1.0);
    REQUIRE(on_curve);
    REQUIRE(insert_on_edge(l, *on_curve).ok);
    REQUIRE(l.hairline->curve.size() == 4);
    CHECK(l.hairline->curve[2].x == Approx(7).margin(0.1));  // projected onto the edge
    CHECK(l.hairline->curve[2].y == Approx(4 + (l.hairline->curve[2].x - 5) / 4));
    CHECK(check_lesson_draft(l).valid());
}

TEST_CASE("inserting out of order or on top of a point is refused", "[lesson_edit]") {
    Lesson l = square_lesson();
    const EditResult r = insert_control_point(l, PointSet::hairline, 1, {6, 4});  // between x=1 and x=5
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("left") != std::string::npos);
    CHECK(l.hairline->curve.size() == 3);
    CHECK_FALSE(insert_control_point(l, PointSet::zone, 1, {0, 0}).ok);
    CHECK(l.zone.size() == 4);
    CHECK_FALSE(insert_control_point(l, PointSet::zone, 9, {3, 3}).ok);
    Lesson bare = l;
    bare.hairline.reset();
    CHECK_FALSE(insert_control_point(bare, PointSet::hairline, 0, {3, 3}).ok);
}

TEST_CASE("moving a zone point is free; a hairline point is kept between its neighbours", "[lesson_edit]") {
    Lesson l = square_lesson();
    REQUIRE(move_control_point(l, {PointSet::zone, 2}, {12, 13}).ok);
    CHECK(l.zone[2] == Point{12, 13});

    EditResult r = move_control_point(l, {PointSet::hairline, 1}, {20, 3});  // past the right neighbour (x=9)
    CHECK(r.ok);
    CHECK_FALSE(r.message.empty());
    CHECK(l.hairline->curve[1].x == Approx(9 - kHairlineMinGapMm));
    CHECK(l.hairline->curve[1].y == Approx(3));
    r = move_control_point(l, {PointSet::hairline, 1}, {-5, 6});
    CHECK(l.hairline->curve[1].x == Approx(1 + kHairlineMinGapMm));
    r = move_control_point(l, {PointSet::hairline, 0}, {-30, 6});  // an end point may go anywhere outward
    CHECK(r.message.empty());
    CHECK(l.hairline->curve[0] == Point{-30, 6});
    CHECK(check_lesson_draft(l).valid());

    CHECK_FALSE(move_control_point(l, {PointSet::zone, 7}, {1, 1}).ok);
    CHECK_FALSE(move_control_point(l, {PointSet::zone, 0}, {std::nan(""), 1}).ok);
}

TEST_CASE("a delete that would leave too few points is refused with a message", "[lesson_edit]") {
    Lesson l = square_lesson();
    REQUIRE(delete_control_point(l, {PointSet::zone, 1}).ok);
    CHECK(l.zone == Polygon{{0, 0}, {10, 10}, {0, 10}});
    const EditResult r = delete_control_point(l, {PointSet::zone, 0});
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("at least 3") != std::string::npos);
    CHECK(l.zone.size() == 3);

    REQUIRE(delete_control_point(l, {PointSet::hairline, 1}).ok);
    const EditResult h = delete_control_point(l, {PointSet::hairline, 0});
    CHECK_FALSE(h.ok);
    CHECK(h.message.find("remove the hairline") != std::string::npos);
    CHECK(l.hairline->curve.size() == 2);
}

TEST_CASE("a hairline can be removed and a new one added across the zone's front", "[lesson_edit]") {
    Lesson l = square_lesson();
    REQUIRE(remove_hairline(l).ok);
    CHECK_FALSE(l.hairline);
    CHECK_FALSE(remove_hairline(l).ok);
    CHECK(check_lesson_draft(l).valid());
    REQUIRE(add_hairline(l).ok);
    REQUIRE(l.hairline);
    CHECK_FALSE(add_hairline(l).ok);
    const Polyline& curve = l.hairline->curve;
    REQUIRE(curve.size() == 5);
    for (size_t i = 1; i < curve.size(); ++i) CHECK(curve[i].x > curve[i - 1].x);
    for (const Point& p : curve) CHECK(contains(l.zone, p));
    CHECK(curve[2].y < curve[0].y);  // arched: the middle sits furthest forward
    CHECK(check_lesson_draft(l).valid());
}

TEST_CASE("undo and redo step through edits; a new edit clears redo", "[lesson_edit]") {
    Lesson l = square_lesson();
    EditHistory h;
    REQUIRE(apply_edit(h, l, [](Lesson& x) { return move_control_point(x, {PointSet::zone, 0}, {-1, -1}); }).ok);
    REQUIRE(apply_edit(h, l, [](Lesson& x) { return delete_control_point(x, {PointSet::zone, 1}); }).ok);
    CHECK(l.zone.size() == 3);
    CHECK(h.undo_stack.size() == 2);

    REQUIRE(undo(h, l));
    CHECK(l.zone.size() == 4);
    CHECK(l.zone[0] == Point{-1, -1});
    REQUIRE(undo(h, l));
    CHECK(l.zone[0] == Point{0, 0});
    CHECK_FALSE(undo(h, l));
    REQUIRE(redo(h, l));
    CHECK(l.zone[0] == Point{-1, -1});

    REQUIRE(apply_edit(h, l, [](Lesson& x) { x.pass_score = 80; return EditResult{}; }).ok);
    CHECK_FALSE(redo(h, l));
    REQUIRE(undo(h, l));
    CHECK(l.pass_score == 75);
    CHECK(l.zone[0] == Point{-1, -1});
}

TEST_CASE("refused and empty edits leave no undo step", "[lesson_edit]") {
    Lesson l = square_lesson();
    EditHistory h;
    const EditResult r = apply_edit(h, l, [](Lesson& x) {
        x.pass_score = 10;  // a half-done change that the refusal must roll back
        return EditResult{false, "no"};
    });
    CHECK_FALSE(r.ok);
    CHECK(l.pass_score == 75);
    apply_edit(h, l, [](Lesson&) { return EditResult{}; });
    CHECK(h.undo_stack.empty());
}

TEST_CASE("a drag or a typed field is one undo step", "[lesson_edit]") {
    Lesson l = square_lesson();
    EditHistory h;
    begin_edit(h, l);
    for (int i = 1; i <= 10; ++i) move_control_point(l, {PointSet::zone, 2}, {10.0 + i, 10.0 + i});
    begin_edit(h, l);  // a second begin while one is pending keeps the original state
    REQUIRE(commit_edit(h, l));
    CHECK(h.undo_stack.size() == 1);
    begin_edit(h, l);
    CHECK_FALSE(commit_edit(h, l));  // a click without a move records nothing
    begin_edit(h, l);
    l.title = "Typed";
    REQUIRE(undo(h, l));  // undo commits the pending edit first, then undoes it
    CHECK(l.title == "New hairline lesson");
    CHECK(l.zone[2] == Point{20, 20});
    REQUIRE(undo(h, l));
    CHECK(l.zone[2] == Point{10, 10});
}

TEST_CASE("validation names the field at fault, as save would", "[lesson_edit]") {
    Lesson l = square_lesson();
    l.zone = {{0, 0}, {10, 10}, {10, 0}, {0, 10}};  // a bow tie: edges cross
    LessonCheck c = check_lesson_draft(l);
    REQUIRE_FALSE(c.valid());
    CHECK(c.fault->pointer == "/zone");
    CHECK(c.fault->message.find("simple polygon") != std::string::npos);

    l = square_lesson();
    l.pass_score = 150;
    c = check_lesson_draft(l);
    REQUIRE_FALSE(c.valid());
    CHECK(c.fault->pointer == "/pass_score");

    l = square_lesson();
    l.targets.spacing_mm = std::numeric_limits<double>::quiet_NaN();
    c = check_lesson_draft(l);
    REQUIRE_FALSE(c.valid());
    CHECK(c.fault->pointer == "/targets/spacing_mm");

    l = square_lesson();
    l.id = "Bad Id";
    c = check_lesson_draft(l);
    REQUIRE_FALSE(c.valid());
    CHECK(c.fault->pointer == "/id");

    test::ScratchDir dir;
    CHECK_THROWS(save_lesson((dir / "bad.json").string(), l));
    CHECK_FALSE(std::filesystem::exists(dir / "bad.json"));
}

TEST_CASE("validation carries a hint for the fault and advice warnings for a valid but unwise lesson", "[lesson_edit]") {
    Lesson l = lesson_template("advice");
    l.targets.depth_max_mm = 1.4;  // below the upper dermis: blow-out
    LessonCheck c = check_lesson_draft(l);
    CHECK(c.valid());
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].pointer == "/targets/depth_mm/1");
    CHECK(c.warnings[0].message.find("blow out") != std::string::npos);

    l = lesson_template("advice");
    REQUIRE(remove_hairline(l).ok);
    CHECK(check_lesson_draft(l).warnings.empty());  // the always-written hairline weight is not the author's

    l.targets.depth_min_mm = 1.0;
    l.targets.depth_max_mm = 0.5;
    c = check_lesson_draft(l);
    REQUIRE_FALSE(c.valid());
    CHECK(c.fault->pointer == "/targets/depth_mm");
    CHECK_FALSE(c.hint.empty());
}
