// Case steps leave the gradebook: the cases CSV (cells defused as the attempts CSV's), one xAPI statement per
// step (the run as registration, the case as parent, a session's attempt statement referenced, ids fixed),
// runs grouped and judged against their case (a session counts only on a counted attempt), and the report's
// case table with the verdict in words.
#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

#include "academy/case_progress.hpp"
#include "academy/case_records.hpp"
#include "academy/csv_export.hpp"
#include "academy/html_report.hpp"
#include "academy/report_gather.hpp"
#include "academy/xapi_export.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"

using namespace stipple;

namespace {

constexpr const char* kRun = "4f1c2a9e-0d3b-4c55-9a7e-2b8d6f0e1a33";
constexpr const char* kRun2 = "9b0e6c1d-7a2f-4e88-b1c3-5d4f7a9e2c10";

CaseStepRecord step(int64_t id, const std::string& step_id, const std::string& kind, double score, bool passed,
                    std::optional<int64_t> attempt = std::nullopt, const std::string& run = kRun) {
    CaseStepRecord s;
    s.id = id;
    s.trainee = "ana";
    s.trainee_uid = "0b7e3c52-1f4d-8a9e-b2c6-7d8e9f0a1b2c";
    s.case_id = "norwood-3-restoration";
    s.case_title = "Norwood 3 restoration";
    s.run_id = run;
    s.step_id = step_id;
    s.kind = kind;
    s.score = score;
    s.passed = passed;
    s.detail_json = "{}";
    s.attempt_id = attempt;
    s.finished = "2026-11-24T10:0" + std::to_string(id) + ":00.000Z";
    s.recorded = "2026-11-24T10:30:00.000Z";
    return s;
}

// A three-step case as the curriculum would hold it (pass rule: protocol 75).
Case three_step_case() {
    Case c;
    c.id = "norwood-3-restoration";
    c.title = "Norwood 3 restoration";
    c.protocol_pass_score = 75;
    for (auto [id, kind] : {std::pair{"precare", "precare"}, {"numbing", "numbing"}, {"session-1", "session"}}) {
        CaseStep s;
        s.id = id;
        s.kind = kind;
        c.steps.push_back(s);
    }
    return c;
}

}  // namespace

TEST_CASE("cases CSV: one row per step with real values; formulas defused, a BOM on request") {
    std::vector<CaseStepRecord> steps = {step(1, "precare", "precare", 66.66, false), step(2, "session-1", "session", 88.04, true, 17)};
    steps[0].case_title = "=HYPERLINK(\"http://x\")";
    const std::vector<Trainee> trainees = {Trainee{1, "ana", "spring", false, "", ""}};
    const std::string csv = case_steps_csv(steps, trainees);
    CHECK(csv ==
          "step_record_id,run_id,trainee,cohort,case_id,case_title,step_id,kind,score,passed,attempt_id,finished,recorded\r\n"
          "1,4f1c2a9e-0d3b-4c55-9a7e-2b8d6f0e1a33,ana,spring,norwood-3-restoration,\"'=HYPERLINK(\"\"http://x\"\")\","
          "precare,precare,66.7,false,,2026-11-24T10:01:00.000Z,2026-11-24T10:30:00.000Z\r\n"
          "2,4f1c2a9e-0d3b-4c55-9a7e-2b8d6f0e1a33,ana,spring,norwood-3-restoration,Norwood 3 restoration,"
          "session-1,session,88.0,true,17,2026-11-24T10:02:00.000Z,2026-11-24T10:30:00.000Z\r\n");
    CHECK(case_steps_csv(steps, trainees, CsvOptions{true}).rfind(kUtf8Bom, 0) == 0);
    CHECK(case_steps_csv({}, trainees) ==
          "step_record_id,run_id,trainee,cohort,case_id,case_title,step_id,kind,score,passed,attempt_id,finished,recorded\r\n");
}

