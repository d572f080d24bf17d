// Blue-noise scatter (Poisson-disk sampling, Bridson's method with a variable radius): dots spread at random
// but never closer than a local minimum distance, the way follicles are. Used by the demo attempt, the
// existing marks and test patterns; deterministic from its seed.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "geometry.hpp"

namespace stipple {

struct BlueNoiseSpec {
    Bounds bounds;                               // candidates never fall outside this box
    std::function<bool(Point)> inside;           // the region to fill
    std::function<double(Point)> radius_mm;      // minimum distance to any other dot around p (> 0)
    double min_radius_mm = 1.0;                  // a lower bound of radius_mm over the region
    std::vector<Point> fixed;                    // marks already there: kept clear of, not returned
    uint64_t seed = 1;
    int tries = 30;                              // candidates per active dot before it retires
};

// A candidate c is accepted when no dot (fixed or new) lies within radius_mm(c) of it.
std::vector<Point> blue_noise(const BlueNoiseSpec& spec);

// Mean nearest-neighbour distance of a blue-noise scatter relative to its radius (measured on large
// uniform sets, see tests/scoring/spatial_index_test.cpp): pick radius = spacing / this to get a scatter
// whose mean nearest-neighbour distance is `spacing`.
inline constexpr double kBlueNoiseMeanNnPerRadius = 1.086;
// Density of that scatter times its mean nearest-neighbour distance squared (a square grid has 1.0, a
// uniform random set 0.25): a blue-noise scatter whose dots are `spacing` apart holds this / spacing^2 dots
// per mm^2. The spacing metric expects this density where density is full.
inline constexpr double kBlueNoiseDensityTimesNn2 = 0.73;

// The one density rule: dots per mm^2 of a natural (blue-noise) scatter whose dots are spacing_mm apart
// (0 without a positive spacing).
inline double blue_noise_density_per_mm2(double spacing_mm) {
    return spacing_mm > 0 ? kBlueNoiseDensityTimesNn2 / (spacing_mm * spacing_mm) : 0.0;
}

}  // namespace stipple
