// A trainee's run through a case, headless: the stipple-case-run/1 file round-trips and is read strictly (a
// damaged or stale run is set aside, never resumed into the wrong steps), the next step follows the case's order,
// steps are marked done only in order and of their kind, the gradebook rows wait for what they depend on, and
// the words the case screens show.
#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>

#include <sys/stat.h>

#include "scoring/input_error.hpp"
#include "sim/flow/case_run.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {

CaseStep question_step(const std::string& id, const std::string& kind) {
    CaseStep s;
    s.id = id;
    s.kind = kind;
    s.title = id;
    StepQuestion q;
    q.id = "q1";
    q.prompt = "What first?";
    q.options = {{"Right", true, ""}, {"Wrong", false, "Because."}};
    s.questions = {q, q};
    return s;
}

CaseStep lesson_step(const std::string& id, double healed_days) {
    CaseStep s;
    s.id = id;
    s.kind = "session";
    s.lesson = test::patch_lesson();
    s.healed_days = healed_days;
    return s;
}

// consultation, numbing, session 1, 6 weeks, session 2, aftercare
Case small_case() {
    Case c;
    c.id = "small";
    c.title = "Small case";
    c.steps.push_back(question_step("consult", "consultation"));
    CaseStep numbing;
    numbing.id = "numb";
    numbing.kind = "numbing";
    c.steps.push_back(numbing);
    c.steps.push_back(lesson_step("s1", 0.0));
    c.steps.push_back(lesson_step("s2", 42.0));
    c.steps.push_back(question_step("after", "aftercare"));
    return c;
}

}  // namespace

TEST_CASE("a case run goes through the steps in order and round-trips through its file", "[case_run]") {
    const Case c = small_case();
    test::ScratchDir dir;
    const std::string path = case_run_path(dir.path(), std::string("ana"), c.id).string();
    CHECK(std::filesystem::path(path).filename() == "ana-case-small.case-run.json");
    CHECK(std::filesystem::path(path).parent_path().filename() == "autosave");

    OpenedCaseRun opened = open_case_run(path, c, std::string("ana"), "run-1", "2026-11-26T16:00:00Z");
    CHECK_FALSE(opened.resumed);
    CHECK(opened.note.empty());
    CaseRun run = opened.run;
    CHECK(next_step_index(c, run) == std::optional<std::size_t>(0));

    CHECK_THROWS_AS(record_numbing_read(run, c, 0, "t"), std::logic_error);   // not the numbing step
    CHECK_THROWS_AS(record_answers(run, c, 1, {{0}, {0}}, "t"), std::logic_error);  // not the next step
    record_answers(run, c, 0, {{0}, {1}}, "2026-11-26T16:01:00Z");
    CHECK(next_step_index(c, run) == std::optional<std::size_t>(1));
    record_numbing_read(run, c, 1, "2026-11-26T16:02:00Z");
    CHECK(steps_to_record(c, run) == std::vector<std::size_t>{0});  // the numbing step waits for session 1
    CHECK_FALSE(last_lesson_step_done(c, run).has_value());
    record_session(run, c, 2, "/d/s1.lesson.json", "/d/a1.json", 17, "2026-11-26T16:10:00Z");
    CHECK(last_lesson_step_done(c, run) == std::optional<std::size_t>(2));
    CHECK(steps_to_record(c, run) == std::vector<std::size_t>{0, 1, 2});
    save_case_run(path, run);

    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const OpenedCaseRun again = open_case_run(path, c, std::string("ana"), "run-2", "later");
    CHECK(again.resumed);
    CHECK(again.run.run_id == "run-1");
    REQUIRE(again.run.steps.size() == 3);
    CHECK(again.run.steps[0].answers == StepAnswers{{0}, {1}});
    CHECK(again.run.steps[2].attempt_path == "/d/a1.json");
    CHECK(again.run.steps[2].attempt_id == std::optional<int64_t>(17));
    CHECK(next_step_index(c, again.run) == std::optional<std::size_t>(3));
    CHECK(session_after(c, 1) == std::optional<std::size_t>(2));
    CHECK_FALSE(session_after(c, 3).has_value());

    CaseRun rest = again.run;
    record_session(rest, c, 3, "/d/s2.lesson.json", "/d/a2.json", std::nullopt, "t");
    CHECK(steps_to_record(c, rest) == std::vector<std::size_t>{0, 1, 2});  // s2 not in the gradebook: no row
    record_answers(rest, c, 4, {{0}, {0}}, "t");
    CHECK(run_complete(c, rest));
    CHECK_FALSE(next_step_index(c, rest).has_value());
    rest.steps[0].recorded = true;
    CHECK(steps_to_record(c, rest) == std::vector<std::size_t>{1, 2, 4});
}

