// `stipple case check` and `stipple case next` as an instructor runs them: one line per file, exit 2 on bad
// input with the file and pointer, the next lesson written atomically with the healed marks.
#include <catch2/catch.hpp>

#include <filesystem>

#include "scoring/attempt_io.hpp"
#include "scoring/case_io.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_io.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

namespace fs = std::filesystem;

std::string case_file(const std::string& id) { return (test::lessons_dir() / "cases" / (id + ".json")).string(); }

TEST_CASE("case check passes the shipped cases and names a broken one's field", "[lessons][cli]") {
    const test::RunResult ok = test::run_stipple("case check \"" + case_file("norwood-3-restoration") + "\" \"" +
                                                 case_file("strip-scar-camouflage") + "\"");
    CHECK(ok.exit_code == 0);
    CHECK(ok.out.find("norwood-3-restoration.json: ok (norwood-3-restoration, 10 steps: 4 question, 4 lesson)") != std::string::npos);
    CHECK(ok.err.empty());

    test::ScratchDir dir;
    nlohmann::json doc = parse_json_file(case_file("strip-scar-camouflage"));
    doc["steps"][0]["questions"][0]["options"][1].erase("explanation");
    fs::copy(test::lessons_dir() / "cases" / "strip-scar-camouflage", dir / "strip-scar-camouflage", fs::copy_options::recursive);
    test::write_text(dir / "broken.json", doc.dump());
    const test::RunResult bad = test::run_stipple("case check \"" + (dir / "broken.json").string() + "\"");
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == (dir / "broken.json").string() +
                         ": /steps/0/questions/0/options/1/explanation: expected an explanation on every wrong option (why it is "
                         "wrong, what is right)\n");
}

TEST_CASE("case next writes session 2 on the healed session 1", "[lessons][cli]") {
    test::ScratchDir dir;
    const Case c = load_case(case_file("norwood-3-restoration"));
    const Lesson& session1 = find_lesson_step(c, "norwood-3-session-1")->lesson;
    Attempt a = demo_attempt(session1);
    save_attempt((dir / "one.json").string(), a);
    const std::string out = (dir / "two.json").string();
    const test::RunResult r = test::run_stipple("case next \"" + case_file("norwood-3-restoration") + "\" --attempt \"" +
                                                (dir / "one.json").string() + "\" --out \"" + out + "\"");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == out + ": session-2 (norwood-3-session-2), " + std::to_string(a.dots.size()) +
                       " healed marks after 42 days, numbing clock 30 s\n");
    const Lesson two = load_lesson(out);
    REQUIRE(two.existing);
    CHECK(two.existing->marks.size() == a.dots.size());
    CHECK(two.existing->marks[0].healed_days == 42);
    CHECK(two.numbing_wait_s == 30);

    // From the last required session on to the touch-up, with the lesson it was made on.
    Attempt b = demo_attempt(two);
    save_attempt((dir / "two-attempt.json").string(), b);
    const test::RunResult t = test::run_stipple("case next \"" + case_file("norwood-3-restoration") + "\" --attempt \"" +
                                                (dir / "two-attempt.json").string() + "\" --lesson \"" + out + "\" --out \"" +
                                                (dir / "touchup.json").string() + "\"");
    INFO(t.err);
    CHECK(t.exit_code == 0);
    CHECK(load_lesson((dir / "touchup.json").string()).existing->marks.size() > a.dots.size());

    // The touch-up is the last step: nothing comes after it; the output is not touched.
    Attempt last = demo_attempt(load_lesson((dir / "touchup.json").string()));
    save_attempt((dir / "last.json").string(), last);
    test::write_text(dir / "keep.json", "old");
    const test::RunResult e = test::run_stipple("case next \"" + case_file("norwood-3-restoration") + "\" --attempt \"" +
                                                (dir / "last.json").string() + "\" --out \"" + (dir / "keep.json").string() + "\"");
    CHECK(e.exit_code == 2);
    CHECK(e.err == "stipple: " + (dir / "last.json").string() +
                       ": /lesson: expected an attempt before the case's last lesson step, \"norwood-3-touchup\" is the last: there "
                       "is no next session\n");
    CHECK(test::read_text(dir / "keep.json") == "old");

    // From the design step: session 1's target hairline is the trainee's own line.
    const Attempt designed = demo_attempt(find_lesson_step(c, "norwood-3-design")->lesson);
    save_attempt((dir / "design.json").string(), designed);
    const test::RunResult d = test::run_stipple("case next \"" + case_file("norwood-3-restoration") + "\" --attempt \"" +
                                                (dir / "design.json").string() + "\" --out \"" + (dir / "one-lesson.json").string() + "\"");
    INFO(d.err);
    REQUIRE(d.exit_code == 0);
    const Lesson one = load_lesson((dir / "one-lesson.json").string());
    REQUIRE(one.hairline);
    CHECK(one.hairline->curve == *designed.design_line);
    CHECK_FALSE(one.existing);

    // An attempt on a lesson outside the case.
    a.lesson = "even-fill-patch";
    save_attempt((dir / "stray.json").string(), a);
    const test::RunResult s = test::run_stipple("case next \"" + case_file("norwood-3-restoration") + "\" --attempt \"" +
                                                (dir / "stray.json").string() + "\" --out \"" + out + "\"");
    CHECK(s.exit_code == 2);
    CHECK(s.err.find("/lesson: expected the lesson of a design, session or touchup step of case \"norwood-3-restoration\"") != std::string::npos);
}

}  // namespace
}  // namespace stipple
