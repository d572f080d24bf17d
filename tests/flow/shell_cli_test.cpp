// `stipple` with no subcommand refuses bad setups before any window opens: a missing lessons folder, a file
// that is not a gradebook, a bad --window, no X display. One line on stderr naming the culprit; exit 2 for
// bad input, 1 for no display.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

#include "tests/test_support.hpp"

using stipple::test::run_stipple;
using stipple::test::ScopedEnv;

TEST_CASE("a missing lessons folder is refused by name, before the gradebook is touched") {
    stipple::test::ScratchDir dir;
    const auto r = run_stipple("--lessons '" + (dir / "nowhere").string() + "' --db '" + (dir / "gb.sqlite").string() + "'");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("nowhere") && Catch::Contains("no lessons folder"));
    CHECK_FALSE(std::filesystem::exists(dir / "gb.sqlite"));
}

TEST_CASE("STIPPLE_DATA_DIR points the shell at another lessons folder") {
    stipple::test::ScratchDir dir;
    std::filesystem::create_directories(dir / "lessons");
    ScopedEnv data("STIPPLE_DATA_DIR", dir.path().c_str());
    const auto r = run_stipple("--db '" + (dir / "gb.sqlite").string() + "'");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains((dir / "lessons").string()) && Catch::Contains("no lessons here"));
}

TEST_CASE("a file that is not a gradebook is refused and left untouched") {
    stipple::test::ScratchDir dir;
    const std::string text = "just some notes, not a database\n";
    stipple::test::write_text(dir / "notes.sqlite", text);
    const auto r = run_stipple("--db '" + (dir / "notes.sqlite").string() + "'");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("notes.sqlite"));
    CHECK(stipple::test::read_text(dir / "notes.sqlite") == text);
}

TEST_CASE("a bad --window size is invalid input") {
    stipple::test::ScratchDir dir;
    const auto r = run_stipple("--window 5x5 --db '" + (dir / "gb.sqlite").string() + "'");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("--window"));
}

TEST_CASE("stipple edit reads --window with the same rule, plus the editor's own minimum") {
    const auto bad = run_stipple("edit --window 5x");
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("stipple edit: --window: expected WxH with each side 200..8192"));
    const auto small = run_stipple("edit --window 640x480");
    CHECK(small.exit_code == 2);
    CHECK_THAT(small.err, Catch::Contains("stipple edit: --window: the editor needs at least 800x500, got \"640x480\""));
}

TEST_CASE("without an X display the shell, practice and edit say so and exit 1, with the gradebook ready") {
    stipple::test::ScratchDir dir;
    ScopedEnv no_display("DISPLAY", nullptr);
    const auto r = run_stipple("--db '" + (dir / "gb.sqlite").string() + "'");
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("cannot open an X display"));
    CHECK(std::filesystem::exists(dir / "gb.sqlite"));
    // The one window module says the same for every program that opens a window.
    const auto practice = run_stipple("practice '" + (stipple::test::lessons_dir() / "first-dots-depth.json").string() +
                                      "' --db '" + (dir / "gb.sqlite").string() + "'");
    CHECK(practice.exit_code == 1);
    CHECK_THAT(practice.err, Catch::Contains("cannot open an X display"));
    const auto edit = run_stipple("edit '" + (dir / "new.json").string() + "'");
    CHECK(edit.exit_code == 1);
    CHECK_THAT(edit.err, Catch::Contains("cannot open an X display"));
}
