// `stipple lesson check` as an instructor meets it: ok lines, warnings that do not fail unless --strict,
// errors with a hint on the next line, curricula checked as a whole, and the exit codes 0 / 2.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

namespace fs = std::filesystem;

size_t count_of(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The sound patch lesson (tests/lesson_fixtures.hpp, about 456 dots) with the depth window `depth` (JSON).
std::string patch(const std::string& depth) {
    nlohmann::json doc = test::patch_lesson_doc();
    doc["targets"]["depth_mm"] = nlohmann::json::parse(depth);
    return doc.dump(2);
}

}  // namespace

TEST_CASE("lesson check passes the whole curriculum with --strict", "[lessons][cli]") {
    std::string args = "lesson check --strict";
    size_t lessons = 0;
    for (const auto& entry : fs::directory_iterator(test::lessons_dir()))
        if (entry.path().extension() == ".json" && entry.path().filename().string().find(".schema.") == std::string::npos) {
            args += " \"" + entry.path().string() + "\"";
            ++lessons;
        }
    const test::RunResult r = test::run_stipple(args);
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(count_of(r.out, ": ok (") == lessons);
    CHECK(r.out.find("ok (curriculum \"") != std::string::npos);
    CHECK(r.out.find("ok (hairline-classic, about ") != std::string::npos);
    CHECK(r.out.find("ok (hairline-design-young, a hairline design for a client of 24)") != std::string::npos);
}

TEST_CASE("lesson check warns about an unwise lesson, and --strict makes the warning fail", "[lessons][cli]") {
    test::ScratchDir dir;
    const std::string file = (dir / "deep.json").string();
    test::write_text(file, patch("[0.4, 1.5]"));

    const test::RunResult r = test::run_stipple("lesson check \"" + file + "\"");
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out == file + ": ok (patch, about 456 dots, 1 warning)\n");
    CHECK(r.err.rfind(file + ": /targets/depth_mm/1: warning: ", 0) == 0);
    CHECK(r.err.find("blow out") != std::string::npos);
    CHECK(count_of(r.err, "\n") == 1);

    const test::RunResult strict = test::run_stipple("lesson check --strict \"" + file + "\"");
    CHECK(strict.exit_code == 2);
    CHECK(strict.err == r.err);
}

TEST_CASE("lesson check reports an error on one line and the hint on the next, and goes on", "[lessons][cli]") {
    test::ScratchDir dir;
    const std::string good = (dir / "good.json").string();
    const std::string bad = (dir / "bad.json").string();
    test::write_text(good, patch("[0.4, 0.9]"));
    test::write_text(bad, patch("[0.9, 0.4]"));

    const test::RunResult r = test::run_stipple("lesson check \"" + bad + "\" \"" + good + "\"");
    INFO(r.out << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.out == good + ": ok (patch, about 456 dots)\n");
    CHECK(r.err == bad + ": /targets/depth_mm: expected [min, max] with 0 < min < max\n"
                   "  hint: the acceptable depth window [min, max] in mm; pigment belongs in the upper dermis, "
                   "e.g. [0.4, 0.9]\n");
}

TEST_CASE("lesson check checks a curriculum and names the faulty entry", "[lessons][cli]") {
    test::ScratchDir dir;
    test::write_text(dir / "a.json", patch("[0.4, 0.9]"));
    const std::string curriculum = (dir / "curriculum.json").string();
    test::write_text(curriculum, R"({"format": "stipple-curriculum/1", "title": "T",
        "proficiency": {"consecutive_passes": 2},
        "lessons": [{"file": "a.json", "requires": ["hairline-classic"]}]})");

    const test::RunResult r = test::run_stipple("lesson check \"" + curriculum + "\"");
    INFO(r.out << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind(curriculum + ": /lessons/0/requires/0: expected the id of a lesson in this curriculum", 0) == 0);
    CHECK(r.err.find("\n  hint: list the ids of lessons taught earlier") != std::string::npos);

    test::write_text(curriculum, R"({"format": "stipple-curriculum/1", "title": "T",
        "proficiency": {"consecutive_passes": 2}, "lessons": [{"file": "a.json"}]})");
    const test::RunResult ok = test::run_stipple("lesson check \"" + curriculum + "\"");
    CHECK(ok.exit_code == 0);
    CHECK(ok.out == curriculum + ": ok (curriculum \"T\", 1 lesson)\n");
}

TEST_CASE("lesson check explains a file that is not JSON", "[lessons][cli]") {
    test::ScratchDir dir;
    const std::string file = (dir / "broken.json").string();
    test::write_text(file, "{ \"format\": \"stipple-lesson/1\", }");
    const test::RunResult r = test::run_stipple("lesson check \"" + file + "\"");
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind(file + ": not valid JSON", 0) == 0);
    CHECK(r.err.find("\n  hint: look near the line and column given") != std::string::npos);
}

}  // namespace stipple
