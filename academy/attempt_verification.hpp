// `academy verify`'s rule: an attempt waiting as 'pending' (a trainee's own PostgreSQL connection wrote it) or,
// on request, a 'legacy' one is re-scored against the lesson as recorded and its seal checked; it becomes what
// the evidence says (sealed, or legacy kept) or unverified with the reason, its stored scores corrected.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"
#include "scoring/score_report.hpp"

namespace stipple {

// Ids of the attempts whose verification is `which` (pending or legacy), in id order.
std::vector<int64_t> attempts_with_verification(const Gradebook& book, Verification which);

// "" when the stored total (to 1e-9) and pass agree with `rescore`; else why, e.g.
// "stored total 100.0 but it scores 41.2" or "stored as passed but it fails".
std::string score_mismatch(double stored_total, bool stored_passed, const ScoreReport& rescore);

struct VerifyOutcome {
    int64_t id = 0;
    Verification was = Verification::Pending;
    AttemptVerdict verdict;   // as stored now
    bool scores_corrected = false;
    bool changed = false;     // false: the row already said this (a legacy row that agrees), or it was verified meanwhile
};

// Re-checks attempt `id` in one transaction: re-scored with score_attempt against book.lesson_as_recorded() and
// compared as the gradebook stores a report (score_json's rounding, derive_attempt_columns), the
// seal judged with judge_attempt (not for legacy rows, which predate seals). All agree: pending becomes sealed,
// legacy stays legacy. Else unverified with the reasons ("; "-joined) and the stored scores set to the re-score.
// An unreadable file or unknown lesson version is unverified. The seal key must be readable (PostgreSQL: the
// configured, owner connection). Throws InputError when there is no attempt `id`.
VerifyOutcome verify_attempt(Gradebook& book, int64_t id);

}  // namespace stipple
