// The needle and shade (issue 14, part D): lesson `choices`/`shade_dilution` and attempt `choice` read strictly
// with pointers, written back unchanged, and the judgement: effective needle and dilution, no_choice,
// needle_choice and shade_choice with the lesson's reason, and a careless or cunning trainee's tries.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "scoring/attempt_io.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"
#include "scoring/session_choice.hpp"
#include "tests/scoring/format_fixtures.hpp"

using namespace stipple;
using nlohmann::json;
using stipple::test::attempt_error;
using stipple::test::lesson_error;
using stipple::test::valid_attempt_doc;
using stipple::test::valid_lesson_doc;

namespace {

json choices_doc() {
    return json::parse(R"({
      "needles": [
        {"config": "1RL", "diameter_mm": 0.25, "acceptable": true, "reason": "the size of this client's fine follicles"},
        {"config": "3RL", "diameter_mm": 0.35, "acceptable": false, "reason": "too coarse: dots larger than his follicles"}],
      "shades": [
        {"name": "full strength", "dilution": 1, "acceptable": false, "reason": "too dark for a first session on fair skin"},
        {"name": "diluted 1:1", "dilution": 0.5, "acceptable": true, "reason": "a first layer is lighter"}]})");
}

json lesson_with_choices() {
    json doc = valid_lesson_doc();
    doc["choices"] = choices_doc();
    doc["shade_dilution"] = 0.8;
    return doc;
}

json with(json doc, const std::string& pointer, const json& value) {
    doc[json::json_pointer(pointer)] = value;
    return doc;
}

Attempt chose(const Lesson& lesson, const std::string& needle, const std::string& shade) {
    Attempt a = demo_attempt(lesson);
    a.choice = SessionChoice{needle, shade};
    return a;
}

bool has_code(const ScoreReport& r, const std::string& code) {
    for (const CriticalError& e : r.critical_errors)
        if (e.code == code) return true;
    return false;
}

}  // namespace

TEST_CASE("lesson choices and shade dilution are read, and written back the same", "[formats][choices]") {
    const Lesson l = lesson_from_json(lesson_with_choices(), "lesson.json");
    REQUIRE(l.choices);
    REQUIRE(l.choices->needles.size() == 2);
    CHECK(l.choices->needles[1].needle.config == "3RL");
    CHECK(l.choices->needles[1].needle.diameter_mm == Approx(0.35));
    CHECK_FALSE(l.choices->needles[1].acceptable);
    CHECK(l.choices->shades[1].dilution == Approx(0.5));
    CHECK(l.choices->shades[1].reason == "a first layer is lighter");
    CHECK(l.shade_dilution == Approx(0.8));
    const json back = json::parse(lesson_to_json(l).dump());
    CHECK(back["choices"] == choices_doc());
    CHECK(back["shade_dilution"] == 0.8);
    // Without them nothing is written (old lessons keep their canonical JSON and hash).
    const json plain = json::parse(lesson_to_json(lesson_from_json(valid_lesson_doc(), "l.json")).dump());
    CHECK_FALSE(plain.contains("choices"));
    CHECK_FALSE(plain.contains("shade_dilution"));
}

