// The lesson editor's session: opening, pointer gestures and keys as edits, unsaved changes, atomic saving.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../test_support.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/model/lesson_edit_session.hpp"

using namespace stipple;

TEST_CASE("a missing file opens as a new lesson named after it; no file at all asks for a path", "[lesson_edit]") {
    test::ScratchDir dir;
    const std::string path = (dir / "Soft Temples.json").string();
    LessonEditSession s = open_lesson_for_editing(path);
    CHECK(s.lesson.id == "soft-temples");
    CHECK(s.path == path);
    CHECK(has_unsaved_changes(s));  // never written yet
    CHECK_FALSE(std::filesystem::exists(path));

    LessonEditSession fresh = open_lesson_for_editing("");
    CHECK(fresh.path.empty());
    CHECK(default_save_path(fresh) == "./new-lesson.json");
    CHECK_FALSE(save_session(fresh));
    CHECK(fresh.status.find("choose where") != std::string::npos);
}

TEST_CASE("an existing lesson opens as saved; a broken one is an InputError", "[lesson_edit]") {
    test::ScratchDir dir;
    const std::string good = (test::lessons_dir() / "hairline-classic.json").string();
    LessonEditSession s = open_lesson_for_editing(good);
    CHECK(s.lesson.id == "hairline-classic");
    CHECK_FALSE(has_unsaved_changes(s));
    test::write_text(dir / "bad.json", R"({"format": "stipple-lesson/1", "id": "x"})");
    CHECK_THROWS_AS(open_lesson_for_editing((dir / "bad.json").string()), InputError);
}

TEST_CASE("press, drag and release move a point as one undo step without jumping", "[lesson_edit]") {
    LessonEditSession s = open_lesson_for_editing("");
    s.saved_on_disk = true;
    const Point corner = s.lesson.zone[1];  // (20, 74)
    press_at(s, Point{corner.x + 0.3, corner.y - 0.2}, 1.0);  // grabbed a little off the point
    REQUIRE(s.selected);
    CHECK(*s.selected == ControlPointRef{PointSet::zone, 1});
    CHECK(s.dragging);
    drag_to(s, Point{corner.x + 2.3, corner.y + 0.8});
    drag_to(s, Point{corner.x + 5.3, corner.y + 3.8});
    release(s);
    CHECK(s.lesson.zone[1].x == Approx(corner.x + 5));
    CHECK(s.lesson.zone[1].y == Approx(corner.y + 4));
    CHECK(has_unsaved_changes(s));
    CHECK(s.history.undo_stack.size() == 1);
    REQUIRE(undo_edit(s));
    CHECK(s.lesson.zone[1] == corner);
    CHECK_FALSE(has_unsaved_changes(s));
    REQUIRE(redo_edit(s));
    CHECK(s.lesson.zone[1].x == Approx(corner.x + 5));
}

TEST_CASE("a press on empty scalp clears the selection and drags nothing", "[lesson_edit]") {
    LessonEditSession s = open_lesson_for_editing("");
    press_at(s, s.lesson.zone[0], 1.0);
    release(s);
    REQUIRE(s.selected);
    press_at(s, Point{0, 90}, 1.0);
    CHECK_FALSE(s.selected);
    drag_to(s, Point{5, 95});
    release(s);
    CHECK(s.history.undo_stack.empty());
}

TEST_CASE("double-click on an edge inserts and selects a point; Delete removes it", "[lesson_edit]") {
    LessonEditSession s = open_lesson_for_editing("");
    const size_t n = s.lesson.zone.size();
    double_click_at(s, Point{0, 96.3}, 1.0);  // the back edge (20,96) -> (-20,96)
    REQUIRE(s.lesson.zone.size() == n + 1);
    REQUIRE(s.selected);
    CHECK(*s.selected == ControlPointRef{PointSet::zone, 3});
    CHECK(s.lesson.zone[3].x == Approx(0));
    CHECK(s.lesson.zone[3].y == Approx(96));
    delete_selected(s);
    CHECK(s.lesson.zone.size() == n);
    CHECK_FALSE(s.selected);
    REQUIRE(undo_edit(s));
    CHECK(s.lesson.zone.size() == n + 1);
    double_click_at(s, Point{0, 88}, 1.0);  // nowhere near an edge or point: nothing happens
    CHECK(s.lesson.zone.size() == n + 1);
}

TEST_CASE("Delete is refused with a message when the zone would drop below 3 points", "[lesson_edit]") {
    LessonEditSession s = open_lesson_for_editing("");
    s.selected = ControlPointRef{PointSet::zone, 0};
    delete_selected(s);
    REQUIRE(s.lesson.zone.size() == 3);
    s.selected = ControlPointRef{PointSet::zone, 0};
    delete_selected(s);
    CHECK(s.lesson.zone.size() == 3);
    CHECK(s.status.find("at least 3") != std::string::npos);
    s.selected.reset();
    delete_selected(s);
    CHECK(s.status == "select a point first");
}

TEST_CASE("undo drops a selection that no longer exists", "[lesson_edit]") {
    LessonEditSession s = open_lesson_for_editing("");
    double_click_at(s, Point{0, 96.3}, 1.0);
    REQUIRE(s.selected);
    CHECK(s.selected->index == 3);
    double_click_at(s, Point{10, 96.2}, 1.0);  // now between (20,96) and (0,96): index 3 again, old one shifts
    REQUIRE(s.lesson.zone.size() == 6);
    s.selected = ControlPointRef{PointSet::zone, 5};
    REQUIRE(undo_edit(s));
    CHECK_FALSE(s.selected);
}

TEST_CASE("save writes a valid lesson atomically and refuses an invalid one, keeping the old file", "[lesson_edit]") {
    test::ScratchDir dir;
    const std::string path = (dir / "new-one.json").string();
    LessonEditSession s = open_lesson_for_editing(path);
    s.lesson.title = "My first lesson";
    REQUIRE(save_session(s));
    CHECK_FALSE(has_unsaved_changes(s));
    const Lesson back = load_lesson(path);
    CHECK(back.title == "My first lesson");
    CHECK(back.id == "new-one");
    const std::string before = test::read_text(path);

    s.lesson.zone = {{0, 0}, {10, 10}, {10, 0}, {0, 10}};  // self-crossing
    CHECK_FALSE(save_session(s));
    CHECK(s.status.find("/zone") != std::string::npos);
    CHECK(test::read_text(path) == before);
    CHECK(has_unsaved_changes(s));

    // Save as: another path becomes the session's path.
    s.lesson = back;
    const std::string other = (dir / "copy.json").string();
    REQUIRE(save_session(s, other));
    CHECK(s.path == other);
    CHECK(load_lesson(other).title == "My first lesson");
}

TEST_CASE("a drag after a field edit is a separate undo step", "[lesson_edit]") {
    LessonEditSession s = open_lesson_for_editing("");
    begin_edit(s.history, s.lesson);
    s.lesson.title = "Typed title";  // the panel's field is still pending when the pointer goes down
    const Point corner = s.lesson.zone[0];
    press_at(s, corner, 1.0);
    drag_to(s, Point{corner.x - 3, corner.y});
    release(s);
    CHECK(s.history.undo_stack.size() == 2);
    REQUIRE(undo_edit(s));
    CHECK(s.lesson.zone[0] == corner);
    CHECK(s.lesson.title == "Typed title");
}
