// UUID text: formatting 16 bytes, random v4 from std::random_device, name-based v8 from SHA-256.
#include "academy/uuid.hpp"

#include <array>
#include <random>

#include "academy/sha256.hpp"

namespace stipple {

namespace {

std::string format_uuid(const std::array<uint8_t, 16>& b) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
        s += kHex[b[i] >> 4];
        s += kHex[b[i] & 15];
    }
    return s;
}

void set_version(std::array<uint8_t, 16>& b, int version) {
    b[6] = static_cast<uint8_t>((b[6] & 0x0f) | (version << 4));
    b[8] = static_cast<uint8_t>((b[8] & 0x3f) | 0x80);  // RFC variant
}

}  // namespace

std::string random_uuid_v4() {
    std::random_device rd;
    std::array<uint8_t, 16> b{};
    for (int i = 0; i < 16; i += 4) {
        const uint32_t r = rd();
        for (int j = 0; j < 4; ++j) b[i + j] = static_cast<uint8_t>(r >> (8 * j));
    }
    set_version(b, 4);
    return format_uuid(b);
}

std::string name_based_uuid(std::string_view namespace_uuid, std::string_view name) {
    std::string input(namespace_uuid);
    input += '/';
    input += name;
    const auto digest = sha256(input);
    std::array<uint8_t, 16> b{};
    for (int i = 0; i < 16; ++i) b[i] = digest[i];
    set_version(b, 8);
    return format_uuid(b);
}

bool is_uuid(std::string_view t) {
    if (t.size() != 36) return false;
    for (size_t i = 0; i < t.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const char c = t[i];
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

}  // namespace stipple
