// PostgreSQL roles and row-level security: a trainee's own connection (her login role and password, as psql
// would use them) reads only her rows and cannot change or forge scores; an instructor sees everyone.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <functional>

#include "academy/gradebook_schema.hpp"
#include "academy/pg_connection.hpp"
#include "academy/pg_roles.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"

using namespace stipple;

namespace {

bool pg_server_up() {
    if (!test::test_pg_admin().empty()) return true;
    if (std::getenv("STIPPLE_REQUIRE_PG")) FAIL("STIPPLE_REQUIRE_PG is set but no PostgreSQL test server is up");
    WARN("PostgreSQL tests skipped: no test server (scripts/pg_test_server.sh starts one)");
    return false;
}


}  // namespace

TEST_CASE("PostgreSQL: a trainee's connection sees and writes only her own rows") {
    if (!pg_server_up()) return;
    const auto samples = test::make_samples();
    test::TestGradebook where("postgresql");
    std::string ana_role, ines_role;
    int64_t bob_id = 0;
    {
        Gradebook book = where.open();
        const Trainee ana = book.add_trainee("ana");
        const Trainee bob = book.add_trainee("bob");
        bob_id = bob.id;
        for (int n = 0; n < 3; ++n) book.record_attempt(test::sample_record(samples, "ana", n, true));
        for (int n = 0; n < 6; ++n) book.record_attempt(test::sample_record(samples, "bob", n, n % 2 == 0));
        auto& pg = dynamic_cast<PgConnection&>(book.sql());
        ana_role = set_pg_login(pg, "t", ana.id, "trainee", "ana-pin-482913");
        ines_role = set_pg_login(pg, "s", 1, "instructor", "ines-password-1");
        CHECK(ana_role == where.role_prefix() + "t" + std::to_string(ana.id));
    }
    // The stored verifier is SCRAM, never the password.
    CHECK(test::pg_admin_exec("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '" +
                              ana_role + "'") == "t");
    CHECK(test::pg_admin_exec("SELECT rolsuper::text || rolbypassrls::text FROM pg_roles WHERE rolname = '" +
                              ana_role + "'") == "falsefalse");

    const std::string ana_url = test::TestGradebook::url_for(where.database(), ana_role);
    CHECK_THROWS_WITH(Gradebook::open_as(ana_url, ana_role, "wrong-pin"), Catch::Contains("cannot connect"));
    Gradebook ana = Gradebook::open_as(ana_url, ana_role, "ana-pin-482913");
    CHECK(ana.attempts().size() == 3);
    CHECK(test::count_rows_in(ana, "attempts") == 3);
    CHECK(test::count_rows_in(ana, "trainees") == 1);
    CHECK(ana.trainees().size() == 1);
    CHECK_FALSE(ana.find_trainee("bob"));
    for (const auto& a : ana.attempts()) CHECK(a.trainee == "ana");

    // No edits: the score column is not hers to update, and deleting is not granted.
    CHECK_THAT(test::error_of([&] { ana.sql().exec("UPDATE attempts SET total = 100"); }),
               Catch::Contains("permission denied"));
    CHECK_THAT(test::error_of([&] { ana.sql().exec("DELETE FROM attempts"); }), Catch::Contains("permission denied"));
    CHECK_THAT(test::error_of([&] { ana.sql().exec("CREATE TABLE stipple.mine (x int)"); }),
               Catch::Contains("permission denied"));
    // A row in bob's name fails the policy's WITH CHECK.
    CHECK_THAT(test::error_of([&] {
                   ana.sql().query("INSERT INTO attempts (trainee_id, lesson_ref, mode, recorded, input_device, "
                                   "attempt_json, attempt_hash, score_json, total, passed) "
                                   "VALUES (?1, 1, 'practice', 'x', 'pen', '{}', 'forged', '{}', 100, 1)")
                       .bind(1, bob_id)
                       .run();
               }),
               Catch::Contains("row-level security"));
    // Her own attempts she records as always.
    ana.record_attempt(test::sample_record(samples, "ana", 7, true));
    CHECK(ana.attempts().size() == 4);
    CHECK(ana.attempts().back().registration.size() == 36);

    // An instructor's connection sees all 10.
    const std::string ines_url = test::TestGradebook::url_for(where.database(), ines_role);
    Gradebook ines = Gradebook::open_as(ines_url, ines_role, "ines-password-1");
    CHECK(ines.attempts().size() == 10);
    CHECK(ines.trainees().size() == 2);
}

TEST_CASE("PostgreSQL: a second gradebook on the same server cannot take another's role prefix") {
    if (!pg_server_up()) return;
    test::TestGradebook first("postgresql");
    { Gradebook book = first.open(); }
    test::TestGradebook second("postgresql");
    setenv("STIPPLE_PG_ROLE_PREFIX", first.role_prefix().c_str(), 1);
    CHECK_THROWS_WITH(second.open(), Catch::Contains("belongs to another gradebook"));
    setenv("STIPPLE_PG_ROLE_PREFIX", second.role_prefix().c_str(), 1);
    Gradebook book = second.open();
    CHECK(book.schema_version() == kGradebookSchemaVersion);
}

