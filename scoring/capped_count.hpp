// Counting neighbours fast even when thousands of dots sit on one spot: a grid whose cells lying wholly
// inside the query disk are counted without looking at their points, and partial cells stop at a cap.
// The spacing metric's crowding and clump counts use it, so 20 000 coincident dots cost O(n), not O(n^2).
#pragma once

#include <cstddef>
#include <vector>

#include "geometry.hpp"

namespace stipple {

class CappedCounter {
public:
    // cell_mm: about the query radius you will use (cells never number more than ~4 per point).
    CappedCounter(std::vector<Point> points, double cell_mm);
    // min(cap, number of points within radius_mm of p, p's own copy included when it is one of the points).
    size_t count_within(Point p, double radius_mm, size_t cap) const;
    const std::vector<Point>& points() const { return points_; }

private:
    std::vector<Point> points_;
    Point origin_;
    double cell_mm_ = 1.0;
    long nx_ = 0, ny_ = 0;
    std::vector<size_t> start_;  // nx*ny + 1 offsets into order_
    std::vector<size_t> order_;
};

}  // namespace stipple
