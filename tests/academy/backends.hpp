// The gradebook backends the shared academy tests run on: `GENERATE(backends())` gives SQLite always and
// PostgreSQL when a test server is up (scripts/pg_test_server.sh exports STIPPLE_TEST_PG). With
// STIPPLE_REQUIRE_PG set and no server, the PostgreSQL half fails instead of being skipped.
// TestGradebook makes a fresh location for one test: a file in a scratch folder, or a new database
// stipple_t_<pid>_<n> with role prefix t<pid>_<n>_, dropped (database and roles) afterwards.
#pragma once

#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"
#include "tests/test_support.hpp"

namespace stipple::test {

inline std::vector<std::string> backends() {
    std::vector<std::string> out = {"sqlite"};
    if (std::getenv("STIPPLE_TEST_PG")) out.push_back("postgresql");
    else if (std::getenv("STIPPLE_REQUIRE_PG")) out.push_back("postgresql (no server: STIPPLE_TEST_PG unset)");
    return out;
}

// The admin connection string of the test server (a libpq "key=value" string), or "".
inline std::string test_pg_admin() {
    const char* conninfo = std::getenv("STIPPLE_TEST_PG");
    return conninfo ? conninfo : "";
}

// Runs one statement as the test server's admin (CREATE/DROP DATABASE cannot run in a transaction).
inline std::string pg_admin_exec(const std::string& sql, const std::string& dbname = "postgres") {
    const std::string conninfo = test_pg_admin() + " dbname=" + dbname;
    PGconn* conn = PQconnectdb(conninfo.c_str());
    std::string error;
    std::string value;
    if (PQstatus(conn) != CONNECTION_OK) {
        error = PQerrorMessage(conn);
    } else {
        PGresult* r = PQexec(conn, sql.c_str());
        if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
            error = PQresultErrorMessage(r);
        else if (PQntuples(r) > 0)
            value = PQgetvalue(r, 0, 0);
        PQclear(r);
    }
    PQfinish(conn);
    if (!error.empty()) FAIL("test PostgreSQL: " << sql << ": " << error);
    return value;
}

// One option ("host", "port", "user") of the admin connection string.
inline std::string pg_admin_option(const std::string& key) {
    PQconninfoOption* options = PQconninfoParse(test_pg_admin().c_str(), nullptr);
    std::string value;
    for (PQconninfoOption* o = options; o && o->keyword; ++o)
        if (key == o->keyword && o->val) value = o->val;
    PQconninfoFree(options);
    return value;
}

inline int& pg_database_counter() {
    static int n = 0;
    return n;
}

class TestGradebook {
public:
    explicit TestGradebook(const std::string& backend) : backend_(backend) {
        if (backend == "sqlite") {
            dir_ = std::make_unique<ScratchDir>();
            location_ = (*dir_ / "g.sqlite").string();
            return;
        }
        if (test_pg_admin().empty()) FAIL("STIPPLE_REQUIRE_PG is set but no PostgreSQL test server is up");
        const std::string tag = "t" + std::to_string(getpid()) + "_" + std::to_string(++pg_database_counter());
        database_ = "stipple_" + tag;
        role_prefix_ = tag + "_";
        pg_admin_exec("CREATE DATABASE " + database_);
        location_ = url_for(database_, pg_admin_option("user"));
        setenv("STIPPLE_PG_ROLE_PREFIX", role_prefix_.c_str(), 1);
    }
    ~TestGradebook() {
        if (database_.empty()) return;
        try {
            pg_admin_exec("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
            const std::string roles = pg_admin_exec(
                "SELECT string_agg(quote_ident(rolname), ',') FROM pg_roles WHERE rolname LIKE '" + role_prefix_ + "%'");
            if (!roles.empty()) pg_admin_exec("DROP ROLE " + roles);
        } catch (...) {
        }
        unsetenv("STIPPLE_PG_ROLE_PREFIX");
    }
    TestGradebook(const TestGradebook&) = delete;
    TestGradebook& operator=(const TestGradebook&) = delete;

    // A postgresql:// URL for this test's database as `user` (the test server's socket folder as host).
    static std::string url_for(const std::string& database, const std::string& user) {
        return "postgresql:///" + database + "?host=" + pg_admin_option("host") + "&port=" + pg_admin_option("port") +
               "&user=" + user + "&sslmode=disable";
    }

    bool postgresql() const { return backend_ != "sqlite"; }
    const std::string& location() const { return location_; }
    const std::string& database() const { return database_; }
    const std::string& role_prefix() const { return role_prefix_; }
    Gradebook open() const { return Gradebook::open(location_); }

private:
    std::string backend_;
    std::unique_ptr<ScratchDir> dir_;
    std::string location_;
    std::string database_;
    std::string role_prefix_;
};

// Rows in one table, on either backend.
inline int64_t count_rows_in(const Gradebook& book, const std::string& table_and_where) {
    SqlStatement q = book.sql().query("SELECT count(*) FROM " + table_and_where);
    q.step();
    return q.int64(0);
}

}  // namespace stipple::test