TEST_CASE("PostgreSQL: ?N parameters become $N outside quotes only, and a password in the URL is refused") {
    int highest = 0;
    CHECK(rewrite_parameters("SELECT '?1', \"a?2\", ?3 WHERE x = ?12 OR y = '?' || ?1", &highest) ==
          "SELECT '?1', \"a?2\", $3 WHERE x = $12 OR y = '?' || $1");
    CHECK(highest == 12);
    CHECK_THROWS_WITH(PgConnection("postgresql://ana:secret@localhost/academy"),
                      Catch::Contains("postgresql://ana@localhost/academy: a password") &&
                          Catch::Contains("use ~/.pgpass") && !Catch::Contains("secret"));
    CHECK_THROWS_WITH(PgConnection("postgresql://localhost/academy?password=secret"),
                      Catch::Contains("use ~/.pgpass") && !Catch::Contains("secret"));
    // libpq's two-line "cannot connect" becomes one line.
    CHECK_THROWS_WITH(PgConnection("postgresql:///nope?host=/nonexistent-socket-folder"),
                      Catch::Contains("postgresql:///nope: cannot connect: ") && !Catch::Contains("\n"));
    CHECK(is_postgresql_location("postgres://h/db"));
    CHECK_FALSE(is_postgresql_location("/home/ana/postgresql://x"));
}

// Needs part A's attempts.verification and part B's audit_log (migrations 4 and 5): skipped until they exist.
TEST_CASE("PostgreSQL: a forged row from a trainee's connection waits as pending; a staff edit is audited") {
    if (!pg_server_up()) return;
    const auto samples = test::make_samples();
    test::TestGradebook where("postgresql");
    std::string ana_role, ines_role;
    {
        Gradebook book = where.open();
        const Trainee ana = book.add_trainee("ana");
        book.record_attempt(test::sample_record(samples, "ana", 0, true));
        auto& pg = dynamic_cast<PgConnection&>(book.sql());
        ana_role = set_pg_login(pg, "t", ana.id, "trainee", "ana-pin-482913");
        ines_role = set_pg_login(pg, "s", 1, "instructor", "ines-password-1");
    }
    const auto has = [&](const std::string& table, const std::string& column) {
        return test::pg_admin_exec("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'stipple' "
                                   "AND table_name = '" + table + "' AND column_name = '" + column + "'",
                                   where.database()) != "0";
    };
    if (!has("attempts", "verification") || !has("audit_log", "actor")) {
        WARN("skipped: the gradebook has no attempts.verification or audit_log yet (parts A and B)");
        return;
    }
    Gradebook ana = Gradebook::open_as(test::TestGradebook::url_for(where.database(), ana_role), ana_role,
                                       "ana-pin-482913");
    SqlStatement forged = ana.sql().query(
        "INSERT INTO attempts (trainee_id, lesson_ref, mode, recorded, input_device, attempt_json, attempt_hash, "
        "score_json, total, passed, verification) VALUES (stipple_me(), 1, 'exam', 'x', 'pen', '{}', 'forged', '{}', "
        "100, 1, 'app') RETURNING verification");
    REQUIRE(forged.step());
    CHECK(forged.text(0) == "pending");

    Gradebook ines = Gradebook::open_as(test::TestGradebook::url_for(where.database(), ines_role), ines_role,
                                        "ines-password-1");
    ines.sql().exec("UPDATE attempts SET total = 99 WHERE id = 1");
    CHECK(test::pg_admin_exec("SELECT count(*) FROM stipple.audit_log WHERE action = 'update attempts' AND actor = 'pg:" +
                                  ines_role + "' AND subject = 'attempts/1'",
                              where.database()) == "1");
    // The instructor cannot remove the trace.
    CHECK_THAT(test::error_of([&] { ines.sql().exec("DELETE FROM audit_log"); }), Catch::Contains("permission denied"));
}

TEST_CASE("PostgreSQL: another program's schema, a missing STPL row and a newer schema are refused untouched") {
    if (!pg_server_up()) return;
    test::TestGradebook where("postgresql");
    test::pg_admin_exec("CREATE SCHEMA stipple; CREATE TABLE stipple.orders (id int)", where.database());
    CHECK_THROWS_WITH(where.open(), Catch::Contains("not a Stipple gradebook (schema \"stipple\" without a stipple_schema"));
    test::pg_admin_exec("CREATE TABLE stipple.stipple_schema (application TEXT PRIMARY KEY, version BIGINT)", where.database());
    CHECK_THROWS_WITH(where.open(), Catch::Contains("not a Stipple gradebook (no STPL row"));
    test::pg_admin_exec("INSERT INTO stipple.stipple_schema VALUES ('STPL', 99)", where.database());
    CHECK_THROWS_WITH(where.open(), Catch::Contains("newer than this program understands"));
    CHECK(test::pg_admin_exec("SELECT count(*) FROM pg_tables WHERE schemaname = 'stipple'", where.database()) == "2");
    test::TestGradebook empty("postgresql");
    CHECK_THROWS_WITH(Gradebook::open_existing(empty.location()), Catch::Contains("no gradebook here"));
}
