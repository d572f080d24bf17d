// The lesson editor panel's decisions, headless: save asks for a path only when there is none, closing
// asks only with unsaved changes, and the demo preview follows the draft (valid drafts only, not mid-drag).
#include <catch2/catch.hpp>

#include "scoring/lesson_io.hpp"
#include "sim/flow/editor_panel_model.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

TEST_CASE("save without a path opens the save-as dialog at ./<id>.json; with a path it writes", "[editor]") {
    LessonEditSession s = open_lesson_for_editing("");
    s.lesson.id = "temple-points";
    EditorPanelState panel;
    request_save(s, panel);
    CHECK(panel.open_save_as);
    CHECK(panel.save_as_path == "./temple-points.json");

    test::ScratchDir dir;
    const std::string path = (dir / "temple.json").string();
    LessonEditSession named = open_lesson_for_editing(path);
    EditorPanelState panel2;
    begin_edit(named.history, named.lesson);
    named.lesson.title = "Being typed";  // a field still being edited is part of what is saved
    request_save(named, panel2);
    CHECK_FALSE(panel2.open_save_as);
    CHECK(load_lesson(path).title == "Being typed");
    CHECK(named.history.undo_stack.size() == 1);
    CHECK_FALSE(has_unsaved_changes(named));
}

TEST_CASE("closing asks first only when there are unsaved changes", "[editor]") {
    test::ScratchDir dir;
    LessonEditSession s = open_lesson_for_editing((dir / "a.json").string());
    EditorPanelState panel;
    request_close(s, panel);  // a new lesson never saved
    CHECK(panel.open_close_prompt);
    CHECK_FALSE(panel.quit);

    REQUIRE(save_session(s));
    EditorPanelState after_save;
    request_close(s, after_save);
    CHECK(after_save.quit);
    CHECK_FALSE(after_save.open_close_prompt);
}

TEST_CASE("the demo preview follows the draft: valid only, recomputed after a change, not during a drag", "[editor]") {
    LessonEditSession s = open_lesson_for_editing("");
    EditorPanelState panel;
    refresh_demo(s, check_lesson_draft(s.lesson), panel);
    REQUIRE(panel.demo);
    const size_t first = panel.demo->attempt.dots.size();
    CHECK(panel.demo->report.passed);

    press_at(s, s.lesson.zone[2], 0.5);
    drag_to(s, Point{30, 110});  // a much bigger zone
    refresh_demo(s, check_lesson_draft(s.lesson), panel);
    CHECK(panel.demo->attempt.dots.size() == first);  // unchanged mid-drag
    release(s);
    refresh_demo(s, check_lesson_draft(s.lesson), panel);
    CHECK(panel.demo->attempt.dots.size() > first);

    s.lesson.pass_score = 200;  // invalid: no demo
    refresh_demo(s, check_lesson_draft(s.lesson), panel);
    CHECK_FALSE(panel.demo);
    s.lesson.pass_score = 75;
    panel.show_demo = false;
    refresh_demo(s, check_lesson_draft(s.lesson), panel);
    CHECK_FALSE(panel.demo);
}