TEST_CASE("a damaged or stale case run is set aside and a new run starts", "[case_run]") {
    const Case c = small_case();
    test::ScratchDir dir;
    const std::string path = (dir / "run.json").string();

    test::write_text(path, R"({"format": "stipple-case-run/1", "case": "small", "run": "r", "steps": [{"step": "consult", "kind": "consultation", "answers": [[0], [-1]]}]})");
    const OpenedCaseRun damaged = open_case_run(path, c, std::nullopt, "new", "now");
    CHECK_FALSE(damaged.resumed);
    CHECK(damaged.run.run_id == "new");
    CHECK(damaged.run.steps.empty());
    CHECK(damaged.note.find("/steps/0/answers/1/0") != std::string::npos);
    CHECK(std::filesystem::exists(path + ".damaged"));
    CHECK_FALSE(std::filesystem::exists(path));

    // The instructor put a step before the consultation: the saved answers would land on the wrong step.
    test::write_text(path, R"({"format": "stipple-case-run/1", "case": "small", "run": "r", "steps": [{"step": "numb", "kind": "numbing"}]})");
    const OpenedCaseRun stale = open_case_run(path, c, std::nullopt, "new", "now");
    CHECK_FALSE(stale.resumed);
    CHECK(stale.note.find("expected step consult (consultation) of case small, found numb (numbing)") != std::string::npos);
    CHECK(std::filesystem::exists(path + ".stale"));

    // Another case's run at the path is left alone.
    test::write_text(path, R"({"format": "stipple-case-run/1", "case": "other", "run": "r", "steps": []})");
    const OpenedCaseRun other = open_case_run(path, c, std::nullopt, "new", "now");
    CHECK_FALSE(other.resumed);
    CHECK(other.note.empty());
    CHECK(std::filesystem::exists(path));
}

TEST_CASE("a case run file is read strictly", "[case_run]") {
    const Case c = small_case();
    auto error = [](const std::string& text) {
        return test::error_of([&] { case_run_from_json(nlohmann::json::parse(text), "run.json"); });
    };
    CHECK(error(R"({"format": "stipple-case-run/2", "case": "c", "run": "r", "steps": []})") ==
          "run.json: /format: expected \"stipple-case-run/1\"");
    CHECK(error(R"({"format": "stipple-case-run/1", "case": "c", "run": "r", "steps": [], "score": 100})")
              .find("run.json: /score:") == 0);
    CHECK(error(R"({"format": "stipple-case-run/1", "case": "c", "run": "r", "steps": [{"step": "a", "kind": "session", "attempt_id": 0}]})")
              .find("run.json: /steps/0/attempt_id:") == 0);
    CHECK(error(R"({"format": "stipple-case-run/1", "run": "r", "steps": []})").find("run.json: /case:") == 0);

    CaseRun run;
    run.case_id = "small";
    run.steps.push_back({"consult", "consultation", {{0}}, "", "", std::nullopt, false, ""});
    CHECK(test::error_of([&] { check_run_fits(c, run, "run.json"); }) == "run.json: /steps/0/answers: expected 2 answer lists");
    run.steps[0].answers = {{0}, {0}};
    run.steps.push_back({"numb", "numbing", {}, "", "", std::nullopt, false, ""});
    run.steps.push_back({"s1", "session", {}, "", "", std::nullopt, false, ""});
    CHECK(test::error_of([&] { check_run_fits(c, run, "run.json"); }) ==
          "run.json: /steps/2: a session step needs its lesson and attempt");
}

TEST_CASE("the words of the case screens", "[case_run]") {
    CHECK(healing_words(0) == "");
    CHECK(healing_words(42) == "6 weeks later");
    CHECK(healing_words(7 * 5 + 1) == "5 weeks later");
    CHECK(healing_words(1) == "1 day later");
    CHECK(healing_words(10) == "10 days later");
    CHECK(healing_words(90) == "3 months later");
    CHECK(healing_words(365 * 3) == "3 years later");
    CaseClient client;
    client.name = "Mark";
    client.age = 42;
    client.sex = "male";
    client.face_shape = "oval";
    client.loss_stage = "Norwood 3";
    client.wishes = "a natural, slightly mature line";
    CHECK(client_line(client) == "Mark, 42, male; face: oval; loss: Norwood 3. Wishes: a natural, slightly mature line");
    CHECK(client_line(CaseClient{}) == "The client, 35.");
}
