// Recording and listing the steps of trainees' runs through cases in the schema-7 table case_steps.
#include "academy/case_records.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <nlohmann/json.hpp>

#include "academy/text_safety.hpp"
#include "academy/user_data.hpp"
#include "academy/uuid.hpp"
#include "scoring/input_error.hpp"
#include "scoring/iso_time.hpp"

namespace stipple {

namespace {

// CaseStep::kind (scoring/case.hpp); the table's CHECK lists the same names.
constexpr std::array<const char*, 8> kStepKinds = {"consultation", "precare", "setup",   "numbing",
                                                   "design",       "session", "touchup", "aftercare"};

[[noreturn]] void refuse(const Gradebook& book, ErrorCode code, const std::string& message) {
    throw InputError(code, book.path(), "", "case step: " + message);
}

// An id or title as stored: valid UTF-8, no control characters, 1..max bytes.
void check_text(const Gradebook& book, const std::string& field, const std::string& text, size_t max_bytes) {
    if (text.empty() || text.size() > max_bytes)
        refuse(book, text.empty() ? ErrorCode::missing_field : ErrorCode::too_long,
               field + " must be 1 to " + std::to_string(max_bytes) + " bytes (has " + std::to_string(text.size()) + ")");
    if (valid_utf8_or_replace(text) != text || has_control_characters(text))
        refuse(book, ErrorCode::out_of_range, field + " must be valid UTF-8 without control characters");
}

// The detail as stored: compact JSON object text ("{}" when empty).
std::string checked_detail(const Gradebook& book, const std::string& text) {
    if (text.empty()) return "{}";
    if (text.size() > kMaxCaseStepDetailBytes)
        refuse(book, ErrorCode::too_long,
               "detail_json is " + std::to_string(text.size()) + " bytes (at most " +
                   std::to_string(kMaxCaseStepDetailBytes) + ")");
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) refuse(book, ErrorCode::not_json, "detail_json is not JSON");
    if (!j.is_object()) refuse(book, ErrorCode::wrong_type, "detail_json must be a JSON object");
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string checked_time(const Gradebook& book, const std::string& text) {
    if (text.empty()) return now_iso8601_utc();
    const auto t = parse_iso8601(text);
    if (!t) refuse(book, ErrorCode::bad_time, "finished \"" + text + "\" is not an ISO 8601 time with a zone");
    return format_iso8601_utc(*t);
}

constexpr const char* kColumns =
    "SELECT s.id, t.name, s.trainee_uid, s.case_id, s.case_title, s.run_id, s.step_id, s.kind, s.score, s.passed, "
    "s.detail_json, s.attempt_id, s.finished, s.recorded FROM case_steps s JOIN trainees t ON t.id = s.trainee_id ";

CaseStepRecord read_row(const SqlStatement& q) {
    CaseStepRecord r;
    r.id = q.int64(0);
    r.trainee = q.text(1);
    r.trainee_uid = q.text(2);
    r.case_id = q.text(3);
    r.case_title = q.text(4);
    r.run_id = q.text(5);
    r.step_id = q.text(6);
    r.kind = q.text(7);
    r.score = q.real(8);
    r.passed = q.int64(9) != 0;
    r.detail_json = q.text(10);
    if (!q.is_null(11)) r.attempt_id = q.int64(11);
    r.finished = q.text(12);
    r.recorded = q.text(13);
    return r;
}

}  // namespace

bool is_case_step_kind(const std::string& kind) {
    for (const char* k : kStepKinds)
        if (kind == k) return true;
    return false;
}

bool case_step_has_attempt(const std::string& kind) {
    return kind == "design" || kind == "session" || kind == "touchup";
}

int64_t record_case_step(Gradebook& book, const CaseStepInput& in) {
    // Everything is checked before the transaction: a refused step writes nothing.
    check_text(book, "case_id", in.case_id, kMaxCaseIdBytes);
    check_text(book, "step_id", in.step_id, kMaxCaseIdBytes);
    check_text(book, "case_title", in.case_title, kMaxCaseTitleBytes);
    if (!is_uuid(in.run_id)) refuse(book, ErrorCode::out_of_range, "run_id \"" + in.run_id + "\" is not a UUID");
    if (!is_case_step_kind(in.kind))
        refuse(book, ErrorCode::unknown_name,
               "kind \"" + in.kind + "\" is not consultation, precare, setup, numbing, design, session, touchup or aftercare");
    if (!std::isfinite(in.score) || in.score < 0.0 || in.score > 100.0)
        refuse(book, ErrorCode::out_of_range, "score must be 0 to 100 (is " + std::to_string(in.score) + ")");
    if (in.attempt_id && !case_step_has_attempt(in.kind))
        refuse(book, ErrorCode::record_mismatch, "a " + in.kind + " step has no attempt (only design, session, touchup)");
    const std::string detail = checked_detail(book, in.detail_json);
    const std::string finished = checked_time(book, in.finished);

    SqlConnection& sql = book.sql();
    SqlTransaction tx = sql.write_transaction();
    const std::optional<Trainee> trainee = book.find_trainee(in.trainee);
    if (!trainee) throw InputError(ErrorCode::unknown_trainee, book.path(), "", "no trainee named \"" + in.trainee + "\"");
    if (trainee->archived)
        throw InputError(ErrorCode::trainee_archived, book.path(), "", "trainee \"" + in.trainee + "\" is archived");
    {
        SqlStatement known = sql.query("SELECT id FROM case_steps WHERE trainee_id = ?1 AND run_id = ?2 AND step_id = ?3");
        known.bind(1, trainee->id).bind(2, in.run_id).bind(3, in.step_id);
        if (known.step()) return known.int64(0);  // the first record stands (an import run twice adds nothing)
    }
    if (in.attempt_id) {
        SqlStatement a = sql.query("SELECT trainee_id, total, passed FROM attempts WHERE id = ?1");
        a.bind(1, *in.attempt_id);
        if (!a.step() || a.int64(0) != trainee->id)
            refuse(book, ErrorCode::record_mismatch,
                   "attempt " + std::to_string(*in.attempt_id) + " is not one of " + in.trainee + "'s attempts");
        // A session's score is its attempt's: a step cannot pass on an attempt that failed.
        if (std::abs(a.real(1) - in.score) > 0.051 || (a.int64(2) != 0) != in.passed)
            refuse(book, ErrorCode::record_mismatch,
                   "step " + in.step_id + " (" + std::to_string(in.score) + (in.passed ? ", passed" : ", failed") +
                       ") does not agree with attempt " + std::to_string(*in.attempt_id) + " (" +
                       std::to_string(a.real(1)) + (a.int64(2) ? ", passed" : ", failed") + ")");
    }
    SqlStatement insert = sql.query(
        "INSERT INTO case_steps (trainee_id, trainee_uid, case_id, case_title, run_id, step_id, kind, score, passed, "
        "detail_json, attempt_id, finished, recorded) VALUES (?1, (SELECT COALESCE(uid, '') FROM trainees WHERE id = ?1), "
        "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id");
    insert.bind(1, trainee->id)
        .bind(2, in.case_id)
        .bind(3, in.case_title)
        .bind(4, in.run_id)
        .bind(5, in.step_id)
        .bind(6, in.kind)
        .bind(7, in.score)
        .bind(8, static_cast<int64_t>(in.passed))
        .bind(9, detail);
    if (in.attempt_id) insert.bind(10, *in.attempt_id);
    else insert.bind_null(10);
    insert.bind(11, finished).bind(12, now_iso8601_utc());
    if (!insert.step()) throw std::runtime_error(book.path() + ": recording a case step returned no id");
    const int64_t id = insert.int64(0);
    insert.run();
    tx.commit();
    return id;
}

std::vector<CaseStepRecord> case_steps(const Gradebook& book, const CaseStepFilter& f) {
    SqlStatement q = book.sql().query(std::string(kColumns) +
                                      "WHERE (CAST(?1 AS TEXT) IS NULL OR t.name = ?1) "
                                      "AND (CAST(?2 AS TEXT) IS NULL OR s.case_id = ?2) "
                                      "AND (CAST(?3 AS TEXT) IS NULL OR s.run_id = ?3) ORDER BY s.id");
    if (f.trainee) q.bind(1, *f.trainee);
    else q.bind_null(1);
    if (f.case_id) q.bind(2, *f.case_id);
    else q.bind_null(2);
    if (f.run_id) q.bind(3, *f.run_id);
    else q.bind_null(3);
    std::vector<CaseStepRecord> out;
    while (q.step()) out.push_back(read_row(q));
    return out;
}

std::vector<CaseStepRecord> case_steps_in_scope(const Gradebook& book, const RecordScope& scope,
                                                const CaseStepFilter& base) {
    std::vector<std::string> in_cohort;
    for (const Trainee& t : book.trainees(true))
        if (trainee_in_scope(scope, t)) in_cohort.push_back(t.name);
    std::vector<CaseStepRecord> out;
    for (CaseStepRecord& s : case_steps(book, base)) {
        const bool trainee_ok = std::find(in_cohort.begin(), in_cohort.end(), s.trainee) != in_cohort.end();
        if (trainee_ok && in_range(scope.range, s.finished)) out.push_back(std::move(s));
    }
    return out;
}

}  // namespace stipple
