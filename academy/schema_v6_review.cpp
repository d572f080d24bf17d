// Gradebook migration to schema 6 (review, part D): comments, sign-offs, certificates.
#include "academy/gradebook_schema.hpp"

namespace stipple {

void migrate_to_v6(SqlConnection& /*sql*/) {}

}  // namespace stipple