TEST_CASE("bad choices are refused with the field's pointer", "[formats][choices]") {
    const json doc = lesson_with_choices();
    CHECK(lesson_error(with(doc, "/choices/shades/1/dilution", 0.05)) ==
          "lesson.json: /choices/shades/1/dilution: expected a share of full-strength pigment from 0.1 to 1 (1 = undiluted)");
    CHECK(lesson_error(with(doc, "/choices/shades/0/dilution", 1.5)).find("/choices/shades/0/dilution:") != std::string::npos);
    CHECK(lesson_error(with(doc, "/shade_dilution", 0)).find("lesson.json: /shade_dilution: expected a share") == 0);
    CHECK(lesson_error(with(doc, "/choices/needles/1/reason", "")).find("/choices/needles/1/reason:") != std::string::npos);
    json no_reason = doc;
    no_reason["choices"]["shades"][0].erase("reason");
    CHECK(lesson_error(no_reason).find("/choices/shades/0/reason") != std::string::npos);
    CHECK(lesson_error(with(doc, "/choices/shades/1/acceptable", false)) ==
          "lesson.json: /choices/shades: expected at least one option with \"acceptable\": true");
    CHECK(lesson_error(with(doc, "/choices/needles/0/acceptable", "yes")) ==
          "lesson.json: /choices/needles/0/acceptable: expected true or false");
    CHECK(lesson_error(with(doc, "/choices/needles/1/config", "1RL")).find("/choices/needles/1/config: expected a name no other") !=
          std::string::npos);
    CHECK(lesson_error(with(doc, "/choices/needles/1/diameter_mm", 1.5)).find("/choices/needles/1/diameter_mm: expected a dot no wider") !=
          std::string::npos);
    CHECK(lesson_error(with(doc, "/choices/needles", json::array())).find("/choices/needles: expected at least one option") !=
          std::string::npos);
    CHECK(lesson_error(with(doc, "/choices", json::object())).find("/choices: expected \"needles\" or \"shades\"") !=
          std::string::npos);
    json many = doc;
    for (int i = 0; i < 12; ++i) many["choices"]["shades"].push_back({{"name", "s" + std::to_string(i)}, {"dilution", 0.5},
                                                                     {"acceptable", true}, {"reason", "r"}});
    CHECK(lesson_error(many).find("/choices/shades:") != std::string::npos);
}

TEST_CASE("an attempt's choice is read, written and refused with pointers", "[formats][choices]") {
    json doc = valid_attempt_doc();
    doc["choice"] = {{"needle", "1RL"}, {"shade", "diluted 1:1"}};
    const Attempt a = attempt_from_json(doc, "attempt.json");
    REQUIRE(a.choice);
    CHECK(a.choice->needle == "1RL");
    CHECK(a.choice->shade == "diluted 1:1");
    CHECK(json::parse(attempt_to_json(a).dump())["choice"] == doc["choice"]);
    CHECK(attempt_error(with(doc, "/choice/shade", "")).find("attempt.json: /choice/shade:") == 0);
    CHECK(attempt_error(with(doc, "/choice/needle", 3)).find("attempt.json: /choice/needle:") == 0);
    CHECK(attempt_error(with(doc, "/choice", "1RL")).find("attempt.json: /choice:") == 0);
    CHECK_FALSE(json::parse(attempt_to_json(attempt_from_json(valid_attempt_doc(), "a.json")).dump()).contains("choice"));
}

TEST_CASE("the effective needle and dilution are the chosen options, else the lesson's", "[choices]") {
    const Lesson l = lesson_from_json(lesson_with_choices(), "lesson.json");
    CHECK(effective_needle(l, std::nullopt).config == "1RL");
    CHECK(effective_dilution(l, std::nullopt) == Approx(0.8));
    CHECK(effective_needle(l, SessionChoice{"3RL", "diluted 1:1"}).diameter_mm == Approx(0.35));
    CHECK(effective_dilution(l, SessionChoice{"3RL", "diluted 1:1"}) == Approx(0.5));
    // A name the lesson does not offer changes nothing.
    CHECK(effective_needle(l, SessionChoice{"9RL", "ink"}).diameter_mm == Approx(0.25));
    CHECK(effective_dilution(l, SessionChoice{"9RL", "ink"}) == Approx(0.8));
    const Lesson drawn = lesson_as_chosen(l, SessionChoice{"3RL", "full strength"});
    CHECK(drawn.needle.config == "3RL");
    CHECK(drawn.shade_dilution == Approx(1.0));
    // A lesson without choices ignores any choice the file claims.
    const Lesson plain = lesson_from_json(valid_lesson_doc(), "l.json");
    CHECK(lesson_as_chosen(plain, SessionChoice{"3RL", "diluted 1:1"}).needle.diameter_mm == Approx(0.25));
    CHECK(effective_dilution(plain, SessionChoice{"3RL", "diluted 1:1"}) == Approx(1.0));
}

