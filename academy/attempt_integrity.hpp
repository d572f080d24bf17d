// Whether an attempt can be trusted, the one rule: what an attempt's verification is when it is recorded, and
// which verifications count toward progress and certificates.
#pragma once

#include <optional>
#include <string>

#include "academy/gradebook.hpp"
#include "scoring/attempt.hpp"

namespace stipple {

// Verification and AttemptVerdict are gradebook.hpp's (stored with each attempt). app: recorded by the app at a
// seat of this gradebook. sealed: imported with a valid seal of this gradebook, or vouched for by an instructor.
// pending: written by a trainee's own connection on PostgreSQL, waiting for `academy verify`. unverified:
// anything else (no seal, a broken one, `stipple demo`, a copy of other work). legacy: recorded before
// verification existed (migration 4).
bool counts_toward_progress(Verification v);  // app, sealed, legacy

// What the importer knows about the gradebook and the attempt's trainee and lesson.
struct IntegrityContext {
    std::string gradebook;    // database_id
    std::string seal_key;     // raw key bytes; empty when the gradebook has none
    std::string trainee_uid;
    std::string lesson_hash;  // of the lesson version the attempt is scored against
    std::string vouched_by;   // login of the instructor vouching for unsealed files (`import --vouch`); empty = none
};

// The context for `trainee`'s attempts scored against the lesson version `lesson_hash` in `book`.
IntegrityContext integrity_context(const Gradebook& book, const Trainee& trainee, const std::string& lesson_hash,
                                   const std::string& vouched_by = "");

// An attempt file being imported: "generated" is always unverified ("made by stipple demo"), even when vouched
// for; a valid seal makes it sealed; a broken seal stays unverified even when vouched for; an unsealed file
// is sealed only when vouched for ("vouched by LOGIN"), else unverified ("no integrity record").
AttemptVerdict judge_attempt(const Attempt& attempt, const IntegrityContext& context);

// "same work as attempt N (TRAINEE)": the note of content already recorded for another trainee.
std::string same_work_note(long long attempt_id, const std::string& trainee);

}  // namespace stipple
