// Order the eye sees at every scale: the windowed structure factor of the trainee's own dots.
//
// In square windows 8 and 16 of the trainee's own spacings wide (a_own, from their own dot density: the
// distance a blue-noise scatter of that density keeps; windows centred on a grid half a window apart), the
// dots are weighted by a Hann taper (sin^2 across each axis, so a dot entering or leaving a window counts
// continuously), deposited on a raster a_own/4 fine (cloud-in-cell, its blur divided out), the window's own
// mean density over window ∩ zone is subtracted (so the zone's edge and the window's shape make no peak), and
// the 2D power spectrum is taken with an FFT: S(k) = |sum_j w_j exp(-i k.r_j) - mean|^2 / sum_j w_j^2.
// Blue noise has S ~ 0.1-0.3 below its ring and ~1-1.5 around it, in every direction; a lattice (square or
// hexagonal, any angle), rows (straight or curved), rings, arcs and spirals put sharp peaks of height ~
// (dots in the window) x exp(-k^2 jitter^2) at the wavelength of their period.
//   peak = the highest value of S (averaged over 3 x 3 neighbouring frequencies, which calms the exponential
//          scatter of single frequencies) over wavelengths 0.6-2.5 a_own (|k| = 0.4-1.6 x 2 pi / a_own),
//          divided by kStructureNoisePeak (the 99.9th percentile of that peak over blue-noise windows,
//          measured on many seeds): blue noise reads <= 1, a visible lattice or rows 3-30.
//   A window's order = ramp01(peak, kStructureFree, kStructureFull). Windows count by their Hann mass of dots
//   times ramp01(coverage, 0.3, 0.6) (coverage = that mass / what a full window of this density holds), so
//   half-empty windows at the zone's edge weigh little.
//   structure_share = the mass-weighted mean window order at the scale where it is highest (8 or 16 a_own):
//          the share of the work where long-range order shows. Blue noise ~0, a lattice jittered by 15 % of its
//          spacing, rows, rings, arcs and spirals ~0.6-1.
#pragma once

#include <optional>
#include <vector>

#include "geometry.hpp"

namespace stipple {

// Blue-noise levels of the four readings (the highest over the well-covered windows of 60 blue-noise fills
// of a 40 mm patch: 3 spacings x 20 seeds, see tests/scoring/structure_order_test.cpp "[.calibration]").
inline constexpr double kNoiseSingle = 7.5;
inline constexpr double kNoiseSquare = 5.0;
inline constexpr double kNoiseHex = 4.2;
inline constexpr double kNoiseArc = 4.3;
inline constexpr double kNoiseRing = 2.3;
inline constexpr double kStructureFree = 1.03;
inline constexpr double kStructureFull = 1.4;

enum class OrderKind { Rows, Grid, Lattice };

struct StructureOrder {
    double share = 0.0;        // structure_share (0..1)
    double worst_peak = 0.0;   // the highest normalised peak of any window
    std::optional<Point> worst_at;  // the centre of that window
    OrderKind worst_kind = OrderKind::Rows;  // what the worst window's peaks look like
    double window_mm = 0.0;    // the side of the windows at the scale that gave `share`
    double scale_peak[2] = {0, 0};   // highest normalised peak at 8 and 16 a_own
    double scale_share[2] = {0, 0};
    double reading[2][5] = {{0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}};  // per scale: single, square, hex readings (max over windows)
};

// `own` = the trainee's dots on the map; `own_spacing_mm` = a_own; `zone` = the treatment zone.
StructureOrder structure_order(const std::vector<Point>& own, double own_spacing_mm, const Polygon& zone);

}  // namespace stipple
