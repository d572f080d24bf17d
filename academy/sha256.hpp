// SHA-256 (FIPS 180-4), our own short implementation: content hashes of lessons and attempts, UUIDs.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace stipple {

std::array<uint8_t, 32> sha256(std::string_view data);
std::string sha256_hex(std::string_view data);  // 64 lowercase hex digits

}  // namespace stipple
