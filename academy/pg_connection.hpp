// SqlConnection over libpq (the PostgreSQL backend): ?N parameters become $N, values travel as text
// (doubles as %.17g, read back with strtod: exact), search_path is the gradebook's schema "stipple".
#pragma once

#include <string>

#include "academy/sql_connection.hpp"

struct pg_conn;

namespace stipple {

// True for postgresql:// and postgres:// locations.
bool is_postgresql_location(const std::string& location);

// "?1 ... ?12" -> "$1 ... $12" outside '...' and "..." quotes; *max_index gets the largest N (0 if none).
std::string rewrite_parameters(const std::string& sql, int* max_index);

class PgConnection : public SqlConnection {
public:
    // Connects (connect_timeout 10 s) to a postgresql:// URL or a libpq "key=value" string. A password inside
    // the location is refused ("use ~/.pgpass"); it comes from ~/.pgpass, PGPASSWORD or `password`.
    // Throws InputError "LOCATION: cannot connect: ..." on failure.
    explicit PgConnection(const std::string& location, const std::string& user = "",
                          const std::string& password = "");
    ~PgConnection() override;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    std::string backend() const override { return "postgresql"; }
    std::string location() const override { return location_; }
    void exec(const std::string& sql) override;
    SqlStatement query(const std::string& sql) override;
    SqlTransaction write_transaction() override;

    pg_conn* handle() const { return conn_; }
    std::string user() const;  // the role this connection authenticated as

protected:
    void commit_transaction() override;
    void rollback_transaction() noexcept override;

private:
    pg_conn* conn_ = nullptr;
    std::string location_;
};

}  // namespace stipple
