// One trainee's data: the export holds every row about them (stored texts byte for byte, no password hash)
// and nothing about anyone else; delete leaves zero rows for that id in every table and others untouched.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "academy/trainee_data.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;

namespace {

// The tables later migrations add (people: B, review: D), as their DDL has them, created here when this
// gradebook does not have them yet, so the test covers them either way.
void add_other_parts_tables(SqlConnection& sql) {
    sql.exec(sql.ddl(R"SQL(
CREATE TABLE IF NOT EXISTS comments (id {id}, attempt_id {int} NOT NULL REFERENCES attempts(id), author TEXT NOT NULL,
    author_name TEXT NOT NULL, created TEXT NOT NULL, x_mm {real}, y_mm {real}, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS signoffs (id {id}, trainee_id {int} NOT NULL REFERENCES trainees(id), lesson_id TEXT NOT NULL,
    signed_by TEXT NOT NULL, signed_by_name TEXT NOT NULL, signed_at TEXT NOT NULL, basis TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '', revoked_at TEXT, revoked_by TEXT);
CREATE TABLE IF NOT EXISTS certificates (id {id}, serial TEXT NOT NULL UNIQUE, trainee_id {int} NOT NULL REFERENCES trainees(id),
    curriculum_title TEXT NOT NULL, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL, issued_by_name TEXT NOT NULL,
    contents TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT);
CREATE TABLE IF NOT EXISTS credentials (subject TEXT PRIMARY KEY, pw_hash TEXT NOT NULL, set_at TEXT NOT NULL,
    failed_count {int} NOT NULL DEFAULT 0, locked_until TEXT);
CREATE TABLE IF NOT EXISTS audit_log (id {id}, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '');
)SQL"));
}

void add_personal_rows(SqlConnection& sql, int64_t trainee_id, int64_t attempt_id, const std::string& tag) {
    const std::string subject = "trainee/" + std::to_string(trainee_id);
    sql.query("INSERT INTO comments (attempt_id, author, author_name, created, x_mm, y_mm, body) "
              "VALUES (?1, 'staff/1', 'Iris', '2026-11-24T10:00:00.000Z', 12.5, 30.0, ?2)")
        .bind(1, attempt_id).bind(2, "too deep at the temple, " + tag).run();
    sql.query("INSERT INTO signoffs (trainee_id, lesson_id, signed_by, signed_by_name, signed_at, basis) "
              "VALUES (?1, 'hairline-classic', 'staff/1', 'Iris', '2026-11-24T11:00:00.000Z', '[1,2]')")
        .bind(1, trainee_id).run();
    sql.query("INSERT INTO certificates (serial, trainee_id, curriculum_title, issued_at, issued_by, issued_by_name, "
              "contents) VALUES (?1, ?2, 'Hairlines', '2026-11-24T12:00:00.000Z', 'staff/1', 'Iris', '{}')")
        .bind(1, "serial-" + tag).bind(2, trainee_id).run();
    sql.query("INSERT INTO credentials (subject, pw_hash, set_at) VALUES (?1, '$argon2id$secret', '2026-11-24')")
        .bind(1, subject).run();
    sql.query("INSERT INTO audit_log (at, actor, action, subject) VALUES ('2026-11-24', 'staff/1', 'pin.set', ?1)")
        .bind(1, subject).run();
}

// Rows of `table` WHERE `where`, with ?1 the trainee id, or ?S their subject "trainee/<id>".
int64_t rows(SqlConnection& sql, const std::string& table, std::string where, int64_t id) {
    const size_t s = where.find("?S");
    if (s != std::string::npos) where.replace(s, 2, "?1");
    SqlStatement q = sql.query("SELECT count(*) FROM " + table + " WHERE " + where);
    if (s != std::string::npos) q.bind(1, "trainee/" + std::to_string(id));
    else if (where.find("?1") != std::string::npos) q.bind(1, id);
    q.step();
    return q.int64(0);
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Fixture {
    test::AcademySamples samples = test::make_samples();
    test::ScratchDir dir;  // the export's folder
    test::TestGradebook where;
    Gradebook book;
    int64_t ana = 0, bob = 0;
    explicit Fixture(const std::string& backend) : where(backend), book(where.open()) {
        ana = book.add_trainee("ana", "spring").id;
        bob = book.add_trainee("bob", "spring").id;
        int64_t ana_attempt = 0, bob_attempt = 0;
        for (int n = 0; n < 3; ++n) ana_attempt = book.record_attempt(test::sample_record(samples, "ana", n, n > 0));
        bob_attempt = book.record_attempt(test::sample_record(samples, "bob", 0, true));
        add_other_parts_tables(book.sql());
        add_personal_rows(book.sql(), ana, ana_attempt, "ana");
        add_personal_rows(book.sql(), bob, bob_attempt, "bob");
    }
};

}  // namespace

TEST_CASE("export-data writes everything about one trainee, byte for byte, and nothing about others") {
    Fixture f(GENERATE(from_range(test::backends())));
    const auto out = f.dir / "ana-data";
    CHECK(export_trainee_data(f.book, "ana", out.string()) == 3);
    const nlohmann::json doc = nlohmann::json::parse(slurp(out / "trainee.json"));
    CHECK(doc["format"] == "stipple-trainee-data/1");
    CHECK(doc["trainee"]["name"] == "ana");
    CHECK(doc["trainee"]["cohort"] == "spring");
    REQUIRE(doc["attempts"].size() == 3);
    AttemptFilter filter;
    filter.trainee = "ana";
    filter.with_documents = true;
    const auto stored = f.book.attempts(filter);
    for (size_t i = 0; i < stored.size(); ++i) {  // round trip: the stored texts come back unchanged
        CHECK(doc["attempts"][i]["id"] == stored[i].id);
        CHECK(doc["attempts"][i]["attempt_json"].get<std::string>() == stored[i].attempt_json);
        CHECK(doc["attempts"][i]["score_json"].get<std::string>() == stored[i].score_json);
        CHECK(doc["attempts"][i]["passed"] == stored[i].passed);
    }
    REQUIRE(doc["lessons"].size() == 1);
    CHECK(doc["lessons"][0]["lesson_json"].get<std::string>() ==
          f.book.recorded_lesson(stored[0].lesson_hash)->lesson_json);
    CHECK(doc["tables"]["comments"].size() == 1);
    CHECK(doc["tables"]["comments"][0]["body"] == "too deep at the temple, ana");
    CHECK(doc["tables"]["signoffs"].size() == 1);
    CHECK(doc["tables"]["certificates"][0]["serial"] == "serial-ana");
    CHECK(doc["tables"]["credentials"].size() == 1);
    CHECK(doc["tables"]["audit_log"].size() == 1);
    const std::string text = slurp(out / "trainee.json");
    CHECK(text.find("argon2id") == std::string::npos);  // never a password hash
    CHECK(text.find("bob") == std::string::npos);
    CHECK(slurp(out / "README.txt").find("stipple-trainee-data/1") != std::string::npos);
    CHECK((std::filesystem::status(out / "trainee.json").permissions() & std::filesystem::perms::others_read) ==
          std::filesystem::perms::none);
    CHECK_THROWS_AS(export_trainee_data(f.book, "nobody", (f.dir / "x").string()), InputError);
}

TEST_CASE("delete leaves zero rows for that trainee in every table and the others untouched") {
    Fixture f(GENERATE(from_range(test::backends())));
    SqlConnection& sql = f.book.sql();
    const TraineeDeletion d = delete_trainee_data(f.book, "ana", "staff/1");
    CHECK(d.trainee_id == f.ana);
    CHECK(d.attempts == 3);
    CHECK(d.comments == 1);
    CHECK(d.signoffs == 1);
    CHECK(d.certificates == 1);
    CHECK(d.credentials == 1);
    CHECK(d.certificate_serials == "serial-ana");
    for (int64_t id : {f.ana, f.bob}) {
        const int64_t keep = id == f.bob ? 1 : 0;
        CHECK(rows(sql, "trainees", "id = ?1", id) == keep);
        CHECK(rows(sql, "attempts", "trainee_id = ?1", id) == (id == f.bob ? 1 : 0));
        CHECK(rows(sql, "comments", "attempt_id IN (SELECT id FROM attempts WHERE trainee_id = ?1)", id) == keep);
        CHECK(rows(sql, "signoffs", "trainee_id = ?1", id) == keep);
        CHECK(rows(sql, "certificates", "trainee_id = ?1", id) == keep);
        CHECK(rows(sql, "credentials", "subject = ?S", id) == keep);
    }
    CHECK(rows(sql, "comments", "1 = 1", 0) == 1);  // no comment left dangling on a deleted attempt
    // The audit line stays (it is how the deletion is proven) and names only the id and the counts.
    SqlStatement q = sql.query("SELECT actor, detail FROM audit_log WHERE action = 'trainee.delete'");
    REQUIRE(q.step());
    CHECK(q.text(0) == "staff/1");
    CHECK(q.text(1) == "3 attempts, 0 case steps, 1 comments, 1 sign-offs, 1 certificates erased (serials serial-ana)");
    CHECK_FALSE(f.book.find_trainee("ana"));
    CHECK(f.book.find_trainee("bob"));
    CHECK_THROWS_AS(delete_trainee_data(f.book, "ana", "staff/1"), InputError);
}

TEST_CASE("a gradebook without the later tables: export and delete cover what is there") {
    const auto samples = test::make_samples();
    test::ScratchDir dir;
    test::TestGradebook where(GENERATE(from_range(test::backends())));
    Gradebook book = where.open();
    book.add_trainee("cy");
    book.record_attempt(test::sample_record(samples, "cy", 0, true));
    CHECK(gradebook_has_table(book.sql(), "attempts"));
    CHECK_FALSE(gradebook_has_table(book.sql(), "no_such_table"));
    CHECK(export_trainee_data(book, "cy", (dir / "cy").string()) == 1);
    CHECK(delete_trainee_data(book, "cy", "open").attempts == 1);
    CHECK(rows(book.sql(), "attempts", "1 = 1", 0) == 0);
}
