// The academy's people (academy/people.hpp) on a real gradebook: open mode until the first staff member, who is
// always an admin; logins and names checked; the last admin cannot be archived; staff sign in with passwords
// (wrong ones counted, archived staff refused), cheap hashes re-made at the asked cost; the audit log; and the
// migration-5 tables. On both backends (backends.hpp). Minimum argon2 cost; times are given, never waited for.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "academy/gradebook.hpp"
#include "academy/people.hpp"
#include "academy/sql_connection.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;

namespace {
constexpr double kT0 = 1'800'000'000.0;  // 2027-01-15T08:00:00Z


std::string audit_lines(SqlConnection& sql) {
    SqlStatement q = sql.query("SELECT actor, action, subject FROM audit_log ORDER BY id");
    std::string out;
    while (q.step()) out += q.text(0) + " " + q.text(1) + " " + q.text(2) + "\n";
    return out;
}
}  // namespace

TEST_CASE("open mode until the first staff member, who is always an admin") {
    const std::string backend = GENERATE(from_range(test::backends()));
    const test::TestGradebook where(backend);
    Gradebook book = where.open();
    SqlConnection& sql = book.sql();
    CHECK_FALSE(has_staff(sql));
    const StaffMember rui = add_staff(sql, "rui", "Rui Costa", Role::instructor, open_mode_actor());
    CHECK(rui.role == Role::admin);  // asked for instructor: the first one runs the academy
    CHECK(has_staff(sql));
    const StaffMember ines = add_staff(sql, "ines", "In\xC3\xAAs", Role::instructor, open_mode_actor());
    CHECK(ines.role == Role::instructor);
    CHECK(staff_list(sql, false).size() == 2);
    CHECK(staff_list(sql, false)[0].login == "ines");  // by login

    CHECK(test::error_of([&] { add_staff(sql, "rui", "Other", Role::admin, open_mode_actor()); })
              .find("a staff member with login \"rui\" exists") != std::string::npos);
    CHECK(test::error_of([&] { add_staff(sql, "Rui", "x", Role::admin, open_mode_actor()); }).find("a login is 1 to 32") !=
          std::string::npos);
    CHECK(test::error_of([&] { add_staff(sql, "zed", "\xE2\x80\xAEzed", Role::admin, open_mode_actor()); })
              .find("text-direction overrides") != std::string::npos);
    CHECK(staff_login_fault("a.b_c-1") == "");
    CHECK(staff_login_fault("-rm") != "");
    CHECK(staff_login_fault(std::string(33, 'a')) != "");
    CHECK(staff_login_fault("") != "");
}

TEST_CASE("the last active admin cannot be archived; archiving everyone else never reopens the gradebook") {
    const std::string backend = GENERATE(from_range(test::backends()));
    const test::TestGradebook where(backend);
    Gradebook book = where.open();
    SqlConnection& sql = book.sql();
    add_staff(sql, "rui", "Rui", Role::admin, open_mode_actor());
    add_staff(sql, "ines", "Ines", Role::instructor, open_mode_actor());
    CHECK(test::error_of([&] { archive_staff(sql, "rui", true, open_mode_actor()); })
              .find("\"rui\" is the last admin") != std::string::npos);
    archive_staff(sql, "ines", true, open_mode_actor());
    CHECK(staff_list(sql, false).size() == 1);
    CHECK(staff_list(sql, true).size() == 2);
    CHECK(has_staff(sql));
    CHECK_FALSE(actor_named(sql, "ines"));  // archived: nobody signs in as them
    CHECK(test::error_of([&] { archive_staff(sql, "nobody", true, open_mode_actor()); }).find("no staff member") !=
          std::string::npos);
}

