// Deterministic hashing and smooth value noise for the models (no global state: everything is from a seed).
#pragma once

#include <cstdint>

#include "scoring/small_math.hpp"

namespace stipple {

// Hash of integer lattice coordinates and a seed (splitmix64, scoring/small_math.hpp), as a double in [0, 1).
double hash01(int64_t ix, int64_t iy, uint64_t seed);
// Smooth value noise in [0, 1] (bilinear with smoothstep on a unit lattice).
double value_noise(double x, double y, uint64_t seed);
// Fractal sum of `octaves` value-noise layers, in [0, 1].
double fractal_noise(double x, double y, uint64_t seed, int octaves);

}  // namespace stipple
