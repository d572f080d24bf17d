// Recording with a verdict, on both backends: the same work counts once per trainee whatever its layout, an
// unverified copy never blocks the sealed original, another trainee's copy is recorded but never counts, and
// each record keeps the trainee's uid and the cohort as it was.
#include <catch2/catch.hpp>

#include <algorithm>

#include "academy/attempt_integrity.hpp"
#include "academy/attempt_seal.hpp"
#include "academy/canonical_dots.hpp"
#include "academy/uuid.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"
#include "scoring/attempt_io.hpp"

using namespace stipple;

namespace {

RecordInput with(RecordInput in, Verification v, const std::string& note = "") {
    in.verdict = {v, note};
    return in;
}

// The same attempt saved another way: dots reversed, times dropped, indented.
RecordInput relaid(RecordInput in) {
    Attempt a = attempt_from_json(nlohmann::json::parse(in.attempt_json), "a.json");
    std::reverse(a.dots.begin(), a.dots.end());
    for (Dot& d : a.dots) d.t.reset();
    in.attempt_json = attempt_to_json(a).dump(4) + "\n";
    return in;
}

}  // namespace

TEST_CASE("the same work counts once per trainee, copies never count, uids and cohorts are kept") {
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO(backend);
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    const Trainee ana = book.add_trainee("ana", "spring");
    const Trainee bob = book.add_trainee("bob");
    CHECK(ana.uid == name_based_uuid(book.database_id(), "trainee/" + std::to_string(ana.id)));
    CHECK(bob.uid != ana.uid);
    CHECK(book.find_trainee("ana")->uid == ana.uid);
    CHECK(seal_key_from_hex(book.seal_key()));

    const auto samples = test::make_samples();
    const RecordInput first = test::sample_record(samples, "ana", 1, true);  // verdict App

    const RecordOutcome unverified = book.record_attempt_once(with(relaid(first), Verification::Unverified, "no integrity record"));
    REQUIRE(unverified.recorded);
    CHECK(unverified.verdict.verification == Verification::Unverified);
    const RecordOutcome again = book.record_attempt_once(with(first, Verification::Unverified, "no integrity record"));
    CHECK_FALSE(again.recorded);  // the same dots, other bytes
    CHECK(again.id == unverified.id);

    const RecordOutcome app = book.record_attempt_once(first);  // the same work arrives as the app made it
    REQUIRE(app.recorded);
    CHECK(app.id != unverified.id);
    CHECK(app.verdict.verification == Verification::App);
    const RecordOutcome repeat = book.record_attempt_once(with(relaid(first), Verification::Sealed));
    CHECK_FALSE(repeat.recorded);
    CHECK(repeat.id == app.id);
    CHECK(repeat.verdict.verification == Verification::App);
    CHECK(book.record_attempt(relaid(first)) == app.id);

    RecordInput copy = first;
    copy.trainee = "bob";
    const RecordOutcome copied = book.record_attempt_once(with(copy, Verification::Sealed, "vouched by mia"));
    REQUIRE(copied.recorded);
    CHECK(copied.verdict.verification == Verification::Unverified);
    CHECK(copied.verdict.note == "same work as attempt " + std::to_string(app.id) + " (ana)");

    book.set_cohort("ana", "autumn");  // the record keeps the cohort it was made in
    const std::optional<AttemptRecord> r = book.attempt(app.id);
    REQUIRE(r);
    CHECK(r->content_hash == content_hash(samples.lesson.id, attempt_from_json(nlohmann::json::parse(first.attempt_json), "a").dots));
    CHECK(r->verification == Verification::App);
    CHECK(r->trainee_uid == ana.uid);
    CHECK(r->cohort_at_record == "spring");
    CHECK(r->cohort == "autumn");
    const std::optional<AttemptRecord> b = book.attempt(copied.id);
    REQUIRE(b);
    CHECK(b->verification == Verification::Unverified);
    CHECK(b->verification_note == copied.verdict.note);
    CHECK(b->cohort_at_record.empty());

    AttemptFilter counted;
    counted.counted_only = true;
    const std::vector<AttemptRecord> counting = book.attempts(counted);
    REQUIRE(counting.size() == 1);
    CHECK(counting[0].id == app.id);
    CHECK(book.attempts().size() == 3);
    CHECK(test::count_rows_in(book, "attempts WHERE verification = 'unverified'") == 2);
}
