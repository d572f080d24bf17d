// Order the eye sees at every scale: the windowed structure factor of the trainee's own dots.
//
// a_own = the trainee's own spacing (from their own dot density: the NN distance a blue-noise scatter of that
// density keeps). Square windows kStructureWindowSpacings (16) a_own wide, centred on a grid half a window
// apart (only windows that hold a dot are visited, so the cost follows the dots, not the zone). In a window the
// dots are weighted by a Hann taper (sin^2 across each axis: a dot entering or leaving a window counts
// continuously) and by how far inside the zone they are (ramp from 0.5 to 2 a_own from the zone's edge: a fill
// stopped by the edge lines up along it, which is no fault), deposited on a 64 x 64 raster (cloud-in-cell, its
// blur divided out), the window's own mean density over window ∩ zone is subtracted (so neither the zone's
// edge nor the window's shape makes a peak), and the power spectrum is taken with an FFT:
//   S(k) = |sum_j w_j exp(-i k.r_j) - mean|^2 / sum_j w_j^2.
// Blue noise: S ~ 0.1 at long wavelengths, ~1-1.6 round its ring, the same in every direction. A lattice
// (square or hexagonal, any angle), rows (straight or curved), rings, arcs and spirals put peaks of height
// ~ (dots in the window) x exp(-k^2 jitter^2) at the wavelength of their period.
// Over wavelengths 0.77-2.5 a_own (|k| = 0.4-1.3 cycles per a_own; lattices at the natural density peak at
// 0.86-0.92), with S averaged over 3 x 3 neighbouring frequencies, five readings, each divided by its
// blue-noise level (the highest over the well-covered windows of 60 blue-noise fills of a 40 mm patch:
// 3 spacings x 20 seeds; tests/scoring/structure_order_test.cpp "[.calibration]"):
//   single = the highest peak (rows)                                  / kNoiseSingle (7.5)
//   square = mean of a peak and its copy 90 degrees round              / kNoiseSquare (5.0)
//   hex    = mean of a peak and its copies 60 and 120 degrees round    / kNoiseHex    (4.2)
//   arc    = mean over 5 directions 6 degrees apart (curved rows)      / kNoiseArc    (4.3)
//   ring   = mean of (unsmoothed) S over a ring one frequency wide     / kNoiseRing   (2.3)
//            (rings and spirals centred near the window)
//   peak   = the largest of the five: blue noise <= ~1, a visible lattice, rows, rings or spirals 1.2-4.
// A window's order = ramp01(ln peak, ln kStructureFree (1.03), ln kStructureFull (3.0)): log-linear, because a
// peak grows as exp(-k^2 jitter^2), so the order rises steadily as the jitter falls (no cliff). Windows count by their Hann
// mass of dots times ramp01(coverage, 0.3, 0.6) (coverage = that mass / what a full window of this density
// holds), so half-empty windows weigh little.
//   structure_share = the weighted mean window order: the share of the work where long-range order shows.
//   Blue noise < 0.01 (worst of 60 fills); on even-fill-patch hexagonal lattices jittered 20 % 0, 17 % ~0.1,
//   15 % ~0.3, 10 % ~0.9; square grids jittered 15 % ~0.6; rows and arcs (10 %) ~0.7; rings and spirals (10 %)
//   0.02-0.04 (their bonds line up instead: the bond order catches them).
// The kind of the worst window: Lattice when the hex reading is the largest, Grid for the square one, else Rows.
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
inline constexpr double kStructureWindowSpacings = 16.0;
inline constexpr double kStructureFree = 1.03;
inline constexpr double kStructureFull = 3.0;

enum class OrderKind { Rows, Grid, Lattice };

struct StructureOrder {
    double share = 0.0;        // structure_share (0..1)
    double worst_peak = 0.0;   // the highest normalised peak of any window
    std::optional<Point> worst_at;  // the centre of that window
    OrderKind worst_kind = OrderKind::Rows;  // what the worst window's peaks look like
    double window_mm = 0.0;    // the side of the windows at the scale that gave `share`
    // Each reading's highest value over the well-covered windows (coverage >= 0.6), over its blue-noise level:
    // single peak, square pair, hexagonal triple, arc, whole ring.
    double reading[5] = {0, 0, 0, 0, 0};
};

// `own` = the trainee's dots on the map; `own_spacing_mm` = a_own; `zone` = the treatment zone.
StructureOrder structure_order(const std::vector<Point>& own, double own_spacing_mm, const Polygon& zone);

}  // namespace stipple
