// Exporting and erasing one trainee's rows, table by table.
#include "academy/trainee_data.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "academy/pg_roles.hpp"
#include "academy/user_data.hpp"
#include "scoring/atomic_file.hpp"
#include "scoring/input_error.hpp"

namespace stipple {

namespace {

using nlohmann::ordered_json;

// A table of another part and how to find one trainee's rows in it ({id} = trainee id, {subject} = "trainee/<id>").
// Secrets are never exported: credentials give only when they were set and the lockout state.
struct PersonalTable {
    const char* name;
    const char* columns;  // comma separated, read as text
    const char* where;
};

const PersonalTable kPersonalTables[] = {
    {"comments", "id, attempt_id, author, created, x_mm, y_mm, body",
     "attempt_id IN (SELECT id FROM attempts WHERE trainee_id = {id})"},
    {"signoffs", "id, lesson_id, signed_by, signed_at, basis, note, revoked_at, revoked_by", "trainee_id = {id}"},
    {"certificates", "id, serial, curriculum_title, issued_at, issued_by, contents, revoked_at", "trainee_id = {id}"},
    {"case_steps", "id, case_id, case_title, run_id, step_id, kind, score, passed, detail_json, attempt_id, finished, recorded",
     "trainee_id = {id}"},
    {"credentials", "subject, set_at, failed_count, locked_until", "subject = {subject}"},
    {"audit_log", "id, at, actor, action, subject, detail", "subject = {subject} OR actor = {subject}"},
};

std::vector<std::string> split_columns(const std::string& list) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < list.size()) {
        size_t end = list.find(',', start);
        if (end == std::string::npos) end = list.size();
        std::string c = list.substr(start, end - start);
        c.erase(0, c.find_first_not_of(' '));
        out.push_back(c);
        start = end + 1;
    }
    return out;
}

// A clause names the trainee by {id} or by {subject} ("trainee/<id>"), never both: it becomes ?1 and is bound
// (PostgreSQL needs parameters numbered from 1, each one used).
std::string with_parameter(const std::string& where) {
    std::string out = where;
    for (const std::string token : {"{id}", "{subject}"})
        for (size_t at = out.find(token); at != std::string::npos; at = out.find(token, at))
            out.replace(at, token.size(), "?1");
    return out;
}

void bind_ids(SqlStatement& q, const std::string& where, int64_t id, const std::string& subject) {
    if (where.find("{id}") != std::string::npos) q.bind(1, id);
    else if (where.find("{subject}") != std::string::npos) q.bind(1, subject);
}

ordered_json rows_of(SqlConnection& sql, const PersonalTable& t, int64_t id, const std::string& subject) {
    ordered_json rows = ordered_json::array();
    const std::vector<std::string> columns = split_columns(t.columns);
    SqlStatement q = sql.query(std::string("SELECT ") + t.columns + " FROM " + t.name + " WHERE " + with_parameter(t.where) +
                               " ORDER BY 1");
    bind_ids(q, t.where, id, subject);
    while (q.step()) {
        ordered_json row = ordered_json::object();
        for (size_t c = 0; c < columns.size(); ++c)
            row[columns[c]] = q.is_null(int(c)) ? ordered_json(nullptr) : ordered_json(q.text(int(c)));
        rows.push_back(std::move(row));
    }
    return rows;
}

int64_t count_of(SqlConnection& sql, const std::string& table, const std::string& where, int64_t id,
                 const std::string& subject) {
    SqlStatement q = sql.query("SELECT count(*) FROM " + table + " WHERE " + with_parameter(where));
    bind_ids(q, where, id, subject);
    q.step();
    return q.int64(0);
}

Trainee trainee_or_throw(const Gradebook& gradebook, const std::string& name) {
    const auto t = gradebook.find_trainee(name);
    if (!t) throw InputError(ErrorCode::unknown_trainee, gradebook.path(), "", "no trainee named \"" + name + "\"");
    return *t;
}

void write_private(const std::filesystem::path& path, const std::string& text) {
    write_file_atomically(path.string(), text);
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace);
}

const char* const kReadme =
    "This folder holds everything a Stipple gradebook kept about one trainee, as exported by\n"
    "`stipple academy trainees export-data`.\n\n"
    "trainee.json (format stipple-trainee-data/1):\n"
    "  trainee          the trainee: id, uid, name, cohort, archived, created\n"
    "  attempts         every attempt recorded for them, counted or not, with its verification and note;\n"
    "                   attempt_json and score_json are the stored texts, byte for byte (stipple-attempt/1 and\n"
    "                   stipple-score/1: open them with `stipple show` or `stipple score`)\n"
    "  lessons          each lesson exactly as it was when one of the attempts was recorded (stipple-lesson/1)\n"
    "  tables           their rows in the gradebook's other tables (comments on their attempts, the steps of\n"
    "                   their runs through cases (case_steps: answers, scores, the attempt of each session), sign-offs,\n"
    "                   certificates, sign-in credentials without any password hash, audit log lines about them);\n"
    "                   a table the gradebook does not have is left out\n\n"
    "Times are UTC (ISO 8601). Scores are 0 to 100.\n";

}  // namespace

bool gradebook_has_table(SqlConnection& sql, const std::string& table) {
    SqlStatement q = sql.backend() == "postgresql"
                         ? sql.query("SELECT count(*) FROM information_schema.tables WHERE table_name = ?1 "
                                     "AND table_schema = current_schema()")
                         : sql.query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
    q.bind(1, table);
    return q.step() && q.int64(0) > 0;
}

