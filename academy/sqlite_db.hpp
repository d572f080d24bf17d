// Thin RAII helpers over the SQLite C API: prepared statements, exec, and IMMEDIATE write transactions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <sqlite3.h>

namespace stipple {

// Throws std::runtime_error "PATH: what: sqlite message" (the path of the connection's main database).
[[noreturn]] void throw_sqlite_error(sqlite3* db, const std::string& what);
void exec_sql(sqlite3* db, const std::string& sql);

class Statement {
public:
    Statement(sqlite3* db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const std::string& value);
    Statement& bind(int index, const char* value) { return bind(index, std::string(value)); }
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bind_text_or_null(int index, const std::string& value);  // "" -> NULL
    Statement& bind_null(int index);

    bool step();  // true while a row is available; throws on error
    void run() {
        while (step()) {
        }
    }

    bool is_null(int column) const;
    int64_t int64(int column) const;
    double real(int column) const;
    std::optional<double> optional_real(int column) const;
    std::string text(int column) const;  // "" for NULL

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE (takes the write lock at once, waiting up to the busy timeout); rolls back unless
// commit() was called.
class WriteTransaction {
public:
    explicit WriteTransaction(sqlite3* db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    sqlite3* db_;
    bool open_ = true;
};

}  // namespace stipple
