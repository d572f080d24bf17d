// The gradebook over the SQL seam: opening SQLite files (refusing foreign files untouched, WAL + busy timeout),
// migrations, and the records in portable SQL.
#include "academy/gradebook.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

#include "academy/attempt_columns.hpp"
#include "academy/attempt_integrity.hpp"
#include "academy/canonical_dots.hpp"
#include "academy/gradebook_schema.hpp"
#include "scoring/iso_time.hpp"
#include "academy/lesson_hash.hpp"
#include "academy/pg_connection.hpp"
#include "academy/pg_roles.hpp"
#include "academy/sha256.hpp"
#include "academy/sqlite_connection.hpp"
#include "academy/sqlite_db.hpp"
#include "academy/trainee_name.hpp"
#include "academy/user_data.hpp"
#include "academy/uuid.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/report_io.hpp"

namespace stipple {

namespace fs = std::filesystem;

namespace {

// A path as an SQLite URI path: '%', '?' and '#' escaped.
std::string sqlite_uri_path(const std::string& path) {
    std::string out;
    for (char c : fs::absolute(path).string()) {
        if (c == '%') out += "%25";
        else if (c == '?') out += "%3f";
        else if (c == '#') out += "%23";
        else out += c;
    }
    return out;
}

constexpr int kBusyTimeoutMs = 15000;

[[noreturn]] void not_a_gradebook(const std::string& path, const std::string& why) {
    throw InputError(ErrorCode::not_a_gradebook, path, "", "not a Stipple gradebook (" + why + ")");
}

// Looks at the raw header before SQLite touches the file: anything but an SQLite 3 database is refused.
void check_file_header(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(ErrorCode::cannot_open, path, "", "cannot be read");
    char header[16] = {};
    in.read(header, sizeof header);
    if (in.gcount() == 0) return;  // empty file: a new gradebook
    if (in.gcount() < 16 || std::string(header, 16) != std::string("SQLite format 3\0", 16))
        not_a_gradebook(path, "not an SQLite database");
}

struct FileIdentity {
    int64_t application_id = 0;
    int64_t user_version = 0;
    int64_t object_count = 0;
};

// Read-only queries only: nothing is written before the identity is known.
FileIdentity read_identity(sqlite3* db, const std::string& path) {
    FileIdentity id;
    try {
        Statement app(db, "PRAGMA application_id");
        if (app.step()) id.application_id = app.int64(0);
        Statement ver(db, "PRAGMA user_version");
        if (ver.step()) id.user_version = ver.int64(0);
        Statement count(db, "SELECT count(*) FROM sqlite_master");
        if (count.step()) id.object_count = count.int64(0);
    } catch (const std::runtime_error&) {
        const int code = sqlite3_errcode(db);
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            not_a_gradebook(path, std::string("damaged: ") + sqlite3_errmsg(db));
        throw;
    }
    return id;
}

void check_identity(const FileIdentity& id, const std::string& path) {
    if (id.application_id == kGradebookApplicationId) {
        if (id.user_version > kGradebookSchemaVersion)
            throw InputError(ErrorCode::gradebook_too_new, path, "", "gradebook schema version " + std::to_string(id.user_version) +
                                           " is newer than this program understands (" +
                                           std::to_string(kGradebookSchemaVersion) + "); update Stipple");
        return;
    }
    if (id.application_id == 0 && id.object_count == 0) return;  // an empty database: ours to set up
    char hex[16];
    std::snprintf(hex, sizeof hex, "%08llx", static_cast<unsigned long long>(id.application_id) & 0xffffffffULL);
    not_a_gradebook(path, id.application_id == 0
                              ? "an SQLite database of another program: " + std::to_string(id.object_count) +
                                    " tables and indexes, no Stipple application_id"
                              : std::string("SQLite application_id 0x") + hex + " belongs to another program");
}

std::string meta_value(SqlConnection& sql, const std::string& key) {
    SqlStatement q = sql.query("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, key);
    return q.step() ? q.text(0) : std::string();
}

int64_t trainee_id_or_throw(SqlConnection& sql, const std::string& path, const std::string& name) {
    SqlStatement q = sql.query("SELECT id FROM trainees WHERE name = ?1");
    q.bind(1, name);
    if (!q.step()) throw InputError(ErrorCode::unknown_trainee, path, "", "no trainee named \"" + name + "\"");
    return q.int64(0);
}

// The one "archived" refusal: recording and ensure_active_trainee both say it with these words.
[[noreturn]] void refuse_archived(const std::string& path, const std::string& name) {
    throw InputError(ErrorCode::trainee_archived, path, "", "trainee \"" + name + "\" is archived");
}

std::optional<int64_t> cohort_id(SqlConnection& sql, const std::string& cohort) {
    if (cohort.empty()) return std::nullopt;
    sql.query("INSERT INTO cohorts (name) VALUES (?1) ON CONFLICT (name) DO NOTHING").bind(1, cohort).run();
    SqlStatement q = sql.query("SELECT id FROM cohorts WHERE name = ?1");
    q.bind(1, cohort);
    q.step();
    return q.int64(0);
}

std::string normalized_time(const std::string& path, const std::string& field, const std::string& text) {
    if (text.empty()) return {};
    const auto t = parse_iso8601(text);
    if (!t) throw InputError(ErrorCode::bad_time, path, "", field + " \"" + text + "\" is not an ISO 8601 time with a zone");
    return format_iso8601_utc(*t);
}

constexpr const char* kAttemptColumns =
    "SELECT a.id, a.registration, t.name, COALESCE(c.name, ''), l.lesson_id, l.hash, l.title, a.mode, "
    "a.started, a.finished, a.duration_s, a.recorded, a.input_device, a.total, a.passed, a.spacing_score, "
    "a.depth_score, a.hairline_score, a.dot_count, a.attempt_json, a.score_json, "
    "a.content_hash, a.verification, a.verification_note, a.trainee_uid, a.cohort_at_record "  // A (integrity)
    "FROM attempts a JOIN trainees t ON t.id = a.trainee_id JOIN lessons l ON l.id = a.lesson_ref "
    "LEFT JOIN cohorts c ON c.id = t.cohort_id ";

AttemptRecord read_attempt_row(const SqlStatement& q, bool with_documents) {
    AttemptRecord r;
    r.id = q.int64(0);
    r.registration = q.text(1);
    r.trainee = q.text(2);
    r.cohort = q.text(3);
    r.lesson_id = q.text(4);
    r.lesson_hash = q.text(5);
    r.lesson_title = q.text(6);
    r.mode = q.text(7) == "exam" ? AttemptMode::Exam : AttemptMode::Practice;
    r.started = q.text(8);
    r.finished = q.text(9);
    r.duration_s = q.optional_real(10);
    r.recorded = q.text(11);
    r.input_device = q.text(12);
    r.total = q.real(13);
    r.passed = q.int64(14) != 0;
    r.spacing_score = q.real(15);
    r.depth_score = q.real(16);
    r.hairline_score = q.optional_real(17);
    r.dot_count = static_cast<int>(q.int64(18));
    if (with_documents) {
        r.attempt_json = q.text(19);
        r.score_json = q.text(20);
    }
    // A (integrity)
    r.content_hash = q.text(21);
    r.verification = verification_from_string(q.text(22)).value_or(Verification::Unverified);
    r.verification_note = q.text(23);
    r.trainee_uid = q.text(24);
    r.cohort_at_record = q.text(25);
    return r;
}

}  // namespace

const char* to_string(Verification v) {
    switch (v) {
        case Verification::App: return "app";
        case Verification::Sealed: return "sealed";
        case Verification::Pending: return "pending";
        case Verification::Unverified: return "unverified";
        case Verification::Legacy: return "legacy";
    }
    return "unverified";
}

std::optional<Verification> verification_from_string(const std::string& text) {
    for (Verification v : {Verification::App, Verification::Sealed, Verification::Pending, Verification::Unverified,
                           Verification::Legacy})
        if (text == to_string(v)) return v;
    return std::nullopt;
}

const char* to_string(AttemptMode mode) { return mode == AttemptMode::Exam ? "exam" : "practice"; }

std::optional<AttemptMode> attempt_mode_from_string(const std::string& text) {
    if (text == "practice") return AttemptMode::Practice;
    if (text == "exam") return AttemptMode::Exam;
    return std::nullopt;
}

RecordInput make_record_input(const Lesson& lesson, const Attempt& attempt, const ScoreReport& report,
                              const std::string& trainee, AttemptMode mode, const std::string& started,
                              const std::string& finished) {
    RecordInput in;
    in.lesson = lesson;
    in.lesson_hash = lesson_content_hash(lesson);
    in.trainee = trainee;
    in.mode = mode;
    in.started = started;
    in.finished = finished;
    in.input_device = attempt.input;
    in.attempt_json = attempt_to_json(attempt).dump(2);
    in.score_json = report_to_json(report).dump(2);
    in.total = report.total;
    in.passed = report.passed;
    return in;
}

Gradebook Gradebook::open(const std::string& path) { return open_file(path, true); }
Gradebook Gradebook::open_existing(const std::string& path) { return open_file(path, false); }

// PostgreSQL: the database is ours when schema "stipple" holds our stipple_schema row; an empty database
// becomes a gradebook under the advisory lock (two seats opening it at once create it once).
Gradebook Gradebook::open_pg(const std::string& location, bool create, const std::string& user,
                             const std::string& password) {
    auto connection = std::make_unique<PgConnection>(location, user, password);
    const std::string shown = connection->location();
    SqlConnection& sql = *connection;
    Gradebook book(shown, std::move(connection));
    auto inspect = [&]() {
        SqlStatement q = sql.query("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'stipple'), "
                                   "to_regclass('stipple.stipple_schema') IS NOT NULL");
        q.step();
        const bool schema = q.text(0) == "t", table = q.text(1) == "t";
        if (schema && !table) not_a_gradebook(shown, "schema \"stipple\" without a stipple_schema table");
        if (!table) return 0;
        const int version = gradebook_schema_version(sql);
        if (version == 0) not_a_gradebook(shown, "no STPL row in stipple_schema");
        if (version > kGradebookSchemaVersion)
            throw InputError(ErrorCode::gradebook_too_new, shown, "",
                             "gradebook schema version " + std::to_string(version) +
                                 " is newer than this program understands (" +
                                 std::to_string(kGradebookSchemaVersion) + "); update Stipple");
        return version;
    };
    const int version = inspect();
    if (version == 0 && !create)
        throw InputError(ErrorCode::no_gradebook, shown, "", "no gradebook here (add trainees or import attempts first)");
    if (version < kGradebookSchemaVersion) {
        SqlTransaction tx = sql.write_transaction();
        sql.query("SELECT pg_advisory_xact_lock(?1)").bind(1, kGradebookAdvisoryLock).run();
        const int now = inspect();  // another seat may have migrated meanwhile
        if (now < kGradebookSchemaVersion) {
            const std::string prefix = now == 0 ? new_role_prefix() : gradebook_role_prefix(sql);
            if (now == 0) {  // roles are cluster-wide: another gradebook's groups are never taken over
                SqlStatement taken = sql.query("SELECT count(*) FROM pg_roles WHERE rolname = ?1");
                taken.bind(1, prefix + "owner").step();
                if (taken.int64(0) > 0)
                    throw InputError(shown, "", "role prefix \"" + prefix + "\" belongs to another gradebook on this "
                                     "server: set STIPPLE_PG_ROLE_PREFIX to another prefix");
            }
            begin_pg_migration(sql, prefix);
            migrate_gradebook(sql, now, kGradebookSchemaVersion);
            if (now == 0) sql.query("INSERT INTO meta (key, value) VALUES ('role_prefix', ?1)").bind(1, prefix).run();
            finish_pg_migration(sql, prefix);
            tx.commit();
        }
    }
    return book;
}

Gradebook Gradebook::open_file(const std::string& path, bool create) {
    if (path.empty()) throw InputError("", "", "no gradebook path given");
    if (is_postgresql_location(path)) return open_pg(path, create, "", "");
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);  // stat only: a FIFO is never opened (that would block)
    const bool exists = fs::exists(status);
    bool read_only = false;
    if (exists) {
        switch (status.type()) {
            case fs::file_type::regular: break;
            case fs::file_type::directory: not_a_gradebook(path, "a folder");
            case fs::file_type::fifo: not_a_gradebook(path, "a FIFO");
            case fs::file_type::socket: not_a_gradebook(path, "a socket");
            case fs::file_type::character:
            case fs::file_type::block: not_a_gradebook(path, "a device");
            default: not_a_gradebook(path, "not a regular file");
        }
        check_file_header(path);
        // Who cannot write the file or its folder reads it without creating -wal/-shm files of their own
        // (they would belong to this user and break the owner's next write).
        const std::string folder = fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string();
        read_only = ::access(path.c_str(), W_OK) != 0 || ::access(folder.c_str(), W_OK) != 0;
    } else {
        if (!create) throw InputError(ErrorCode::no_gradebook, path, "", "no gradebook here (add trainees or import attempts first)");
        const fs::path parent = fs::path(path).parent_path();
        if (!parent.empty()) create_private_folder(parent);  // B: 0700 where made (user_data.hpp)
        // B: private from its first byte (0600); SQLite gives the -wal and -shm files the same mode.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) ::close(fd);
    }

