// Secrets at rest: argon2id hashes (libsodium crypto_pwhash_str, salted, slow) of trainees' PINs and staff
// passwords, and the one rule for what a PIN (6-12 digits) and a password (8-128 bytes of valid UTF-8) are.
// The plain secret is never stored; the hash string carries its own salt and cost.
#pragma once

#include <string>

namespace stipple {

// interactive: libsodium's INTERACTIVE limits (about 0.1 s and 64 MiB), for real accounts.
// minimum: the least libsodium allows, for tests only (argon2 is slow under ASan).
enum class HashCost { interactive, minimum };

inline constexpr std::size_t kMinPinDigits = 6, kMaxPinDigits = 12;
inline constexpr std::size_t kMinPasswordBytes = 8, kMaxPasswordBytes = 128;

// "" when `pin` is 6 to 12 ASCII digits, else why not ("a PIN is 6 to 12 digits").
std::string pin_fault(const std::string& pin);
// "" when `password` is 8 to 128 bytes of valid UTF-8 without control characters, else why not.
std::string password_fault(const std::string& password);

// The "$argon2id$..." string for `secret`. std::runtime_error when libsodium cannot start or runs out of memory.
std::string hash_password(const std::string& secret, HashCost cost = HashCost::interactive);
// True when `secret` matches `hash`; false for a wrong secret or a hash that is not an argon2 string.
bool verify_password(const std::string& hash, const std::string& secret);
// True when `hash` was made with other limits than `cost` (re-hash it at the next successful sign-in).
bool needs_rehash(const std::string& hash, HashCost cost = HashCost::interactive);

}  // namespace stipple
