// The gradebook's schema versions and the migrations between them (PRAGMA user_version is the version).
#pragma once

#include <sqlite3.h>

namespace stipple {

// 1: meta, trainees, lessons as recorded, attempts.
// 2: cohorts; per attempt a registration UUID, component scores, dot count and duration (back-filled).
// 3: durations re-derived as the attempt's own clock at its last dot (attempt_duration_s), as its replay lasts.
inline constexpr int kGradebookSchemaVersion = 3;

// Runs the steps from `from_version` up to `to_version` in the caller's write transaction, then sets
// user_version and application_id. Version 0 is an empty file.
void migrate_gradebook(sqlite3* db, int from_version, int to_version);

}  // namespace stipple
