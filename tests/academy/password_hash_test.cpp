// PINs and passwords at rest: argon2id strings that verify the right secret only, never hold the plain text,
// differ for one secret (salted); the PIN and password rules. Minimum cost (argon2 is slow under ASan).
#include <catch2/catch.hpp>

#include <string>

#include "academy/password_hash.hpp"

using namespace stipple;

TEST_CASE("an argon2id hash verifies its own secret and nothing else") {
    const std::string hash = hash_password("481516", HashCost::minimum);
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("481516") == std::string::npos);  // no plain text stored
    CHECK(verify_password(hash, "481516"));
    CHECK_FALSE(verify_password(hash, "481517"));
    CHECK_FALSE(verify_password(hash, ""));
    CHECK_FALSE(verify_password(hash, "4815160"));
}

TEST_CASE("one secret hashed twice gives two different strings (a fresh salt each time)") {
    const std::string a = hash_password("correct horse", HashCost::minimum);
    const std::string b = hash_password("correct horse", HashCost::minimum);
    CHECK(a != b);
    CHECK(verify_password(a, "correct horse"));
    CHECK(verify_password(b, "correct horse"));
}

TEST_CASE("a stored value that is not an argon2 string never verifies") {
    CHECK_FALSE(verify_password("", ""));
    CHECK_FALSE(verify_password("481516", "481516"));  // a plain text someone wrote into the table
    CHECK_FALSE(verify_password("$argon2id$v=19$m=8,t=1,p=1$garbage", "481516"));
    CHECK_FALSE(verify_password(std::string(500, '$'), "x"));
}

TEST_CASE("a hash made at the minimum cost needs a re-hash at the interactive cost") {
    const std::string cheap = hash_password("481516", HashCost::minimum);
    CHECK(needs_rehash(cheap, HashCost::interactive));
    CHECK_FALSE(needs_rehash(cheap, HashCost::minimum));
}

TEST_CASE("a PIN is 6 to 12 digits; a password 8 to 128 bytes of printable UTF-8") {
    CHECK(pin_fault("123456") == "");
    CHECK(pin_fault("123456789012") == "");
    CHECK(pin_fault("12345") == "a PIN is 6 to 12 digits");
    CHECK(pin_fault("1234567890123") == "a PIN is 6 to 12 digits");
    CHECK(pin_fault("12345a") == "a PIN is 6 to 12 digits");
    CHECK(pin_fault("") == "a PIN is 6 to 12 digits");

    CHECK(password_fault("eight ch") == "");
    CHECK(password_fault("s\xC3\xA9nha-longa") == "");
    CHECK(password_fault("seven c") == "a password is at least 8 characters");
    CHECK(password_fault(std::string(129, 'x')) == "a password is at most 128 bytes");
    CHECK(password_fault(std::string(128, 'x')) == "");
    CHECK(password_fault("bad \xC3\x28 utf8") == "a password must be valid UTF-8");
    CHECK(password_fault("tab\there!") == "a password cannot hold control characters");
}
