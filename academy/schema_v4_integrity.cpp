// Gradebook migration to schema 4 (integrity, part A): content hash, verification, trainee uid, cohort snapshot,
// secrets (the seal key); demo-made and repeated attempts become unverified (academy/README.md "Trustworthy
// attempts"). Portable SQL: the same step runs on SQLite and PostgreSQL.
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "academy/attempt_seal.hpp"
#include "academy/canonical_dots.hpp"
#include "academy/gradebook_schema.hpp"
#include "academy/sha256.hpp"
#include "academy/uuid.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/json_reader.hpp"

namespace stipple {

void migrate_to_v4(SqlConnection& sql) {
    sql.exec(sql.ddl(R"sql(
        ALTER TABLE attempts ADD COLUMN content_hash TEXT;
        ALTER TABLE attempts ADD COLUMN verification TEXT NOT NULL DEFAULT 'legacy'
            CHECK (verification IN ('app', 'sealed', 'pending', 'unverified', 'legacy'));
        ALTER TABLE attempts ADD COLUMN verification_note TEXT NOT NULL DEFAULT '';
        ALTER TABLE attempts ADD COLUMN trainee_uid TEXT;
        ALTER TABLE attempts ADD COLUMN cohort_at_record TEXT;
        ALTER TABLE trainees ADD COLUMN uid TEXT;
        CREATE TABLE secrets (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        DROP INDEX attempts_once;
    )sql"));
    std::string database_id;
    {
        SqlStatement q = sql.query("SELECT value FROM meta WHERE key = 'database_id'");
        if (!q.step()) throw std::runtime_error("gradebook meta table has no database_id");
        database_id = q.text(0);
    }
    sql.query("INSERT INTO secrets (key, value) VALUES ('seal_key', ?1)").bind(1, new_seal_key_hex()).run();

    // Trainees: a uid that survives renames (xAPI actor, seals).
    std::vector<int64_t> trainee_ids;
    for (SqlStatement q = sql.query("SELECT id FROM trainees ORDER BY id"); q.step();) trainee_ids.push_back(q.int64(0));
    for (const int64_t id : trainee_ids)
        sql.query("UPDATE trainees SET uid = ?1 WHERE id = ?2")
            .bind(1, name_based_uuid(database_id, "trainee/" + std::to_string(id)))
            .bind(2, id)
            .run();
    sql.exec("CREATE UNIQUE INDEX trainees_uid ON trainees (uid);");

    // Attempts, in recording order: the content hash, today's cohort as the snapshot, and the verdict.
    struct Row {
        int64_t id, trainee_id;
        std::string attempt_json, input_device, cohort, trainee_uid;
        bool no_cohort;
    };
    std::vector<Row> rows;
    for (SqlStatement q = sql.query(
             "SELECT a.id, a.trainee_id, a.attempt_json, a.input_device, c.name, t.uid FROM attempts a "
             "JOIN trainees t ON t.id = a.trainee_id LEFT JOIN cohorts c ON c.id = t.cohort_id ORDER BY a.id");
         q.step();)
        rows.push_back({q.int64(0), q.int64(1), q.text(2), q.text(3), q.is_null(4) ? "" : q.text(4), q.text(5),
                        q.is_null(4)});
    std::map<std::pair<int64_t, std::string>, int64_t> first;  // (trainee, content hash) -> first attempt id
    for (const Row& r : rows) {
        std::string hash, verification = "legacy", note = "recorded before verification";
        try {
            const std::string where = "attempt " + std::to_string(r.id);
            const Attempt a = attempt_from_json(parse_json_text(r.attempt_json, where), where);
            hash = content_hash(a);
        } catch (const std::exception&) {  // stored before the readers were this strict: keep it, never count it
            hash = "unreadable-" + sha256_hex(r.attempt_json);
            verification = "unverified";
            note = "stored attempt unreadable";
        }
        const auto [it, is_first] = first.try_emplace({r.trainee_id, hash}, r.id);
        if (r.input_device == "generated") {
            verification = "unverified";
            note = "made by stipple demo";
        } else if (!is_first && verification == "legacy") {
            verification = "unverified";
            note = "same work as attempt " + std::to_string(it->second);
        }
        SqlStatement u = sql.query(
            "UPDATE attempts SET content_hash = ?1, verification = ?2, verification_note = ?3, trainee_uid = ?4, "
            "cohort_at_record = ?5 WHERE id = ?6");
        u.bind(1, hash).bind(2, verification).bind(3, note).bind(4, r.trainee_uid);
        if (r.no_cohort) u.bind_null(5);
        else u.bind(5, r.cohort);
        u.bind(6, r.id).run();
    }
    sql.exec(
        "CREATE UNIQUE INDEX attempts_content_once ON attempts (trainee_id, content_hash) "
        "WHERE verification <> 'unverified';");
}

}  // namespace stipple
