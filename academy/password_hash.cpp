// argon2id secrets and the PIN and password rules (see password_hash.hpp).
#include "academy/password_hash.hpp"

#include <stdexcept>

#include <sodium.h>

#include "academy/trainee_name.hpp"

namespace stipple {

namespace {

void start_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start");
}

struct Limits {
    unsigned long long ops;
    std::size_t mem;
};

Limits limits_of(HashCost cost) {
    if (cost == HashCost::minimum) return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

}  // namespace

std::string pin_fault(const std::string& pin) {
    if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits) return "a PIN is 6 to 12 digits";
    for (const char c : pin)
        if (c < '0' || c > '9') return "a PIN is 6 to 12 digits";
    return "";
}

std::string password_fault(const std::string& password) {
    if (password.size() < kMinPasswordBytes) return "a password is at least 8 characters";
    if (password.size() > kMaxPasswordBytes) return "a password is at most 128 bytes";
    if (!is_valid_utf8(password)) return "a password must be valid UTF-8";
    for (const unsigned char c : password)
        if (c < 0x20 || c == 0x7f) return "a password cannot hold control characters";
    return "";
}

std::string hash_password(const std::string& secret, HashCost cost) {
    start_sodium();
    const Limits l = limits_of(cost);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), l.ops, l.mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("cannot hash the secret: out of memory");
    return out;
}

bool verify_password(const std::string& hash, const std::string& secret) {
    start_sodium();
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(hash.c_str(), secret.data(), secret.size()) == 0;
}

bool needs_rehash(const std::string& hash, HashCost cost) {
    start_sodium();
    const Limits l = limits_of(cost);
    return crypto_pwhash_str_needs_rehash(hash.c_str(), l.ops, l.mem) != 0;
}

}  // namespace stipple
