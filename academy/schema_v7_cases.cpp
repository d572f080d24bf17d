// Gradebook migration to schema 7 (issue 14, part G): case_steps, one row per step of a trainee's run through a
// case (question steps, the numbing wait, design/session/touch-up steps pointing at their attempt). Portable DDL:
// the {id} {real} {int} tokens run on SQLite and PostgreSQL; row-level security is added by pg_roles.cpp.
#include "academy/gradebook_schema.hpp"

namespace stipple {

void migrate_to_v7(SqlConnection& sql) {
    sql.exec(sql.ddl(R"SQL(
CREATE TABLE case_steps (
    id {id},
    trainee_id {int} NOT NULL REFERENCES trainees(id),
    trainee_uid TEXT NOT NULL,
    case_id TEXT NOT NULL CHECK (length(case_id) BETWEEN 1 AND 64),
    case_title TEXT NOT NULL,
    run_id TEXT NOT NULL CHECK (length(run_id) = 36),
    step_id TEXT NOT NULL CHECK (length(step_id) BETWEEN 1 AND 64),
    kind TEXT NOT NULL CHECK (kind IN ('consultation', 'precare', 'setup', 'numbing', 'design', 'session',
                                       'touchup', 'aftercare')),
    score {real} NOT NULL CHECK (score >= 0 AND score <= 100),
    passed {int} NOT NULL CHECK (passed IN (0, 1)),
    detail_json TEXT NOT NULL,
    attempt_id {int} REFERENCES attempts(id),
    finished TEXT NOT NULL,
    recorded TEXT NOT NULL,
    CHECK (attempt_id IS NULL OR kind IN ('design', 'session', 'touchup'))
);
CREATE UNIQUE INDEX case_steps_once ON case_steps (trainee_id, run_id, step_id);
CREATE INDEX case_steps_by_case ON case_steps (case_id, trainee_id, id);
CREATE INDEX case_steps_by_attempt ON case_steps (attempt_id);
)SQL"));
}

}  // namespace stipple