    sqlite3* raw = nullptr;
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    std::string target = path;
    if (read_only) {
        // With the owner's -wal present (they are working), read through it; without one the file holds
        // everything committed, so read it as immutable: neither way creates a file.
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
        target = "file:" + sqlite_uri_path(path) + (fs::exists(path + "-wal", ec) ? "?mode=ro" : "?immutable=1");
    }
    if (sqlite3_open_v2(target.c_str(), &raw, flags, nullptr) != SQLITE_OK) {
        const std::string message = raw ? sqlite3_errmsg(raw) : "out of memory";
        sqlite3_close_v2(raw);
        throw std::runtime_error(path + ": cannot open: " + message);
    }
    Gradebook book(path, std::make_unique<SqliteConnection>(raw, path, true, read_only));
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 0);
    check_identity(read_identity(raw, path), path);
    if (read_only) {
        if (book.schema_version() < kGradebookSchemaVersion)
            throw InputError(ErrorCode::other, path, "", "read-only here, and its schema is older than this program's: "
                                                         "ask the gradebook's owner to open it once");
        exec_sql(raw, "PRAGMA foreign_keys = ON;");
        return book;
    }
    // A damaged page is found before anything is written, not when an export trips over it.
    if (exists) {
        Statement check(raw, "PRAGMA quick_check");
        std::string first;
        if (check.step()) first = check.text(0);
        if (first != "ok") not_a_gradebook(path, "damaged: " + first + "; nothing was written");
    }

