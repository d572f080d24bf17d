// The verdict on an attempt and what counts (see attempt_integrity.hpp).
#include "academy/attempt_integrity.hpp"

#include "academy/attempt_seal.hpp"

namespace stipple {

const char* to_string(Verification v) {
    switch (v) {
        case Verification::app: return "app";
        case Verification::sealed: return "sealed";
        case Verification::pending: return "pending";
        case Verification::unverified: return "unverified";
        case Verification::legacy: return "legacy";
    }
    return "unverified";
}

std::optional<Verification> verification_from_string(const std::string& text) {
    for (Verification v : {Verification::app, Verification::sealed, Verification::pending, Verification::unverified,
                           Verification::legacy})
        if (text == to_string(v)) return v;
    return std::nullopt;
}

bool counts_toward_progress(Verification v) {
    return v == Verification::app || v == Verification::sealed || v == Verification::legacy;
}

bool counts_toward_progress(const std::string& verification) {
    const auto v = verification_from_string(verification);
    return v && counts_toward_progress(*v);
}

AttemptVerdict judge_attempt(const Attempt& attempt, const IntegrityContext& context) {
    if (attempt.input == "generated") return {Verification::unverified, "made by stipple demo"};
    const SealFields fields = seal_fields(attempt, context.gradebook, context.lesson_hash, context.trainee_uid);
    const SealCheck check = verify_seal(attempt.seal, fields, context.seal_key);
    if (check == SealCheck::ok) return {Verification::sealed, ""};
    if (check == SealCheck::no_seal && !context.vouched_by.empty())
        return {Verification::sealed, "vouched by " + context.vouched_by};
    return {Verification::unverified, describe(check)};
}

std::string same_work_note(long long attempt_id, const std::string& trainee) {
    return "same work as attempt " + std::to_string(attempt_id) + " (" + trainee + ")";
}

}  // namespace stipple
