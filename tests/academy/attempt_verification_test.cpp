// `academy verify`'s rule on both backends: a pending row whose stored score is forged becomes unverified with
// the reason and its score corrected, an honest sealed one counts, an unsealed one stays out ("no integrity
// record"), legacy rows are only re-checked on request and stay legacy when they agree, and a second run
// changes nothing. On PostgreSQL the pending rows come from the trainee's own connection (the trigger).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

#include "academy/attempt_integrity.hpp"
#include "academy/attempt_seal.hpp"
#include "academy/attempt_verification.hpp"
#include "academy/pg_connection.hpp"
#include "academy/pg_roles.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"
#include "scoring/attempt_io.hpp"

using namespace stipple;

namespace {

// Attempt `n` of `trainee`, sealed with `book`'s key as the app at a seat seals it, recorded as `v`.
RecordInput sealed_record(const Gradebook& book, const test::AcademySamples& s, const Trainee& trainee, int n,
                          bool pass, Verification v) {
    RecordInput in = test::sample_record(s, trainee.name, n, pass);
    Attempt a = attempt_from_json(nlohmann::json::parse(in.attempt_json), "a.json");
    a.seal = make_seal(seal_fields(a, book.database_id(), in.lesson_hash, trainee.uid), *seal_key_from_hex(book.seal_key()));
    in.attempt_json = attempt_to_json(a).dump(2);
    in.verdict = {v, ""};
    return in;
}

std::string tenth(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

// Every row's verification, note, total and pass, to compare whole gradebooks before and after a run.
std::string snapshot(const Gradebook& book) {
    std::string out;
    for (const AttemptRecord& r : book.attempts())
        out += std::to_string(r.id) + " " + to_string(r.verification) + " " + r.verification_note + " " +
               std::to_string(r.total) + " " + std::to_string(r.passed) + "\n";
    return out;
}

std::vector<VerifyOutcome> verify_all(Gradebook& book, Verification which) {
    std::vector<VerifyOutcome> out;
    for (const int64_t id : attempts_with_verification(book, which)) out.push_back(verify_attempt(book, id));
    return out;
}

}  // namespace

TEST_CASE("score_mismatch names the stored and the re-scored total, or the pass that differs") {
    ScoreReport r;
    r.total = 41.2;
    r.passed = false;
    CHECK(score_mismatch(41.2, false, r).empty());
    CHECK(score_mismatch(41.2 + 1e-12, false, r).empty());
    CHECK(score_mismatch(100.0, true, r) == "stored total 100.0 but it scores 41.2");
    CHECK(score_mismatch(41.2000001, false, r) == "stored total 41.2000001 but it scores 41.2");
    CHECK(score_mismatch(41.2, true, r) == "stored as passed but it fails");
    r.passed = true;
    CHECK(score_mismatch(41.2, false, r) == "stored as failed but it passes");
}

TEST_CASE("academy verify: a forged pending row becomes unverified and corrected, an honest one counts") {
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO(backend);
    const auto samples = test::make_samples();
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    const Trainee ana = book.add_trainee("ana");

    int64_t honest = 0, forged = 0, unsealed = 0;
    if (where.postgresql()) {  // as the app at a seat records through ana's own login role: the trigger makes it pending
        auto& pg = dynamic_cast<PgConnection&>(book.sql());
        const std::string role = set_pg_login(pg, "t", ana.id, "trainee", "ana-pin-482913");
        Gradebook own = Gradebook::open_as(test::TestGradebook::url_for(where.database(), role), role, "ana-pin-482913");
        honest = own.record_attempt(sealed_record(book, samples, ana, 1, false, Verification::App));
        forged = own.record_attempt(sealed_record(book, samples, ana, 2, false, Verification::App));
        unsealed = own.record_attempt(test::sample_record(samples, "ana", 3, false));
        // ...and then lies about the score from the same connection (psql would do)
        SqlStatement lie = own.sql().query(
            "INSERT INTO attempts (trainee_id, lesson_ref, mode, recorded, input_device, attempt_json, attempt_hash, "
            "score_json, total, passed, verification, trainee_uid) SELECT trainee_id, lesson_ref, mode, recorded, "
            "input_device, attempt_json, 'forged', score_json, 100, 1, 'app', trainee_uid FROM attempts WHERE id = ?1 "
            "RETURNING id, verification");
        lie.bind(1, forged);
        REQUIRE(lie.step());
        CHECK(lie.text(1) == "pending");
        const int64_t lied = lie.int64(0);
        lie.run();
        book.sql().exec("DELETE FROM attempts WHERE id = " + std::to_string(forged));
        forged = lied;
    } else {  // SQLite has no login roles: the rows are written pending as the trigger would leave them
        honest = book.record_attempt(sealed_record(book, samples, ana, 1, false, Verification::Pending));
        forged = book.record_attempt(sealed_record(book, samples, ana, 2, false, Verification::Pending));
        unsealed = book.record_attempt(
            [&] { RecordInput in = test::sample_record(samples, "ana", 3, false); in.verdict = {Verification::Pending, ""}; return in; }());
        book.sql().exec("UPDATE attempts SET total = 100, passed = 1 WHERE id = " + std::to_string(forged));
    }
    RecordInput old = test::sample_record(samples, "ana", 4, true);  // a demo file: legacy rows are judged by score only
    old.verdict = {Verification::Legacy, ""};
    const int64_t legacy = book.record_attempt(old);
    RecordInput old_forged = test::sample_record(samples, "ana", 5, false);
    old_forged.verdict = {Verification::Legacy, ""};
    const int64_t legacy_forged = book.record_attempt(old_forged);
    book.sql().exec("UPDATE attempts SET total = 100, passed = 1 WHERE id = " + std::to_string(legacy_forged));

    std::vector<int64_t> pending = {honest, forged, unsealed};
    std::sort(pending.begin(), pending.end());
    REQUIRE(attempts_with_verification(book, Verification::Pending) == pending);
    std::map<int64_t, VerifyOutcome> run;
    for (const VerifyOutcome& v : verify_all(book, Verification::Pending)) run[v.id] = v;
    REQUIRE(run.size() == 3);
    CHECK(run[honest].verdict.verification == Verification::Sealed);
    CHECK(run[honest].verdict.note.empty());
    CHECK_FALSE(run[honest].scores_corrected);
    CHECK(run[forged].verdict.verification == Verification::Unverified);
    CHECK(run[forged].verdict.note == "stored total 100.0 but it scores " + tenth(samples.bad_report.total));
    CHECK(run[forged].scores_corrected);
    CHECK(run[unsealed].verdict.verification == Verification::Unverified);
    CHECK(run[unsealed].verdict.note == "no integrity record");

    const AttemptRecord h = *book.attempt(honest);
    CHECK(h.verification == Verification::Sealed);
    CHECK(counts_toward_progress(h.verification));
    const AttemptRecord f = *book.attempt(forged);
    CHECK(f.verification == Verification::Unverified);
    CHECK(f.verification_note == run[forged].verdict.note);
    CHECK(f.total == Approx(samples.bad_report.total).margin(0.05));
    CHECK_FALSE(f.passed);
    CHECK(f.depth_score == Approx(samples.bad_report.depth.score).margin(0.05));
    CHECK(f.score_json.find("\"total\"") != std::string::npos);
    CHECK(book.attempt(unsealed)->verification == Verification::Unverified);
    CHECK(book.attempt(legacy)->verification == Verification::Legacy);  // not asked for
    CHECK(book.attempt(legacy_forged)->total == 100.0);

    // A second run finds nothing pending and changes nothing.
    const std::string after = snapshot(book);
    CHECK(verify_all(book, Verification::Pending).empty());
    CHECK(snapshot(book) == after);

    // --legacy: the honest legacy row stays legacy untouched; the edited one is caught and corrected.
    const std::vector<VerifyOutcome> old_run = verify_all(book, Verification::Legacy);
    REQUIRE(old_run.size() == 2);
    CHECK(old_run[0].verdict.verification == Verification::Legacy);
    CHECK_FALSE(old_run[0].changed);
    CHECK(old_run[1].verdict.verification == Verification::Unverified);
    CHECK(old_run[1].verdict.note == "stored total 100.0 but it scores " + tenth(samples.bad_report.total));
    CHECK(book.attempt(legacy_forged)->total == Approx(samples.bad_report.total).margin(0.05));
    const std::string after_legacy = snapshot(book);
    const std::vector<VerifyOutcome> again = verify_all(book, Verification::Legacy);
    REQUIRE(again.size() == 1);
    CHECK_FALSE(again[0].changed);
    CHECK(snapshot(book) == after_legacy);
}

TEST_CASE("academy verify: an unreadable attempt file or an unknown attempt") {
    const auto samples = test::make_samples();
    test::TestGradebook where("sqlite");
    Gradebook book = where.open();
    book.add_trainee("ana");
    RecordInput in = test::sample_record(samples, "ana", 1, true);
    in.verdict = {Verification::Pending, ""};
    const int64_t id = book.record_attempt(in);
    book.sql().exec("UPDATE attempts SET attempt_json = '{\"format\": 7}' WHERE id = " + std::to_string(id));
    const VerifyOutcome v = verify_attempt(book, id);
    CHECK(v.verdict.verification == Verification::Unverified);
    CHECK_THAT(v.verdict.note, Catch::StartsWith("attempt file unreadable (attempt " + std::to_string(id) + ": "));
    CHECK(book.attempt(id)->total == Approx(samples.good_report.total).margin(0.05));  // nothing to re-score with: kept
    CHECK_THROWS_WITH(verify_attempt(book, 999), Catch::Contains("no attempt 999"));
}
