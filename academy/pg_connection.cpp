// SqlConnection over libpq (see pg_connection.hpp).
#include "academy/pg_connection.hpp"

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <vector>

#include "scoring/input_error.hpp"

namespace stipple {

namespace {

// libpq's messages end with a newline and may span lines: one line, for one-line errors.
std::string trimmed(std::string message) {
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    std::string out;
    for (size_t i = 0; i < message.size(); ++i) {
        if (message[i] == '\n') {
            out += "; ";
            while (i + 1 < message.size() && (message[i + 1] == '\t' || message[i + 1] == ' ')) ++i;
        } else {
            out += message[i];
        }
    }
    return out;
}

// The location as shown in messages: a URL without its query (host=/tmp/... and options) and without any
// password (user:secret@ becomes user@), or a libpq string.
std::string shown_location(const std::string& location) {
    if (!is_postgresql_location(location)) return location;
    std::string shown = location.substr(0, location.find('?'));
    const size_t start = shown.find("//") + 2;
    const size_t at = shown.find('@', start);
    const size_t slash = shown.find('/', start);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
        const size_t colon = shown.find(':', start);
        if (colon != std::string::npos && colon < at) shown.erase(colon, at - colon);
    }
    return shown;
}

bool has_password(const std::string& location) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(location.c_str(), &error);
    if (!options) {
        const std::string message = error ? trimmed(error) : "cannot be parsed";
        PQfreemem(error);
        throw InputError(shown_location(location), "", "not a PostgreSQL location: " + message);
    }
    bool found = false;
    for (PQconninfoOption* o = options; o->keyword; ++o)
        if (std::string(o->keyword) == "password" && o->val && *o->val) found = true;
    PQconninfoFree(options);
    return found;
}

class PgStatement : public SqlStatementImpl {
public:
    PgStatement(PgConnection& connection, const std::string& sql) : connection_(connection) {
        int count = 0;
        sql_ = rewrite_parameters(sql, &count);
        params_.resize(static_cast<size_t>(count));
    }
    ~PgStatement() override { PQclear(result_); }

    void bind_int64(int index, int64_t value) override { slot(index) = std::to_string(value); }
    void bind_double(int index, double value) override {
        char text[40];
        std::snprintf(text, sizeof text, "%.17g", value);
        slot(index) = std::string(text);
    }
    void bind_text(int index, const std::string& value) override { slot(index) = value; }
    void bind_null(int index) override { slot(index) = std::nullopt; }

    bool step() override {
        if (!result_) run_once();
        ++row_;
        return row_ < PQntuples(result_);
    }
    bool is_null(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
    int64_t int64(int column) const override {
        return is_null(column) ? 0 : std::strtoll(PQgetvalue(result_, row_, column), nullptr, 10);
    }
    double real(int column) const override {
        return is_null(column) ? 0.0 : std::strtod(PQgetvalue(result_, row_, column), nullptr);
    }
    std::string text(int column) const override {
        if (is_null(column)) return {};
        return std::string(PQgetvalue(result_, row_, column),
                           static_cast<size_t>(PQgetlength(result_, row_, column)));
    }

private:
    std::optional<std::string>& slot(int index) {
        if (index < 1 || index > static_cast<int>(params_.size()))
            throw std::logic_error("parameter ?" + std::to_string(index) + " is not in \"" + sql_.substr(0, 60) + "\"");
        return params_[static_cast<size_t>(index - 1)];
    }

    void run_once() {
        std::vector<const char*> values;
        for (const auto& p : params_) values.push_back(p ? p->c_str() : nullptr);
        result_ = PQexecParams(connection_.handle(), sql_.c_str(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result_);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const std::string message = trimmed(result_ ? PQresultErrorMessage(result_)
                                                        : PQerrorMessage(connection_.handle()));
            throw std::runtime_error(connection_.location() + ": " + message);
        }
    }

    PgConnection& connection_;
    std::string sql_;
    std::vector<std::optional<std::string>> params_;
    PGresult* result_ = nullptr;
    int row_ = -1;
};

}  // namespace

bool is_postgresql_location(const std::string& location) {
    return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::string rewrite_parameters(const std::string& sql, int* max_index) {
    std::string out;
    out.reserve(sql.size());
    int highest = 0;
    char quote = 0;
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            if (c == quote) quote = 0;  // a doubled quote closes and reopens: same result
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
            size_t j = i + 1;
            int n = 0;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') n = n * 10 + (sql[j++] - '0');
            out += '$';
            out += std::to_string(n);
            if (n > highest) highest = n;
            i = j - 1;
        } else {
            out += c;
        }
    }
    if (max_index) *max_index = highest;
    return out;
}

PgConnection::PgConnection(const std::string& location, const std::string& user, const std::string& password)
    : location_(shown_location(location)) {
    if (has_password(location))
        throw InputError(location_, "", "a password in the gradebook location is refused: use ~/.pgpass");
    std::vector<const char*> keys = {"dbname", "connect_timeout", "application_name"};
    std::vector<const char*> values = {location.c_str(), "10", "stipple"};
    if (!user.empty()) {
        keys.push_back("user");
        values.push_back(user.c_str());
    }
    if (!password.empty()) {
        keys.push_back("password");
        values.push_back(password.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    conn_ = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
        const std::string message = conn_ ? trimmed(PQerrorMessage(conn_)) : "out of memory";
        PQfinish(conn_);
        conn_ = nullptr;
        throw std::runtime_error(location_ + ": cannot connect: " + message);
    }
    exec("SET search_path = stipple; SET client_min_messages = warning");
}

PgConnection::~PgConnection() { PQfinish(conn_); }

std::string PgConnection::user() const { return PQuser(conn_); }

void PgConnection::exec(const std::string& sql) {
    PGresult* result = PQexec(conn_, sql.c_str());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const std::string message = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
        PQclear(result);
        throw std::runtime_error(location_ + ": " + message);
    }
    PQclear(result);
}

SqlStatement PgConnection::query(const std::string& sql) {
    return SqlStatement(std::make_unique<PgStatement>(*this, sql));
}

SqlTransaction PgConnection::write_transaction() {
    exec("BEGIN");
    return SqlTransaction(*this);
}

void PgConnection::commit_transaction() { exec("COMMIT"); }  // a failed COMMIT ends the transaction too

void PgConnection::rollback_transaction() noexcept {
    if (PQtransactionStatus(conn_) != PQTRANS_IDLE) PQclear(PQexec(conn_, "ROLLBACK"));
}

}  // namespace stipple
