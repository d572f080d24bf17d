// Density in windows, against the lesson's target map: the one windowed-counting rule shared by the spacing
// metric's local-uniformity judgement (density_uniformity.hpp) and the practice screen's heat map.
//
// The target is target_density_per_mm2() (lesson_regions.hpp: zone, hairline ramp, session fraction)
// integrated over the window, so a window reaching past the zone's edge expects only what window ∩ zone
// should hold. What is measured is the visible set: the lesson's existing marks plus the trainee's dots.
// A window's weight is a square of side `size_mm` with edges softened over `soft_mm` (a linear ramp centred
// on the edge, so a dot moving across it changes the count continuously); soft_mm = 0 gives hard,
// half-open bins [min, min + size).
#pragma once

#include <vector>

#include "attempt.hpp"
#include "geometry.hpp"
#include "lesson.hpp"
#include "spatial_index.hpp"

namespace stipple {

// Target density (dots per mm^2) sampled at the centres of square cells `step_mm` wide over the zone's
// bounds (the step grows when more than ~4 million cells would be needed).
struct TargetRaster {
    Point origin;
    double step_mm = 0.5;
    long nx = 0, ny = 0;
    std::vector<double> per_mm2;  // row-major, nx * ny
    std::vector<double> summed;   // summed-area table, (nx + 1) * (ny + 1): sums of per_mm2 below and left
    Point centre(long i, long j) const {
        return {origin.x + (static_cast<double>(i) + 0.5) * step_mm, origin.y + (static_cast<double>(j) + 0.5) * step_mm};
    }
};
TargetRaster target_raster(const Lesson& lesson, double step_mm);

// Weight of a point in the square window of side size_mm centred at `centre` (see above): 0..1.
double window_weight(Point p, Point centre, double size_mm, double soft_mm);

struct DensityWindow {
    Point centre;
    double size_mm = 0;     // side (the width across a band)
    double length_mm = 0;   // along a band (= size_mm for squares)
    double angle = 0;       // of a band's length, radians
    double measured = 0;  // weighted count of visible dots
    double target = 0;    // dots the target map expects there (weighted integral of the target density)
};

// Measured counts are soft-weighted counts of the visible dots, each dot visiting only the windows that reach
// it (O(dots) per scale). The target over a window: the raster integrated over the square (cells cut by its
// edge count by the part inside; the soft edge is centred on the hard one, so it holds the same target), in
// O(1) from the summed-area table. Bands sample the raster on a grid in their own frame.
double target_in_window(const TargetRaster& raster, Point centre, double size_mm);

// Windows of side size_mm centred on a grid `stride_mm` apart (its first centre at the zone bounds' min
// corner plus half a size), keeping those whose target is above zero.
std::vector<DensityWindow> density_windows(const SpatialIndex& visible, const TargetRaster& raster, double size_mm,
                                           double stride_mm, double soft_mm);

// Bands: rectangles width_mm x length_mm whose length runs at `angle`, centred on a grid half a width apart
// across and half a length apart along, over the zone's bounds (stripes show in them where squares blur them).
std::vector<DensityWindow> density_bands(const SpatialIndex& visible, const TargetRaster& raster, double width_mm,
                                         double length_mm, double angle, double soft_mm);

// The heat map the practice screen draws: hard square cells cell_mm wide from the zone bounds' min corner,
// each with the visible dots in it and what the target map expects there. Cells where nothing is expected
// (outside the zone, in front of the hairline) are left out. A blue-noise fill at the lesson's target reads
// ratio ~1.0.
struct DensityCell {
    Point min_mm;
    double size_mm = 5.0;
    int dots = 0;                  // visible dots in the cell (existing marks + the trainee's)
    double per_cm2 = 0.0;          // dots per cm^2 of the cell
    double target_dots = 0.0;      // what the target map expects in the cell (over cell ∩ zone)
    double ratio = 0.0;            // dots / target_dots: 1 = the target density
};
std::vector<DensityCell> density_heat_map(const Lesson& lesson, const std::vector<Dot>& dots,
                                          const std::vector<Point>& existing, double cell_mm);
// The score screen's heat-map cell: 4 mm, about 8 dots at full density with 1.2 mm spacing (small enough to
// locate a thin patch, large enough that a cell is not one or two dots).
inline constexpr double kHeatMapCellMm = 4.0;

}  // namespace stipple
