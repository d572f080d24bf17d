// Spacing: the right density where density should be full, scattered like follicles (no rows, grids or
// lattices at any angle), no clumps or merged dots, no holes, nothing outside the treatment zone.
//
// Which dots: the visible set is the trainee's dots plus the lesson's existing marks (existing_marks()).
// s' = expected_spacing_mm(lesson) = spacing_mm / sqrt(session.density_fraction) is the mean nearest-
// neighbour (NN) distance expected where density is full ("core": inside the zone, behind the hairline's
// whole transition zone, at least s' from the zone's edge). Dots in the transition zone are not judged here.
//
// Raw metrics and how they become deductions from 100 (the score is 100 minus their sum, clamped to 0..100):
//   density_ratio  = visible dots per core area / (kBlueNoiseDensityTimesNn2 / s'^2), i.e. against a natural
//                    blue-noise scatter whose mean NN is s'. Deduction 100 * ramp(|ln ratio|, 0.15, 0.69):
//                    free within about +-15 %, everything lost at a factor of 2 too dense or too sparse.
//                    (A square grid whose rows are exactly s' apart is 37 % denser than that and loses ~30.)
//   mean_nn_mm     = mean NN distance over visible dots in the core, reported next to expected_nn_mm (= s').
//   crowded_share  = share of the trainee's dots in the zone whose NN (among all visible dots) is closer than
//                    half of s'; merged = how many are closer than the needle's dot diameter.
//                    largest_clump = most visible dots within 0.75 s' of one trainee dot (blue noise: 1).
//                    Deduction min(60, 120 * (crowded_share - 0.03) + 150 * merged / dots
//                    + 3 * (largest_clump - 4)). A uniform random set has ~43 % crowded and loses the whole
//                    60; blue noise has none; one blot of 40 dots loses about 40 on its own.
//   orientational_order = the strongest of the bond-orientational orders psi2 (rows), psi4 (square grids) and
//                    psi6 (hexagonal lattices) of the trainee's own dots: psi_m of a dot is the mean of
//                    exp(i m theta) over its m nearest-neighbour bonds (2, 4 or 6); the order is |mean psi_m| in
//                    patches about 5 of the trainee's own spacings wide (~25 of their dots, also between existing
//                    marks), averaged over the patches. Rotation-invariant, so a lattice at any angle is caught.
//                    Blue noise ~0.15-0.2, uniform random ~0.2, a lattice or rows 0.6-1. Deduction
//                    70 * ramp(order, kOrderFree, kOrderFull).
//   hole_share     = share of the core area further than 1.5 s' from any visible dot; largest_hole_mm = the
//                    diameter of the largest empty circle there. Deduction min(50, 300 * (hole_share - 0.005)
//                    + 15 * (largest hole radius / s' - 1.6)).
//                    A 10 mm hole in a 40 mm patch loses ~45, a 5 mm hole ~10.
//   outside_zone   = trainee dots outside the zone (dots on the forehead are the hairline's fault instead).
//                    Deduction min(30, 3 + 100 * outside share).
// No trainee dots: score 0.
#pragma once

#include <vector>

#include "attempt.hpp"
#include "geometry.hpp"
#include "lesson.hpp"
#include "metric_support.hpp"

namespace stipple {

inline constexpr double kOrderFree = 0.30;
inline constexpr double kOrderFull = 0.60;
inline constexpr double kStructureShareFree = 0.05;
inline constexpr double kStructureShareFull = 0.20;
inline constexpr size_t kClumpCountCap = 40;

// Dots in any order (sorted canonically inside); `existing` = existing_marks(lesson).
MetricResult spacing_metric(const Lesson& lesson, const std::vector<Dot>& dots, const std::vector<Point>& existing);

}  // namespace stipple
