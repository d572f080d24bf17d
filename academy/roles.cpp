// The permission table and its checks (see roles.hpp). The only place that says which role may do what.
#include "academy/roles.hpp"

#include <array>

namespace stipple {

namespace {

struct Rule {
    Permission permission;
    Role least;  // this role and every role above it
};

// The table. Roles are ordered trainee < instructor < admin; each holds everything of the roles below.
constexpr std::array<Rule, 11> kTable{{
    {Permission::see_own, Role::trainee},
    {Permission::import, Role::instructor},
    {Permission::run_exam, Role::instructor},
    {Permission::sign_off, Role::instructor},
    {Permission::export_records, Role::instructor},
    {Permission::report_all, Role::instructor},
    {Permission::manage_trainees, Role::instructor},
    {Permission::own_password, Role::instructor},
    {Permission::manage_staff, Role::admin},
    {Permission::delete_trainee, Role::admin},
    {Permission::migrate, Role::admin},
}};

int rank(Role role) { return static_cast<int>(role); }

const char* article(Role role) { return role == Role::trainee ? "a" : "an"; }

}  // namespace

const char* to_string(Role role) {
    switch (role) {
        case Role::trainee: return "trainee";
        case Role::instructor: return "instructor";
        case Role::admin: return "admin";
    }
    return "trainee";
}

std::optional<Role> role_from_string(const std::string& text) {
    for (const Role r : {Role::trainee, Role::instructor, Role::admin})
        if (text == to_string(r)) return r;
    return std::nullopt;
}

const char* to_string(Permission permission) {
    switch (permission) {
        case Permission::see_own: return "seeing your own records";
        case Permission::import: return "import";
        case Permission::run_exam: return "an exam that counts";
        case Permission::sign_off: return "sign-off";
        case Permission::export_records: return "export";
        case Permission::report_all: return "a report on every trainee";
        case Permission::manage_trainees: return "managing trainees";
        case Permission::own_password: return "changing a staff password";
        case Permission::manage_staff: return "managing staff";
        case Permission::delete_trainee: return "deleting a trainee's data";
        case Permission::migrate: return "migrate";
    }
    return "this";
}

Actor open_mode_actor() {
    Actor a;
    a.role = Role::admin;
    a.open_mode = true;
    return a;
}

Role least_role_for(Permission permission) {
    for (const Rule& r : kTable)
        if (r.permission == permission) return r.least;
    return Role::admin;  // not in the table: the most careful answer
}

bool role_allows(Role role, Permission permission) { return rank(role) >= rank(least_role_for(permission)); }

bool allowed(const Actor& actor, Permission permission) {
    if (actor.open_mode) return true;
    if (actor.login.empty()) return false;  // nobody signed in: not even their own records
    return role_allows(actor.role, permission);
}

void require(const Actor& actor, Permission permission) {
    if (allowed(actor, permission)) return;
    const Role least = least_role_for(permission);
    std::string who = actor.login.empty() ? "nobody is signed in: give --as LOGIN"
                                          : "acting as \"" + actor.login + "\", " + article(actor.role) + " " +
                                                to_string(actor.role);
    throw PermissionDenied(std::string(to_string(permission)) + " needs " + article(least) + " " + to_string(least) +
                           " (" + who + ")");
}

}  // namespace stipple
