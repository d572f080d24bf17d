// The seed of a new practice session's hand (tremor, drift): fresh for every session, and below 2^52 so
// it is exact in any JSON reader that stores numbers as doubles (the attempt records it for replays).
#pragma once

#include <cstdint>

namespace stipple {

uint64_t new_practice_seed();

}  // namespace stipple
