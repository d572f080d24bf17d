// The one loader for a folder of lessons (academy/lesson_folder.hpp): what it reads, skips, keeps refused,
// and the codes of its own errors.
#include <catch2/catch.hpp>

#include <filesystem>

#include "academy/lesson_folder.hpp"
#include "scoring/input_error.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

std::string lesson_text(const std::string& id) {
    return R"({"format": "stipple-lesson/1", "id": ")" + id + R"(", "title": "Patch", "brief": "Fill it.",
      "scalp": {"pattern": "norwood-6", "skin": "fitzpatrick-3", "seed": 1},
      "needle": {"config": "1RL", "diameter_mm": 0.25},
      "zone": [[-10, 120], [10, 120], [10, 140], [-10, 140]],
      "targets": {"spacing_mm": 1.2, "depth_mm": [0.4, 0.9]}, "pass_score": 75})";
}

ErrorCode code_of_load(const std::string& dir) {
    try {
        load_lesson_folder(dir);
    } catch (const InputError& e) {
        return e.code();
    }
    return ErrorCode::other;
}

}  // namespace

TEST_CASE("a lesson folder is read by id and in file-name order; others are skipped, failures kept", "[lessons-folder]") {
    test::ScratchDir dir;
    test::write_text(dir / "b-second.json", lesson_text("zeta"));
    test::write_text(dir / "a-first.json", lesson_text("omega"));
    test::write_text(dir / "curriculum.json", R"({"format": "stipple-curriculum/1"})");  // another format: skipped
    test::write_text(dir / "notes.txt", "not json at all");                             // not .json: skipped
    test::write_text(dir / "c-broken.json", R"({"format": "stipple-lesson/1", "id": "Bad Id"})");
    test::write_text(dir / "d-syntax.json", "{");

    const LessonFolder folder = load_lesson_folder(dir.path().string());
    CHECK(folder.ids_in_file_order == std::vector<std::string>{"omega", "zeta"});
    CHECK(folder.by_id.size() == 2);
    CHECK(folder.file_of_id.at("zeta") == (dir / "b-second.json").string());
    REQUIRE(folder.refused.size() == 2);
    CHECK(folder.refused[0].file() == (dir / "c-broken.json").string());
    CHECK(folder.refused[0].code() == ErrorCode::bad_id);
    CHECK(folder.refused[1].code() == ErrorCode::not_json);

    try {
        find_lesson(folder, "alpha", "attempt.json");
        FAIL("found a lesson that is not there");
    } catch (const InputError& e) {
        CHECK(e.code() == ErrorCode::unknown_lesson);
        CHECK(e.pointer() == "/lesson");
        CHECK(e.message() == "no lesson \"alpha\" in " + dir.path().string() + " (2 lesson file(s) there are invalid)");
    }
    CHECK(&find_lesson(folder, "zeta", "attempt.json") == &folder.by_id.at("zeta"));
}

TEST_CASE("a lesson folder refuses a missing folder and two lessons with one id, by code", "[lessons-folder][codes]") {
    test::ScratchDir dir;
    CHECK(code_of_load((dir / "nowhere").string()) == ErrorCode::not_a_folder);
    test::write_text(dir / "a.json", lesson_text("same"));
    test::write_text(dir / "b.json", lesson_text("same"));
    try {
        load_lesson_folder(dir.path().string());
        FAIL("accepted two lessons with one id");
    } catch (const InputError& e) {
        CHECK(e.code() == ErrorCode::duplicate_id);
        CHECK(e.file() == (dir / "b.json").string());
        CHECK(e.pointer() == "/id");
        CHECK(e.message() == "lesson id \"same\" is also used by " + (dir / "a.json").string());
    }
}

}  // namespace stipple
