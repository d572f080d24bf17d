// Migration 5, people (plan section 1): staff, the credentials of staff and trainees, the audit log, and the
// PostgreSQL role a trainee's own connection uses (trainees.login_role; NULL on SQLite). Portable DDL: the {id}
// and {int} tokens are expanded by SqlConnection::ddl() for SQLite and PostgreSQL alike. No rows exist before
// it, so there is nothing to back-fill: a migrated gradebook has no staff and stays in open mode.
#include "academy/gradebook_schema.hpp"
#include "academy/sql_connection.hpp"

namespace stipple {

void migrate_to_v5(SqlConnection& db) {
    db.exec(db.ddl(R"SQL(
        CREATE TABLE staff (
            id {id},
            login TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('instructor', 'admin')),
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created TEXT NOT NULL
        );
        CREATE TABLE credentials (
            subject TEXT PRIMARY KEY CHECK (subject LIKE 'trainee/%' OR subject LIKE 'staff/%'),
            pw_hash TEXT NOT NULL,
            set_at TEXT NOT NULL,
            failed_count {int} NOT NULL DEFAULT 0,
            locked_until TEXT
        );
        CREATE TABLE audit_log (
            id {id},
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_log_subject ON audit_log (subject, at);
        ALTER TABLE trainees ADD COLUMN login_role TEXT;
    )SQL"));
}

}  // namespace stipple