TEST_CASE("xAPI: a statement per case step, the run as registration, the case as parent, a session's attempt referenced") {
    const std::string home = "https://academy.example.org";
    AttemptRecord attempt;
    attempt.id = 17;
    attempt.registration = "7c9d1e2f-3a4b-8c5d-9e6f-0a1b2c3d4e5f";
    attempt.lesson_id = "layering-session-1";
    attempt.lesson_hash = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    const std::vector<CaseStepRecord> steps = {step(1, "precare", "precare", 66.66, false),
                                               step(2, "numbing", "numbing", 100, true),
                                               step(3, "session-1", "session", 250, true, 17)};
    const nlohmann::ordered_json all = xapi_case_step_statements(steps, {attempt}, home);
    REQUIRE(all.size() == 3);
    const auto& q = all[0];
    CHECK(q["verb"]["id"] == kXapiVerbFailed);
    CHECK(q["actor"]["account"]["name"] == "0b7e3c52-1f4d-8a9e-b2c6-7d8e9f0a1b2c");
    CHECK(q["actor"]["account"]["homePage"] == home);
    CHECK(q["object"]["id"] == "https://academy.example.org/cases/norwood-3-restoration/steps/precare");
    CHECK(q["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/interaction");
    CHECK(q["result"]["score"]["raw"] == 66.7);
    CHECK(q["result"]["score"]["scaled"] == 0.667);
    CHECK(q["result"]["success"] == false);
    CHECK(q["context"]["registration"] == kRun);
    CHECK(q["context"]["contextActivities"]["parent"][0]["id"] == "https://academy.example.org/cases/norwood-3-restoration");
    CHECK(q["context"]["extensions"]["https://academy.example.org/xapi/extensions/case-step-kind"] == "precare");
    CHECK_FALSE(q["context"].contains("statement"));
    CHECK(q["timestamp"] == "2026-11-24T10:01:00.000Z");
    CHECK(all[1]["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/assessment");
    CHECK(all[1]["verb"]["id"] == kXapiVerbPassed);
    const auto& s = all[2];
    CHECK(s["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/simulation");
    CHECK(s["result"]["score"]["raw"] == 100.0);  // an edited 250 is clamped as attempts' scores are
    CHECK(s["context"]["statement"]["objectType"] == "StatementRef");
    CHECK(s["context"]["statement"]["id"] == xapi_statement_id(attempt, home));
    CHECK(s["context"]["contextActivities"]["other"][0]["id"] ==
          "https://academy.example.org/lessons/layering-session-1?hash=a1b2c3d4e5f6");
    // Fixed ids: the same step gives the same id; another step, run, trainee or academy another.
    CHECK(xapi_case_step_statements(steps, {attempt}, home).dump() == all.dump());
    std::set<std::string> ids;
    for (const auto& st : all) ids.insert(st["id"].get<std::string>());
    ids.insert(xapi_case_step_statement_id(step(1, "precare", "precare", 1, true, {}, kRun2), home));
    ids.insert(xapi_case_step_statement_id(steps[0], "https://other.example"));
    CaseStepRecord bob = steps[0];
    bob.trainee_uid = "1c8f4d63-2a5e-8b0f-83d7-8e9fa01b2c3d";
    ids.insert(xapi_case_step_statement_id(bob, home));
    CHECK(ids.size() == 6);
    // Without its attempt at hand the session statement still stands, with no reference.
    CHECK_FALSE(xapi_case_step_statement(steps[2], home, nullptr)["context"].contains("statement"));
}

TEST_CASE("case runs: steps grouped by run; the verdict follows the case's rule on counted attempts") {
    const Case c = three_step_case();
    const std::map<std::string, const Case*> known = {{c.id, &c}};
    // Run 1: protocol (80 + 90) / 2 = 85 >= 75, session passed on a counted attempt: passed.
    // Run 2: protocol (60 + 70) / 2 = 65 < 75: complete, not passed.
    std::vector<CaseStepRecord> steps = {step(1, "precare", "precare", 80, true), step(2, "numbing", "numbing", 90, true),
                                         step(3, "precare", "precare", 60, false, {}, kRun2),
                                         step(4, "session-1", "session", 91.2, true, 17),
                                         step(5, "numbing", "numbing", 70, false, {}, kRun2),
                                         step(6, "session-1", "session", 93, true, 18, kRun2)};
    std::vector<CaseRun> runs = case_runs(steps, known, {{17, true}, {18, true}});
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].run_id == kRun);
    CHECK(runs[0].steps.size() == 3);
    REQUIRE(runs[0].verdict);
    CHECK(runs[0].verdict->steps_in_case == 3);
    CHECK(runs[0].verdict->protocol_score == Approx(85.0));
    CHECK(runs[0].verdict->complete);
    CHECK(runs[0].verdict->passed);
    REQUIRE(runs[1].verdict);
    CHECK(runs[1].verdict->protocol_score == Approx(65.0));
    CHECK(runs[1].verdict->complete);
    CHECK_FALSE(runs[1].verdict->passed);

    // The same run 1 whose session attempt does not count (unverified): not passed, the session named.
    runs = case_runs(steps, known, {{17, false}, {18, true}});
    CHECK_FALSE(runs[0].verdict->passed);
    CHECK(runs[0].verdict->failed_steps == std::vector<std::string>{"session-1"});
    // Without the session: in progress, the missing step named.
    steps.erase(steps.begin() + 3);
    runs = case_runs(steps, known, {{18, true}});
    CHECK_FALSE(runs[0].verdict->complete);
    CHECK_FALSE(runs[0].verdict->passed);
    CHECK(runs[0].verdict->missing_steps == std::vector<std::string>{"session-1"});
    // A case the curriculum does not name: grouped, no verdict.
    CHECK_FALSE(case_runs(steps, {}, {})[0].verdict);
}

TEST_CASE("report: each trainee's runs through cases with steps, attempts and the verdict, on every backend") {
    const auto samples = test::make_samples();
    test::TestGradebook where(GENERATE(from_range(test::backends())));
    Gradebook book = where.open();
    book.add_trainee("ana", "spring");
    book.add_trainee("bob", "spring");
    const int64_t attempt = book.record_attempt(test::sample_record(samples, "ana", 0, true));
    const AttemptRecord a = *book.attempt(attempt);
    for (auto [id, kind, score] : {std::tuple{"precare", "precare", 80.0}, {"numbing", "numbing", 90.0}}) {
        CaseStepInput in;
        in.trainee = "ana";
        in.case_id = "norwood-3-restoration";
        in.case_title = "Norwood 3 <restoration>";
        in.run_id = kRun;
        in.step_id = id;
        in.kind = kind;
        in.score = score;
        in.passed = true;
        in.finished = "2026-11-24T09:00:00Z";
        record_case_step(book, in);
    }
    CaseStepInput session;
    session.trainee = "ana";
    session.case_id = "norwood-3-restoration";
    session.case_title = "Norwood 3 <restoration>";
    session.run_id = kRun;
    session.step_id = "session-1";
    session.kind = "session";
    session.score = a.total;
    session.passed = true;
    session.attempt_id = attempt;
    session.finished = "2026-11-24T09:10:00Z";
    record_case_step(book, session);

    Curriculum curriculum;
    curriculum.title = "Hairlines";
    curriculum.lessons.push_back(CurriculumEntry{"hairline-classic.json", {}, samples.lesson});
    CurriculumCase cc;
    cc.file = "cases/norwood-3-restoration.json";
    cc.the_case = three_step_case();
    curriculum.cases.push_back(cc);
    ReportRequest request;
    request.academy_home = book.academy_home();
    request.generated = "2026-11-25T12:00:00.000Z";
    ReportInput in = gather_report(book, curriculum, request);
    REQUIRE(in.trainees.size() == 2);
    REQUIRE(in.trainees[0].trainee.name == "ana");
    REQUIRE(in.trainees[0].cases.size() == 1);
    CHECK(in.trainees[0].cases[0].steps.size() == 3);
    REQUIRE(in.trainees[0].cases[0].verdict);
    CHECK(in.trainees[0].cases[0].verdict->passed);
    CHECK(in.trainees[1].cases.empty());
    const std::string page = html_report(in);
    CHECK_THAT(page, Catch::Contains("<h4>Norwood 3 &lt;restoration&gt; <small>norwood-3-restoration &middot; started "
                                     "2026-11-24</small></h4>"));
    char total[32];
    std::snprintf(total, sizeof total, "%.1f", a.total);
    CHECK_THAT(page, Catch::Contains(std::string("<tr data-step=\"session-1\"><td>session-1</td><td>session</td><td>2026-11-24</td><td>") +
                                     total + "</td><td>passed</td><td>attempt " + std::to_string(attempt) + "</td></tr>"));
    CHECK_THAT(page, Catch::Contains("<p class=\"case-verdict passed\">Case passed: 3 of 3 steps done, protocol 85.0.</p>"));

    // A report dated before the session: the run is in progress, the session to do.
    request.scope.range.to_utc = "2026-11-24T09:05:00.000Z";
    const std::string early = html_report(gather_report(book, curriculum, request));
    CHECK_THAT(early, Catch::Contains("<p class=\"case-verdict open\">In progress: 2 of 3 steps done, protocol 85.0, to do: "
                                      "session-1.</p>"));
    // A curriculum without the case: the steps are listed, no verdict.
    curriculum.cases.clear();
    CHECK_THAT(html_report(gather_report(book, curriculum, request)),
               Catch::Contains("No verdict: this case is not in the curriculum (2 steps recorded)."));
}
