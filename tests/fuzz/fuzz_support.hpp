// Shared by the libFuzzer targets: the input as text, and the rule that only InputError may escape a reader.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace stipple::fuzz {

inline std::string text_of(const uint8_t* data, size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

}  // namespace stipple::fuzz