TEST_CASE("staff sign in with their password; wrong ones are counted, archived staff refused") {
    const std::string backend = GENERATE(from_range(test::backends()));
    const test::TestGradebook where(backend);
    Gradebook book = where.open();
    SqlConnection& sql = book.sql();
    const StaffMember rui = add_staff(sql, "rui", "Rui", Role::admin, open_mode_actor());
    CHECK(test::error_of([&] { authenticate(sql, "rui", "whatever1", kT0, HashCost::minimum); }) ==
          "\"rui\" has no password yet (stipple academy staff set-password LOGIN)");
    set_credential(sql, staff_subject(rui.id), "rui-admin-pass", HashCost::minimum, open_mode_actor());
    const Actor a = authenticate(sql, "rui", "rui-admin-pass", kT0, HashCost::minimum);
    CHECK(a.role == Role::admin);
    CHECK(a.login == "rui");
    CHECK(a.subject == staff_subject(rui.id));
    CHECK_FALSE(a.open_mode);
    CHECK(test::error_of([&] { authenticate(sql, "rui", "wrong-pass", kT0, HashCost::minimum); }) ==
          "wrong password (4 tries left)");
    CHECK(test::error_of([&] { authenticate(sql, "zed", "x", kT0, HashCost::minimum); }) == "no one signs in as \"zed\"");

    add_staff(sql, "ines", "Ines", Role::admin, a);
    archive_staff(sql, "ines", true, a);
    CHECK(test::error_of([&] { authenticate(sql, "ines", "x", kT0, HashCost::minimum); }) == "\"ines\" is archived");
}

TEST_CASE("a hash made at another cost is re-made at the next good sign-in") {
    const std::string backend = GENERATE(from_range(test::backends()));
    const test::TestGradebook where(backend);
    Gradebook book = where.open();
    SqlConnection& sql = book.sql();
    const Trainee ana = book.add_trainee("ana");
    set_credential(sql, trainee_subject(ana.id), "482913", HashCost::minimum, open_mode_actor());
    auto stored = [&] {
        SqlStatement q = sql.query("SELECT pw_hash FROM credentials WHERE subject = ?1");
        q.bind(1, trainee_subject(ana.id));
        REQUIRE(q.step());
        return q.text(0);
    };
    const std::string cheap = stored();
    authenticate_trainee(sql, "ana", "482913", kT0, HashCost::minimum);
    CHECK(stored() == cheap);  // same cost: kept
    CHECK(authenticate_trainee(sql, "ana", "482913", kT0, HashCost::interactive).role == Role::trainee);
    CHECK(stored() != cheap);  // re-made
    CHECK_FALSE(needs_rehash(stored(), HashCost::interactive));
    CHECK(authenticate_trainee(sql, "ana", "482913", kT0, HashCost::interactive).login == "ana");
}

TEST_CASE("every change to people is in the audit log with who did it") {
    const std::string backend = GENERATE(from_range(test::backends()));
    const test::TestGradebook where(backend);
    Gradebook book = where.open();
    SqlConnection& sql = book.sql();
    const StaffMember rui = add_staff(sql, "rui", "Rui", Role::admin, open_mode_actor());
    set_credential(sql, staff_subject(rui.id), "rui-admin-pass", HashCost::minimum, open_mode_actor());
    const Actor a = authenticate(sql, "rui", "rui-admin-pass", kT0, HashCost::minimum);
    const Trainee ana = book.add_trainee("ana");
    set_credential(sql, trainee_subject(ana.id), "482913", HashCost::minimum, a);
    for (int i = 0; i < kMaxFailedSignIns; ++i)
        test::error_of([&] { authenticate_trainee(sql, "ana", "000000", kT0, HashCost::minimum); });
    CHECK(audit_lines(sql) ==
          "open staff add staff/1\n"
          "open set secret staff/1\n"
          "staff/1 set secret trainee/1\n"
          "trainee/1 locked trainee/1\n");
}

TEST_CASE("migration 5 leaves every gradebook in open mode with empty people tables") {
    const std::string backend = GENERATE(from_range(test::backends()));
    const test::TestGradebook where(backend);
    Gradebook book = where.open();
    SqlConnection& sql = book.sql();
    for (const char* table : {"staff", "credentials", "audit_log"}) {
        SqlStatement q = sql.query(std::string("SELECT COUNT(*) FROM ") + table);
        REQUIRE(q.step());
        CHECK(q.int64(0) == 0);
    }
    SqlStatement role = sql.query("SELECT COUNT(login_role) FROM trainees");
    REQUIRE(role.step());
    CHECK(role.int64(0) == 0);
    // The table refuses what the code never writes: an unknown role, a subject of another kind.
    CHECK_THROWS(sql.exec("INSERT INTO staff (login, name, role, created) VALUES ('x', 'x', 'owner', '')"));
    CHECK_THROWS(sql.exec("INSERT INTO credentials (subject, pw_hash, set_at) VALUES ('root', 'h', '')"));
}
