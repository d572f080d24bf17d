// Spacing: the right density where density should be full, scattered like follicles (no rows, grids or
// lattices at any angle), no clumps or merged dots, no holes, nothing outside the treatment zone.
//
// Which dots: the visible set is the trainee's dots plus the lesson's existing marks (existing_marks()).
// s' = expected_spacing_mm(lesson) = spacing_mm / sqrt(session.density_fraction) is the mean nearest-
// neighbour (NN) distance expected where density is full ("core": inside the zone, behind the hairline's
// whole transition zone, at least s' from the zone's edge). Density, holes and order are judged there; local
// uniformity reads the whole zone against the target map (hairline ramp included) when the core is judged.
//
// Raw metrics and how they become deductions from 100 (the score is 100 minus their sum, clamped to 0..100):
//   density_ratio  = visible dots per core area / (kBlueNoiseDensityTimesNn2 / s'^2), i.e. against a natural
//                    blue-noise scatter whose mean NN is s'. Deduction 100 * ramp(|ln ratio|, 0.15, 0.69):
//                    free within about +-15 %, everything lost at a factor of 2 too dense or too sparse.
//                    (A square grid whose rows are exactly s' apart is 37 % denser than that and loses ~30.)
//   mean_nn_mm     = mean NN distance over visible dots in the core (merged dots count 0), next to expected_nn_mm (= s').
//   crowded_share  = share of the trainee's dots in the zone with another visible dot closer than half of s';
//                    merged = how many have one closer than the needle's dot diameter. For the findings (not
//                    the score) they are told apart by who is that close: on_existing = dots within a dot's
//                    diameter of an existing mark ("landed on existing hairs"), near_existing = crowded dots
//                    with only existing marks that close; the rest have another of the trainee's own dots.
//                    largest_clump = most visible dots within 0.75 s' of one trainee dot (blue noise: 1; counted
//                    up to kClumpCountCap). Deduction min(60, 120 * (crowded_share - 0.03) + 150 * merged / dots
//                    + 3 * (largest_clump - 4)). A uniform random set has ~43 % crowded and loses the whole
//                    60; blue noise has none; one blot of 40 dots loses about 40 on its own.
//   orientational_order = the strongest of the bond-orientational orders psi2 (rows), psi4 (square grids) and
//                    psi6 (hexagonal lattices) of the trainee's own dots: psi_m of a dot is the mean of
//                    exp(i m theta) over its m nearest-neighbour bonds (2, 4 or 6); the order is |mean psi_m| in
//                    patches about 5 of the trainee's own spacings wide (~25 of their dots, also between existing
//                    marks), averaged over the patches (merged dots are left out). Blue noise ~0.15-0.2, uniform
//                    random ~0.2, a lattice or rows 0.6-1. bond order points = 100 * ramp(order, kOrderFree 0.3, kOrderFull 0.9)
//                    (wide, so the points grow steadily as a pattern's jitter falls).
//   structure_share = the share of the trainee's work whose windowed structure factor shows long-range order
//                    (structure_order.hpp: windows 16 own spacings wide, peaks over blue-noise levels; catches
//                    lattices at any angle with 15-20 % jitter, rows, rings, arcs and spirals; blue noise <= 0.01);
//                    structure_peak = the highest window reading (1 = the blue-noise level).
//                    structure points = 100 * ramp(structure_share, kStructureShareFree 0.02, kStructureShareFull 0.7).
//                    Order deduction = min(100, bond order points + structure points): visible order alone takes
//                    the component below the pass rule's floor of 50 (on even-fill-patch: a hexagonal lattice
//                    jittered 20 % loses ~0 for order, 17 % ~20, 15 % ~60, 10 % all; rings and spirals at 10 % ~75). Located at the worst window
//                    ("Dots line up in rows or rings / form a square grid / a honeycomb lattice here").
//   uneven_share_3mm / _6mm / _12mm, worst_window_ratio = local density uniformity (density_uniformity.hpp):
//                    windows of 3, 6 and 12 mm and 4 x 16 mm bands against the target map integrated over
//                    window ∩ zone, relative to the attempt's overall level, beyond what blue noise of that window
//                    size shows. Deduction min(60, 100 * worst share + 50 * worst window fault), located at the
//                    worst window (worst_window_ratio = its dots / what it needs; 1 when nothing is uneven).
//                    Halves, a gradient 0.5x -> 1.6x: 60; a 2 mm empty stripe ~34 and a 4 mm stripe at 1.6x ~29
//                    on shaved-front-norwood-7, that stripe ~13 on even-fill-patch (the weakest of them).
//   hole_share     = share of the core area further than 1.5 s' from any visible dot; largest_hole_mm = the
//                    diameter of the largest empty circle there (over every uncovered sample, so it grows
//                    smoothly as holes join). Deduction min(50, 300 * (hole_share - 0.005)
//                    + 10 * (largest hole radius / s' - 1.6)).
//                    A 10 mm hole in a 40 mm patch loses ~40, a 5 mm hole ~8.
//   outside_zone   = trainee dots outside the zone (those off the map count fully). Each weighs
//                    ramp(distance outside the zone, 0, s') (so a dot 0.01 mm outside weighs ~0.01), times
//                    1 - ramp(distance in front of the hairline, 1.5, 2.5 mm) (spill on the forehead is the
//                    hairline's fault: handed over across a 1 mm band round kSpillToleranceMm). With W = the sum
//                    of weights: deduction min(30, 3 * min(1, W) + 100 * W / dots).
// Counts of neighbours (crowding, merged, clumps, the densest place) are capped (SpatialIndex::count_within with a
// cap; clumps up to kClumpCountCap = 40), so thousands of dots stacked on one spot score in O(n log n).
// No trainee dots: score 0.
#pragma once

#include <vector>

#include "attempt.hpp"
#include "geometry.hpp"
#include "lesson.hpp"
#include "metric_support.hpp"

namespace stipple {

inline constexpr double kOrderFree = 0.30;
inline constexpr double kOrderFull = 0.90;
inline constexpr double kStructureShareFree = 0.02;
inline constexpr double kStructureShareFull = 0.70;
inline constexpr size_t kClumpCountCap = 40;
// Where each deduction starts (a metric at or inside these loses nothing; the score screen shows them as targets).
inline constexpr double kDensityLogRatioFree = 0.15;  // |ln density_ratio|
inline constexpr double kCrowdedShareFree = 0.03;
inline constexpr double kClumpFree = 4.0;             // largest_clump
inline constexpr double kHoleShareFree = 0.005;
inline constexpr double kHoleRadiusFree = 1.6;        // largest hole's radius / s'

// Dots in any order (sorted canonically inside); `existing` = existing_marks(lesson).
MetricResult spacing_metric(const Lesson& lesson, const std::vector<Dot>& dots, const std::vector<Point>& existing);

}  // namespace stipple
