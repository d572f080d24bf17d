// A uniform-grid spatial index over points on the scalp map: nearest neighbours, k nearest and radius
// queries in about O(1) each for evenly spread dots, so scoring n dots costs about O(n) (plus one sort).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "geometry.hpp"

namespace stipple {

struct Neighbour {
    size_t index = 0;          // into SpatialIndex::points()
    double distance_mm = 0.0;
};

// Immutable after construction. Results are deterministic: ties are broken by point index.
class SpatialIndex {
public:
    static constexpr size_t npos = std::numeric_limits<size_t>::max();

    SpatialIndex() = default;
    // Cell size chosen so that a cell holds about two points on average.
    explicit SpatialIndex(std::vector<Point> points);
    SpatialIndex(std::vector<Point> points, double cell_mm);

    size_t size() const { return points_.size(); }
    bool empty() const { return points_.empty(); }
    const std::vector<Point>& points() const { return points_; }
    const Point& point(size_t i) const { return points_[i]; }
    double cell_mm() const { return cell_mm_; }

    // Nearest point to p, leaving out index `skip` (use it to find a point's nearest other point).
    std::optional<Neighbour> nearest(Point p, size_t skip = npos) const;
    // Up to k nearest points, closest first (ties by index), leaving out `skip`.
    std::vector<Neighbour> k_nearest(Point p, size_t k, size_t skip = npos) const;
    // Indices of the points within radius_mm of p (inclusive), ascending.
    std::vector<size_t> within(Point p, double radius_mm) const;
    size_t count_within(Point p, double radius_mm) const;

    // Calls f(index, squared_distance) for every point within radius_mm of p, cell by cell.
    template <class F>
    void for_each_within(Point p, double radius_mm, F&& f) const {
        if (points_.empty() || !(radius_mm >= 0)) return;
        const double r2 = radius_mm * radius_mm;
        const int64_t x0 = clamp_cell(cell_coord(p.x - radius_mm, origin_.x), nx_);
        const int64_t x1 = clamp_cell(cell_coord(p.x + radius_mm, origin_.x), nx_);
        const int64_t y0 = clamp_cell(cell_coord(p.y - radius_mm, origin_.y), ny_);
        const int64_t y1 = clamp_cell(cell_coord(p.y + radius_mm, origin_.y), ny_);
        for (int64_t cy = y0; cy <= y1; ++cy)
            for (int64_t cx = x0; cx <= x1; ++cx) {
                const size_t c = static_cast<size_t>(cy * nx_ + cx);
                for (size_t k = cell_start_[c]; k < cell_start_[c + 1]; ++k) {
                    const size_t i = order_[k];
                    const double d2 = squared_distance(p, points_[i]);
                    if (d2 <= r2) f(i, d2);
                }
            }
    }

private:
    void build(double cell_mm);
    int64_t cell_coord(double v, double origin) const {
        const double c = std::floor((v - origin) / cell_mm_);
        if (!(c > -1e12)) return -1000000000000LL;  // also catches NaN
        if (c > 1e12) return 1000000000000LL;
        return static_cast<int64_t>(c);
    }
    static int64_t clamp_cell(int64_t c, int64_t n) { return c < 0 ? 0 : (c >= n ? n - 1 : c); }

    std::vector<Point> points_;
    Point origin_;
    double cell_mm_ = 1.0;
    int64_t nx_ = 0, ny_ = 0;
    std::vector<size_t> cell_start_;  // nx*ny + 1 offsets into order_
    std::vector<size_t> order_;       // point indices grouped by cell, ascending within a cell
};

}  // namespace stipple
