// The few small formulas every part shares, each written once: the splitmix64 mixer (behind every seeded
// stream and hash), smoothstep, and the simulation's fixed physics step.
#pragma once

#include <algorithm>
#include <cstdint>

namespace stipple {

// splitmix64: the golden-ratio increment followed by the finaliser. SeededRandom steps its state by the
// increment and mixes; the models' lattice hashes (sim/model/noise.hpp) mix coordinates with it.
inline constexpr uint64_t kSplitmixIncrement = 0x9E3779B97F4A7C15ull;
inline constexpr uint64_t splitmix64(uint64_t x) {
    uint64_t z = x + kSplitmixIncrement;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// 0 below e0, 1 above e1, the cubic 3t^2 - 2t^3 between (e0 > e1 runs the ramp the other way).
inline double smoothstep(double e0, double e1, double x) {
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

// The fixed step of the hand's physics and of the practice clock that records input with it (240 Hz).
inline constexpr double kPhysicsStepS = 1.0 / 240.0;

}  // namespace stipple
