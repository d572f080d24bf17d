// The case format (stipple-case/1) and case scoring: strict reading with pointers, the step order rules, question
// and numbing steps scored with explanations, the whole case combined.
#include <catch2/catch.hpp>

#include "scoring/case_io.hpp"
#include "scoring/case_score.hpp"
#include "scoring/input_error.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

using nlohmann::json;

json question_step() {
    return json::parse(R"({"id": "precare", "kind": "precare", "title": "Pre-care", "text": "The day before.",
      "questions": [
        {"id": "products", "prompt": "Hair products on the day?", "options": [
          {"text": "None", "correct": true},
          {"text": "Wax is fine", "explanation": "Products block the needle and spread pigment."}]},
        {"id": "avoid", "prompt": "What should the client avoid?", "many": true, "options": [
          {"text": "Tanning the week before", "correct": true},
          {"text": "Alcohol the day before", "correct": true, "explanation": "It thins the blood."},
          {"text": "Moisturising the scalp", "explanation": "Moisturising in the days before helps the skin take pigment."}]}]})");
}

// A folder with lessons s1.json and s2.json (ids s1, s2) and a case written by each test.
struct CaseFolder {
    test::ScratchDir dir;
    CaseFolder() {
        for (const std::string id : {"s1", "s2"}) test::write_text(dir / (id + ".json"), test::patch_lesson_doc(id).dump(2));
    }
    json doc() const {
        json c = json::parse(R"({"format": "stipple-case/1", "id": "c", "title": "Case", "brief": "A client.",
          "client": {"name": "Sam", "age": 34, "sex": "male", "loss_stage": "norwood-3"}, "steps": [
            {"id": "n", "kind": "numbing", "title": "Numbing", "numbing_wait_min": 30, "numbing_wait_s": 30},
            {"id": "one", "kind": "session", "title": "Session 1", "lesson": "s1.json"},
            {"id": "two", "kind": "session", "title": "Session 2", "lesson": "s2.json", "healed_days": 42}]})");
        c["steps"].insert(c["steps"].begin(), question_step());
        return c;
    }
    std::string write(const json& c) const {
        const std::string path = (dir / "case.json").string();
        test::write_text(path, c.dump(2));
        return path;
    }
};

// "pointer code: message" of the refusal, or "accepted".
std::string refusal(const std::string& path) {
    try {
        load_case(path);
    } catch (const InputError& e) {
        return e.pointer() + " " + std::string(error_code_name(e.code())) + ": " + e.message();
    }
    return "accepted";
}

TEST_CASE("a valid case loads its steps and their lessons") {
    CaseFolder f;
    const Case c = load_case(f.write(f.doc()));
    REQUIRE(c.steps.size() == 4);
    CHECK(c.client.age == 34);
    CHECK(c.steps[0].questions.size() == 2);
    CHECK(c.steps[0].questions[1].many);
    CHECK(c.steps[1].numbing_wait_s == 30);
    CHECK(c.steps[2].lesson.id == "s1");
    CHECK(c.steps[3].healed_days == 42);
    CHECK(find_lesson_step(c, "s2") == &c.steps[3]);
    CHECK(find_lesson_step(c, "nope") == nullptr);
    CHECK(is_case_document(f.doc()));
    CHECK_FALSE(is_case_document(test::patch_lesson_doc("x")));
}

