// The curriculum format (stipple-curriculum/1): strict loading with pointers, prerequisites, the proficiency rule.
#include <catch2/catch.hpp>

#include "scoring/curriculum.hpp"
#include "scoring/input_error.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

// A folder with lessons a.json, b.json, c.json (ids a, b, c) and a curriculum written by each test.
struct Folder {
    test::ScratchDir dir;
    Folder() {
        for (const std::string id : {"a", "b", "c"})
            test::write_text(dir / (id + ".json"), test::patch_lesson_doc(id).dump(2));
    }
    std::string curriculum(const std::string& lessons_json,
                           const std::string& proficiency = R"({"consecutive_passes": 2})") const {
        const std::string path = (dir / "curriculum.json").string();
        test::write_text(path, R"({"format": "stipple-curriculum/1", "title": "Course", "proficiency": )" + proficiency +
                                   R"(, "lessons": )" + lessons_json + "}");
        return path;
    }
};

// Loads the curriculum expecting an InputError; returns "pointer: message".
std::string refusal(const std::string& path) {
    try {
        load_curriculum(path);
    } catch (const InputError& e) {
        return e.pointer() + ": " + e.message();
    }
    return "accepted";
}

}  // namespace

TEST_CASE("the built-in curriculum loads in order with its prerequisites", "[curriculum]") {
    const Curriculum c = load_curriculum((test::lessons_dir() / "curriculum.json").string());
    CHECK(c.title.find("final exam") != std::string::npos);
    CHECK(c.proficiency.consecutive_passes == 2);
    REQUIRE(c.lessons.size() >= 12);
    CHECK(c.lessons[0].lesson.id == "first-dots-depth");
    CHECK(c.lessons[0].file == "first-dots-depth.json");
    CHECK(c.lessons[1].requires_ids == std::vector<std::string>{"first-dots-depth"});
}

TEST_CASE("a curriculum resolves lesson files next to itself and keeps the order", "[curriculum]") {
    Folder f;
    const Curriculum c = load_curriculum(
        f.curriculum(R"([{"file": "b.json"}, {"file": "a.json", "requires": ["b"]}, {"file": "c.json", "requires": ["a", "b"]}])",
                     R"({"consecutive_passes": 3})"));
    CHECK(c.title == "Course");
    CHECK(c.proficiency.consecutive_passes == 3);
    REQUIRE(c.lessons.size() == 3);
    CHECK(c.lessons[0].lesson.id == "b");
    CHECK(c.lessons[0].requires_ids.empty());
    CHECK(c.lessons[1].lesson.id == "a");
    CHECK(c.lessons[2].requires_ids == std::vector<std::string>{"a", "b"});
    CHECK(c.lessons[2].lesson.targets.spacing_mm == 1.2);
}

TEST_CASE("a curriculum with a fault is refused with the pointer of the fault", "[curriculum]") {
    Folder f;
    CHECK(refusal(f.curriculum(R"([{"file": "a.json"}])", "3")) == "/proficiency: expected an object");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json"}])", R"({"consecutive_passes": 0})")) ==
          "/proficiency/consecutive_passes: expected a whole number of passes from 1 to 20");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json"}])", R"({"consecutive_passes": 1.5})")) ==
          "/proficiency/consecutive_passes: expected a whole number");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json"}])", "{}")) ==
          "/proficiency/consecutive_passes: required field is missing");
    CHECK(refusal(f.curriculum("[]")) == "/lessons: expected a non-empty array of lessons");
    CHECK(refusal(f.curriculum(R"([{"requires": []}])")) == "/lessons/0/file: required field is missing");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json"}, "b.json"])")) == "/lessons/1: expected an object");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json"}, {"file": "a.json"}])")) ==
          "/lessons/1/file: expected a unique lesson id, \"a\" is already used by /lessons/0");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json", "requires": "b"}])")) ==
          "/lessons/0/requires: expected an array of lesson ids");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json", "requires": ["zz"]}])")) ==
          "/lessons/0/requires/0: expected the id of a lesson in this curriculum, \"zz\" is not one");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json", "requires": ["b"]}, {"file": "b.json"}])")) ==
          "/lessons/0/requires/0: expected a prerequisite taught earlier, \"b\" comes later in the order");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json", "requires": ["a"]}])")) ==
          "/lessons/0/requires/0: expected another lesson's id, a lesson cannot require itself");
    CHECK(refusal(f.curriculum(R"([{"file": "a.json"}, {"file": "b.json", "requires": ["a", "a"]}])")) ==
          "/lessons/1/requires/1: expected each prerequisite once, \"a\" is listed twice");

    const std::string missing = refusal(f.curriculum(R"([{"file": "a.json"}, {"file": "nope.json"}])"));
    CHECK(missing.rfind("/lessons/1/file: expected an existing lesson file, \"", 0) == 0);
    CHECK(missing.find("nope.json\" was not found") != std::string::npos);
}

TEST_CASE("a curriculum's format, title and file are checked, and a bad lesson names its own file", "[curriculum]") {
    Folder f;
    const std::string path = (f.dir / "curriculum.json").string();
    test::write_text(path, R"({"format": "stipple-curriculum/2", "title": "T", "proficiency": {"consecutive_passes": 2}, "lessons": []})");
    CHECK(refusal(path) == "/format: expected \"stipple-curriculum/1\", found \"stipple-curriculum/2\"");
    test::write_text(path, R"({"format": "stipple-curriculum/1", "title": "", "proficiency": {"consecutive_passes": 2}, "lessons": []})");
    CHECK(refusal(path) == "/title: expected a non-empty string");
    test::write_text(path, "{");
    CHECK(refusal(path).rfind(": not valid JSON", 0) == 0);

    test::write_text(f.dir / "b.json", R"({"format": "stipple-lesson/1"})");
    try {
        load_curriculum(f.curriculum(R"([{"file": "a.json"}, {"file": "b.json"}])"));
        FAIL("accepted a curriculum with an invalid lesson");
    } catch (const InputError& e) {
        CHECK(e.file() == (f.dir / "b.json").string());
        CHECK(e.pointer() == "/id");
    }
}

TEST_CASE("proficiency is a run of consecutive passes, and once shown it stays", "[curriculum]") {
    const ProficiencyRule two{2};
    CHECK_FALSE(is_proficient(two, {}));
    CHECK_FALSE(is_proficient(two, {true}));
    CHECK(is_proficient(two, {true, true}));
    CHECK_FALSE(is_proficient(two, {true, false, true}));
    CHECK(is_proficient(two, {false, true, false, true, true}));
    CHECK(is_proficient(two, {true, true, false}));

    const ProficiencyRule three{3};
    CHECK_FALSE(is_proficient(three, {true, true, false, true, true}));
    CHECK(is_proficient(three, {false, true, true, true}));

    const ProficiencyRule one{1};
    CHECK_FALSE(is_proficient(one, {false, false}));
    CHECK(is_proficient(one, {false, true}));
    CHECK_FALSE(is_proficient(ProficiencyRule{0}, {}));  // never proficient without a single pass
}

}  // namespace stipple
