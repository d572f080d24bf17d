// Proofs of the layering lessons' needle and shade choices (issue 14, part D): the expert's work with the
// expert's choice passes; the same dots with a coarse needle, a full-strength first session or a shade that
// vanishes fail with the lesson's reason; no choice fails; session 1 is lighter than session 3.
#include <catch2/catch.hpp>

#include "scoring/demo_attempt.hpp"
#include "scoring/scoring.hpp"
#include "scoring/session_choice.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;
using stipple::test::shipped_lesson;

namespace {
std::vector<std::string> codes(const ScoreReport& r) {
    std::vector<std::string> out;
    for (const CriticalError& e : r.critical_errors) out.push_back(e.code);
    return out;
}
ScoreReport with_choice(const Lesson& l, const std::string& needle, const std::string& shade) {
    Attempt a = demo_attempt(l);
    a.choice = SessionChoice{needle, shade};
    return score_attempt(l, a);
}
}  // namespace

TEST_CASE("layering lessons: the expert's choice passes, wrong ones fail with the reason", "[lessons][proof][choices]") {
    struct Case {
        const char* id;
        const char* right_shade;
        std::vector<const char*> wrong_shades;
    };
    for (const Case& c : {Case{"layering-session-1", "diluted 1:1", {"full strength", "diluted 1:3"}},
                          Case{"layering-session-2", "diluted 3:1", {"full strength", "diluted 1:3"}},
                          Case{"layering-session-3", "full strength", {"diluted 1:3"}}}) {
        INFO(c.id);
        const Lesson l = shipped_lesson(c.id);
        REQUIRE(l.choices);
        const Attempt demo = demo_attempt(l);
        REQUIRE(demo.choice);
        CHECK(demo.choice->needle == "1RL");
        const ScoreReport expert = with_choice(l, "1RL", c.right_shade);
        CHECK(expert.passed);
        CHECK(expert.critical_errors.empty());
        const ScoreReport coarse = with_choice(l, "3RL", c.right_shade);
        CHECK_FALSE(coarse.passed);
        CHECK(codes(coarse) == std::vector<std::string>{"needle_choice"});
        CHECK(coarse.critical_errors[0].message.find("larger than this client's follicles") != std::string::npos);
        for (const char* wrong : c.wrong_shades) {
            INFO(wrong);
            const ScoreReport r = with_choice(l, "1RL", wrong);
            CHECK_FALSE(r.passed);
            CHECK(codes(r) == std::vector<std::string>{"shade_choice"});
            CHECK(r.critical_errors[0].message == choice_verdicts(l, SessionChoice{"1RL", wrong})[1].message);
        }
        Attempt none = demo;
        none.choice.reset();
        CHECK(codes(score_attempt(l, none)) == std::vector<std::string>{"no_choice", "no_choice"});
    }
}

TEST_CASE("layering lessons: session 1's right shade is lighter than session 3's", "[lessons][choices]") {
    const Lesson s1 = shipped_lesson("layering-session-1"), s2 = shipped_lesson("layering-session-2"),
                 s3 = shipped_lesson("layering-session-3");
    const double d1 = effective_dilution(s1, expert_choice(s1)), d2 = effective_dilution(s2, expert_choice(s2)),
                 d3 = effective_dilution(s3, expert_choice(s3));
    CHECK(d1 == Approx(0.5));
    CHECK(d2 == Approx(0.75));
    CHECK(d3 == Approx(1.0));
    // Full strength is a mistake in session 1 only because of the session: session 3 accepts it.
    CHECK_FALSE(with_choice(s1, "1RL", "full strength").passed);
    CHECK(with_choice(s3, "1RL", "full strength").passed);
}
