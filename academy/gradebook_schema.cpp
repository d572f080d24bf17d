// Gradebook migrations: each step turns schema N-1 into N, data included, inside one transaction.
#include "academy/gradebook_schema.hpp"

#include <stdexcept>
#include <string>

#include "academy/attempt_columns.hpp"
#include "academy/gradebook.hpp"
#include "scoring/iso_time.hpp"
#include "academy/user_data.hpp"
#include "academy/uuid.hpp"

namespace stipple {

namespace {

void to_version_1(SqlConnection& sql) {
    sql.exec(R"sql(
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE trainees (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created TEXT NOT NULL);
        CREATE TABLE lessons (
            id INTEGER PRIMARY KEY,
            lesson_id TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            lesson_json TEXT NOT NULL,
            first_recorded TEXT NOT NULL);
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            trainee_id INTEGER NOT NULL REFERENCES trainees(id),
            lesson_ref INTEGER NOT NULL REFERENCES lessons(id),
            mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam')),
            started TEXT,
            finished TEXT,
            recorded TEXT NOT NULL,
            input_device TEXT NOT NULL,
            attempt_json TEXT NOT NULL,
            attempt_hash TEXT NOT NULL,
            score_json TEXT NOT NULL,
            total REAL NOT NULL,
            passed INTEGER NOT NULL CHECK (passed IN (0, 1)));
        CREATE UNIQUE INDEX attempts_once ON attempts (trainee_id, attempt_hash);
        CREATE INDEX attempts_by_lesson ON attempts (lesson_ref);
    )sql");
    sql.query("INSERT INTO meta (key, value) VALUES (?1, ?2)").bind(1, "database_id").bind(2, random_uuid_v4()).run();
    sql.query("INSERT INTO meta (key, value) VALUES (?1, ?2)").bind(1, "created").bind(2, now_iso8601_utc()).run();
    sql.query("INSERT INTO meta (key, value) VALUES (?1, ?2)").bind(1, "academy_home").bind(2, kDefaultAcademyHome).run();
}

void to_version_2(SqlConnection& sql) {
    sql.exec(R"sql(
        CREATE TABLE cohorts (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        ALTER TABLE trainees ADD COLUMN cohort_id INTEGER REFERENCES cohorts(id);
        ALTER TABLE attempts ADD COLUMN registration TEXT;
        ALTER TABLE attempts ADD COLUMN spacing_score REAL;
        ALTER TABLE attempts ADD COLUMN depth_score REAL;
        ALTER TABLE attempts ADD COLUMN hairline_score REAL;
        ALTER TABLE attempts ADD COLUMN dot_count INTEGER;
        ALTER TABLE attempts ADD COLUMN duration_s REAL;
    )sql");
    std::string database_id;
    {
        SqlStatement q = sql.query("SELECT value FROM meta WHERE key = 'database_id'");
        if (!q.step()) throw std::runtime_error("gradebook meta table has no database_id");
        database_id = q.text(0);
    }
    // Back-fill the new columns from the documents every attempt already stores.
    SqlStatement rows = sql.query("SELECT id, attempt_json, score_json, started, finished FROM attempts ORDER BY id");
    while (rows.step()) {
        const int64_t id = rows.int64(0);
        const AttemptColumns c = derive_attempt_columns(rows.text(1), rows.text(2), "attempt " + std::to_string(id));
        const std::optional<double> duration =
            attempt_duration_s(c, parse_iso8601(rows.text(3)), parse_iso8601(rows.text(4)));
        SqlStatement update = sql.query("UPDATE attempts SET registration = ?1, spacing_score = ?2, depth_score = ?3, "
                             "hairline_score = ?4, dot_count = ?5, duration_s = ?6 WHERE id = ?7");
        std::optional<double> hairline;
        if (c.report.hairline) hairline = c.report.hairline->score;
        update.bind(1, name_based_uuid(database_id, "attempt/" + std::to_string(id)))
            .bind(2, c.report.spacing.score)
            .bind(3, c.report.depth.score)
            .bind(4, hairline)
            .bind(5, static_cast<int64_t>(c.dot_count))
            .bind(6, duration)
            .bind(7, id)
            .run();
    }
    sql.exec("CREATE UNIQUE INDEX attempts_registration ON attempts (registration);");
}

// Durations become the attempt's own clock (attempt_duration_s: as long as its replay), for the attempts
// recorded when they were the wall time from opening the brief to finishing.
void to_version_3(SqlConnection& sql) {
    SqlStatement rows = sql.query("SELECT id, attempt_json, score_json, started, finished FROM attempts ORDER BY id");
    while (rows.step()) {
        const int64_t id = rows.int64(0);
        const AttemptColumns c = derive_attempt_columns(rows.text(1), rows.text(2), "attempt " + std::to_string(id));
        SqlStatement update = sql.query("UPDATE attempts SET duration_s = ?1 WHERE id = ?2");
        update.bind(1, attempt_duration_s(c, parse_iso8601(rows.text(3)), parse_iso8601(rows.text(4))))
            .bind(2, id)
            .run();
    }
}

}  // namespace

void migrate_gradebook(SqlConnection& sql, int from_version, int to_version) {
    if (from_version < 0 || to_version > kGradebookSchemaVersion || from_version > to_version)
        throw std::logic_error("no migration from gradebook schema " + std::to_string(from_version) + " to " +
                               std::to_string(to_version));
    const bool pg = sql.backend() == "postgresql";
    if (pg && from_version == 0 && to_version >= 3) {
        create_pg_baseline(sql);
        from_version = 3;
    } else if (pg && from_version < 3) {
        throw std::logic_error("a PostgreSQL gradebook starts at schema 3");
    }
    for (int v = from_version + 1; v <= to_version; ++v) {
        if (v == 1) to_version_1(sql);
        if (v == 2) to_version_2(sql);
        if (v == 3) to_version_3(sql);
        if (v == 4) migrate_to_v4(sql);
        if (v == 5) migrate_to_v5(sql);
        if (v == 6) migrate_to_v6(sql);
        if (v == 7) migrate_to_v7(sql);
    }
    if (pg) {
        sql.query("INSERT INTO stipple_schema (application, version) VALUES ('STPL', ?1) "
                  "ON CONFLICT (application) DO UPDATE SET version = excluded.version")
            .bind(1, static_cast<int64_t>(to_version))
            .run();
        return;
    }
    sql.exec("PRAGMA application_id = " + std::to_string(kGradebookApplicationId) +
             "; PRAGMA user_version = " + std::to_string(to_version) + ";");
}

int gradebook_schema_version(SqlConnection& sql) {
    if (sql.backend() == "postgresql") {
        SqlStatement exists = sql.query("SELECT to_regclass('stipple.stipple_schema') IS NOT NULL");
        exists.step();
        if (exists.text(0) != "t") return 0;
        SqlStatement q = sql.query("SELECT version FROM stipple_schema WHERE application = 'STPL'");
        return q.step() ? static_cast<int>(q.int64(0)) : 0;
    }
    SqlStatement q = sql.query("PRAGMA user_version");
    q.step();
    return static_cast<int>(q.int64(0));
}

}  // namespace stipple
