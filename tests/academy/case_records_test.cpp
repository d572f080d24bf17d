// Case steps in the gradebook (schema 7): a run's steps are recorded once and listed back with their values,
// bad input is refused with nothing written, a schema-6 file migrates, a trainee's PostgreSQL connection
// records and reads only her own steps, and export/erase of a trainee covers them.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

#include "academy/case_records.hpp"
#include "academy/gradebook_schema.hpp"
#include "academy/pg_connection.hpp"
#include "academy/pg_roles.hpp"
#include "academy/trainee_data.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;

namespace {

constexpr const char* kRun = "4f1c2a9e-0d3b-4c55-9a7e-2b8d6f0e1a33";
constexpr const char* kRun2 = "9b0e6c1d-7a2f-4e88-b1c3-5d4f7a9e2c10";

CaseStepInput question_step(const std::string& trainee, const std::string& step_id, double score, bool passed) {
    CaseStepInput in;
    in.trainee = trainee;
    in.case_id = "norwood-3-restoration";
    in.case_title = "Norwood 3: hairline restoration in two sessions";
    in.run_id = kRun;
    in.step_id = step_id;
    in.kind = "precare";
    in.score = score;
    in.passed = passed;
    in.detail_json = R"({ "answers": [[0, 2], [1]],
                          "explanations": ["Tanning before a session changes how the pigment heals."] })";
    in.finished = "2026-11-24T10:15:00+01:00";
    return in;
}

