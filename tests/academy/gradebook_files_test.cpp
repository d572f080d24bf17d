// The gradebook and files that are not (yet) ours: foreign, corrupt, newer, and schema 1 to migrate.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <filesystem>

#include "academy/gradebook_schema.hpp"
#include "academy/sqlite_connection.hpp"
#include "academy/sqlite_db.hpp"
#include "academy/uuid.hpp"
#include "academy_samples.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;
using stipple::test::read_text;
using stipple::test::ScratchDir;
using stipple::test::write_text;

namespace {

std::vector<std::string> folder_listing(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Runs SQL on a plain SQLite connection (not through Gradebook).
void raw_sql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(message == "");
    REQUIRE(rc == SQLITE_OK);
}

// Opening must fail with `expected` in the message and leave the folder byte for byte as it was.
void check_refused_untouched(const std::filesystem::path& dir, const std::string& path, const std::string& expected) {
    const std::string before = read_text(path);
    const auto listing = folder_listing(dir);
    try {
        Gradebook::open(path);
        FAIL("expected the file to be refused");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).rfind(path + ": ", 0) == 0);
        CHECK(std::string(e.what()).find(expected) != std::string::npos);
    }
    CHECK(read_text(path) == before);
    CHECK(folder_listing(dir) == listing);
}

}  // namespace

