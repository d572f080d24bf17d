// The lesson picker's pure logic: catalog loading (curriculum or folder), rows with states, scores and
// locked reasons, the default lesson, and keyboard moves. Headless.
#include <catch2/catch.hpp>

#include "academy/progress.hpp"
#include "scoring/input_error.hpp"
#include "sim/flow/lesson_picker_catalog.hpp"
#include "sim/flow/lesson_picker_model.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {

CurriculumEntry entry(const std::string& id, const std::string& title, std::vector<std::string> requires_ids = {}) {
    CurriculumEntry e;
    e.file = id + ".json";
    e.lesson.id = id;
    e.lesson.title = title;
    e.requires_ids = std::move(requires_ids);
    return e;
}

Curriculum three_lessons() {
    Curriculum c;
    c.proficiency.consecutive_passes = 2;
    c.lessons = {entry("dots", "First dots"), entry("fill", "Even fill", {"dots"}),
                 entry("exam", "Final exam", {"dots", "fill"})};
    return c;
}

AttemptRecord attempt(int64_t id, const std::string& lesson, double total, bool passed) {
    AttemptRecord a;
    a.id = id;
    a.trainee = "ana";
    a.lesson_id = lesson;
    a.total = total;
    a.passed = passed;
    return a;
}

}  // namespace

TEST_CASE("a new trainee sees the first lesson open and the rest locked with the prerequisite named") {
    const Curriculum c = three_lessons();
    const auto rows = picker_rows(c, progress_from_attempts({}, c));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].state == LessonState::Open);
    CHECK(rows[0].state_label == "Open");
    CHECK(rows[0].startable);
    CHECK(rows[0].best_label == "-");
    CHECK(rows[0].last_label == "-");
    CHECK(rows[0].attempts_label == "no attempts yet");
    CHECK(rows[0].locked_reason.empty());
    CHECK_FALSE(rows[1].startable);
    CHECK(rows[1].state_label == "Locked");
    CHECK(rows[1].locked_reason == "Needs 'First dots' proficient (0 of 2 passes in a row so far)");
    CHECK(rows[2].locked_reason ==
          "Needs 'First dots' proficient (0 of 2 passes in a row so far) and 'Even fill' proficient (0 of 2 passes in a "
          "row so far)");
    CHECK(default_selection(rows) == std::optional<std::size_t>(0));
}

TEST_CASE("best and last scores, passed and proficient states, and the default moves to the next open lesson") {
    const Curriculum c = three_lessons();
    // dots: failed, passed, passed -> proficient (2 in a row); fill: passed once.
    const std::vector<AttemptRecord> log = {attempt(1, "dots", 61.04, false), attempt(2, "dots", 88.35, true),
                                            attempt(3, "dots", 79.96, true), attempt(4, "fill", 80.0, true)};
    const auto rows = picker_rows(c, progress_from_attempts(log, c));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].state == LessonState::Proficient);
    CHECK(rows[0].state_label == "Proficient");
    CHECK(rows[0].best_label == "88.3");  // 88.35 rounds to one decimal as printf does (binary 88.349...)
    CHECK(rows[0].last_label == "80.0");
    CHECK(rows[0].attempts_label == "3 attempts, 2 passed");
    CHECK(rows[1].state == LessonState::Passed);
    CHECK(rows[1].startable);
    CHECK(rows[1].attempts_label == "1 attempt, 1 passed");
    CHECK(rows[2].state == LessonState::Locked);
    CHECK(rows[2].locked_reason == "Needs 'Even fill' proficient (1 of 2 passes in a row so far)");
    // No lesson is Open: the first startable one is offered.
    CHECK(default_selection(rows) == std::optional<std::size_t>(0));

    const std::vector<AttemptRecord> only_dots = {attempt(1, "dots", 90, true), attempt(2, "dots", 91, true)};
    const auto rows2 = picker_rows(c, progress_from_attempts(only_dots, c));
    CHECK(rows2[1].state == LessonState::Open);
    CHECK(default_selection(rows2) == std::optional<std::size_t>(1));
    // Coming back from a lesson keeps it selected, unless it cannot start.
    CHECK(default_selection(rows2, std::string("dots")) == std::optional<std::size_t>(0));
    CHECK(default_selection(rows2, std::string("exam")) == std::optional<std::size_t>(1));
}

TEST_CASE("lessons progress does not mention are open without prerequisites and locked with them") {
    const Curriculum c = three_lessons();
    const auto rows = picker_rows(c, {});
    CHECK(rows[0].state == LessonState::Open);
    CHECK(rows[1].state == LessonState::Locked);
    CHECK(rows[1].locked_reason == "Needs First dots proficient first");
    CHECK(default_selection({}) == std::nullopt);
}

TEST_CASE("locked reasons list three or more prerequisites with commas and 'and'") {
    Curriculum c = three_lessons();
    c.lessons.push_back(entry("x", "", {"dots", "fill", "exam"}));
    CHECK(locked_reason(c, {"dots", "fill", "exam"}) == "Needs First dots, Even fill and Final exam proficient first");
    CHECK(locked_reason(c, {"x"}) == "Needs x proficient first");  // no title: the id
    CHECK(locked_reason(c, {}).empty());
}

TEST_CASE("keyboard moves clamp to the list") {
    CHECK(move_selection(0, -1, 3) == 0);
    CHECK(move_selection(0, 1, 3) == 1);
    CHECK(move_selection(2, 1, 3) == 2);
    CHECK(move_selection(1, 10, 3) == 2);
    CHECK(move_selection(0, 1, 0) == 0);
    CHECK(score_label(std::nullopt) == "-");
    CHECK(score_label(100.0) == "100.0");
}