TEST_CASE("the case reader refuses faults with the pointer") {
    CaseFolder f;
    json c = f.doc();
    SECTION("unknown field") {
        c["steps"][0]["questions"][0]["options"][0]["corect"] = true;
        CHECK(refusal(f.write(c)).rfind("/steps/0/questions/0/options/0/corect unknown_name: unknown field", 0) == 0);
    }
    SECTION("unknown top-level field") {
        c["pass"] = 1;
        CHECK(refusal(f.write(c)).rfind("/pass unknown_name", 0) == 0);
    }
    SECTION("wrong option without explanation") {
        c["steps"][0]["questions"][0]["options"][1].erase("explanation");
        CHECK(refusal(f.write(c)).rfind("/steps/0/questions/0/options/1/explanation missing_field", 0) == 0);
    }
    SECTION("no correct option") {
        c["steps"][0]["questions"][0]["options"][0]["correct"] = false;
        c["steps"][0]["questions"][0]["options"][0]["explanation"] = "x";
        CHECK(refusal(f.write(c)) == "/steps/0/questions/0/options out_of_range: expected at least one correct option");
    }
    SECTION("two correct options on a one-answer question") {
        c["steps"][0]["questions"][0]["options"][1]["correct"] = true;
        CHECK(refusal(f.write(c)).rfind("/steps/0/questions/0/options out_of_range: expected exactly one", 0) == 0);
    }
    SECTION("duplicate question id") {
        c["steps"][0]["questions"][1]["id"] = "products";
        CHECK(refusal(f.write(c)).rfind("/steps/0/questions/1/id duplicate_id", 0) == 0);
    }
    SECTION("duplicate step id") {
        c["steps"][3]["id"] = "one";
        CHECK(refusal(f.write(c)).rfind("/steps/3/id duplicate_id", 0) == 0);
    }
    SECTION("two lesson steps on one lesson") {
        c["steps"][3]["lesson"] = "s1.json";
        CHECK(refusal(f.write(c)).rfind("/steps/3/lesson duplicate_id", 0) == 0);
    }
    SECTION("missing lesson file") {
        c["steps"][2]["lesson"] = "nope.json";
        CHECK(refusal(f.write(c)).rfind("/steps/2/lesson missing_lesson_file", 0) == 0);
    }
    SECTION("a broken lesson names the lesson file") {
        test::write_text(f.dir / "s1.json", R"({"format": "stipple-lesson/1"})");
        const std::string e = test::error_of([&] { load_case(f.write(c)); });
        CHECK(e.find("s1.json: /id") != std::string::npos);
    }
    SECTION("numbing wait bounds") {
        c["steps"][1]["numbing_wait_min"] = 2;
        CHECK(refusal(f.write(c)).rfind("/steps/1/numbing_wait_min out_of_range", 0) == 0);
        c["steps"][1]["numbing_wait_min"] = 30;
        c["steps"][1]["numbing_wait_s"] = 0;
        CHECK(refusal(f.write(c)).rfind("/steps/1/numbing_wait_s out_of_range", 0) == 0);
    }
    SECTION("numbing not followed by a session") {
        c["steps"].push_back(c["steps"][1]);
        c["steps"][4]["id"] = "n2";
        CHECK(refusal(f.write(c)) == "/steps out_of_range: expected a session or touchup step after the numbing step");
    }
    SECTION("second session without healing") {
        c["steps"][3].erase("healed_days");
        CHECK(refusal(f.write(c)).rfind("/steps/3/healed_days out_of_range", 0) == 0);
    }
    SECTION("hairline from a design that is not there") {
        c["steps"][2]["hairline_from_design"] = true;
        CHECK(refusal(f.write(c)).rfind("/steps/2/hairline_from_design out_of_range", 0) == 0);
    }
    SECTION("unknown kind") {
        c["steps"][1]["kind"] = "massage";
        CHECK(refusal(f.write(c)).rfind("/steps/1/kind unknown_name", 0) == 0);
    }
    SECTION("questions on a numbing step") {
        c["steps"][1]["questions"] = json::array();
        CHECK(refusal(f.write(c)).rfind("/steps/1/questions unknown_name", 0) == 0);
    }
    SECTION("no session") {
        c["steps"].erase(3);
        c["steps"].erase(2);
        c["steps"].erase(1);
        CHECK(refusal(f.write(c)) == "/steps too_few_items: expected at least one session step");
    }
    SECTION("client age and format") {
        c["client"]["age"] = 12;
        CHECK(refusal(f.write(c)).rfind("/client/age out_of_range", 0) == 0);
        c["client"]["age"] = 30;
        c["format"] = "stipple-case/2";
        CHECK(refusal(f.write(c)).rfind("/format wrong_format", 0) == 0);
    }
    SECTION("optional is for a touch-up only") {
        c["steps"][3]["optional"] = true;
        CHECK(refusal(f.write(c)).rfind("/steps/3/optional out_of_range", 0) == 0);
    }
}

