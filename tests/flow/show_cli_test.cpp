// `stipple show` refuses bad input before any window, as `stipple score` does: a broken or missing attempt
// file, an attempt for another lesson, a bad lesson (one line naming the file and the JSON pointer, exit 2);
// its own options (--overlays, --healed, --view, --window) likewise. Good files with no display: exit 1 with
// the display message. Needs no display (DISPLAY is cleared for the last case).
#include <catch2/catch.hpp>

#include <string>

#include "tests/test_support.hpp"

using stipple::test::run_stipple;

namespace {
std::string lesson_path(const char* id) { return (stipple::test::lessons_dir() / (std::string(id) + ".json")).string(); }
int line_count(const std::string& text) {
    int n = 0;
    for (char c : text) n += c == '\n';
    return n;
}
}  // namespace

TEST_CASE("show refuses bad attempt and lesson files with one line and exit 2", "[show]") {
    stipple::test::ScratchDir dir;
    const std::string lesson = lesson_path("hairline-classic");
    stipple::test::write_text(dir / "broken.json", "{\"format\": \"stipple-attempt/1\", \"lesson\": ");
    stipple::test::write_text(dir / "missing-input.json",
                              "{\"format\":\"stipple-attempt/1\",\"lesson\":\"hairline-classic\",\"dots\":[]}");
    const auto broken = run_stipple("show --lesson '" + lesson + "' '" + (dir / "broken.json").string() + "'");
    CHECK(broken.exit_code == 2);
    CHECK(line_count(broken.err) == 1);
    CHECK_THAT(broken.err, Catch::StartsWith("stipple: " + (dir / "broken.json").string() + ": "));

    const auto field = run_stipple("show --lesson '" + lesson + "' '" + (dir / "missing-input.json").string() + "'");
    CHECK(field.exit_code == 2);
    CHECK(field.err == "stipple: " + (dir / "missing-input.json").string() + ": /input: required field is missing\n");

    const auto missing = run_stipple("show --lesson '" + lesson + "' '" + (dir / "nope.json").string() + "'");
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Catch::Contains("nope.json") && Catch::Contains("cannot open"));

    // The expert demo of another lesson: the same refusal as `stipple score`.
    REQUIRE(run_stipple("demo --lesson '" + lesson_path("first-dots-depth") + "' --out '" +
                        (dir / "other.json").string() + "'").exit_code == 0);
    const auto other = run_stipple("show --lesson '" + lesson + "' '" + (dir / "other.json").string() + "'");
    const auto scored = run_stipple("score --lesson '" + lesson + "' '" + (dir / "other.json").string() + "'");
    CHECK(other.exit_code == 2);
    CHECK(other.err == scored.err);
    CHECK_THAT(other.err, Catch::Contains(": /lesson: attempt is for lesson \"first-dots-depth\""));

    stipple::test::write_text(dir / "lesson.json", "[]");
    const auto bad_lesson = run_stipple("show --lesson '" + (dir / "lesson.json").string() + "' '" +
                                        (dir / "other.json").string() + "'");
    CHECK(bad_lesson.exit_code == 2);
    CHECK(line_count(bad_lesson.err) == 1);
    CHECK_THAT(bad_lesson.err, Catch::Contains("lesson.json"));
}

TEST_CASE("show refuses bad options before any window; good files need a display", "[show]") {
    stipple::test::ScratchDir dir;
    const std::string lesson = lesson_path("hairline-classic");
    const std::string attempt = (dir / "demo.json").string();
    REQUIRE(run_stipple("demo --lesson '" + lesson + "' --out '" + attempt + "'").exit_code == 0);
    const std::string show = "show --lesson '" + lesson + "' '" + attempt + "' ";
    const auto overlays = run_stipple(show + "--overlays zone,heat");
    CHECK(overlays.exit_code == 2);
    CHECK_THAT(overlays.err, Catch::StartsWith("stipple show: --overlays: expected all, none or a comma list"));
    const auto healed = run_stipple(show + "--healed 2-years");
    CHECK(healed.exit_code == 2);
    CHECK_THAT(healed.err, Catch::StartsWith("stipple show: --healed: expected fresh, 1-month, 1-year or 4-years"));
    const auto view = run_stipple(show + "--view 0,87");
    CHECK(view.exit_code == 2);
    CHECK_THAT(view.err, Catch::StartsWith("stipple show: --view: expected CX,CY,PX_PER_MM"));
    const auto window = run_stipple(show + "--window 100x100");
    CHECK(window.exit_code == 2);
    CHECK_THAT(window.err, Catch::StartsWith("stipple show: --window: expected WxH"));
    stipple::test::ScopedEnv no_x("DISPLAY", nullptr);
    const auto no_display = run_stipple(show + "--overlays all --healed 4-years --sun");
    CHECK(no_display.exit_code == 1);
    CHECK_THAT(no_display.err, Catch::Contains("stipple show: cannot open an X display"));
}