int export_trainee_data(const Gradebook& gradebook, const std::string& name, const std::string& out_dir) {
    const Trainee t = trainee_or_throw(gradebook, name);
    const std::string subject = "trainee/" + std::to_string(t.id);
    ordered_json doc;
    doc["format"] = "stipple-trainee-data/1";
    doc["exported"] = now_iso8601_utc();
    doc["gradebook"] = gradebook.database_id();
    doc["trainee"] = {{"id", t.id}, {"uid", t.uid}, {"name", t.name}, {"cohort", t.cohort},
                      {"archived", t.archived}, {"created", t.created}};

    AttemptFilter filter;
    filter.trainee = t.name;
    filter.with_documents = true;
    const std::vector<AttemptRecord> attempts = gradebook.attempts(filter);
    ordered_json list = ordered_json::array();
    std::vector<std::string> hashes;
    for (const AttemptRecord& a : attempts) {
        ordered_json j;
        j["id"] = a.id;
        j["registration"] = a.registration;
        j["lesson_id"] = a.lesson_id;
        j["lesson_hash"] = a.lesson_hash;
        j["lesson_title"] = a.lesson_title;
        j["mode"] = to_string(a.mode);
        j["started"] = a.started;
        j["finished"] = a.finished;
        j["recorded"] = a.recorded;
        j["input_device"] = a.input_device;
        j["cohort_at_record"] = a.cohort_at_record;
        j["verification"] = to_string(a.verification);
        j["verification_note"] = a.verification_note;
        j["total"] = a.total;
        j["passed"] = a.passed;
        j["attempt_json"] = a.attempt_json;
        j["score_json"] = a.score_json;
        list.push_back(std::move(j));
        if (std::find(hashes.begin(), hashes.end(), a.lesson_hash) == hashes.end()) hashes.push_back(a.lesson_hash);
    }
    doc["attempts"] = std::move(list);
    ordered_json lessons = ordered_json::array();
    for (const std::string& hash : hashes)
        if (const auto l = gradebook.recorded_lesson(hash))
            lessons.push_back({{"hash", l->hash}, {"lesson_id", l->lesson_id}, {"title", l->title},
                               {"lesson_json", l->lesson_json}});
    doc["lessons"] = std::move(lessons);
    ordered_json tables = ordered_json::object();
    for (const PersonalTable& table : kPersonalTables)
        if (gradebook_has_table(gradebook.sql(), table.name))
            tables[table.name] = rows_of(gradebook.sql(), table, t.id, subject);
    doc["tables"] = std::move(tables);

    const std::filesystem::path dir(out_dir);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
        throw InputError(ErrorCode::cannot_open, out_dir, "", "cannot create the folder: " + ec.message());
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
    write_private(dir / "trainee.json", doc.dump(2) + "\n");
    write_private(dir / "README.txt", kReadme);
    return int(attempts.size());
}

TraineeDeletion delete_trainee_data(Gradebook& gradebook, const std::string& name, const std::string& actor) {
    const Trainee t = trainee_or_throw(gradebook, name);
    SqlConnection& sql = gradebook.sql();
    const std::string subject = "trainee/" + std::to_string(t.id);
    TraineeDeletion out;
    out.trainee_id = t.id;
    SqlTransaction tx = sql.write_transaction();
    auto erase = [&](const char* table, const std::string& where) {
        if (!gradebook_has_table(sql, table)) return 0;
        const int n = int(count_of(sql, table, where, t.id, subject));
        SqlStatement q = sql.query(std::string("DELETE FROM ") + table + " WHERE " + with_parameter(where));
        bind_ids(q, where, t.id, subject);
        q.run();
        return n;
    };
    if (gradebook_has_table(sql, "certificates")) {
        SqlStatement q = sql.query("SELECT serial FROM certificates WHERE trainee_id = ?1 ORDER BY id");
        q.bind(1, t.id);
        while (q.step()) out.certificate_serials += (out.certificate_serials.empty() ? "" : ",") + q.text(0);
    }
    out.comments = erase("comments", "attempt_id IN (SELECT id FROM attempts WHERE trainee_id = {id})");
    out.signoffs = erase("signoffs", "trainee_id = {id}");
    out.certificates = erase("certificates", "trainee_id = {id}");
    out.credentials = erase("credentials", "subject = {subject}");
    out.case_steps = erase("case_steps", "trainee_id = {id}");  // before the attempts they point at
    out.attempts = erase("attempts", "trainee_id = {id}");
    erase("trainees", "id = {id}");
    if (sql.backend() == "postgresql") {
        // The trainee's own login role (pg_roles: <prefix>t<id>) goes with them; prefixes are [a-z0-9_].
        const std::string role = gradebook_role_prefix(sql) + "t" + std::to_string(t.id);
        sql.exec("DROP ROLE IF EXISTS \"" + role + "\"");
        out.login_role_dropped = true;
    }
    if (gradebook_has_table(sql, "audit_log")) {
        SqlStatement q = sql.query(
            "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?1, ?2, 'trainee.delete', ?3, ?4)");
        q.bind(1, now_iso8601_utc())
            .bind(2, actor)
            .bind(3, subject)
            .bind(4, std::to_string(out.attempts) + " attempts, " + std::to_string(out.case_steps) + " case steps, " + std::to_string(out.comments) + " comments, " +
                         std::to_string(out.signoffs) + " sign-offs, " + std::to_string(out.certificates) +
                         " certificates erased" +
                         (out.certificate_serials.empty() ? "" : " (serials " + out.certificate_serials + ")"));
        q.run();
    }
    tx.commit();
    return out;
}

}  // namespace stipple