TEST_CASE("the built-in lessons folder opens on its curriculum with the first lesson as the default") {
    const Curriculum c = load_lesson_catalog(stipple::test::lessons_dir());
    REQUIRE(c.lessons.size() >= 2);
    const auto rows = picker_rows(c, progress_from_attempts({}, c));
    const auto selected = default_selection(rows);
    REQUIRE(selected);
    CHECK(rows[*selected].lesson_id == c.lessons.front().lesson.id);
    // The lessons' rows, in order, then one row per case (the built-in curriculum lists cases too).
    REQUIRE(rows.size() == c.lessons.size() + c.cases.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool is_case = i >= c.lessons.size();
        CHECK(rows[i].is_case == is_case);
        const std::vector<std::string>& requires_ids =
            is_case ? c.cases[i - c.lessons.size()].requires_ids : c.lessons[i].requires_ids;
        CHECK(rows[i].startable == requires_ids.empty());
        if (!rows[i].startable) CHECK(rows[i].locked_reason.rfind("Needs ", 0) == 0);
    }
}

TEST_CASE("a folder without a curriculum lists its lesson files in name order and skips other JSON") {
    stipple::test::ScratchDir dir;
    const std::string src = stipple::test::read_text(stipple::test::lessons_dir() / "crown-fill.json");
    const std::string src2 = stipple::test::read_text(stipple::test::lessons_dir() / "hairline-classic.json");
    stipple::test::write_text(dir / "b-crown.json", src);
    stipple::test::write_text(dir / "a-hairline.json", src2);
    stipple::test::write_text(dir / "schema.json", R"({"$schema": "x", "title": "not a lesson"})");
    stipple::test::write_text(dir / "notes.txt", "hello");
    const Curriculum c = load_lesson_catalog(dir.path());
    REQUIRE(c.lessons.size() == 2);
    CHECK(c.lessons[0].lesson.id == "hairline-classic");
    CHECK(c.lessons[1].lesson.id == "crown-fill");
    CHECK(c.lessons[0].requires_ids.empty());
    const auto rows = picker_rows(c, {});
    CHECK(rows[0].startable);
    CHECK(rows[1].startable);
}

TEST_CASE("a missing, empty or broken lessons folder is a clear error naming the file") {
    stipple::test::ScratchDir dir;
    CHECK_THROWS_WITH(load_lesson_catalog(dir / "nope"), Catch::Contains("nope") && Catch::Contains("no lessons folder"));
    CHECK_THROWS_WITH(load_lesson_catalog(dir.path()), Catch::Contains("no lessons here"));
    stipple::test::write_text(dir / "bad.json", R"({"format": "stipple-lesson/1", "id": "Bad Id"})");
    CHECK_THROWS_AS(load_lesson_catalog(dir.path()), InputError);
    CHECK_THROWS_WITH(load_lesson_catalog(dir.path()), Catch::Contains("bad.json"));
}

TEST_CASE("the picker lists the cases in LESSONS/cases after the lessons, locked until their lessons are proficient") {
    stipple::test::ScratchDir dir;
    stipple::test::write_text(dir / "a-patch.json", stipple::test::patch_lesson_doc("patch").dump());
    std::filesystem::create_directories(dir / "cases" / "small");
    for (const std::string id : {"s1", "s2"})
        stipple::test::write_text(dir / "cases" / "small" / (id + ".json"), stipple::test::patch_lesson_doc(id).dump());
    stipple::test::write_text(dir / "cases" / "small.json", R"({"format": "stipple-case/1", "id": "small",
      "title": "Small case", "brief": "A client.", "client": {"name": "Sam", "age": 34, "sex": "male"}, "steps": [
        {"id": "one", "kind": "session", "title": "Session 1", "lesson": "small/s1.json"},
        {"id": "two", "kind": "session", "title": "Session 2", "lesson": "small/s2.json", "healed_days": 42}]})");
    stipple::test::write_text(dir / "cases" / "stipple-case-1.schema.json", R"({"$schema": "x"})");
    Curriculum c = load_lesson_catalog(dir.path());
    REQUIRE(c.lessons.size() == 1);
    REQUIRE(c.cases.size() == 1);
    CHECK(c.cases[0].the_case.steps.size() == 2);
    CHECK(c.cases[0].the_case.steps[1].lesson.id == "s2");
    auto rows = picker_rows(c, {});
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows[0].is_case);
    CHECK(rows[1].is_case);
    CHECK(rows[1].curriculum_index == 0);
    CHECK(rows[1].lesson_id == "small");
    CHECK(rows[1].title == "Case: Small case");
    CHECK(rows[1].attempts_label == "2 steps");
    CHECK(rows[1].startable);
    CHECK(default_selection(rows, std::string("small")) == std::optional<std::size_t>(1));

    c.lessons[0].lesson.title = "Patch work";
    c.cases[0].requires_ids = {"patch"};
    rows = picker_rows(c, progress_from_attempts({}, c));
    CHECK_FALSE(rows[1].startable);
    CHECK(rows[1].state_label == "Locked");
    CHECK(rows[1].locked_reason == "Needs Patch work proficient first");

    // A broken case file is the error, by name and pointer (never skipped).
    stipple::test::write_text(dir / "cases" / "small.json", R"({"format": "stipple-case/1", "id": "small", "title": "Small", "brief": "b",
      "client": {"name": "Sam", "age": 34, "sex": "male"}, "steps": [], "colour": 1})");
    CHECK(stipple::test::error_of([&] { load_lesson_catalog(dir.path()); }).find("small.json: /") != std::string::npos);
}
