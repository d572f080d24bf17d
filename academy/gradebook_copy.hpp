// Copies a whole SQLite gradebook into an empty PostgreSQL one (`stipple academy migrate`), keeping every
// id, then verifies it row by row before committing: text equal, doubles bit-equal.
#pragma once

#include <cstdint>

#include "academy/gradebook.hpp"

namespace stipple {

struct CopyReport {
    int64_t rows = 0;      // rows copied and verified
    int tables = 0;        // tables copied
    int64_t trainees = 0;  // trainees, each needing a PIN on the new gradebook (argon2 cannot become SCRAM)
};

// `source` is an SQLite gradebook at the current schema, `target` a PostgreSQL one at the current schema
// with no trainees, cohorts, lessons or attempts (else InputError "TARGET: not empty ..."). All in one
// target transaction: any difference rolls back with InputError naming the table, id and column.
CopyReport copy_gradebook(const Gradebook& source, Gradebook& target);

}  // namespace stipple
