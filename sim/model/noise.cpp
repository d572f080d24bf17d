// Deterministic hashing and value noise used by the scalp, depth and pigment models.
#include "noise.hpp"

#include <cmath>

namespace stipple {

double hash01(int64_t ix, int64_t iy, uint64_t seed) {
    const uint64_t h = splitmix64(static_cast<uint64_t>(ix) * 0x8da6b343ull ^ splitmix64(static_cast<uint64_t>(iy) * 0xd8163841ull ^ seed));
    return static_cast<double>(h >> 11) * (1.0 / 9007199254740992.0);
}

double value_noise(double x, double y, uint64_t seed) {
    const double fx = std::floor(x), fy = std::floor(y);
    const auto ix = static_cast<int64_t>(fx), iy = static_cast<int64_t>(fy);
    double tx = x - fx, ty = y - fy;
    tx = smoothstep(0.0, 1.0, tx);
    ty = smoothstep(0.0, 1.0, ty);
    const double a = hash01(ix, iy, seed), b = hash01(ix + 1, iy, seed);
    const double c = hash01(ix, iy + 1, seed), d = hash01(ix + 1, iy + 1, seed);
    return (a + (b - a) * tx) + ((c + (d - c) * tx) - (a + (b - a) * tx)) * ty;
}

double fractal_noise(double x, double y, uint64_t seed, int octaves) {
    double sum = 0.0, amp = 1.0, norm = 0.0, freq = 1.0;
    for (int o = 0; o < octaves; ++o) {
        sum += amp * value_noise(x * freq, y * freq, seed + static_cast<uint64_t>(o) * 0x51ull);
        norm += amp;
        amp *= 0.5;
        freq *= 2.03;
    }
    return sum / norm;
}

}  // namespace stipple
