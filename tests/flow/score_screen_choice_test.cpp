// The score screen's choice line: the needle and shade chosen with the lesson's reason for each, flagged when
// either is not acceptable; no line when the lesson offers no choice.
#include <catch2/catch.hpp>

#include "scoring/demo_attempt.hpp"
#include "scoring/scoring.hpp"
#include "sim/flow/score_screen_model.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

TEST_CASE("the score screen names the chosen needle and shade with the lesson's reasons") {
    const Lesson lesson = test::shipped_lesson("layering-session-1");
    const ScoreReport report = score_attempt(lesson, demo_attempt(lesson));

    const ScoreScreenModel good = score_screen_model(lesson, report, SessionChoice{"1RL", "diluted 1:1"});
    CHECK(good.choice_acceptable);
    CHECK(good.choice_line ==
          "Needle 1RL (0.25 mm): a right choice: a single fine needle makes dots the size of the fine follicles of "
          "a shaved head; Shade \"diluted 1:1\" (50 % strength): a right choice: a lighter first layer: it heals "
          "soft, shows how this skin takes pigment, and sessions 2 and 3 darken it to the final shade");

    const ScoreScreenModel wrong = score_screen_model(lesson, report, SessionChoice{"1RL", "full strength"});
    CHECK_FALSE(wrong.choice_acceptable);
    CHECK(wrong.choice_line.find("Needle 1RL (0.25 mm): a right choice: ") == 0);
    CHECK(wrong.choice_line.find("; Shade \"full strength\" (100 % strength): the wrong choice here: session 1 "
                                 "is laid lighter") != std::string::npos);

    const ScoreScreenModel none = score_screen_model(lesson, report, std::nullopt);
    CHECK_FALSE(none.choice_acceptable);
    CHECK(none.choice_line.find("No needle chosen") == 0);

    const Lesson plain = test::shipped_lesson("hairline-classic");  // offers no choice: no line at all
    const ScoreScreenModel quiet = score_screen_model(plain, score_attempt(plain, demo_attempt(plain)),
                                                      SessionChoice{"1RL", "diluted 1:1"});
    CHECK(quiet.choice_line.empty());
    CHECK(quiet.choice_acceptable);
}
