// Copying an SQLite gradebook into PostgreSQL, verified row by row (see gradebook_copy.hpp).
#include "academy/gradebook_copy.hpp"

#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "scoring/input_error.hpp"

namespace stipple {

namespace {

enum class Kind { Int, Real, Text };

struct Column {
    std::string name;
    Kind kind = Kind::Text;
};

// Tables in an order that satisfies every REFERENCES: parents first, then the rest by name.
std::vector<std::string> tables_in_order(SqlConnection& source) {
    const std::vector<std::string> first = {"meta", "secrets", "cohorts", "trainees", "lessons", "attempts"};
    std::vector<std::string> all;
    SqlStatement q = source.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "ORDER BY name");
    while (q.step()) all.push_back(q.text(0));
    std::vector<std::string> out;
    for (const auto& t : first)
        for (const auto& a : all)
            if (a == t) out.push_back(t);
    for (const auto& a : all) {
        bool listed = false;
        for (const auto& t : first) listed = listed || a == t;
        if (!listed) out.push_back(a);
    }
    return out;
}

// The source's columns, typed by the target's column types.
std::vector<Column> columns_of(SqlConnection& source, SqlConnection& target, const std::string& table) {
    std::map<std::string, std::string> target_types;
    SqlStatement t = target.query("SELECT column_name, data_type FROM information_schema.columns "
                                  "WHERE table_schema = 'stipple' AND table_name = ?1");
    t.bind(1, table);
    while (t.step()) target_types[t.text(0)] = t.text(1);
    if (target_types.empty())
        throw InputError(target.location(), "", "has no table \"" + table + "\" (is it at this program's schema?)");
    std::vector<Column> out;
    SqlStatement q = source.query("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    q.bind(1, table);
    while (q.step()) {
        const std::string name = q.text(0);
        const auto type = target_types.find(name);
        if (type == target_types.end())
            throw InputError(target.location(), "", "table \"" + table + "\" has no column \"" + name + "\"");
        const Kind kind = type->second == "bigint" || type->second == "integer" ? Kind::Int
                          : type->second == "double precision"                  ? Kind::Real
                                                                                 : Kind::Text;
        out.push_back({name, kind});
    }
    return out;
}

std::string select_all(const std::string& table, const std::vector<Column>& columns, bool has_id) {
    std::string sql = "SELECT ";
    for (size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + columns[i].name;
    // The PostgreSQL gradebook's own role prefix is not the source's to compare.
    const std::string where = table == "meta" ? " WHERE key <> 'role_prefix'" : "";
    return sql + " FROM " + table + where + " ORDER BY " + (has_id ? "id" : columns[0].name);
}

bool same_value(const SqlStatement& a, const SqlStatement& b, int i, Kind kind) {
    if (a.is_null(i) || b.is_null(i)) return a.is_null(i) == b.is_null(i);
    if (kind == Kind::Int) return a.int64(i) == b.int64(i);
    if (kind == Kind::Real) {
        const double x = a.real(i), y = b.real(i);
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a.text(i) == b.text(i);
}

}  // namespace

CopyReport copy_gradebook(const Gradebook& source_book, Gradebook& target_book) {
    SqlConnection& source = source_book.sql();
    SqlConnection& target = target_book.sql();
    if (source.backend() != "sqlite" || target.backend() != "postgresql")
        throw InputError(target.location(), "", "migrate copies an SQLite gradebook into PostgreSQL");
    for (const char* table : {"trainees", "cohorts", "lessons", "attempts"}) {
        SqlStatement q = target.query(std::string("SELECT count(*) FROM ") + table);
        q.step();
        if (q.int64(0) != 0)
            throw InputError(target.location(), "", std::string("not empty (") + table +
                                                        " has rows): migrate only into a new gradebook");
    }
    CopyReport report;
    SqlTransaction tx = target.write_transaction();
    const std::vector<std::string> tables = tables_in_order(source);
    // The new gradebook's own identity rows give way to the source's (registrations and seals stay valid);
    // its role prefix stays, since its roles are already made.
    target.exec("DELETE FROM meta WHERE key <> 'role_prefix'");
    for (const auto& table : tables)
        if (table == "secrets") target.exec("DELETE FROM secrets");

    for (const auto& table : tables) {
        const std::vector<Column> columns = columns_of(source, target, table);
        bool has_id = false;
        for (const auto& c : columns) has_id = has_id || c.name == "id";
        std::string insert = "INSERT INTO " + table + " (";
        std::string values;
        for (size_t i = 0; i < columns.size(); ++i) {
            insert += (i ? ", " : "") + columns[i].name;
            values += (i ? ", ?" : "?") + std::to_string(i + 1);
        }
        insert += ") VALUES (" + values + ")";
        SqlStatement rows = source.query(select_all(table, columns, has_id));
        while (rows.step()) {
            SqlStatement out = target.query(insert);
            for (size_t i = 0; i < columns.size(); ++i) {
                const int at = static_cast<int>(i);
                if (rows.is_null(at)) out.bind_null(at + 1);
                else if (columns[i].kind == Kind::Int) out.bind(at + 1, rows.int64(at));
                else if (columns[i].kind == Kind::Real) out.bind(at + 1, rows.real(at));
                else out.bind(at + 1, rows.text(at));
            }
            out.run();
        }
        if (has_id)
            target.exec("SELECT setval(pg_get_serial_sequence('stipple." + table + "', 'id'), "
                        "(SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + "), false)");

        // Verify: the same rows in the same order, value for value.
        SqlStatement a = source.query(select_all(table, columns, has_id));
        SqlStatement b = target.query(select_all(table, columns, has_id));
        int64_t n = 0;
        while (true) {
            const bool more_a = a.step(), more_b = b.step();
            if (!more_a && !more_b) break;
            if (more_a != more_b)
                throw InputError(target.location(), "", "verification failed: table " + table + " has " +
                                                            (more_a ? "fewer" : "more") + " rows than the source");
            for (size_t i = 0; i < columns.size(); ++i)
                if (!same_value(a, b, static_cast<int>(i), columns[i].kind))
                    throw InputError(target.location(), "",
                                     "verification failed: table " + table + ", " +
                                         (has_id ? "id " + std::to_string(a.int64(0)) : "row " + std::to_string(n + 1)) +
                                         ", column " + columns[i].name + " differs; nothing was copied");
            ++n;
        }
        report.rows += n;
        report.tables += 1;
        if (table == "trainees") report.trainees = n;
    }
    tx.commit();
    return report;
}

}  // namespace stipple
