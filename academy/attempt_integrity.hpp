// Whether an attempt can be trusted, the one rule: what an attempt's verification is when it is recorded, and
// which verifications count toward progress and certificates.
#pragma once

#include <optional>
#include <string>

#include "scoring/attempt.hpp"

namespace stipple {

// app: recorded by the app at a seat of this gradebook. sealed: imported with a valid seal of this gradebook,
// or vouched for by an instructor. pending: written by a trainee's own connection on PostgreSQL, waiting for
// `academy verify`. unverified: anything else (no seal, a broken one, `stipple demo`, a copy of other work).
// legacy: recorded before verification existed (migration 4).
enum class Verification { app, sealed, pending, unverified, legacy };
const char* to_string(Verification v);  // "app", "sealed", ...
std::optional<Verification> verification_from_string(const std::string& text);
bool counts_toward_progress(Verification v);  // app, sealed, legacy
bool counts_toward_progress(const std::string& verification);

struct AttemptVerdict {
    Verification verification = Verification::unverified;
    std::string note;  // why, in words: empty for app and sealed, except "vouched by LOGIN"
};

// What the importer knows about the gradebook and the attempt's trainee and lesson.
struct IntegrityContext {
    std::string gradebook;    // database_id
    std::string seal_key;     // raw key bytes; empty when the gradebook has none
    std::string trainee_uid;
    std::string lesson_hash;  // of the lesson version the attempt is scored against
    std::string vouched_by;   // login of the instructor vouching for unsealed files (`import --vouch`); empty = none
};

// An attempt file being imported: "generated" is always unverified ("made by stipple demo"), even when vouched
// for; a valid seal makes it sealed; a broken seal stays unverified even when vouched for; an unsealed file
// is sealed only when vouched for ("vouched by LOGIN"), else unverified ("no integrity record").
AttemptVerdict judge_attempt(const Attempt& attempt, const IntegrityContext& context);

// "same work as attempt N (TRAINEE)": the note of content already recorded for another trainee.
std::string same_work_note(long long attempt_id, const std::string& trainee);

}  // namespace stipple
