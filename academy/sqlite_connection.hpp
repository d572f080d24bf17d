// SqlConnection over one sqlite3 handle (the embedded backend), built on the helpers in sqlite_db.hpp.
#pragma once

#include <string>

#include "academy/sql_connection.hpp"

struct sqlite3;

namespace stipple {

class SqliteConnection : public SqlConnection {
public:
    // Takes ownership of `db` when `owned` (closed in the destructor); tests pass a borrowed handle.
    // A read-only connection refuses write transactions with "read-only here: ask the gradebook's owner".
    SqliteConnection(sqlite3* db, std::string path, bool owned = true, bool read_only = false);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    std::string backend() const override { return "sqlite"; }
    std::string location() const override { return path_; }
    void exec(const std::string& sql) override;
    SqlStatement query(const std::string& sql) override;
    SqlTransaction write_transaction() override;

    sqlite3* handle() const { return db_; }

protected:
    void commit_transaction() override;
    void rollback_transaction() noexcept override;

private:
    sqlite3* db_;
    std::string path_;
    bool owned_;
    bool read_only_;
};

}  // namespace stipple
