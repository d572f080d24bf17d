// The permission table (academy/roles.cpp), row by row, and require()'s refusals in words.
#include <catch2/catch.hpp>

#include <string>

#include "academy/roles.hpp"

using namespace stipple;

namespace {
Actor acting(Role role, const std::string& login) {
    Actor a;
    a.role = role;
    a.login = login;
    a.subject = std::string(role == Role::trainee ? "trainee/" : "staff/") + "1";
    return a;
}
std::string refusal(const Actor& actor, Permission p) {
    try {
        require(actor, p);
    } catch (const PermissionDenied& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("the permission table: who may do what") {
    using P = Permission;
    // trainee: only their own records
    CHECK(role_allows(Role::trainee, P::see_own));
    for (const P p : {P::import, P::run_exam, P::sign_off, P::export_records, P::report_all, P::manage_trainees,
                      P::own_password, P::manage_staff, P::delete_trainee, P::migrate})
        CHECK_FALSE(role_allows(Role::trainee, p));
    // instructor: the teaching work, not the staff list, deletion or migration
    for (const P p : {P::see_own, P::import, P::run_exam, P::sign_off, P::export_records, P::report_all,
                      P::manage_trainees, P::own_password})
        CHECK(role_allows(Role::instructor, p));
    for (const P p : {P::manage_staff, P::delete_trainee, P::migrate}) CHECK_FALSE(role_allows(Role::instructor, p));
    // admin: everything
    for (const P p : {P::see_own, P::import, P::run_exam, P::sign_off, P::export_records, P::report_all,
                      P::manage_trainees, P::own_password, P::manage_staff, P::delete_trainee, P::migrate})
        CHECK(role_allows(Role::admin, p));
    CHECK(least_role_for(P::import) == Role::instructor);
    CHECK(least_role_for(P::migrate) == Role::admin);
    CHECK(least_role_for(P::see_own) == Role::trainee);
}

TEST_CASE("require() refuses in words that name the need and the actor") {
    CHECK(refusal(acting(Role::trainee, "ana"), Permission::export_records) ==
          "export needs an instructor (acting as \"ana\", a trainee)");
    CHECK(refusal(acting(Role::instructor, "rui"), Permission::manage_staff) ==
          "managing staff needs an admin (acting as \"rui\", an instructor)");
    CHECK(refusal(acting(Role::instructor, "rui"), Permission::import) == "");
    CHECK(refusal(Actor{}, Permission::import) == "import needs an instructor (nobody is signed in: give --as LOGIN)");
    CHECK(refusal(Actor{}, Permission::see_own) != "");  // nobody signed in sees nothing
}

TEST_CASE("open mode (no staff yet) allows everything; roles round-trip through their words") {
    const Actor open = open_mode_actor();
    CHECK(open.open_mode);
    for (const Permission p : {Permission::import, Permission::manage_staff, Permission::migrate})
        CHECK(allowed(open, p));
    for (const Role r : {Role::trainee, Role::instructor, Role::admin}) CHECK(role_from_string(to_string(r)) == r);
    CHECK_FALSE(role_from_string("Admin"));
    CHECK_FALSE(role_from_string(""));
}
