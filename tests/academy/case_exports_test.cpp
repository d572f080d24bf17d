// Case steps leave the gradebook: the cases CSV (cells defused as the attempts CSV's), one xAPI statement per
// step (the run as registration, the case as parent, a session's attempt statement referenced, ids fixed),
// runs grouped and judged against their case (a session counts only on a counted attempt at its lesson), and the report's
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
#include "scoring/attempt_io.hpp"
#include "scoring/report_io.hpp"
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

// The case as the curriculum would hold it: pre-care (a choose-all question: options 0 and 2 right; a one-answer
// question: option 1 right), a 30 s numbing clock, session 1 on hairline-classic and an optional touch-up.
// Pass rule: protocol 75.
Case four_step_case() {
    Case c;
    c.id = "norwood-3-restoration";
    c.title = "Norwood 3 restoration";
    c.protocol_pass_score = 75;
    CaseStep precare;
    precare.id = "precare";
    precare.kind = "precare";
    StepQuestion before;
    before.id = "before";
    before.prompt = "What must the client avoid before the session?";
    before.many = true;
    before.options = {{"Tanning", true, ""}, {"Washing the scalp", false, "A clean scalp is what we want."},
                      {"Hair products", true, ""}};
    StepQuestion moisturise;
    moisturise.id = "moisturise";
    moisturise.prompt = "Should the scalp be moisturised in the days before?";
    moisturise.options = {{"No", false, "Moisturised skin takes pigment better."}, {"Yes", true, ""}};
    precare.questions = {before, moisturise};
    CaseStep numbing;
    numbing.id = "numbing";
    numbing.kind = "numbing";
    numbing.numbing_wait_min = 30;
    numbing.numbing_wait_s = 30;
    CaseStep session;
    session.id = "session-1";
    session.kind = "session";
    session.lesson.id = "hairline-classic";
    CaseStep touchup = session;
    touchup.id = "touchup";
    touchup.kind = "touchup";
    touchup.optional = true;
    c.steps = {precare, numbing, session, touchup};
    return c;
}

