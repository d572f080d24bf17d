// The gradebook's schema versions and the migrations between them (SQLite: PRAGMA user_version; PostgreSQL:
// stipple_schema, whose baseline is version 3 in one step).
#pragma once

#include <cstdint>

#include "academy/sql_connection.hpp"

namespace stipple {

// 1: meta, trainees, lessons as recorded, attempts.
// 2: cohorts; per attempt a registration UUID, component scores, dot count and duration (back-filled).
// 3: durations re-derived as the attempt's own clock at its last dot (attempt_duration_s), as its replay lasts.
// 4: integrity: content hash, verification, trainee uid, cohort snapshot, secrets (schema_v4_integrity.cpp).
// 5: people: staff, credentials, audit log (schema_v5_people.cpp).
// 6: review: comments, sign-offs, certificates (schema_v6_review.cpp).
// 7: cases: case_steps, each step of a trainee's run through a case (schema_v7_cases.cpp).
inline constexpr int kGradebookSchemaVersion = 7;

// Runs the steps from `from_version` up to `to_version` in the caller's write transaction, then records the
// version (and on SQLite the application_id). Version 0 is an empty database.
void migrate_gradebook(SqlConnection& sql, int from_version, int to_version);

// The version the database says it has (0 for an empty one).
int gradebook_schema_version(SqlConnection& sql);

// "STPL": the application row of stipple_schema, and the PostgreSQL advisory lock migrations hold.
inline constexpr int64_t kGradebookAdvisoryLock = 0x5354504C;

// PostgreSQL: schema "stipple" at version 3 (schema_pg_baseline.cpp).
void create_pg_baseline(SqlConnection& sql);

// One step per version, each in its own file; DDL written with the ddl() tokens so it runs on both backends.
void migrate_to_v4(SqlConnection& sql);  // schema_v4_integrity.cpp (part A)
void migrate_to_v5(SqlConnection& sql);  // schema_v5_people.cpp (part B)
void migrate_to_v6(SqlConnection& sql);  // schema_v6_review.cpp (part D)
void migrate_to_v7(SqlConnection& sql);  // schema_v7_cases.cpp (issue 14, part G)

}  // namespace stipple
