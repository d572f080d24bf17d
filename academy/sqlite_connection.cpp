// SqlConnection over SQLite: statements are sqlite_db's Statement; write transactions are BEGIN IMMEDIATE.
#include "academy/sqlite_connection.hpp"

#include <sqlite3.h>

#include "academy/sqlite_db.hpp"
#include "scoring/input_error.hpp"

namespace stipple {

namespace {

class SqliteStatement : public SqlStatementImpl {
public:
    SqliteStatement(sqlite3* db, const std::string& sql) : statement_(db, sql) {}
    void bind_int64(int index, int64_t value) override { statement_.bind(index, value); }
    void bind_double(int index, double value) override { statement_.bind(index, value); }
    void bind_text(int index, const std::string& value) override { statement_.bind(index, value); }
    void bind_null(int index) override { statement_.bind_null(index); }
    bool step() override { return statement_.step(); }
    bool is_null(int column) const override { return statement_.is_null(column); }
    int64_t int64(int column) const override { return statement_.int64(column); }
    double real(int column) const override { return statement_.real(column); }
    std::string text(int column) const override { return statement_.text(column); }

private:
    Statement statement_;
};

}  // namespace

SqliteConnection::SqliteConnection(sqlite3* db, std::string path, bool owned, bool read_only)
    : db_(db), path_(std::move(path)), owned_(owned), read_only_(read_only) {}

SqliteConnection::~SqliteConnection() {
    if (owned_) sqlite3_close_v2(db_);
}

void SqliteConnection::exec(const std::string& sql) { exec_sql(db_, sql); }

SqlStatement SqliteConnection::query(const std::string& sql) {
    return SqlStatement(std::make_unique<SqliteStatement>(db_, sql));
}

SqlTransaction SqliteConnection::write_transaction() {
    if (read_only_) throw InputError(path_, "", "read-only here: ask the gradebook's owner");
    exec_sql(db_, "BEGIN IMMEDIATE");
    return SqlTransaction(*this);
}

void SqliteConnection::commit_transaction() {
    try {
        exec_sql(db_, "COMMIT");
    } catch (...) {
        if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void SqliteConnection::rollback_transaction() noexcept {
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

}  // namespace stipple
