// Where things are on a lesson's scalp: the treatment zone, the signed distance behind the target hairline,
// the full-density region where spacing is judged, and the density a session aims for. Shared by the
// metrics, the demo attempt and the existing marks so they all read the lesson the same way.
#pragma once

#include <optional>
#include <vector>

#include "blue_noise.hpp"
#include "geometry.hpp"
#include "lesson.hpp"

namespace stipple {

// Share of full density the whole visible set (existing marks + trainee dots) should reach this session:
// session.density_fraction (default 1). With `existing` marks the target is for the combined set.
double target_density_fraction(const Lesson& lesson);

// Expected mean nearest-neighbour distance where density is full, for this session:
// spacing_mm / sqrt(target_density_fraction). Density scales with 1/spacing^2, so a third of the density
// spreads the same kind of scatter sqrt(3) times wider.
double expected_spacing_mm(const Lesson& lesson);

// Signed distance from the target hairline curve in mm: positive behind it (toward the crown), negative in
// front (toward the forehead). The curve is carried on beyond its ends along its end directions (straight
// rays from the first and last segments), so the hairline region spans the whole zone however far the zone
// reaches past the curve's x range. nullopt only for a curve of fewer than 2 points.
std::optional<double> behind_hairline_mm(const Hairline& hairline, Point p);

// y of that carried-on curve at x (the curve's own y inside its x range).
double hairline_curve_y(const Hairline& hairline, double x);

// Dots closer than this in front of the curve still count as the feathered edge, not as forehead spill (the
// hairline metric counts a dot as spill from here, in full from 1 mm further forward).
inline constexpr double kSpillToleranceMm = 2.0;

// In front of the hairline by more than the spill tolerance (always false without a hairline).
bool is_forehead(const Lesson& lesson, Point p);

// Inside the zone and, when the lesson has a hairline, behind the whole transition zone (of the curve carried
// on beyond its ends): where density should be full and the spacing target applies.
bool in_full_density_region(const Lesson& lesson, Point p);

// Share of full density an expert builds at signed distance d behind the curve across transition_mm:
// 0 in front, rising linearly from kRampStart at the curve to 1 at the back of the transition zone.
inline constexpr double kRampStart = 0.2;
double hairline_ramp(double behind_mm, double transition_mm);

// Share of full density wanted at p for a finished treatment (session fraction not applied): 0 outside the
// zone, hairline_ramp() of the distance behind the (carried-on) curve with a hairline, 1 in the zone without.
// The one density-map rule: the metrics, the demo, the existing marks, the heat map and lesson warnings all
// read it.
double density_share(const Lesson& lesson, Point p);

// Visible dots (existing marks + trainee dots) per mm^2 wanted at p by the end of this session:
// density_share(p) * full_density_per_mm2.
double target_density_per_mm2(const Lesson& lesson, Point p);

// Visible dots per mm^2 wanted where density is full, this session:
// target_density_fraction * blue_noise_density_per_mm2(spacing_mm) (0 without a positive spacing).
double full_density_per_mm2(const Lesson& lesson);

// The existing marks' share of full density: existing.density_fraction, or for explicit marks (issue 14) their
// count inside the zone over the zone's full-density dot count (at most 1). 0 without `existing`.
double existing_density_fraction(const Lesson& lesson);
// The share of full density this session's new dots add: session fraction minus the existing marks'
// fraction, never below 0.
double new_dot_fraction(const Lesson& lesson);

// How many new dots an expert places this session: the integral of the target density over the zone, less
// what the existing marks already cover (session fraction minus existing fraction, never below 0).
double expected_dot_count(const Lesson& lesson);

// How many visible dots (existing marks + new dots) the zone holds at the end of this session: the integral of
// target_density_per_mm2 over the zone.
double expected_visible_dot_count(const Lesson& lesson);

// Centres of a square lattice of sample points with the given step covering `bounds` (for areas and holes).
std::vector<Point> sample_lattice(const Bounds& bounds, double step_mm);

}  // namespace stipple
