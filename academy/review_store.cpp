// Comments, sign-offs and certificates in the gradebook's schema-6 tables (see review_store.hpp).
#include "academy/review_store.hpp"

#include <algorithm>
#include <cmath>

#include "academy/text_safety.hpp"
#include "academy/user_data.hpp"
#include "academy/uuid.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"

namespace stipple {

namespace {

Trainee trainee_named(const Gradebook& book, const std::string& name) {
    std::optional<Trainee> t = book.find_trainee(name);
    if (!t) throw InputError(ErrorCode::unknown_trainee, book.path(), "", "no trainee named \"" + name + "\"");
    return *t;
}

// A review text: valid UTF-8, no controls but "\n", within 1..max bytes (0 allowed when `may_be_empty`).
void check_review_text(const Gradebook& book, const std::string& what, const std::string& text, bool may_be_empty) {
    if (text.empty() && may_be_empty) return;
    if (text.empty() || text.size() > kMaxCommentBytes)
        throw InputError(ErrorCode::too_long, book.path(), "",
                         what + " must be 1 to " + std::to_string(kMaxCommentBytes) + " bytes (has " +
                             std::to_string(text.size()) + ")");
    if (valid_utf8_or_replace(text) != text)
        throw InputError(ErrorCode::out_of_range, book.path(), "", what + " must be valid UTF-8");
    if (has_control_characters(text, LineBreaks::keep))
        throw InputError(ErrorCode::out_of_range, book.path(), "",
                         what + " must not hold control characters (a line break is allowed)");
}

std::string ids_json(const std::vector<int64_t>& ids) {
    nlohmann::json a = nlohmann::json::array();
    for (int64_t id : ids) a.push_back(id);
    return a.dump();
}

std::vector<int64_t> ids_from_json(const std::string& text) {
    std::vector<int64_t> ids;
    const nlohmann::json a = nlohmann::json::parse(text, nullptr, false);
    if (a.is_array())
        for (const auto& v : a)
            if (v.is_number_integer()) ids.push_back(v.get<int64_t>());
    return ids;
}

constexpr const char* kCommentColumns = "c.id, c.attempt_id, c.author, c.author_name, c.created, c.x_mm, c.y_mm, c.body";

Comment comment_from_row(const SqlStatement& q) {
    Comment c;
    c.id = q.int64(0);
    c.attempt_id = q.int64(1);
    c.author = q.text(2);
    c.author_name = q.text(3);
    c.created = q.text(4);
    if (!q.is_null(5) && !q.is_null(6)) c.at_mm = Point{q.real(5), q.real(6)};
    c.body = q.text(7);
    return c;
}

constexpr const char* kSignOffColumns =
    "s.id, t.name, s.lesson_id, s.signed_by, s.signed_by_name, s.signed_at, s.basis, s.note, s.revoked_at, "
    "s.revoked_by";

SignOff sign_off_from_row(const SqlStatement& q) {
    SignOff s;
    s.id = q.int64(0);
    s.trainee = q.text(1);
    s.lesson_id = q.text(2);
    s.signed_by = q.text(3);
    s.signed_by_name = q.text(4);
    s.signed_at = q.text(5);
    s.basis = ids_from_json(q.text(6));
    s.note = q.text(7);
    if (!q.is_null(8)) s.revoked_at = q.text(8);
    s.revoked_by = q.text(9);
    return s;
}

std::optional<SignOff> live_sign_off(const Gradebook& book, int64_t trainee_id, const std::string& lesson_id) {
    SqlStatement q = book.sql().query(std::string("SELECT ") + kSignOffColumns +
                                      " FROM signoffs s JOIN trainees t ON t.id = s.trainee_id"
                                      " WHERE s.trainee_id = ?1 AND s.lesson_id = ?2 AND s.revoked_at IS NULL");
    q.bind(1, trainee_id).bind(2, lesson_id);
    if (!q.step()) return std::nullopt;
    return sign_off_from_row(q);
}

// What makes a lesson proficient on counted attempts: the first run of the rule's consecutive passes (their
// ids, oldest first), and the best counted total. No run: empty basis.
struct Proficiency {
    std::vector<const AttemptRecord*> basis;
    double best_total = 0.0;
};

Proficiency proficiency_of(const std::vector<AttemptRecord>& counted, const ProficiencyRule& rule) {
    Proficiency p;
    const size_t needed = static_cast<size_t>(std::max(1, rule.consecutive_passes));
    std::vector<const AttemptRecord*> run;
    for (const AttemptRecord& a : counted) {
        p.best_total = std::max(p.best_total, a.total);
        if (!p.basis.empty()) continue;
        if (a.passed) run.push_back(&a);
        else run.clear();
        if (run.size() >= needed) p.basis = run;
    }
    return p;
}

std::vector<AttemptRecord> counted_attempts(const Gradebook& book, const std::string& trainee,
                                            const std::string& lesson_id) {
    AttemptFilter f;
    f.trainee = trainee;
    f.lesson_id = lesson_id;
    f.counted_only = true;
    return book.attempts(f);
}

const CurriculumEntry* entry_for(const Curriculum& curriculum, const std::string& lesson_id) {
    for (const CurriculumEntry& e : curriculum.lessons)
        if (e.lesson.id == lesson_id) return &e;
    return nullptr;
}

std::string when_of(const AttemptRecord& a) {
    return !a.finished.empty() ? a.finished : !a.started.empty() ? a.started : a.recorded;
}

Certificate certificate_from_row(const Gradebook& book, const SqlStatement& q) {
    Certificate c;
    c.id = q.int64(0);
    c.contents_json = q.text(1);
    c.contents = certificate_from_json(parse_json_text(c.contents_json, book.path() + " (certificate " + q.text(4) + ")"),
                                       book.path() + " (certificate " + q.text(4) + ")");
    if (!q.is_null(2)) c.revoked_at = q.text(2);
    c.revoked_by = q.text(3);
    return c;
}

constexpr const char* kCertificateColumns = "id, contents, revoked_at, revoked_by, serial";

}  // namespace

std::string shown_name(const ReviewActor& actor) {
    return actor.name.empty() ? "instructor (open mode)" : printable_text(actor.name);
}

Comment add_comment(Gradebook& book, const ReviewActor& actor, int64_t attempt_id, std::optional<Point> at_mm,
                    const std::string& body) {
    check_review_text(book, "a comment", body, false);
    const std::optional<AttemptRecord> attempt = book.attempt(attempt_id);
    if (!attempt)
        throw InputError(ErrorCode::unknown_record, book.path(), "", "no attempt " + std::to_string(attempt_id));
    if (at_mm) {
        if (!std::isfinite(at_mm->x) || !std::isfinite(at_mm->y))
            throw InputError(ErrorCode::out_of_range, book.path(), "", "the comment's place must be finite mm");
        std::vector<Point> points = book.lesson_as_recorded(attempt->lesson_hash).zone;
        for (const Dot& d : attempt_from_json(parse_json_text(attempt->attempt_json, "attempt " +
                                                                  std::to_string(attempt_id)),
                                              "attempt " + std::to_string(attempt_id))
                                .dots)
            points.push_back({d.x, d.y});
        const Bounds b = bounds_of(points);
        const double m = kCommentMarginMm;
        if (at_mm->x < b.min.x - m || at_mm->x > b.max.x + m || at_mm->y < b.min.y - m || at_mm->y > b.max.y + m) {
            char where[160];
            std::snprintf(where, sizeof where, "(%.1f, %.1f) mm is outside the work (x %.1f..%.1f, y %.1f..%.1f mm)",
                          at_mm->x, at_mm->y, b.min.x - m, b.max.x + m, b.min.y - m, b.max.y + m);
            throw InputError(ErrorCode::off_map, book.path(), "", std::string("the comment's place ") + where);
        }
    }
    SqlTransaction tx = book.sql().write_transaction();
    SqlStatement q = book.sql().query(
        "INSERT INTO comments (attempt_id, author, author_name, created, x_mm, y_mm, body)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
    Comment c;
    c.attempt_id = attempt_id;
    c.author = actor.subject.empty() ? "open" : actor.subject;
    c.author_name = shown_name(actor);
    c.created = now_iso8601_utc();
    c.at_mm = at_mm;
    c.body = body;
    q.bind(1, attempt_id).bind(2, c.author).bind(3, c.author_name).bind(4, c.created);
    q.bind(5, at_mm ? std::optional<double>(at_mm->x) : std::nullopt);
    q.bind(6, at_mm ? std::optional<double>(at_mm->y) : std::nullopt);
    q.bind(7, body);
    if (!q.step()) throw std::runtime_error(book.path() + ": the comment was not stored");
    c.id = q.int64(0);
    q.run();
    tx.commit();
    return c;
}

std::vector<Comment> comments_for(const Gradebook& book, int64_t attempt_id) {
    SqlStatement q = book.sql().query(std::string("SELECT ") + kCommentColumns +
                                      " FROM comments c WHERE c.attempt_id = ?1 ORDER BY c.id");
    q.bind(1, attempt_id);
    std::vector<Comment> out;
    while (q.step()) out.push_back(comment_from_row(q));
    return out;
}

std::vector<Comment> comments_for_trainee(const Gradebook& book, const std::string& trainee) {
    const Trainee t = trainee_named(book, trainee);
    SqlStatement q = book.sql().query(std::string("SELECT ") + kCommentColumns +
                                      " FROM comments c JOIN attempts a ON a.id = c.attempt_id"
                                      " WHERE a.trainee_id = ?1 ORDER BY c.attempt_id, c.id");
    q.bind(1, t.id);
    std::vector<Comment> out;
    while (q.step()) out.push_back(comment_from_row(q));
    return out;
}

std::vector<Comment> all_comments(const Gradebook& book) {
    SqlStatement q =
        book.sql().query(std::string("SELECT ") + kCommentColumns + " FROM comments c ORDER BY c.attempt_id, c.id");
    std::vector<Comment> out;
    while (q.step()) out.push_back(comment_from_row(q));
    return out;
}

SignOffResult sign_off(Gradebook& book, const ReviewActor& actor, const Curriculum& curriculum,
                       const std::string& trainee, const std::string& lesson_id, const std::string& note) {
    const Trainee t = trainee_named(book, trainee);
    if (t.archived)
        throw InputError(ErrorCode::trainee_archived, book.path(), "", "trainee \"" + trainee + "\" is archived");
    if (!entry_for(curriculum, lesson_id))
        throw InputError(ErrorCode::unknown_lesson, book.path(), "",
                         "lesson \"" + lesson_id + "\" is not in the curriculum \"" + curriculum.title + "\"");
    check_review_text(book, "a sign-off note", note, true);
    const std::vector<AttemptRecord> counted = counted_attempts(book, trainee, lesson_id);
    const Proficiency p = proficiency_of(counted, curriculum.proficiency);
    if (p.basis.empty())
        throw InputError(ErrorCode::other, book.path(), "",
                         "\"" + trainee + "\" is not proficient in " + lesson_id + " on counted attempts (" +
                             std::to_string(counted.size()) + " counted; needs " +
                             std::to_string(std::max(1, curriculum.proficiency.consecutive_passes)) +
                             " passes in a row)");
    SqlTransaction tx = book.sql().write_transaction();
    if (std::optional<SignOff> existing = live_sign_off(book, t.id, lesson_id)) return {*existing, false};
    std::vector<int64_t> basis;
    for (const AttemptRecord* a : p.basis) basis.push_back(a->id);
    SqlStatement q = book.sql().query(
        "INSERT INTO signoffs (trainee_id, lesson_id, signed_by, signed_by_name, signed_at, basis, note)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
    SignOff s;
    s.trainee = t.name;
    s.lesson_id = lesson_id;
    s.signed_by = actor.subject.empty() ? "open" : actor.subject;
    s.signed_by_name = shown_name(actor);
    s.signed_at = now_iso8601_utc();
    s.basis = basis;
    s.note = note;
    q.bind(1, t.id).bind(2, lesson_id).bind(3, s.signed_by).bind(4, s.signed_by_name).bind(5, s.signed_at);
    q.bind(6, ids_json(basis)).bind(7, note);
    if (!q.step()) throw std::runtime_error(book.path() + ": the sign-off was not stored");
    s.id = q.int64(0);
    q.run();
    tx.commit();
    return {s, true};
}

int revoke_sign_off(Gradebook& book, const ReviewActor& actor, const std::string& trainee,
                    const std::string& lesson_id) {
    const Trainee t = trainee_named(book, trainee);
    const std::string by = actor.subject.empty() ? "open" : actor.subject;
    const std::string now = now_iso8601_utc();
    SqlTransaction tx = book.sql().write_transaction();
    const std::optional<SignOff> live = live_sign_off(book, t.id, lesson_id);
    if (!live)
        throw InputError(ErrorCode::unknown_record, book.path(), "",
                         "\"" + trainee + "\" has no live sign-off for " + lesson_id);
    book.sql().query("UPDATE signoffs SET revoked_at = ?1, revoked_by = ?2 WHERE id = ?3")
        .bind(1, now).bind(2, by).bind(3, live->id).run();
    // Certificates resting on the sign-off fall with it.
    std::vector<int64_t> fallen;
    {
        SqlStatement q = book.sql().query(std::string("SELECT ") + kCertificateColumns +
                                          " FROM certificates WHERE trainee_id = ?1 AND revoked_at IS NULL");
        q.bind(1, t.id);
        while (q.step()) {
            const Certificate c = certificate_from_row(book, q);
            for (const CertificateLesson& l : c.contents.lessons)
                if (l.lesson_id == lesson_id) {
                    fallen.push_back(c.id);
                    break;
                }
        }
    }
    for (int64_t id : fallen)
        book.sql().query("UPDATE certificates SET revoked_at = ?1, revoked_by = ?2 WHERE id = ?3")
            .bind(1, now).bind(2, by).bind(3, id).run();
    tx.commit();
    return static_cast<int>(fallen.size());
}

std::vector<SignOff> sign_offs(const Gradebook& book, const std::string& trainee, bool include_revoked) {
    const Trainee t = trainee_named(book, trainee);
    SqlStatement q = book.sql().query(std::string("SELECT ") + kSignOffColumns +
                                      " FROM signoffs s JOIN trainees t ON t.id = s.trainee_id WHERE s.trainee_id = ?1" +
                                      (include_revoked ? "" : " AND s.revoked_at IS NULL") + " ORDER BY s.id");
    q.bind(1, t.id);
    std::vector<SignOff> out;
    while (q.step()) out.push_back(sign_off_from_row(q));
    return out;
}

IssueResult issue_certificate(Gradebook& book, const ReviewActor& actor, const Curriculum& curriculum,
                              const std::string& trainee) {
    const Trainee t = trainee_named(book, trainee);
    {
        SqlStatement q = book.sql().query(std::string("SELECT ") + kCertificateColumns +
                                          " FROM certificates WHERE trainee_id = ?1 AND curriculum_title = ?2"
                                          " AND revoked_at IS NULL");
        q.bind(1, t.id).bind(2, curriculum.title);
        if (q.step()) return {certificate_from_row(book, q), false};
    }
    CertificateContents c;
    c.academy_home = book.academy_home();
    c.trainee = t.name;
    c.trainee_uid = t.uid;
    c.curriculum_title = curriculum.title;
    c.issued_by = shown_name(actor);
    c.issued_at = now_iso8601_utc();
    std::vector<std::string> unsigned_lessons, not_proficient;
    for (const CurriculumEntry& e : curriculum.lessons) {
        const std::optional<SignOff> s = live_sign_off(book, t.id, e.lesson.id);
        const std::vector<AttemptRecord> counted = counted_attempts(book, trainee, e.lesson.id);
        const Proficiency p = proficiency_of(counted, curriculum.proficiency);
        if (!s) unsigned_lessons.push_back(e.lesson.id);
        else if (p.basis.empty()) not_proficient.push_back(e.lesson.id);
        if (!s || p.basis.empty()) continue;
        c.lessons.push_back({e.lesson.id, e.lesson.title, when_of(*p.basis.back()), p.best_total, s->signed_by_name,
                             s->signed_at});
    }
    if (!unsigned_lessons.empty() || !not_proficient.empty()) {
        std::string why;
        const auto list = [](const std::vector<std::string>& ids) {
            std::string s;
            for (const std::string& id : ids) s += (s.empty() ? "" : ", ") + id;
            return s;
        };
        if (!unsigned_lessons.empty()) why += "not signed off: " + list(unsigned_lessons);
        if (!not_proficient.empty())
            why += std::string(why.empty() ? "" : "; ") + "no longer proficient on counted attempts: " +
                   list(not_proficient);
        throw InputError(ErrorCode::other, book.path(), "",
                         "no certificate for \"" + trainee + "\" in \"" + curriculum.title + "\": " + why);
    }
    SqlTransaction tx = book.sql().write_transaction();
    SqlStatement insert = book.sql().query(
        "INSERT INTO certificates (serial, trainee_id, curriculum_title, issued_at, issued_by, issued_by_name, contents)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, '') RETURNING id");
    insert.bind(1, "pending/" + random_uuid_v4()).bind(2, t.id).bind(3, curriculum.title).bind(4, c.issued_at);
    insert.bind(5, actor.subject.empty() ? "open" : actor.subject).bind(6, c.issued_by);
    if (!insert.step()) throw std::runtime_error(book.path() + ": the certificate was not stored");
    Certificate cert;
    cert.id = insert.int64(0);
    insert.run();
    c.serial = name_based_uuid(book.database_id(), "certificate/" + std::to_string(cert.id));
    cert.contents = c;
    cert.contents_json = certificate_to_json(c).dump();
    book.sql().query("UPDATE certificates SET serial = ?1, contents = ?2 WHERE id = ?3")
        .bind(1, c.serial).bind(2, cert.contents_json).bind(3, cert.id).run();
    tx.commit();
    return {cert, true};
}

std::optional<Certificate> find_certificate(const Gradebook& book, const std::string& serial) {
    SqlStatement q = book.sql().query(std::string("SELECT ") + kCertificateColumns + " FROM certificates WHERE serial = ?1");
    q.bind(1, serial);
    if (!q.step()) return std::nullopt;
    return certificate_from_row(book, q);
}

void revoke_certificate(Gradebook& book, const ReviewActor& actor, const std::string& serial) {
    SqlTransaction tx = book.sql().write_transaction();
    const std::optional<Certificate> c = find_certificate(book, serial);
    if (!c) throw InputError(ErrorCode::unknown_record, book.path(), "", "no certificate with serial " + serial);
    if (c->revoked_at)
        throw InputError(ErrorCode::other, book.path(), "", "certificate " + serial + " was revoked on " + *c->revoked_at);
    book.sql().query("UPDATE certificates SET revoked_at = ?1, revoked_by = ?2 WHERE id = ?3")
        .bind(1, now_iso8601_utc()).bind(2, actor.subject.empty() ? "open" : actor.subject).bind(3, c->id).run();
    tx.commit();
}

}  // namespace stipple