    // From here on the file is ours (or empty): WAL so readers never block the writer, FULL sync so a
    // committed attempt survives a crash or power cut.
    std::string journal;
    {
        Statement mode(raw, "PRAGMA journal_mode");
        if (mode.step()) journal = mode.text(0);
    }
    if (journal != "wal") {
        Statement wal(raw, "PRAGMA journal_mode = WAL");
        wal.run();
    }
    exec_sql(raw, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");

    if (book.schema_version() < kGradebookSchemaVersion) {
        SqlTransaction tx = book.sql().write_transaction();
        const FileIdentity now = read_identity(raw, path);  // another process may have migrated meanwhile
        check_identity(now, path);
        if (now.user_version < kGradebookSchemaVersion) {
            migrate_gradebook(book.sql(), static_cast<int>(now.user_version), kGradebookSchemaVersion);
            tx.commit();
        }
    }
    return book;
}

Gradebook Gradebook::open_as(const std::string& location, const std::string& login, const std::string& secret) {
    if (is_postgresql_location(location)) return open_pg(location, false, login, secret);
    return open_existing(location);
}

Gradebook::Gradebook(std::string path, std::unique_ptr<SqlConnection> sql)
    : path_(std::move(path)), sql_(std::move(sql)) {}
Gradebook::Gradebook(Gradebook&& other) noexcept = default;
Gradebook& Gradebook::operator=(Gradebook&& other) noexcept = default;
Gradebook::~Gradebook() = default;

sqlite3* Gradebook::handle() const {
    const auto* sqlite = dynamic_cast<const SqliteConnection*>(sql_.get());
    return sqlite ? sqlite->handle() : nullptr;
}

int Gradebook::schema_version() const { return gradebook_schema_version(*sql_); }

std::string Gradebook::database_id() const { return meta_value(*sql_, "database_id"); }

std::string Gradebook::academy_home() const {
    const std::string home = meta_value(*sql_, "academy_home");
    return home.empty() ? kDefaultAcademyHome : home;
}

// A (integrity): the hex key migration 4 made; on PostgreSQL only the owner may read it (this then throws).
std::string Gradebook::seal_key() const {
    SqlStatement q = sql_->query("SELECT value FROM secrets WHERE key = 'seal_key'");
    return q.step() ? q.text(0) : std::string();
}

void Gradebook::set_academy_home(const std::string& url) {
    const bool http = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
    if (!http || url.find_first_of(" \t\n\"<>") != std::string::npos || url.size() < 10)
        throw InputError(ErrorCode::out_of_range, path_, "", "academy home \"" + url + "\" must be an http(s) URL such as " +
                                        kDefaultAcademyHome);
    std::string trimmed = url;
    while (trimmed.size() > 8 && trimmed.back() == '/') trimmed.pop_back();
    SqlTransaction tx = sql_->write_transaction();
    SqlStatement q = sql_->query("INSERT INTO meta (key, value) VALUES ('academy_home', ?1) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, trimmed).run();
    tx.commit();
}

Trainee Gradebook::add_trainee(const std::string& name, const std::string& cohort) {
    check_trainee_name(path_, name);
    if (!cohort.empty()) check_trainee_name(path_, cohort);
    SqlTransaction tx = sql_->write_transaction();
    if (find_trainee(name)) throw InputError(ErrorCode::trainee_exists, path_, "", "a trainee named \"" + name + "\" already exists");
    const auto cohort_ref = cohort_id(*sql_, cohort);
    SqlStatement q = sql_->query("INSERT INTO trainees (name, cohort_id, created) VALUES (?1, ?2, ?3) RETURNING id");
    q.bind(1, name);
    if (cohort_ref) q.bind(2, *cohort_ref);
    else q.bind_null(2);
    q.bind(3, now_iso8601_utc());
    if (!q.step()) throw std::runtime_error(path_ + ": adding a trainee returned no id");
    const int64_t id = q.int64(0);
    q.run();
    // A (integrity): the uid that outlives renames (seals, xAPI actor)
    sql_->query("UPDATE trainees SET uid = ?1 WHERE id = ?2")
        .bind(1, name_based_uuid(database_id(), "trainee/" + std::to_string(id)))
        .bind(2, id)
        .run();
    tx.commit();
    return *find_trainee(name);
}

Trainee Gradebook::ensure_active_trainee(const std::string& name) {
    const std::optional<Trainee> known = find_trainee(name);
    if (!known) return add_trainee(name);
    if (known->archived) refuse_archived(path_, name);
    return *known;
}

std::vector<Trainee> Gradebook::trainees(bool include_archived) const {
    SqlStatement q = sql_->query("SELECT t.id, t.name, COALESCE(c.name, ''), t.archived, t.created, COALESCE(t.uid, '') FROM trainees t "
                     "LEFT JOIN cohorts c ON c.id = t.cohort_id WHERE ?1 = 1 OR t.archived = 0 ORDER BY t.name");
    q.bind(1, static_cast<int64_t>(include_archived));
    std::vector<Trainee> out;
    while (q.step()) out.push_back({q.int64(0), q.text(1), q.text(2), q.int64(3) != 0, q.text(4), q.text(5)});
    return out;
}

std::optional<Trainee> Gradebook::find_trainee(const std::string& name) const {
    SqlStatement q = sql_->query("SELECT t.id, t.name, COALESCE(c.name, ''), t.archived, t.created, COALESCE(t.uid, '') FROM trainees t "
                     "LEFT JOIN cohorts c ON c.id = t.cohort_id WHERE t.name = ?1");
    q.bind(1, name);
    if (!q.step()) return std::nullopt;
    return Trainee{q.int64(0), q.text(1), q.text(2), q.int64(3) != 0, q.text(4), q.text(5)};
}

void Gradebook::rename_trainee(const std::string& old_name, const std::string& new_name) {
    check_trainee_name(path_, new_name);
    SqlTransaction tx = sql_->write_transaction();
    const int64_t id = trainee_id_or_throw(*sql_, path_, old_name);
    if (old_name != new_name && find_trainee(new_name))
        throw InputError(ErrorCode::trainee_exists, path_, "", "a trainee named \"" + new_name + "\" already exists");
    SqlStatement q = sql_->query("UPDATE trainees SET name = ?1 WHERE id = ?2");
    q.bind(1, new_name).bind(2, id).run();
    tx.commit();
}

void Gradebook::set_cohort(const std::string& name, const std::string& cohort) {
    if (!cohort.empty()) check_trainee_name(path_, cohort);
    SqlTransaction tx = sql_->write_transaction();
    const int64_t id = trainee_id_or_throw(*sql_, path_, name);
    const auto cohort_ref = cohort_id(*sql_, cohort);
    SqlStatement q = sql_->query("UPDATE trainees SET cohort_id = ?1 WHERE id = ?2");
    if (cohort_ref) q.bind(1, *cohort_ref);
    else q.bind_null(1);
    q.bind(2, id).run();
    tx.commit();
}

void Gradebook::archive_trainee(const std::string& name, bool archived) {
    SqlTransaction tx = sql_->write_transaction();
    const int64_t id = trainee_id_or_throw(*sql_, path_, name);
    SqlStatement q = sql_->query("UPDATE trainees SET archived = ?1 WHERE id = ?2");
    q.bind(1, static_cast<int64_t>(archived)).bind(2, id).run();
    tx.commit();
}

std::vector<std::string> Gradebook::cohorts() const {
    SqlStatement q = sql_->query("SELECT name FROM cohorts ORDER BY name");
    std::vector<std::string> out;
    while (q.step()) out.push_back(q.text(0));
    return out;
}

int64_t Gradebook::record_attempt(const RecordInput& in) { return record_attempt_once(in).id; }

RecordOutcome Gradebook::record_attempt_once(const RecordInput& in) {
    // Validate everything before the transaction: a refused record writes nothing.
    const AttemptColumns c = derive_attempt_columns(in.attempt_json, in.score_json, path_);
    const std::string canonical = canonical_lesson_json(in.lesson);
    const std::string hash = sha256_hex(canonical);
    if (!in.lesson_hash.empty() && in.lesson_hash != hash)
        throw InputError(ErrorCode::record_mismatch, path_, "", "lesson hash " + in.lesson_hash + " does not match lesson \"" + in.lesson.id + "\"");
    if (c.attempt.lesson != in.lesson.id || c.report.lesson != in.lesson.id)
        throw InputError(ErrorCode::record_mismatch, path_, "", "attempt, score report and lesson name different lessons (\"" + c.attempt.lesson +
                                        "\", \"" + c.report.lesson + "\", \"" + in.lesson.id + "\")");
    if (std::abs(c.report.total - in.total) > 0.051 || c.report.passed != in.passed)
        throw InputError(ErrorCode::record_mismatch, path_, "", "total/passed do not agree with the score report");
    const std::string started = normalized_time(path_, "start time", in.started);
    const std::string finished = normalized_time(path_, "end time", in.finished);
    std::optional<double> started_s, finished_s;
    if (!started.empty() && !finished.empty()) {
        started_s = parse_iso8601(started);
        finished_s = parse_iso8601(finished);
        if (*finished_s < *started_s)
            throw InputError(ErrorCode::record_mismatch, path_, "", "attempt ends (" + finished + ") before it starts (" + started + ")");
    }
    const std::optional<double> duration = attempt_duration_s(c, started_s, finished_s);
    const std::string attempt_hash = sha256_hex(in.attempt_json);
    const std::string content = content_hash(c.attempt);  // A (integrity)

    SqlTransaction tx = sql_->write_transaction();
    const int64_t trainee_id = trainee_id_or_throw(*sql_, path_, in.trainee);
    if (find_trainee(in.trainee)->archived) refuse_archived(path_, in.trainee);
    // A (integrity): the same work (content hash) is recorded once per trainee. A counted row, or any row when
    // this one would not count either, is the record; the transaction rolls back (nothing written). An
    // unverified row does not stop the same work arriving sealed or vouched for.
    AttemptVerdict verdict = in.verdict;
    {
        SqlStatement dup = sql_->query(
            "SELECT id, verification, verification_note FROM attempts WHERE trainee_id = ?1 AND content_hash = ?2 "
            "ORDER BY CASE WHEN verification = 'unverified' THEN 1 ELSE 0 END, id");
        dup.bind(1, trainee_id).bind(2, content);
        if (dup.step()) {
            const Verification found = verification_from_string(dup.text(1)).value_or(Verification::Unverified);
            if (found != Verification::Unverified || !counts_toward_progress(verdict.verification))
                return {dup.int64(0), false, {found, dup.text(2)}};
        }
    }
    if (counts_toward_progress(verdict.verification)) {  // another trainee's counted work: copying never counts
        SqlStatement other = sql_->query(
            "SELECT a.id, t.name FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE a.content_hash = ?1 "
            "AND a.trainee_id <> ?2 AND a.verification <> 'unverified' ORDER BY a.id");
        other.bind(1, content).bind(2, trainee_id);
        if (other.step()) verdict = {Verification::Unverified, same_work_note(other.int64(0), other.text(1))};
    }
    SqlStatement lesson = sql_->query("INSERT INTO lessons (lesson_id, hash, title, lesson_json, first_recorded) "
                          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (hash) DO NOTHING");
    const std::string now = now_iso8601_utc();
    lesson.bind(1, in.lesson.id).bind(2, hash).bind(3, in.lesson.title).bind(4, canonical).bind(5, now).run();
    SqlStatement lesson_ref = sql_->query("SELECT id FROM lessons WHERE hash = ?1");
    lesson_ref.bind(1, hash);
    lesson_ref.step();

    SqlStatement insert = sql_->query("INSERT INTO attempts (trainee_id, lesson_ref, mode, started, finished, recorded, "
                          "input_device, attempt_json, attempt_hash, score_json, total, passed, spacing_score, "
                          "depth_score, hairline_score, dot_count, duration_s, "
                          "content_hash, verification, verification_note, trainee_uid, cohort_at_record) "  // A (integrity)
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
                          "(SELECT uid FROM trainees WHERE id = ?1), "
                          "(SELECT c.name FROM trainees t JOIN cohorts c ON c.id = t.cohort_id WHERE t.id = ?1)) RETURNING id");
    std::optional<double> hairline;
    if (c.report.hairline) hairline = c.report.hairline->score;
    insert.bind(1, trainee_id)
        .bind(2, lesson_ref.int64(0))
        .bind(3, to_string(in.mode))
        .bind_text_or_null(4, started)
        .bind_text_or_null(5, finished)
        .bind(6, now)
        .bind(7, in.input_device.empty() ? c.attempt.input : in.input_device)
        .bind(8, in.attempt_json)
        .bind(9, attempt_hash)
        .bind(10, in.score_json)
        .bind(11, c.report.total)
        .bind(12, static_cast<int64_t>(c.report.passed))
        .bind(13, c.report.spacing.score)
        .bind(14, c.report.depth.score)
        .bind(15, hairline)
        .bind(16, static_cast<int64_t>(c.dot_count))
        .bind(17, duration)
        .bind(18, content)
        .bind(19, to_string(verdict.verification))
        .bind(20, verdict.note);
    if (!insert.step()) throw std::runtime_error(path_ + ": recording an attempt returned no id");
    const int64_t id = insert.int64(0);
    insert.run();
    SqlStatement registration = sql_->query("UPDATE attempts SET registration = ?1 WHERE id = ?2");
    registration.bind(1, name_based_uuid(database_id(), "attempt/" + std::to_string(id))).bind(2, id).run();
    tx.commit();
    return {id, true, verdict};
}

std::optional<int64_t> Gradebook::find_attempt(const std::string& trainee, const std::string& attempt_json) const {
    SqlStatement q = sql_->query("SELECT a.id FROM attempts a JOIN trainees t ON t.id = a.trainee_id "
                     "WHERE t.name = ?1 AND a.attempt_hash = ?2");
    q.bind(1, trainee).bind(2, sha256_hex(attempt_json));
    if (!q.step()) return std::nullopt;
    return q.int64(0);
}

std::vector<AttemptRecord> Gradebook::attempts(const AttemptFilter& f) const {
    SqlStatement q = sql_->query(std::string(kAttemptColumns) +
                         "WHERE (CAST(?1 AS TEXT) IS NULL OR t.name = ?1) AND (CAST(?2 AS TEXT) IS NULL OR l.lesson_id = ?2) "
                         "AND (CAST(?3 AS TEXT) IS NULL OR a.mode = ?3) AND (?4 = 1 OR t.archived = 0) "
                         "AND (CAST(?5 AS TEXT) IS NULL OR c.name = ?5) AND (CAST(?6 AS TEXT) IS NULL OR COALESCE(a.started, a.recorded) >= ?6) "
                         "AND (CAST(?7 AS TEXT) IS NULL OR COALESCE(a.started, a.recorded) < ?7) "
                         "AND (?8 = 0 OR a.verification IN ('app', 'sealed', 'legacy')) "  // A (integrity): counts_toward_progress
                         "ORDER BY COALESCE(a.started, a.recorded), a.id");
    if (f.trainee) q.bind(1, *f.trainee);
    else q.bind_null(1);
    if (f.lesson_id) q.bind(2, *f.lesson_id);
    else q.bind_null(2);
    if (f.mode) q.bind(3, to_string(*f.mode));
    else q.bind_null(3);
    q.bind(4, static_cast<int64_t>(f.include_archived));
    if (f.cohort) q.bind(5, *f.cohort);
    else q.bind_null(5);
    if (f.from) q.bind(6, *f.from);
    else q.bind_null(6);
    if (f.to) q.bind(7, *f.to);
    else q.bind_null(7);
    q.bind(8, static_cast<int64_t>(f.counted_only));
    std::vector<AttemptRecord> out;
    while (q.step()) out.push_back(read_attempt_row(q, f.with_documents));
    return out;
}

std::optional<AttemptRecord> Gradebook::attempt(int64_t id) const {
    SqlStatement q = sql_->query(std::string(kAttemptColumns) + "WHERE a.id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return read_attempt_row(q, true);
}

std::optional<RecordedLesson> Gradebook::recorded_lesson(const std::string& hash) const {
    SqlStatement q = sql_->query("SELECT lesson_id, hash, title, lesson_json FROM lessons WHERE hash = ?1");
    q.bind(1, hash);
    if (!q.step()) return std::nullopt;
    return RecordedLesson{q.text(0), q.text(1), q.text(2), q.text(3)};
}

Lesson Gradebook::lesson_as_recorded(const std::string& hash) const {
    const auto recorded = recorded_lesson(hash);
    if (!recorded) throw InputError(ErrorCode::unknown_record, path_, "", "no recorded lesson with hash " + hash);
    const std::string label = path_ + " (lesson " + short_hash(hash) + ")";
    return lesson_from_json(parse_json_text(recorded->lesson_json, label), label);
}

}  // namespace stipple
