// The verdict on an attempt and what counts (see attempt_integrity.hpp).
#include "academy/attempt_integrity.hpp"

#include "academy/attempt_seal.hpp"

namespace stipple {

bool counts_toward_progress(Verification v) {
    return v == Verification::App || v == Verification::Sealed || v == Verification::Legacy;
}

IntegrityContext integrity_context(const Gradebook& book, const Trainee& trainee, const std::string& lesson_hash,
                                   const std::string& vouched_by) {
    return {book.database_id(), seal_key_from_hex(book.seal_key()).value_or(""), trainee.uid, lesson_hash, vouched_by};
}

AttemptVerdict judge_attempt(const Attempt& attempt, const IntegrityContext& context) {
    if (attempt.input == "generated") return {Verification::Unverified, "made by stipple demo"};
    const SealFields fields = seal_fields(attempt, context.gradebook, context.lesson_hash, context.trainee_uid);
    const SealCheck check = verify_seal(attempt.seal, fields, context.seal_key);
    if (check == SealCheck::ok) return {Verification::Sealed, ""};
    if (check == SealCheck::no_seal && !context.vouched_by.empty())
        return {Verification::Sealed, "vouched by " + context.vouched_by};
    return {Verification::Unverified, describe(check)};
}

std::string same_work_note(long long attempt_id, const std::string& trainee) {
    return "same work as attempt " + std::to_string(attempt_id) + " (" + trainee + ")";
}

}  // namespace stipple
