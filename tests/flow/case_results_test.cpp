// A case run's results, headless, with the real case scoring and gradebook: the question step scored from the
// saved picks (each wrong pick explained), the numbing wait judged from the session's first dot, the session by
// its saved attempt on its saved lesson; the summary rows and verdict; the case steps recorded once, pointing at
// the session's recorded attempt.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "academy/case_records.hpp"
#include "academy/gradebook.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/case_results.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {

Case one_session_case(const Lesson& session_lesson, double numbing_wait_s) {
    Case c;
    c.id = "small";
    c.title = "Small case";
    CaseStep precare;
    precare.id = "precare";
    precare.kind = "precare";
    precare.title = "Pre-care";
    StepQuestion q;
    q.id = "q1";
    q.prompt = "The day before?";
    q.options = {{"Moisturise", true, ""}, {"Tan", false, "No tanning beforehand."}};
    precare.questions = {q};
    c.steps.push_back(precare);
    CaseStep numbing;
    numbing.id = "numbing";
    numbing.kind = "numbing";
    numbing.title = "Numbing";
    numbing.numbing_wait_s = numbing_wait_s;
    c.steps.push_back(numbing);
    CaseStep s1;
    s1.id = "s1";
    s1.kind = "session";
    s1.title = "Session 1";
    s1.lesson = session_lesson;
    c.steps.push_back(s1);
    return c;
}

}  // namespace

TEST_CASE("a case run is scored step by step, summed up and recorded once in the gradebook", "[case_results]") {
    test::ScratchDir dir;
    const Lesson lesson = lesson_from_json(test::patch_lesson_doc("s1"), "s1.json");
    const Case c = one_session_case(lesson, 5.0);
    Gradebook gradebook = Gradebook::open((dir / "gb.sqlite").string());
    gradebook.add_trainee("ana");

    CaseRun run;
    run.case_id = c.id;
    run.run_id = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    run.trainee = "ana";
    record_answers(run, c, 0, {{1}}, "2026-11-26T10:00:00Z");  // the tan: wrong
    record_numbing_read(run, c, 1, "2026-11-26T10:01:00Z");

    CaseReport partial = run_report(c, run);
    CHECK_FALSE(partial.complete);
    REQUIRE(partial.steps.size() == 1);  // the numbing wait waits for its session
    CHECK(partial.steps[0].score == 0.0);
    REQUIRE(partial.steps[0].explanations.size() == 2);
    CHECK(partial.steps[0].explanations[1].find("No tanning beforehand.") != std::string::npos);
    CHECK(case_verdict_line(c, partial, run.steps.size()) == "Case in progress: 2 of 3 steps");

    // Session 1: the demo's expert work, its first dot at 0.5 s: before the 5 s numbing clock ran out.
    Attempt attempt = demo_attempt(lesson);
    attempt.trainee = "ana";
    REQUIRE(!attempt.dots.empty());
    for (std::size_t i = 0; i < attempt.dots.size(); ++i) attempt.dots[i].t = 0.5 + 0.5 * double(i);
    const std::string lesson_path = case_session_lesson_path(dir.path(), run, "s1").string();
    std::filesystem::create_directories(std::filesystem::path(lesson_path).parent_path());
    save_lesson(lesson_path, lesson);
    FinishPlan plan;
    plan.data_dir = dir.path();
    plan.gradebook = &gradebook;
    const FinishedAttempt done = finish_attempt(lesson, attempt, plan, "2026-11-26T10:20:00Z");
    REQUIRE(done.recorded_id);
    record_session(run, c, 2, lesson_path, done.saved_path, done.recorded_id, "2026-11-26T10:20:00Z");

    const CaseReport report = run_report(c, run);
    CHECK(report.complete);
    REQUIRE(report.sessions.size() == 1);
    CHECK(report.sessions[0].report.total == Approx(done.report->total));
    REQUIRE(report.steps.size() == 2);
    CHECK(report.steps[1].step_id == "numbing");
    CHECK_FALSE(report.steps[1].passed);  // dotted 4.5 s early
    CHECK_FALSE(report.passed);

    const std::vector<CaseSummaryRow> rows = case_summary_rows(c, report);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].title == "Pre-care");
    CHECK(rows[0].score_label == "0.0");
    CHECK_FALSE(rows[1].passed);
    CHECK(rows[2].scored);
    CHECK(rows[2].passed == done.report->passed);
    CHECK(case_verdict_line(c, report, run.steps.size()).rfind("Case not passed: ", 0) == 0);

    CHECK(record_case_steps(gradebook, c, run, report).empty());
    CHECK(run.steps[0].recorded);
    CHECK(run.steps[1].recorded);
    CHECK(run.steps[2].recorded);
    CaseStepFilter mine;
    mine.run_id = run.run_id;
    const std::vector<CaseStepRecord> recorded = case_steps(gradebook, mine);
    REQUIRE(recorded.size() == 3);
    CHECK(recorded[0].step_id == "precare");
    CHECK(nlohmann::json::parse(recorded[0].detail_json)["answers"] == nlohmann::json::parse("[[1]]"));
    CHECK(recorded[2].attempt_id == done.recorded_id);
    CHECK(recorded[2].score == Approx(done.report->total));
    CHECK(record_case_steps(gradebook, c, run, report).empty());  // nothing left to record
    CHECK(case_steps(gradebook, mine).size() == 3);

    // A waited numbing clock passes: the same work with its first dot after the wait.
    const Case patient = one_session_case(lesson, 0.25);
    CHECK(run_report(patient, run).steps[1].passed);
}

TEST_CASE("a saved session file that is gone is an error naming it", "[case_results]") {
    const Lesson lesson = test::patch_lesson();
    const Case c = one_session_case(lesson, 5.0);
    CaseRun run;
    run.case_id = c.id;
    record_answers(run, c, 0, {{0}}, "t");
    record_numbing_read(run, c, 1, "t");
    record_session(run, c, 2, "/nonexistent/s1.lesson.json", "/nonexistent/a.json", std::nullopt, "t");
    CHECK(test::error_of([&] { run_report(c, run); }).find("/nonexistent/s1.lesson.json") != std::string::npos);
}
