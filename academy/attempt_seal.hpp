// The integrity record ("seal") of an attempt made at a seat of a gradebook: HMAC-SHA256 (libsodium) with the
// gradebook's key over the work's content hash (dots, chosen needle and shade, design line), the lesson version,
// the trainee's uid, the mode, the input and the times. It proves the file is unedited since a seat holding the key sealed it; it does not prove the
// work is honest against anyone holding the key (academy/README.md, "Trustworthy attempts").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "scoring/attempt.hpp"

namespace stipple {

// Everything the MAC covers. Built from an attempt by seal_fields(); started/finished empty when unknown.
struct SealFields {
    std::string gradebook;    // database_id of the gradebook whose key seals
    std::string lesson;       // lesson id
    std::string lesson_hash;  // the lesson version's content hash (academy/lesson_hash)
    std::string trainee_uid;  // Trainee.uid: survives renames
    std::string mode;         // practice | exam
    std::string input;        // mouse | pen | generated
    std::string started;
    std::string finished;
    std::string content;      // content_hash of the attempt: dots, choice, design line (academy/canonical_dots)
    std::optional<double> last_t;  // the last dot's time, seconds
};

SealFields seal_fields(const Attempt& attempt, const std::string& gradebook, const std::string& lesson_hash,
                       const std::string& trainee_uid);
// "stipple-seal/1\n" + compact JSON of the fields in a fixed order: exactly the bytes the MAC is computed over.
std::string seal_payload(const SealFields& fields);

// HMAC-SHA256 of `message` under `key` (any length, as RFC 2104), 64 lowercase hex digits.
std::string hmac_sha256_hex(std::string_view key, std::string_view message);
// A new random key of 32 bytes, as 64 hex digits (how the gradebook stores it).
std::string new_seal_key_hex();
// Hex -> bytes; std::nullopt unless exactly 64 hex digits.
std::optional<std::string> seal_key_from_hex(const std::string& hex);
std::string seal_key_id(std::string_view key);  // first 12 hex digits of SHA-256(key): names a key, reveals nothing

// {"alg": "hmac-sha256", "gradebook", "key_id", "lesson_hash", "mac"} for attempt.seal.
nlohmann::json make_seal(const SealFields& fields, std::string_view key);

enum class SealCheck {
    ok,
    no_seal,          // the file has none
    malformed,        // not an object with the fields above, or an unknown alg
    other_gradebook,  // sealed by another gradebook (or another key of this one)
    bad_mac,          // the MAC does not match: something it covers changed after sealing
    other_lesson,     // a valid seal for another version of the lesson than the one scored against
};
const char* describe(SealCheck check);  // for notes: "no integrity record", ...

// `fields` as recomputed from the file and the gradebook (lesson_hash: the version the attempt is scored
// against); the MAC is compared in constant time (sodium_memcmp).
SealCheck verify_seal(const nlohmann::json& seal, const SealFields& fields, std::string_view key);

}  // namespace stipple
