// Migration 4 (trustworthy attempts) on a schema 3 gradebook: every row kept, content hashes back-filled,
// exactly the demo-made and repeated attempts made unverified (and why), unique trainee uids, a seal key,
// registrations unchanged; afterwards one trainee's work cannot count twice.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "academy/attempt_seal.hpp"
#include "academy/canonical_dots.hpp"
#include "academy/gradebook_schema.hpp"
#include "academy/sqlite_connection.hpp"
#include "academy/sqlite_db.hpp"
#include "academy/uuid.hpp"
#include "academy_samples.hpp"
#include "scoring/attempt_io.hpp"

using namespace stipple;

namespace {

struct OldRow {
    int trainee_id;
    std::string input_device;
    std::string attempt_json;
};

// A schema 3 file holding `rows` (ana is trainee 1 in cohort "spring", bob trainee 2 in none).
void make_v3_gradebook(const std::string& path, const std::vector<OldRow>& rows, const std::string& score_json) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    exec_sql(db, "BEGIN IMMEDIATE");
    {
        SqliteConnection borrowed(db, path, false);
        migrate_gradebook(borrowed, 0, 3);
    }
    exec_sql(db, "INSERT INTO cohorts (name) VALUES ('spring');"
                 "INSERT INTO trainees (name, created, cohort_id) VALUES ('ana', '2026-01-01T00:00:00.000Z', 1);"
                 "INSERT INTO trainees (name, created) VALUES ('bob', '2026-01-01T00:00:00.000Z');"
                 "INSERT INTO lessons (lesson_id, hash, title, lesson_json, first_recorded) "
                 "VALUES ('hairline-classic', 'h1', 'Classic', '{}', '2026-01-01T00:00:00.000Z');");
    int n = 0;
    for (const OldRow& r : rows) {
        ++n;
        Statement insert(db, "INSERT INTO attempts (trainee_id, lesson_ref, mode, started, recorded, input_device, "
                             "attempt_json, attempt_hash, score_json, total, passed, registration, spacing_score, "
                             "depth_score, dot_count, duration_s) VALUES (?1, 1, 'practice', ?2, ?2, ?3, ?4, ?5, ?6, "
                             "90, 1, ?7, 90, 90, 10, 60)");
        insert.bind(1, static_cast<int64_t>(r.trainee_id))
            .bind(2, "2026-11-24T09:0" + std::to_string(n) + ":00.000Z")
            .bind(3, r.input_device)
            .bind(4, r.attempt_json)
            .bind(5, "bytes-" + std::to_string(n))
            .bind(6, score_json)
            .bind(7, "reg-" + std::to_string(n))
            .run();
    }
    exec_sql(db, "COMMIT");
    REQUIRE(sqlite3_close(db) == SQLITE_OK);
}

}  // namespace

TEST_CASE("migration 4 back-fills content hashes and marks exactly the demo-made and repeated attempts") {
    const auto samples = test::make_samples();
    Attempt work = samples.good;
    work.input = "mouse";
    work.dots[1].y += 0.3;  // not the demo's dots (those would be "same work as attempt 1")
    Attempt other = work;
    other.dots[0].x += 0.5;
    const std::string work_text = attempt_to_json(work).dump();
    Attempt work_relaid = work;  // the same dots, reordered and without times, saved indented
    std::reverse(work_relaid.dots.begin(), work_relaid.dots.end());
    for (Dot& d : work_relaid.dots) d.t.reset();
    const std::vector<OldRow> rows = {
        {1, "generated", attempt_to_json(samples.good).dump()},  // 1: stipple demo
        {1, "mouse", work_text},                                  // 2: ana's work
        {1, "mouse", attempt_to_json(work_relaid).dump(2)},       // 3: the same work again
        {1, "mouse", attempt_to_json(other).dump()},              // 4: new work
        {2, "mouse", work_text},                                  // 5: bob, the same dots as ana's 2
        {2, "mouse", "{\"not\": \"an attempt\"}"},                // 6: unreadable
    };
    test::ScratchDir dir;
    const std::string path = (dir / "v3.sqlite").string();
    make_v3_gradebook(path, rows, test::sample_record(samples, "x", 0, true).score_json);

    Gradebook book = Gradebook::open(path);
    CHECK(book.schema_version() == kGradebookSchemaVersion);
    const std::string db_id = book.database_id();
    struct After {
        int64_t id;
        std::string verification, note, hash, uid, cohort, registration;
        bool cohort_null;
    };
    std::vector<After> after;
    for (SqlStatement q = book.sql().query("SELECT id, verification, verification_note, content_hash, trainee_uid, "
                                           "cohort_at_record, registration FROM attempts ORDER BY id");
         q.step();)
        after.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.is_null(5)});
    REQUIRE(after.size() == 6);

    const std::string work_hash = content_hash(work.lesson, work.dots);
    CHECK(after[0].verification == "unverified");
    CHECK(after[0].note == "made by stipple demo");
    CHECK(after[0].hash == content_hash(samples.good.lesson, samples.good.dots));
    CHECK(after[1].verification == "legacy");
    CHECK(after[1].note == "recorded before verification");
    CHECK(after[1].hash == work_hash);
    CHECK(after[2].verification == "unverified");
    CHECK(after[2].note == "same work as attempt 2");
    CHECK(after[2].hash == work_hash);
    CHECK(after[3].verification == "legacy");
    CHECK(after[3].hash == content_hash(other.lesson, other.dots));
    CHECK(after[3].hash != work_hash);
    CHECK(after[4].verification == "legacy");  // another trainee's: counted per trainee
    CHECK(after[4].hash == work_hash);
    CHECK(after[5].verification == "unverified");
    CHECK(after[5].note == "stored attempt unreadable");
    for (size_t i = 0; i < after.size(); ++i) CHECK(after[i].registration == "reg-" + std::to_string(i + 1));

    const std::string ana_uid = name_based_uuid(db_id, "trainee/1");
    const std::string bob_uid = name_based_uuid(db_id, "trainee/2");
    CHECK(ana_uid != bob_uid);
    CHECK(after[1].uid == ana_uid);
    CHECK(after[4].uid == bob_uid);
    CHECK(after[1].cohort == "spring");
    CHECK(after[4].cohort_null);
    {
        SqlStatement uids = book.sql().query("SELECT uid FROM trainees ORDER BY id");
        REQUIRE(uids.step());
        CHECK(uids.text(0) == ana_uid);
        REQUIRE(uids.step());
        CHECK(uids.text(0) == bob_uid);
    }
    {
        SqlStatement key = book.sql().query("SELECT value FROM secrets WHERE key = 'seal_key'");
        REQUIRE(key.step());
        CHECK(seal_key_from_hex(key.text(0)));
    }
    // One trainee's same work never counts twice: making the repeat count again is refused by the index.
    CHECK_THROWS(book.sql().exec("UPDATE attempts SET verification = 'legacy' WHERE id = 3"));
    book.sql().exec("UPDATE attempts SET verification = 'unverified' WHERE id = 2");
    book.sql().exec("UPDATE attempts SET verification = 'legacy' WHERE id = 3");  // now allowed: 2 no longer counts
}
