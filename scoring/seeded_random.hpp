// A small seeded random stream (splitmix64) whose output is identical on every compiler and library version,
// unlike std::uniform_*_distribution. Used for demo attempts, existing marks and test patterns.
#pragma once

#include <cmath>
#include <cstdint>

#include "small_math.hpp"

namespace stipple {

// Deterministic stream of numbers from a 64-bit seed. Plain value type: copy it to fork a stream.
struct SeededRandom {
    uint64_t state = 0;

    explicit SeededRandom(uint64_t seed) : state(seed) {}

    uint64_t next_u64() {
        const uint64_t z = splitmix64(state);
        state += kSplitmixIncrement;
        return z;
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform01() { return static_cast<double>(next_u64() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform01(); }
    // Uniform integer in [0, n) (n > 0); the tiny modulo bias does not matter here.
    uint64_t below(uint64_t n) { return next_u64() % n; }
    // Standard normal (Box-Muller on our own uniforms).
    double normal() {
        const double u1 = 1.0 - uniform01();  // (0, 1]
        const double u2 = uniform01();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
};

// Mixes two numbers into a new seed, so sub-streams (e.g. lesson seed + purpose) do not overlap.
inline uint64_t mix_seed(uint64_t a, uint64_t b) {
    SeededRandom r(a ^ (b * 0xD1B54A32D192ED03ull));
    r.next_u64();
    return r.next_u64();
}

}  // namespace stipple
