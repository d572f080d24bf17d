// The PostgreSQL gradebook's baseline: schema "stipple" at version 3 in one step (SQLite's steps 1-3 as
// they end up), plus stipple_schema, the table that says whose database it is and at which version.
#include <string>

#include "academy/gradebook.hpp"
#include "academy/gradebook_schema.hpp"
#include "academy/user_data.hpp"
#include "academy/uuid.hpp"

namespace stipple {

void create_pg_baseline(SqlConnection& sql) {
    sql.exec(sql.ddl(R"sql(
        CREATE SCHEMA IF NOT EXISTS stipple;
        CREATE TABLE stipple.stipple_schema (application TEXT PRIMARY KEY, version {int} NOT NULL);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE cohorts (id {id}, name TEXT NOT NULL UNIQUE);
        CREATE TABLE trainees (
            id {id},
            name TEXT NOT NULL UNIQUE,
            archived {int} NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created TEXT NOT NULL,
            cohort_id {int} REFERENCES cohorts(id));
        CREATE TABLE lessons (
            id {id},
            lesson_id TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            lesson_json TEXT NOT NULL,
            first_recorded TEXT NOT NULL);
        CREATE TABLE attempts (
            id {id},
            trainee_id {int} NOT NULL REFERENCES trainees(id),
            lesson_ref {int} NOT NULL REFERENCES lessons(id),
            mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam')),
            started TEXT,
            finished TEXT,
            recorded TEXT NOT NULL,
            input_device TEXT NOT NULL,
            attempt_json TEXT NOT NULL,
            attempt_hash TEXT NOT NULL,
            score_json TEXT NOT NULL,
            total {real} NOT NULL,
            passed {int} NOT NULL CHECK (passed IN (0, 1)),
            registration TEXT,
            spacing_score {real},
            depth_score {real},
            hairline_score {real},
            dot_count {int},
            duration_s {real});
        CREATE UNIQUE INDEX attempts_once ON attempts (trainee_id, attempt_hash);
        CREATE INDEX attempts_by_lesson ON attempts (lesson_ref);
        CREATE UNIQUE INDEX attempts_registration ON attempts (registration);
    )sql"));
    sql.query("INSERT INTO meta (key, value) VALUES (?1, ?2)").bind(1, "database_id").bind(2, random_uuid_v4()).run();
    sql.query("INSERT INTO meta (key, value) VALUES (?1, ?2)").bind(1, "created").bind(2, now_iso8601_utc()).run();
    sql.query("INSERT INTO meta (key, value) VALUES (?1, ?2)").bind(1, "academy_home").bind(2, kDefaultAcademyHome).run();
}

}  // namespace stipple
