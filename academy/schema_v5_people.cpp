// Gradebook migration to schema 5 (people, part B): staff, credentials, audit log.
#include "academy/gradebook_schema.hpp"

namespace stipple {

void migrate_to_v5(SqlConnection& /*sql*/) {}

}  // namespace stipple
