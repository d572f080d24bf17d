// Sealing and checking attempts with HMAC-SHA256 from libsodium (see attempt_seal.hpp).
#include "academy/attempt_seal.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "academy/canonical_dots.hpp"
#include "academy/sha256.hpp"

namespace stipple {

namespace {

constexpr const char* kSealAlg = "hmac-sha256";

void ensure_sodium() {
    static const int ready = sodium_init();  // 0 first time, 1 already done, -1 failed
    if (ready < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string to_hex(const unsigned char* bytes, size_t n) {
    std::string hex(n * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, n);
    hex.pop_back();
    return hex;
}

// Exactly 2*n lowercase or uppercase hex digits -> n bytes.
bool from_hex(const std::string& hex, unsigned char* out, size_t n) {
    if (hex.size() != 2 * n) return false;
    size_t written = 0;
    return sodium_hex2bin(out, n, hex.data(), hex.size(), nullptr, &written, nullptr) == 0 && written == n;
}

std::array<unsigned char, crypto_auth_hmacsha256_BYTES> hmac(std::string_view key, std::string_view message) {
    ensure_sodium();
    crypto_auth_hmacsha256_state state;
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    crypto_auth_hmacsha256_final(&state, mac.data());
    sodium_memzero(&state, sizeof state);
    return mac;
}

const std::string* string_field(const nlohmann::json& seal, const char* name) {
    const auto it = seal.find(name);
    return it != seal.end() && it->is_string() ? it->get_ptr<const std::string*>() : nullptr;
}

}  // namespace

SealFields seal_fields(const Attempt& attempt, const std::string& gradebook, const std::string& lesson_hash,
                       const std::string& trainee_uid) {
    SealFields f;
    f.gradebook = gradebook;
    f.lesson = attempt.lesson;
    f.lesson_hash = lesson_hash;
    f.trainee_uid = trainee_uid;
    f.mode = attempt.mode.value_or("practice");
    f.input = attempt.input;
    f.started = attempt.started.value_or("");
    f.finished = attempt.finished.value_or("");
    f.content = content_hash(attempt);  // dots, choice and design line
    for (const Dot& d : attempt.dots)
        if (d.t) f.last_t = std::max(f.last_t.value_or(0.0), *d.t);
    return f;
}

std::string seal_payload(const SealFields& f) {
    nlohmann::ordered_json j;
    j["gradebook"] = f.gradebook;
    j["lesson"] = f.lesson;
    j["lesson_hash"] = f.lesson_hash;
    j["trainee_uid"] = f.trainee_uid;
    j["mode"] = f.mode;
    j["input"] = f.input;
    j["started"] = f.started;
    j["finished"] = f.finished;
    j["content"] = f.content;
    j["last_t"] = f.last_t ? nlohmann::ordered_json(*f.last_t) : nlohmann::ordered_json(nullptr);
    return "stipple-seal/1\n" + j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string hmac_sha256_hex(std::string_view key, std::string_view message) {
    const auto mac = hmac(key, message);
    return to_hex(mac.data(), mac.size());
}

std::string new_seal_key_hex() {
    ensure_sodium();
    std::array<unsigned char, 32> key{};
    randombytes_buf(key.data(), key.size());
    std::string hex = to_hex(key.data(), key.size());
    sodium_memzero(key.data(), key.size());
    return hex;
}

std::optional<std::string> seal_key_from_hex(const std::string& hex) {
    std::string key(32, '\0');
    if (!from_hex(hex, reinterpret_cast<unsigned char*>(key.data()), key.size())) return std::nullopt;
    return key;
}

std::string seal_key_id(std::string_view key) { return sha256_hex(key).substr(0, 12); }

nlohmann::json make_seal(const SealFields& fields, std::string_view key) {
    if (key.empty()) throw std::invalid_argument("make_seal: no key");
    return nlohmann::json{{"alg", kSealAlg},
                          {"gradebook", fields.gradebook},
                          {"key_id", seal_key_id(key)},
                          {"lesson_hash", fields.lesson_hash},
                          {"mac", hmac_sha256_hex(key, seal_payload(fields))}};
}

const char* describe(SealCheck check) {
    switch (check) {
        case SealCheck::ok: return "sealed";
        case SealCheck::no_seal: return "no integrity record";
        case SealCheck::malformed: return "unreadable integrity record";
        case SealCheck::other_gradebook: return "sealed by another gradebook";
        case SealCheck::bad_mac: return "integrity record does not match (changed after it was sealed)";
        case SealCheck::other_lesson: return "sealed for another version of the lesson";
    }
    return "?";
}

SealCheck verify_seal(const nlohmann::json& seal, const SealFields& fields, std::string_view key) {
    if (seal.is_null()) return SealCheck::no_seal;
    if (!seal.is_object()) return SealCheck::malformed;
    const std::string* alg = string_field(seal, "alg");
    const std::string* gradebook = string_field(seal, "gradebook");
    const std::string* key_id = string_field(seal, "key_id");
    const std::string* lesson_hash = string_field(seal, "lesson_hash");
    const std::string* mac_hex = string_field(seal, "mac");
    if (!alg || *alg != kSealAlg || !gradebook || !key_id || !lesson_hash || !mac_hex) return SealCheck::malformed;
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> claimed{};
    if (!from_hex(*mac_hex, claimed.data(), claimed.size())) return SealCheck::malformed;
    if (key.empty() || *gradebook != fields.gradebook || *key_id != seal_key_id(key)) return SealCheck::other_gradebook;
    SealFields as_sealed = fields;
    as_sealed.lesson_hash = *lesson_hash;  // the MAC decides whether this claim is true
    const auto expected = hmac(key, seal_payload(as_sealed));
    if (sodium_memcmp(expected.data(), claimed.data(), expected.size()) != 0) return SealCheck::bad_mac;
    if (*lesson_hash != fields.lesson_hash) return SealCheck::other_lesson;
    return SealCheck::ok;
}

}  // namespace stipple
