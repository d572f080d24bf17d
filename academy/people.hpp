// The academy's people: staff (instructors and admins), the credentials of staff and trainees (argon2id
// hashes, with a lockout after 5 wrong tries for 5 minutes), authenticating a login to an Actor, and the audit
// log of who did what. Open mode: while the staff table is empty, nobody needs to sign in (roles.hpp).
// Works on either backend through SqlConnection; the tables are migration 5's (schema_v5_people.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "academy/password_hash.hpp"
#include "academy/roles.hpp"

namespace stipple {

class SqlConnection;

inline constexpr int kMaxFailedSignIns = 5;          // wrong tries in a row before the lock
inline constexpr double kLockoutSeconds = 5 * 60.0;  // how long the lock lasts

struct StaffMember {
    int64_t id = 0;
    std::string login;       // unique; lower-case letters, digits, '.', '_' and '-' (like a Unix user name)
    std::string name;        // display name (the name rule of trainee_name.hpp)
    Role role = Role::instructor;
    bool archived = false;   // archived staff cannot sign in
    std::string created;     // ISO 8601 UTC
};

// "" when `login` is 1 to 32 of [a-z0-9._-] starting with a letter or digit, else why not.
std::string staff_login_fault(const std::string& login);

// "staff/<id>" and "trainee/<id>": the subjects of credentials and audit lines.
std::string staff_subject(int64_t id);
std::string trainee_subject(int64_t id);

// True once any staff member exists (archived ones too: archiving everyone never reopens the gradebook).
bool has_staff(SqlConnection& db);

// Adds a staff member. The first one is always an admin (whatever `role` says), so the gradebook can never
// hold staff and no admin. InputError-free: std::invalid_argument for a bad login or name or a taken login.
StaffMember add_staff(SqlConnection& db, const std::string& login, const std::string& name, Role role,
                      const Actor& by);
std::vector<StaffMember> staff_list(SqlConnection& db, bool include_archived);
std::optional<StaffMember> find_staff(SqlConnection& db, const std::string& login);
// Archives (or restores) a staff member; refuses to archive the last active admin. On PostgreSQL their login
// role becomes NOLOGIN (LOGIN again when restored) in the same transaction.
void archive_staff(SqlConnection& db, const std::string& login, bool archived, const Actor& by);

// Stores the hash of `secret` for `subject` (a staff or trainee subject), clearing any lockout.
// On PostgreSQL it also creates or updates the person's login role (<p>t<id> or <p>s<id>) with the same secret.
void set_credential(SqlConnection& db, const std::string& subject, const std::string& secret, HashCost cost,
                    const Actor& by);
bool has_credential(SqlConnection& db, const std::string& subject);
// The PostgreSQL login role of a signed-in actor ("" on SQLite or in open mode): Gradebook::open_as takes it.
std::string login_role_of(SqlConnection& db, const Actor& actor);
// PostgreSQL: makes the signed-in actor's login role when it is missing (a gradebook copied by `academy
// migrate` keeps the argon2 hashes, but login roles need the secret itself). Needs CREATEROLE. No-op on SQLite.
void ensure_pg_login(SqlConnection& db, const Actor& actor, const std::string& secret);
bool any_trainee_credential(SqlConnection& db);  // do PINs exist at all?

// Thrown when a login fails: unknown login, wrong secret ("wrong PIN (3 tries left)"), locked
// ("locked until 10:42 UTC after 5 wrong tries"), archived, or no secret set yet.
class SignInRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Checks `secret` for `login` (a staff login first, else a trainee's name) at time `now_s` (Unix seconds),
// counting failures and locking the account after kMaxFailedSignIns; a success clears the count and
// re-hashes at `cost` when the stored hash was made at another cost. Returns the signed-in Actor.
Actor authenticate(SqlConnection& db, const std::string& login, const std::string& secret, double now_s,
                   HashCost cost = HashCost::interactive);

// authenticate() for a trainee's name only (never a staff login of the same spelling): the app's sign-in and
// `practice --exam`.
Actor authenticate_trainee(SqlConnection& db, const std::string& name, const std::string& pin, double now_s,
                           HashCost cost = HashCost::interactive);

// The Actor a login names without checking any secret (for open mode and for "who would this be").
std::optional<Actor> actor_named(SqlConnection& db, const std::string& login);

// Appends one line to the audit log: when, who (the actor's subject, or "open" in open mode), what, on whom.
void audit(SqlConnection& db, const Actor& by, const std::string& action, const std::string& subject,
           const std::string& detail = "");

}  // namespace stipple
