// PostgreSQL roles and row-level security for one gradebook. Roles are cluster-wide, so every name carries
// the gradebook's prefix <p> (meta role_prefix, default "stipple_"): NOLOGIN groups <p>owner (owns every
// object), <p>admin, <p>instructor, <p>trainee; logins <p>t<id> (trainees) and <p>s<id> (staff).
// A trainee's connection sees only their own rows, even with psql: RLS is ENABLEd and FORCEd.
#pragma once

#include <string>

#include "academy/sql_connection.hpp"

namespace stipple {

class PgConnection;

// The prefix a new gradebook takes: $STIPPLE_PG_ROLE_PREFIX, else "stipple_". 1-40 of [a-z0-9_].
std::string new_role_prefix();

// Before the migration steps, in the migration's transaction: creates the groups, lets the connecting role
// act as <p>owner and SETs ROLE to it, so every object the steps create belongs to <p>owner.
void begin_pg_migration(SqlConnection& sql, const std::string& role_prefix);
// After them: grants, policies and triggers for every table present (B's and D's included once they
// exist), then RESET ROLE. Safe to run again.
void finish_pg_migration(SqlConnection& sql, const std::string& role_prefix);

// The role prefix of an open PostgreSQL gradebook (meta role_prefix).
std::string gradebook_role_prefix(SqlConnection& sql);

// Creates or updates the login role "<p>t<id>" (group "trainee") or "<p>s<id>" (group "instructor" or
// "admin") with a SCRAM verifier made on the client (the password is never sent or logged in plain text),
// and returns its name. Trainees: trainees.login_role is set. Needs CREATEROLE.
std::string set_pg_login(PgConnection& pg, const std::string& kind, int64_t id, const std::string& group,
                         const std::string& password);

}  // namespace stipple
