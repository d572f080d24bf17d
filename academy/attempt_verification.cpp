// Re-scoring and re-judging stored attempts (see attempt_verification.hpp).
#include "academy/attempt_verification.hpp"
#include "academy/number_text.hpp"

#include <cmath>
#include <cstdio>
#include <optional>

#include "academy/attempt_columns.hpp"
#include "academy/attempt_integrity.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/report_io.hpp"
#include "scoring/scoring.hpp"

namespace stipple {

namespace {

std::string join_reasons(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return a + "; " + b;
}

}  // namespace

std::vector<int64_t> attempts_with_verification(const Gradebook& book, Verification which) {
    SqlStatement q = book.sql().query("SELECT id FROM attempts WHERE verification = ?1 ORDER BY id");
    q.bind(1, to_string(which));
    std::vector<int64_t> ids;
    while (q.step()) ids.push_back(q.int64(0));
    return ids;
}

std::string score_mismatch(double stored_total, bool stored_passed, const ScoreReport& rescore) {
    if (!(std::fabs(stored_total - rescore.total) <= 1e-9)) {  // NaN stored: a mismatch too
        std::string stored = one_decimal(stored_total), scored = one_decimal(rescore.total);
        if (stored == scored) {  // differ below a tenth: show enough digits to see it
            char a[64], b[64];
            std::snprintf(a, sizeof a, "%.12g", stored_total);
            std::snprintf(b, sizeof b, "%.12g", rescore.total);
            stored = a;
            scored = b;
        }
        return "stored total " + stored + " but it scores " + scored;
    }
    if (stored_passed != rescore.passed)
        return stored_passed ? "stored as passed but it fails" : "stored as failed but it passes";
    return "";
}

VerifyOutcome verify_attempt(Gradebook& book, int64_t id) {
    const std::optional<AttemptRecord> rec = book.attempt(id);
    const std::string label = "attempt " + std::to_string(id);
    if (!rec) throw InputError(ErrorCode::out_of_range, book.path(), "", "no " + label);
    VerifyOutcome out;
    out.id = id;
    out.was = rec->verification;
    const bool legacy = rec->verification == Verification::Legacy;

    std::optional<Attempt> attempt;
    std::optional<ScoreReport> rescore;  // as the gradebook stores a report (score_json's rounding)
    std::string score_json;
    std::string unreadable;
    try {
        attempt = attempt_from_json(parse_json_text(rec->attempt_json, label), label);
    } catch (const InputError& e) {
        unreadable = std::string("attempt file unreadable (") + e.what() + ")";
    }
    if (attempt) {
        try {
            score_json = report_to_json(score_attempt(book.lesson_as_recorded(rec->lesson_hash), *attempt)).dump(2);
            rescore = derive_attempt_columns(rec->attempt_json, score_json, label).report;
        } catch (const InputError& e) {
            unreadable = std::string("lesson as recorded unusable (") + e.what() + ")";
        }
    }
    if (!rescore) {
        out.verdict = {Verification::Unverified, unreadable};
    } else {
        const std::string mismatch = score_mismatch(rec->total, rec->passed, *rescore);
        out.scores_corrected = !mismatch.empty();
        AttemptVerdict seal{legacy ? Verification::Legacy : Verification::Sealed, ""};
        if (!legacy) {
            Trainee who;
            who.uid = rec->trainee_uid;  // the uid the seal was made for (kept at record time)
            seal = judge_attempt(*attempt, integrity_context(book, who, rec->lesson_hash));
        }
        if (mismatch.empty()) out.verdict = seal;
        else out.verdict = {Verification::Unverified,
                            join_reasons(mismatch, seal.verification == Verification::Unverified ? seal.note : "")};
    }
    out.changed = out.verdict.verification != rec->verification || out.verdict.note != rec->verification_note ||
                  out.scores_corrected;
    if (!out.changed) return out;

    SqlTransaction tx = book.sql().write_transaction();
    // Only while the row still says what was read: two instructors verifying at once change it once.
    SqlStatement still = book.sql().query("SELECT verification FROM attempts WHERE id = ?1");
    still.bind(1, id);
    if (!still.step() || still.text(0) != to_string(rec->verification)) {
        out.changed = false;
        out.scores_corrected = false;
        return out;
    }
    SqlStatement set = book.sql().query("UPDATE attempts SET verification = ?1, verification_note = ?2 WHERE id = ?3");
    set.bind(1, to_string(out.verdict.verification)).bind(2, out.verdict.note).bind(3, id).run();
    if (out.scores_corrected) {
        std::optional<double> hairline;
        if (rescore->hairline) hairline = rescore->hairline->score;
        SqlStatement fix = book.sql().query("UPDATE attempts SET total = ?1, passed = ?2, spacing_score = ?3, "
                                            "depth_score = ?4, hairline_score = ?5, score_json = ?6 WHERE id = ?7");
        fix.bind(1, rescore->total)
            .bind(2, static_cast<int64_t>(rescore->passed))
            .bind(3, rescore->spacing.score)
            .bind(4, rescore->depth.score)
            .bind(5, hairline)
            .bind(6, score_json)
            .bind(7, id)
            .run();
    }
    tx.commit();
    return out;
}

}  // namespace stipple
