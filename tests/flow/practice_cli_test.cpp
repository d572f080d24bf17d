// `stipple practice --trainee NAME` records in a gradebook, so it checks that gradebook and the trainee
// before any window, as the app does: a file that is not a gradebook is refused by name and left untouched,
// an archived trainee is refused before the work is done. Needs no display.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "tests/test_support.hpp"

using stipple::test::run_stipple;

TEST_CASE("practice --trainee refuses a file that is not a gradebook before any window, untouched") {
    stipple::test::ScratchDir dir;
    const std::string text = "just some notes, not a database\n";
    stipple::test::write_text(dir / "notes.sqlite", text);
    const std::string lesson = (stipple::test::lessons_dir() / "hairline-classic.json").string();
    const auto r = run_stipple("practice '" + lesson + "' --trainee ana --db '" + (dir / "notes.sqlite").string() + "'");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("notes.sqlite") && Catch::Contains("not a Stipple gradebook"));
    CHECK(stipple::test::read_text(dir / "notes.sqlite") == text);
    CHECK_FALSE(std::filesystem::exists(dir / "autosave"));
}

TEST_CASE("practice --trainee refuses an archived trainee before any window") {
    stipple::test::ScratchDir dir;
    const std::string db = (dir / "gb.sqlite").string();
    REQUIRE(run_stipple("academy trainees add ana --db '" + db + "'").exit_code == 0);
    REQUIRE(run_stipple("academy trainees archive ana --db '" + db + "'").exit_code == 0);
    const std::string lesson = (stipple::test::lessons_dir() / "hairline-classic.json").string();
    const auto r = run_stipple("practice '" + lesson + "' --trainee ana --db '" + db + "'");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("gb.sqlite") && Catch::Contains("trainee \"ana\" is archived"));
}

TEST_CASE("practice --skip-brief refuses a lesson offering a needle and shade choice, before any window") {
    stipple::test::ScratchDir dir;
    const std::string lesson = (stipple::test::lessons_dir() / "layering-session-1.json").string();
    const auto r = run_stipple("practice '" + lesson + "' --skip-brief --db '" + (dir / "gb.sqlite").string() + "'");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "stipple practice: " + lesson +
                       ": lesson \"layering-session-1\" offers a needle and shade choice, made on the brief: leave "
                       "out --skip-brief\n");
    CHECK_FALSE(std::filesystem::exists(dir / "gb.sqlite"));
    CHECK_FALSE(std::filesystem::exists(dir / "autosave"));
}
