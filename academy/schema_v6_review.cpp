// Gradebook migration to schema 6 (review, part D): comments on attempts (optionally at a place on the scalp,
// in mm), sign-offs of lessons (with the attempts they rest on) and certificates (a snapshot of what was
// printed, a serial, revocable). Portable DDL: the {id} {real} {int} tokens run on SQLite and PostgreSQL.
#include "academy/gradebook_schema.hpp"

namespace stipple {

void migrate_to_v6(SqlConnection& sql) {
    sql.exec(sql.ddl(R"SQL(
CREATE TABLE comments (
    id {id},
    attempt_id {int} NOT NULL REFERENCES attempts(id),
    author TEXT NOT NULL,
    author_name TEXT NOT NULL,
    created TEXT NOT NULL,
    x_mm {real},
    y_mm {real},
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    CHECK ((x_mm IS NULL) = (y_mm IS NULL))
);
CREATE INDEX comments_by_attempt ON comments (attempt_id, id);
CREATE TABLE signoffs (
    id {id},
    trainee_id {int} NOT NULL REFERENCES trainees(id),
    lesson_id TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_by_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    basis TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    revoked_at TEXT,
    revoked_by TEXT
);
CREATE UNIQUE INDEX signoffs_live ON signoffs (trainee_id, lesson_id) WHERE revoked_at IS NULL;
CREATE TABLE certificates (
    id {id},
    serial TEXT NOT NULL UNIQUE,
    trainee_id {int} NOT NULL REFERENCES trainees(id),
    curriculum_title TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    issued_by_name TEXT NOT NULL,
    contents TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
);
CREATE UNIQUE INDEX certificates_live ON certificates (trainee_id, curriculum_title) WHERE revoked_at IS NULL;
)SQL"));
}

}  // namespace stipple