TEST_CASE("question steps score picks and explain every wrong one") {
    CaseFolder f;
    const Case c = load_case(f.write(f.doc()));
    const CaseStep& step = c.steps[0];
    const StepResult right = score_question_step(step, {{0}, {0, 1}});
    CHECK(right.score == 100.0);
    CHECK(right.passed);
    CHECK(right.explanations.empty());

    const StepResult careless = score_question_step(step, {{1}, {0, 2}});
    // Question 1 wrong (0), question 2: 1 right - 1 wrong of 2 = 0.
    CHECK(careless.score == 0.0);
    CHECK_FALSE(careless.passed);
    REQUIRE(careless.explanations.size() == 4);
    CHECK(careless.explanations[0] == "Hair products on the day? The right answer: \"None\"");
    CHECK(careless.explanations[1] == "Hair products on the day? \"Wax is fine\" is wrong: Products block the needle and spread pigment.");
    CHECK(careless.explanations[3] ==
          "What should the client avoid? \"Moisturising the scalp\" is wrong: Moisturising in the days before helps the skin take pigment.");

    const StepResult half = score_question_step(step, {{0}, {0}});
    CHECK(half.score == Approx(75.0));
    CHECK_FALSE(half.passed);
    CHECK(half.explanations == std::vector<std::string>{"What should the client avoid? Also right: \"Alcohol the day before\": It thins the blood."});

    const StepResult ticked_all = score_question_step(step, {{0}, {0, 1, 2}});
    CHECK(ticked_all.score == Approx(75.0));  // ticking everything is not full marks
    CHECK_FALSE(ticked_all.passed);

    CHECK(test::error_of([&] { score_question_step(step, {{0}}); }) == "step precare: expected answers to 2 questions, found 1");
    CHECK(test::error_of([&] { score_question_step(step, {{0, 1}, {0}}); }) == "step precare: /0: expected one answer to question \"products\", found 2");
    CHECK(test::error_of([&] { score_question_step(step, {{0}, {0, 5}}); }) == "step precare: /1/1: expected an option index from 0 to 2, found 5");
    CHECK(test::error_of([&] { score_question_step(step, {{0}, {1, 1}}); }) == "step precare: /1/1: expected each option picked once, 1 is picked twice");
    CHECK(score_question_step(step, {{}, {0, 1}}).score == Approx(50.0));  // unanswered is wrong
}

TEST_CASE("the numbing step judges the first dot's time against the clock") {
    CaseFolder f;
    const Case c = load_case(f.write(f.doc()));
    const CaseStep& numbing = c.steps[1];
    Attempt a;
    a.dots = {{1, 1, 0.6, 31.0}, {2, 2, 0.6, 45.0}};
    CHECK(score_numbing_step(numbing, a).score == 100.0);
    CHECK(score_numbing_step(numbing, a).passed);
    a.dots.push_back({3, 3, 0.6, 12.0});
    const StepResult early = score_numbing_step(numbing, a);
    CHECK(early.score == Approx(40.0));
    CHECK_FALSE(early.passed);
    REQUIRE(early.explanations.size() == 1);
    CHECK(early.explanations[0].rfind("The first dot came 12 s into the 30 s numbing clock, about 12 of the 30 minutes", 0) == 0);
    a.dots.push_back({4, 4, 0.6, std::nullopt});
    CHECK_FALSE(score_numbing_step(numbing, a).passed);  // an untimed dot could have come first
    CHECK(score_numbing_step(numbing, Attempt{}).score == 0.0);
}

TEST_CASE("combine_case: complete, sessions passed and the protocol mean over its pass score") {
    CaseFolder f;
    const Case c = load_case(f.write(f.doc()));
    StepResult pre{"precare", "precare", 100, true, {}};
    StepResult numb{"n", "numbing", 100, true, {}};
    ScoreReport good;
    good.total = 88;
    good.passed = true;
    SessionResult one{"one", "s1", good}, two{"two", "s2", good};
    const CaseReport all = combine_case(c, {numb, pre}, {two, one});
    CHECK(all.complete);
    CHECK(all.passed);
    CHECK(all.protocol_score == 100);
    CHECK(all.total == Approx((100 + 88 + 88) / 3.0));
    REQUIRE(all.steps.size() == 2);
    CHECK(all.steps[0].step_id == "precare");  // case order
    CHECK(all.sessions[0].step_id == "one");

    const CaseReport missing = combine_case(c, {pre, numb}, {one});
    CHECK_FALSE(missing.complete);
    CHECK_FALSE(missing.passed);

    StepResult bad_pre{"precare", "precare", 40, false, {}};
    const CaseReport careless = combine_case(c, {bad_pre, numb}, {one, two});
    CHECK(careless.protocol_score == Approx(70));
    CHECK_FALSE(careless.passed);  // 70 < 75

    ScoreReport failed = good;
    failed.passed = false;
    CHECK_FALSE(combine_case(c, {pre, numb}, {one, SessionResult{"two", "s2", failed}}).passed);

    CHECK(test::error_of([&] { combine_case(c, {StepResult{"one", "session", 1, true, {}}}, {}); })
              .find("\"one\" is not one") != std::string::npos);
    CHECK(test::error_of([&] { combine_case(c, {}, {SessionResult{"one", "s2", good}}); })
              .find("expected step \"one\" to be scored on lesson \"s1\"") != std::string::npos);
}

}  // namespace
}  // namespace stipple