TEST_CASE("a file that is not a Stipple gradebook is refused with a clear error and left untouched") {
    ScratchDir dir;
    SECTION("a text file") {
        const std::string path = (dir / "notes.sqlite").string();
        write_text(path, "shopping list: needles, pigment\n");
        check_refused_untouched(dir.path(), path, "not a Stipple gradebook (not an SQLite database)");
    }
    SECTION("a damaged SQLite file") {
        const std::string path = (dir / "damaged.sqlite").string();
        std::string bytes("SQLite format 3\0", 16);
        for (int i = 0; i < 4096; ++i) bytes += static_cast<char>((i * 7919) & 0xff);
        write_text(path, bytes);
        check_refused_untouched(dir.path(), path, "not a Stipple gradebook");
    }
    SECTION("another program's SQLite database") {
        const std::string path = (dir / "other.sqlite").string();
        raw_sql(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices VALUES (1, 9.5);");
        check_refused_untouched(dir.path(), path, "not a Stipple gradebook (an SQLite database of another program");
    }
    SECTION("an SQLite database with another application id") {
        const std::string path = (dir / "app.sqlite").string();
        raw_sql(path, "PRAGMA application_id = 1234; CREATE TABLE t (x);");
        check_refused_untouched(dir.path(), path, "application_id 0x000004d2 belongs to another program");
    }
    SECTION("a folder") {
        std::filesystem::create_directories(dir / "folder.sqlite");
        CHECK_THROWS_WITH(Gradebook::open((dir / "folder.sqlite").string()), Catch::Contains("not a Stipple gradebook"));
    }
}

TEST_CASE("an empty file becomes a gradebook") {
    ScratchDir dir;
    const std::string path = (dir / "empty.sqlite").string();
    write_text(path, "");
    Gradebook book = Gradebook::open(path);
    CHECK(book.schema_version() == kGradebookSchemaVersion);
}

TEST_CASE("a gradebook from a newer Stipple is refused untouched") {
    ScratchDir dir;
    const std::string path = (dir / "future.sqlite").string();
    {
        Gradebook book = Gradebook::open(path);
        book.add_trainee("ana");
    }
    raw_sql(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = " + std::to_string(kGradebookSchemaVersion + 1));
    check_refused_untouched(dir.path(), path, "newer than this program understands");
}

TEST_CASE("a schema 1 gradebook is migrated with every attempt kept and the new columns back-filled") {
    const auto samples = test::make_samples();
    const RecordInput in = test::sample_record(samples, "ana", 3, true);
    ScratchDir dir;
    const std::string path = (dir / "old.sqlite").string();
    std::string database_id;
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        exec_sql(db, "BEGIN IMMEDIATE");
        {
            SqliteConnection borrowed(db, path, false);
            migrate_gradebook(borrowed, 0, 1);
        }
        exec_sql(db, "INSERT INTO trainees (name, created) VALUES ('ana', '2026-01-01T00:00:00.000Z')");
        {
            Statement lesson(db, "INSERT INTO lessons (lesson_id, hash, title, lesson_json, first_recorded) "
                                 "VALUES ('hairline-classic', 'h1', 'Classic', '{}', '2026-01-01T00:00:00.000Z')");
            lesson.run();
            Statement attempt(db, "INSERT INTO attempts (trainee_id, lesson_ref, mode, started, finished, recorded, "
                                  "input_device, attempt_json, attempt_hash, score_json, total, passed) "
                                  "VALUES (1, 1, 'practice', ?1, ?2, ?1, 'mouse', ?3, 'x', ?4, ?5, 1)");
            attempt.bind(1, "2026-11-24T09:03:00.000Z").bind(2, "2026-11-24T09:04:30.000Z").bind(3, in.attempt_json)
                .bind(4, in.score_json).bind(5, in.total).run();
        }
        exec_sql(db, "COMMIT");
        {
            Statement version(db, "PRAGMA user_version");
            version.step();
            CHECK(version.int64(0) == 1);
            Statement id(db, "SELECT value FROM meta WHERE key = 'database_id'");
            id.step();
            database_id = id.text(0);
        }
        REQUIRE(sqlite3_close(db) == SQLITE_OK);
    }

    Gradebook book = Gradebook::open(path);
    CHECK(book.schema_version() == kGradebookSchemaVersion);
    CHECK(book.database_id() == database_id);
    const auto all = book.attempts();
    REQUIRE(all.size() == 1);
    CHECK(all[0].trainee == "ana");
    CHECK(all[0].cohort.empty());
    CHECK(all[0].registration == name_based_uuid(database_id, "attempt/1"));
    CHECK(all[0].spacing_score == Approx(samples.good_report.spacing.score).margin(0.05));
    CHECK(all[0].depth_score == Approx(samples.good_report.depth.score).margin(0.05));
    REQUIRE(all[0].hairline_score);
    CHECK(*all[0].hairline_score == Approx(samples.good_report.hairline->score).margin(0.05));
    CHECK(all[0].dot_count == static_cast<int>(samples.good.dots.size()));
    REQUIRE(all[0].duration_s);
    CHECK(*all[0].duration_s == Approx(test::last_dot_time(samples.good)));  // the dots' clock, not the 90 s wall time
    book.set_cohort("ana", "spring");  // the schema 2 features work on the migrated file
    CHECK(book.attempts()[0].cohort == "spring");
}

TEST_CASE("a schema 2 gradebook is migrated with each duration re-derived as long as the attempt's replay") {
    const auto samples = test::make_samples();
    const RecordInput in = test::sample_record(samples, "ana", 0, true);
    ScratchDir dir;
    const std::string path = (dir / "v2.sqlite").string();
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        exec_sql(db, "BEGIN IMMEDIATE");
        {
            SqliteConnection borrowed(db, path, false);
            migrate_gradebook(borrowed, 0, 2);
        }
        exec_sql(db, "INSERT INTO trainees (name, created) VALUES ('ana', '2026-01-01T00:00:00.000Z')");
        exec_sql(db, "INSERT INTO lessons (lesson_id, hash, title, lesson_json, first_recorded) "
                     "VALUES ('hairline-classic', 'h1', 'Classic', '{}', '2026-01-01T00:00:00.000Z')");
        {  // As schema 2 recorded it: the wall time from opening the brief to finishing (4m59s).
            Statement attempt(db, "INSERT INTO attempts (trainee_id, lesson_ref, mode, started, finished, recorded, "
                                  "input_device, attempt_json, attempt_hash, score_json, total, passed, registration, "
                                  "spacing_score, depth_score, dot_count, duration_s) "
                                  "VALUES (1, 1, 'practice', ?1, ?2, ?1, 'mouse', ?3, 'x', ?4, ?5, 1, 'r1', 1, 1, 1, 299)");
            attempt.bind(1, "2026-11-24T09:00:00.000Z").bind(2, "2026-11-24T09:04:59.000Z").bind(3, in.attempt_json)
                .bind(4, in.score_json).bind(5, in.total).run();
        }
        exec_sql(db, "COMMIT; PRAGMA user_version = 2;");
        REQUIRE(sqlite3_close(db) == SQLITE_OK);
    }
    Gradebook book = Gradebook::open(path);
    CHECK(book.schema_version() == kGradebookSchemaVersion);
    const auto all = book.attempts();
    REQUIRE(all.size() == 1);
    REQUIRE(all[0].duration_s);
    CHECK(*all[0].duration_s == Approx(test::last_dot_time(samples.good)));
    CHECK(*all[0].duration_s != Approx(299.0));
}