TEST_CASE("the choice is judged: the right one passes, a wrong one fails with the lesson's reason", "[choices]") {
    const Lesson l = lesson_from_json(lesson_with_choices(), "lesson.json");
    const ScoreReport right = score_attempt(l, chose(l, "1RL", "diluted 1:1"));
    CHECK(right.critical_errors.empty());
    CHECK(right.passed);

    const ScoreReport coarse = score_attempt(l, chose(l, "3RL", "diluted 1:1"));
    CHECK_FALSE(coarse.passed);
    REQUIRE(coarse.critical_errors.size() == 1);
    CHECK(coarse.critical_errors[0].code == "needle_choice");
    CHECK(coarse.critical_errors[0].message ==
          "Needle 3RL (0.35 mm): the wrong choice here: too coarse: dots larger than his follicles");
    REQUIRE_FALSE(coarse.feedback.empty());
    CHECK(coarse.feedback[0].component == "choice");
    CHECK(coarse.feedback[0].message == coarse.critical_errors[0].message);

    const ScoreReport dark = score_attempt(l, chose(l, "1RL", "full strength"));
    REQUIRE(dark.critical_errors.size() == 1);
    CHECK(dark.critical_errors[0].code == "shade_choice");
    CHECK(dark.critical_errors[0].message.find("too dark for a first session on fair skin") != std::string::npos);

    const ScoreReport both = score_attempt(l, chose(l, "3RL", "full strength"));
    CHECK(has_code(both, "needle_choice"));
    CHECK(has_code(both, "shade_choice"));
}

TEST_CASE("a careless or cunning trainee cannot dodge the choice", "[choices]") {
    const Lesson l = lesson_from_json(lesson_with_choices(), "lesson.json");
    // No choice at all: the expert's dots still fail.
    Attempt none = demo_attempt(l);
    CHECK(none.choice->needle == "1RL");  // the expert's choice: the first acceptable options
    CHECK(none.choice->shade == "diluted 1:1");
    none.choice.reset();
    const ScoreReport r0 = score_attempt(l, none);
    CHECK_FALSE(r0.passed);
    REQUIRE(r0.critical_errors.size() == 2);
    CHECK(r0.critical_errors[0].code == "no_choice");
    CHECK(r0.critical_errors[0].message == "No needle chosen: this session asks you to choose the needle before the first dot");
    CHECK(r0.critical_errors[1].message == "No shade chosen: this session asks you to choose the shade before the first dot");
    // Only half chosen.
    const ScoreReport half = score_attempt(l, chose(l, "1RL", ""));
    REQUIRE(half.critical_errors.size() == 1);
    CHECK(half.critical_errors[0].code == "no_choice");
    // An edited file naming an option the lesson does not offer, or one differing in case.
    const ScoreReport made_up = score_attempt(l, chose(l, "1RL", "perfect shade"));
    REQUIRE(made_up.critical_errors.size() == 1);
    CHECK(made_up.critical_errors[0].code == "shade_choice");
    CHECK(made_up.critical_errors[0].message == "Shade \"perfect shade\" is not one this lesson offers");
    CHECK(has_code(score_attempt(l, chose(l, "1rl", "diluted 1:1")), "needle_choice"));
    // The verdicts the score screen lists: one per offered list, with the reason.
    const std::vector<ChoiceVerdict> v = choice_verdicts(l, SessionChoice{"1RL", "diluted 1:1"});
    REQUIRE(v.size() == 2);
    CHECK(v[0].acceptable);
    CHECK(v[0].message == "Needle 1RL (0.25 mm): a right choice: the size of this client's fine follicles");
    CHECK(v[1].message == "Shade \"diluted 1:1\" (50 % strength): a right choice: a first layer is lighter");
}

TEST_CASE("the chosen needle's dot size judges merged dots", "[choices]") {
    // Dots 0.3 mm apart: separate for a 0.25 mm needle, merged for a 0.35 mm one.
    json doc = lesson_with_choices();
    doc["choices"]["needles"][1]["acceptable"] = true;
    const Lesson l = lesson_from_json(doc, "lesson.json");
    Attempt a = demo_attempt(l);
    for (size_t i = 0; i + 1 < a.dots.size() && i < 40; i += 2) {
        a.dots[i + 1].x = a.dots[i].x + 0.3;
        a.dots[i + 1].y = a.dots[i].y;
    }
    a.choice = SessionChoice{"1RL", "diluted 1:1"};
    const double fine = score_attempt(l, a).spacing.score;
    a.choice = SessionChoice{"3RL", "diluted 1:1"};
    const double coarse = score_attempt(l, a).spacing.score;
    CHECK(coarse < fine);
}
