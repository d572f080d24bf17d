// How the app counts dots in words, one rule for every screen and line: "1 dot", "2 dots".
#pragma once

#include <cstddef>
#include <string>

namespace stipple {

inline const char* dots_word(std::size_t n) { return n == 1 ? "dot" : "dots"; }
inline std::string dots_text(std::size_t n) { return std::to_string(n) + " " + dots_word(n); }

}  // namespace stipple