std::string fmt1(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

std::string answers(const std::string& picks) { return "{\"answers\":" + picks + "}"; }

// The sample's passing attempt at hairline-classic with its first dot `first_dot_s` into the clock.
StepAttempt session_attempt(const test::AcademySamples& samples, double first_dot_s, bool counts = true,
                            const std::string& lesson_id = "hairline-classic") {
    Attempt a = samples.good;
    double first = a.dots.front().t.value_or(0.0);
    for (const Dot& d : a.dots) first = std::min(first, d.t.value_or(0.0));
    for (Dot& d : a.dots) d.t = d.t.value_or(0.0) - first + first_dot_s;
    return {counts, lesson_id, attempt_to_json(a).dump(), report_to_json(samples.good_report).dump()};
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

TEST_CASE("case runs: the verdict re-derives what it can (answers, the numbing wait, sessions' reports) and follows the case's rule") {
    const auto samples = test::make_samples();
    REQUIRE(samples.good_report.passed);
    const double session_total = samples.good_report.total;
    const Case c = four_step_case();
    const std::map<std::string, const Case*> known = {{c.id, &c}};
    // Run 1, honest: every answer right (100), the first dot at 40 s of a 30 s clock (100), session passed.
    // Run 2, told better than it was: answers [[0], [1]] score (0.5 + 1) / 2 = 75 but 100 was recorded, and
    // the first dot came at 15 s (50) though 100 was recorded: protocol (75 + 50) / 2 = 62.5 < 75.
    std::vector<CaseStepRecord> steps = {step(1, "precare", "precare", 100, true),
                                         step(2, "numbing", "numbing", 100, true),
                                         step(3, "precare", "precare", 100, true, {}, kRun2),
                                         step(4, "session-1", "session", session_total, true, 17),
                                         step(5, "numbing", "numbing", 100, true, {}, kRun2),
                                         step(6, "session-1", "session", session_total, true, 18, kRun2)};
    steps[0].detail_json = answers("[[0,2],[1]]");
    steps[2].detail_json = answers("[[0],[1]]");
    std::map<int64_t, StepAttempt> attempts = {{17, session_attempt(samples, 40)}, {18, session_attempt(samples, 15)}};
    std::vector<CaseRun> runs = case_runs(steps, known, attempts);
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].run_id == kRun);
    CHECK(runs[0].steps.size() == 3);
    REQUIRE(runs[0].verdict);
    const CaseRunVerdict& honest = *runs[0].verdict;
    CHECK(honest.steps_in_case == 4);
    CHECK(honest.steps_done == 3);
    CHECK(honest.missing_steps.empty());  // the touch-up is optional
    CHECK(honest.rescored_steps.empty());
    CHECK(honest.protocol_score == Approx(100.0));
    CHECK(honest.total == Approx((100.0 + session_total) / 2).margin(0.05));  // the stored report: one decimal
    CHECK(honest.complete);
    CHECK(honest.passed);
    REQUIRE(runs[1].verdict);
    const CaseRunVerdict& told = *runs[1].verdict;
    CHECK(told.rescored_steps == std::vector<std::string>{"precare", "numbing"});
    CHECK(told.protocol_score == Approx(62.5));
    CHECK(told.complete);
    CHECK_FALSE(told.passed);

    // Run 1 whose session attempt does not count (unverified): not passed, the session named.
    attempts[17].counts = false;
    runs = case_runs(steps, known, attempts);
    CHECK_FALSE(runs[0].verdict->passed);
    CHECK(runs[0].verdict->failed_steps == std::vector<std::string>{"session-1"});
    CHECK(runs[1].verdict->failed_steps.empty());
    // A pass at an easier lesson recorded as the session: not passed either.
    attempts[17] = session_attempt(samples, 40, true, "first-dots-depth");
    runs = case_runs(steps, known, attempts);
    CHECK_FALSE(runs[0].verdict->passed);
    CHECK(runs[0].verdict->failed_steps == std::vector<std::string>{"session-1"});
    // Answers that do not fit the questions (an index past the options) score 0.
    steps[0].detail_json = answers("[[0,7],[1]]");
    attempts[17] = session_attempt(samples, 40);
    runs = case_runs(steps, known, attempts);
    CHECK(runs[0].verdict->rescored_steps == std::vector<std::string>{"precare"});
    CHECK(runs[0].verdict->protocol_score == Approx(50.0));
    CHECK_FALSE(runs[0].verdict->passed);
    // Without the session: in progress, the missing step named; the numbing wait stands as recorded meanwhile.
    steps[0].detail_json = answers("[[0,2],[1]]");
    steps.erase(steps.begin() + 3);
    runs = case_runs(steps, known, attempts);
    CHECK_FALSE(runs[0].verdict->complete);
    CHECK_FALSE(runs[0].verdict->passed);
    CHECK(runs[0].verdict->missing_steps == std::vector<std::string>{"session-1"});
    CHECK(runs[0].verdict->protocol_score == Approx(100.0));
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
    for (auto [id, kind, score] : {std::tuple{"precare", "precare", 75.0}, {"numbing", "numbing", 100.0}}) {
        CaseStepInput in;
        in.trainee = "ana";
        in.case_id = "norwood-3-restoration";
        in.case_title = "Norwood 3 <restoration>";
        in.run_id = kRun;
        in.step_id = id;
        in.kind = kind;
        in.score = score;
        in.passed = score == 100.0;
        in.detail_json = answers("[[0],[1]]");  // pre-care: (0.5 + 1) / 2 = 75
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
    cc.the_case = four_step_case();
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
    CHECK(in.trainees[0].cases[0].verdict->complete);
    CHECK(in.trainees[1].cases.empty());
    const std::string page = html_report(in);
    CHECK_THAT(page, Catch::Contains("<h4>Norwood 3 &lt;restoration&gt; <small>norwood-3-restoration &middot; started "
                                     "2026-11-24</small></h4>"));
    CHECK_THAT(page, Catch::Contains("<tr data-step=\"session-1\"><td>session-1</td><td>session</td><td>2026-11-24</td><td>" +
                                     fmt1(a.total) + "</td><td>passed</td><td>attempt " + std::to_string(attempt) + "</td></tr>"));
    // The demo attempt's first dot comes before the 30 s clock ran out: the numbing step recorded as 100 is
    // scored again from it, and the protocol falls below 75.
    const CaseRunVerdict& v = *in.trainees[0].cases[0].verdict;
    CHECK(v.rescored_steps == std::vector<std::string>{"numbing"});
    CHECK(v.protocol_score < 75.0);
    CHECK_THAT(page, Catch::Contains("<p class=\"case-verdict failed\">Case not passed: 3 of 4 steps done, protocol " +
                                     fmt1(v.protocol_score) + ", total " + fmt1(v.total) +
                                     ", scored again from the record: numbing.</p>"));

    // A report dated before the session: the run is in progress, the session to do.
    request.scope.range.to_utc = "2026-11-24T09:05:00.000Z";
    const std::string early = html_report(gather_report(book, curriculum, request));
    CHECK_THAT(early, Catch::Contains("<p class=\"case-verdict open\">In progress: 2 of 4 steps done, protocol 87.5, total "
                                      "87.5, to do: session-1.</p>"));
    // A curriculum without the case: the steps are listed, no verdict.
    curriculum.cases.clear();
    CHECK_THAT(html_report(gather_report(book, curriculum, request)),
               Catch::Contains("No verdict: this case is not in the curriculum (2 steps recorded)."));
}