CaseStepInput session_step(const std::string& trainee, int64_t attempt_id, const AttemptRecord& a) {
    CaseStepInput in = question_step(trainee, "session-1", a.total, a.passed);
    in.kind = "session";
    in.detail_json = "";
    in.attempt_id = attempt_id;
    return in;
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("case steps: recorded once, listed back with their values, filtered by trainee, case and run") {
    const auto samples = test::make_samples();
    test::TestGradebook where(GENERATE(from_range(test::backends())));
    Gradebook book = where.open();
    CHECK(book.schema_version() == 7);
    const Trainee ana = book.add_trainee("ana", "spring");
    book.add_trainee("bob");
    const int64_t attempt = book.record_attempt(test::sample_record(samples, "ana", 0, true));
    const AttemptRecord a = *book.attempt(attempt);
    REQUIRE(a.passed);

    const int64_t precare = record_case_step(book, question_step("ana", "precare", 66.7, false));
    const int64_t session = record_case_step(book, session_step("ana", attempt, a));
    CaseStepInput other = question_step("bob", "precare", 100.0, true);
    other.run_id = kRun2;
    const int64_t bobs = record_case_step(book, other);
    CHECK(precare < session);
    CHECK(session < bobs);

    const std::vector<CaseStepRecord> all = case_steps(book);
    REQUIRE(all.size() == 3);
    const CaseStepRecord& p = all[0];
    CHECK(p.id == precare);
    CHECK(p.trainee == "ana");
    CHECK(p.trainee_uid == ana.uid);
    CHECK(p.trainee_uid.size() == 36);
    CHECK(p.case_id == "norwood-3-restoration");
    CHECK(p.case_title == "Norwood 3: hairline restoration in two sessions");
    CHECK(p.run_id == kRun);
    CHECK(p.step_id == "precare");
    CHECK(p.kind == "precare");
    CHECK(p.score == Approx(66.7));
    CHECK_FALSE(p.passed);
    // Stored compact, the same JSON.
    CHECK(p.detail_json ==
          R"({"answers":[[0,2],[1]],"explanations":["Tanning before a session changes how the pigment heals."]})");
    CHECK_FALSE(p.attempt_id);
    CHECK(p.finished == "2026-11-24T09:15:00.000Z");  // +01:00 stored as UTC
    CHECK(p.recorded.size() == 24);
    const CaseStepRecord& s = all[1];
    CHECK(s.kind == "session");
    CHECK(s.attempt_id == attempt);
    CHECK(s.score == Approx(a.total));
    CHECK(s.passed);
    CHECK(s.detail_json == "{}");

    CaseStepFilter f;
    f.trainee = "ana";
    CHECK(case_steps(book, f).size() == 2);
    f.trainee = "bob";
    CHECK(case_steps(book, f).size() == 1);
    f = {};
    f.run_id = kRun2;
    REQUIRE(case_steps(book, f).size() == 1);
    CHECK(case_steps(book, f)[0].trainee == "bob");
    f = {};
    f.case_id = "strip-scar-camouflage";
    CHECK(case_steps(book, f).empty());

    // The same (run, step) again: the first record stands, whatever the second says (imports are repeatable).
    CHECK(record_case_step(book, question_step("ana", "precare", 100.0, true)) == precare);
    CHECK(case_steps(book).size() == 3);
    CHECK(case_steps(book)[0].score == Approx(66.7));
    // The same step id in another run is another record.
    CaseStepInput again = question_step("ana", "precare", 100.0, true);
    again.run_id = kRun2;
    CHECK(record_case_step(book, again) > bobs);
    CHECK(case_steps(book).size() == 4);
}

TEST_CASE("case steps: bad input is refused with one line naming the gradebook, and nothing is written") {
    const auto samples = test::make_samples();
    test::TestGradebook where(GENERATE(from_range(test::backends())));
    Gradebook book = where.open();
    book.add_trainee("ana");
    book.add_trainee("bob");
    book.add_trainee("old");
    book.archive_trainee("old");
    const int64_t bobs_attempt = book.record_attempt(test::sample_record(samples, "bob", 0, true));
    const int64_t anas_failed = book.record_attempt(test::sample_record(samples, "ana", 1, false));
    const AttemptRecord failed = *book.attempt(anas_failed);
    REQUIRE_FALSE(failed.passed);

    const auto refused = [&](CaseStepInput in, ErrorCode code, const std::string& words) {
        try {
            record_case_step(book, in);
            FAIL_CHECK("recorded: " << words);
        } catch (const InputError& e) {
            CHECK(e.code() == code);
            CHECK_THAT(std::string(e.what()), Catch::Contains(words));
            CHECK_THAT(std::string(e.what()), Catch::Contains(book.path()));
            CHECK(std::string(e.what()).find('\n') == std::string::npos);
        }
    };
    CaseStepInput in = question_step("nobody", "precare", 50, false);
    refused(in, ErrorCode::unknown_trainee, "no trainee named \"nobody\"");
    in.trainee = "old";
    refused(in, ErrorCode::trainee_archived, "\"old\" is archived");
    in = question_step("ana", "precare", 100.5, true);
    refused(in, ErrorCode::out_of_range, "score must be 0 to 100");
    in.score = -0.1;
    refused(in, ErrorCode::out_of_range, "score must be 0 to 100");
    in.score = std::numeric_limits<double>::quiet_NaN();
    refused(in, ErrorCode::out_of_range, "score must be 0 to 100");
    in = question_step("ana", "precare", 50, false);
    in.run_id = "run-1";
    refused(in, ErrorCode::out_of_range, "run_id \"run-1\" is not a UUID");
    in = question_step("ana", "precare", 50, false);
    in.kind = "tattoo";
    refused(in, ErrorCode::unknown_name, "kind \"tattoo\" is not");
    in = question_step("ana", "", 50, false);
    refused(in, ErrorCode::missing_field, "step_id must be 1 to 64 bytes (has 0)");
    in = question_step("ana", std::string(65, 's'), 50, false);
    refused(in, ErrorCode::too_long, "step_id must be 1 to 64 bytes (has 65)");
    in = question_step("ana", "pre\ncare", 50, false);
    refused(in, ErrorCode::out_of_range, "step_id must be valid UTF-8 without control characters");
    in = question_step("ana", "precare", 50, false);
    in.case_title = "bad \xC3\x28 title";
    refused(in, ErrorCode::out_of_range, "case_title must be valid UTF-8");
    in = question_step("ana", "precare", 50, false);
    in.detail_json = "[1, 2]";
    refused(in, ErrorCode::wrong_type, "detail_json must be a JSON object");
    in.detail_json = "{\"answers\": [";
    refused(in, ErrorCode::not_json, "detail_json is not JSON");
    in.detail_json = "{\"x\": \"" + std::string(kMaxCaseStepDetailBytes, 'a') + "\"}";
    refused(in, ErrorCode::too_long, "detail_json is 65545 bytes (at most 65536)");
    in = question_step("ana", "precare", 50, false);
    in.finished = "yesterday";
    refused(in, ErrorCode::bad_time, "finished \"yesterday\" is not an ISO 8601 time");
    // An attempt on a question step; another trainee's attempt; a step that passes on a failed attempt.
    in = question_step("ana", "precare", 50, false);
    in.attempt_id = anas_failed;
    refused(in, ErrorCode::record_mismatch, "a precare step has no attempt");
    in = session_step("ana", bobs_attempt, *book.attempt(bobs_attempt));
    refused(in, ErrorCode::record_mismatch, "attempt " + std::to_string(bobs_attempt) + " is not one of ana's attempts");
    in = session_step("ana", anas_failed, failed);
    in.passed = true;
    refused(in, ErrorCode::record_mismatch, "does not agree with attempt " + std::to_string(anas_failed));
    in = session_step("ana", anas_failed, failed);
    in.score = failed.total + 10.0;
    refused(in, ErrorCode::record_mismatch, "does not agree with attempt");
    in = session_step("ana", 999999, failed);
    refused(in, ErrorCode::record_mismatch, "attempt 999999 is not one of ana's attempts");
    CHECK(test::count_rows_in(book, "case_steps") == 0);

    // The same session, told truthfully, is recorded.
    CHECK(record_case_step(book, session_step("ana", anas_failed, failed)) > 0);
    CHECK(test::count_rows_in(book, "case_steps") == 1);
}

TEST_CASE("case steps: a schema-6 SQLite gradebook migrates to 7 with its attempts kept") {
    const auto samples = test::make_samples();
    test::TestGradebook where("sqlite");
    {
        Gradebook book = where.open();
        book.add_trainee("ana");
        book.record_attempt(test::sample_record(samples, "ana", 0, true));
        // Back to schema 6 as it was shipped: no case_steps.
        book.sql().exec("DROP TABLE case_steps; PRAGMA user_version = 6;");
        CHECK(book.schema_version() == 6);
        CHECK_FALSE(gradebook_has_table(book.sql(), "case_steps"));
    }
    Gradebook book = where.open();
    CHECK(book.schema_version() == 7);
    CHECK(gradebook_has_table(book.sql(), "case_steps"));
    CHECK(book.attempts().size() == 1);
    const AttemptRecord a = book.attempts()[0];
    CHECK(record_case_step(book, session_step("ana", a.id, a)) > 0);
    // The table's own checks hold even for a row written around record_case_step.
    CHECK_THROWS(book.sql().exec(
        "INSERT INTO case_steps (trainee_id, trainee_uid, case_id, case_title, run_id, step_id, kind, score, passed, "
        "detail_json, attempt_id, finished, recorded) VALUES (1, '', 'c', 't', '" + std::string(kRun) +
        "', 'x', 'precare', 50, 0, '{}', 1, 'f', 'r')"));
    CHECK_THROWS(book.sql().exec(
        "INSERT INTO case_steps (trainee_id, trainee_uid, case_id, case_title, run_id, step_id, kind, score, passed, "
        "detail_json, finished, recorded) VALUES (1, '', 'c', 't', '" + std::string(kRun) +
        "', 'y', 'precare', 101, 0, '{}', 'f', 'r')"));
}

TEST_CASE("PostgreSQL: a trainee's connection records and reads only her own case steps") {
    if (test::test_pg_admin().empty()) {
        if (std::getenv("STIPPLE_REQUIRE_PG")) FAIL("STIPPLE_REQUIRE_PG is set but no PostgreSQL test server is up");
        WARN("PostgreSQL tests skipped: no test server (scripts/pg_test_server.sh starts one)");
        return;
    }
    const auto samples = test::make_samples();
    test::TestGradebook where("postgresql");
    std::string ana_role;
    int64_t bob_id = 0, bobs_attempt = 0;
    {
        Gradebook book = where.open();
        const Trainee ana = book.add_trainee("ana");
        bob_id = book.add_trainee("bob").id;
        bobs_attempt = book.record_attempt(test::sample_record(samples, "bob", 0, true));
        CaseStepInput b = question_step("bob", "precare", 100, true);
        b.run_id = kRun2;
        record_case_step(book, b);
        auto& pg = dynamic_cast<PgConnection&>(book.sql());
        ana_role = set_pg_login(pg, "t", ana.id, "trainee", "ana-pin-482913");
    }
    Gradebook ana = Gradebook::open_as(test::TestGradebook::url_for(where.database(), ana_role), ana_role,
                                       "ana-pin-482913");
    CHECK(case_steps(ana).empty());  // bob's step is not hers to see
    CHECK(test::count_rows_in(ana, "case_steps") == 0);
    // She records her own run through the app's path: a question step and a session on her own attempt.
    const int64_t attempt = ana.record_attempt(test::sample_record(samples, "ana", 0, true));
    const AttemptRecord a = *ana.attempt(attempt);
    record_case_step(ana, question_step("ana", "precare", 80, true));
    record_case_step(ana, session_step("ana", attempt, a));
    REQUIRE(case_steps(ana).size() == 2);
    for (const CaseStepRecord& r : case_steps(ana)) CHECK(r.trainee == "ana");
    // No edits, no deletes, no row in bob's name, no step of hers pointing at bob's attempt.
    CHECK_THAT(test::error_of([&] { ana.sql().exec("UPDATE case_steps SET score = 100, passed = 1"); }),
               Catch::Contains("permission denied"));
    CHECK_THAT(test::error_of([&] { ana.sql().exec("DELETE FROM case_steps"); }), Catch::Contains("permission denied"));
    const std::string insert =
        "INSERT INTO case_steps (trainee_id, trainee_uid, case_id, case_title, run_id, step_id, kind, score, passed, "
        "detail_json, attempt_id, finished, recorded) VALUES (?1, '', 'c', 't', '" + std::string(kRun) +
        "', ?2, 'session', 100, 1, '{}', ?3, 'f', 'r')";
    CHECK_THAT(test::error_of([&] { ana.sql().query(insert).bind(1, bob_id).bind(2, "forged").bind(3, bobs_attempt).run(); }),
               Catch::Contains("row-level security"));
    CHECK_THAT(test::error_of([&] {
                   ana.sql().query(insert).bind(1, ana.find_trainee("ana")->id).bind(2, "borrowed").bind(3, bobs_attempt).run();
               }),
               Catch::Contains("row-level security"));
    CHECK(test::count_rows_in(ana, "case_steps") == 2);
    // The owner's connection sees all three.
    Gradebook owner = where.open();
    CHECK(case_steps(owner).size() == 3);
}

TEST_CASE("case steps: a trainee's data export holds her steps and erasing her removes them, others kept") {
    const auto samples = test::make_samples();
    test::ScratchDir dir;
    test::TestGradebook where(GENERATE(from_range(test::backends())));
    Gradebook book = where.open();
    book.add_trainee("ana");
    book.add_trainee("bob");
    const int64_t attempt = book.record_attempt(test::sample_record(samples, "ana", 0, true));
    record_case_step(book, question_step("ana", "precare", 66.7, false));
    record_case_step(book, session_step("ana", attempt, *book.attempt(attempt)));
    CaseStepInput b = question_step("bob", "precare", 100, true);
    b.run_id = kRun2;
    record_case_step(book, b);

    CHECK(export_trainee_data(book, "ana", (dir / "ana").string()) == 1);
    const nlohmann::json doc = nlohmann::json::parse(slurp(dir / "ana" / "trainee.json"));
    REQUIRE(doc["tables"]["case_steps"].size() == 2);
    CHECK(doc["tables"]["case_steps"][0]["step_id"] == "precare");
    CHECK(doc["tables"]["case_steps"][0]["detail_json"].get<std::string>().find("Tanning") != std::string::npos);
    CHECK(doc["tables"]["case_steps"][1]["attempt_id"] == std::to_string(attempt));
    CHECK(slurp(dir / "ana" / "trainee.json").find(kRun2) == std::string::npos);  // nothing of bob's
    CHECK(slurp(dir / "ana" / "README.txt").find("case_steps") != std::string::npos);

    const TraineeDeletion d = delete_trainee_data(book, "ana", "staff/1");
    CHECK(d.case_steps == 2);
    CHECK(d.attempts == 1);
    CHECK(test::count_rows_in(book, "case_steps") == 1);
    REQUIRE(case_steps(book).size() == 1);
    CHECK(case_steps(book)[0].trainee == "bob");
}
