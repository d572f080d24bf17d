// Who may do what: the three roles, the acting person (Actor), and the one permission table that every
// command and screen asks through require(). Open mode (a gradebook with no staff yet) is an Actor too.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace stipple {

enum class Role { trainee, instructor, admin };
const char* to_string(Role role);                                 // "trainee" | "instructor" | "admin"
std::optional<Role> role_from_string(const std::string& text);    // the same words; nullopt otherwise

enum class Permission {
    see_own,         // a trainee's own attempts, progress and report
    import,          // record attempt files into the gradebook
    run_exam,        // start an exam that counts
    sign_off,        // sign off proficiency, comment on attempts
    export_records,  // CSV and xAPI exports of the records
    report_all,      // reports and progress over every trainee
    manage_trainees, // add, rename, archive trainees, set their PINs
    own_password,    // a staff member changing their own password
    manage_staff,    // add, archive staff, set their passwords
    delete_trainee,  // erase a trainee's data
    migrate,         // copy the gradebook to another backend
};
const char* to_string(Permission permission);  // "import", "export" ... as the refusal names it

struct Actor {
    Role role = Role::trainee;
    std::string login;          // staff login, or the trainee's name; "" in open mode
    std::string subject;        // "staff/<id>" | "trainee/<id>"; "" in open mode
    bool open_mode = false;     // the gradebook has no staff yet: everything is allowed (with a warning)
};

// The actor of a gradebook with no staff: may do everything, as before roles existed.
Actor open_mode_actor();

// True when `role` holds `permission` in the table (roles.cpp).
bool role_allows(Role role, Permission permission);
// The least role that holds `permission` (instructor or admin, or trainee for see_own).
Role least_role_for(Permission permission);
bool allowed(const Actor& actor, Permission permission);  // open mode, or signed in and role_allows

// Thrown by require(): "export needs an instructor (acting as \"ana\", a trainee)". Commands exit 2 on it.
class PermissionDenied : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws PermissionDenied unless allowed(actor, permission).
void require(const Actor& actor, Permission permission);

}  // namespace stipple
