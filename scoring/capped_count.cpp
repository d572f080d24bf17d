// Capped neighbour counts (see capped_count.hpp).
#include "capped_count.hpp"

#include <algorithm>
#include <cmath>

namespace stipple {

CappedCounter::CappedCounter(std::vector<Point> points, double cell_mm) : points_(std::move(points)) {
    const size_t n = points_.size();
    if (n == 0) return;
    const Bounds b = bounds_of(points_);
    origin_ = b.min;
    cell_mm_ = (cell_mm > 0 && std::isfinite(cell_mm)) ? cell_mm : 1.0;
    const double max_cells = 4.0 * static_cast<double>(n) + 64.0;
    if (!std::isfinite(b.width()) || !std::isfinite(b.height())) cell_mm_ = 1e300;
    while ((std::floor(b.width() / cell_mm_) + 1) * (std::floor(b.height() / cell_mm_) + 1) > max_cells) cell_mm_ *= 1.5;
    nx_ = static_cast<long>(std::floor(b.width() / cell_mm_)) + 1;
    ny_ = static_cast<long>(std::floor(b.height() / cell_mm_)) + 1;
    if (nx_ < 1 || ny_ < 1) nx_ = ny_ = 1;
    std::vector<size_t> cell(n);
    start_.assign(static_cast<size_t>(nx_ * ny_) + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        const long cx = std::clamp(static_cast<long>(std::floor((points_[i].x - origin_.x) / cell_mm_)), 0L, nx_ - 1);
        const long cy = std::clamp(static_cast<long>(std::floor((points_[i].y - origin_.y) / cell_mm_)), 0L, ny_ - 1);
        cell[i] = static_cast<size_t>(cy * nx_ + cx);
        ++start_[cell[i] + 1];
    }
    for (size_t c = 0; c + 1 < start_.size(); ++c) start_[c + 1] += start_[c];
    order_.assign(n, 0);
    std::vector<size_t> fill(start_.begin(), start_.end() - 1);
    for (size_t i = 0; i < n; ++i) order_[fill[cell[i]]++] = i;
}

size_t CappedCounter::count_within(Point p, double r, size_t cap) const {
    if (points_.empty() || !(r >= 0) || cap == 0) return 0;
    const double r2 = r * r;
    auto cell_of = [&](double v, double o, long n) {
        const double c = std::floor((v - o) / cell_mm_);
        return c < 0 ? 0L : (c >= static_cast<double>(n) ? n - 1 : static_cast<long>(c));
    };
    const long x0 = cell_of(p.x - r, origin_.x, nx_), x1 = cell_of(p.x + r, origin_.x, nx_);
    const long y0 = cell_of(p.y - r, origin_.y, ny_), y1 = cell_of(p.y + r, origin_.y, ny_);
    size_t count = 0;
    for (long cy = y0; cy <= y1; ++cy)
        for (long cx = x0; cx <= x1; ++cx) {
            const size_t c = static_cast<size_t>(cy * nx_ + cx);
            const size_t begin = start_[c], end = start_[c + 1];
            if (begin == end) continue;
            // The cell's farthest corner from p: if within r, every point of the cell counts.
            const double lx = origin_.x + static_cast<double>(cx) * cell_mm_, ly = origin_.y + static_cast<double>(cy) * cell_mm_;
            const double fx = std::max(std::abs(p.x - lx), std::abs(p.x - lx - cell_mm_));
            const double fy = std::max(std::abs(p.y - ly), std::abs(p.y - ly - cell_mm_));
            if (fx * fx + fy * fy <= r2) {
                count += end - begin;
            } else {
                for (size_t k = begin; k < end && count < cap; ++k)
                    if (squared_distance(p, points_[order_[k]]) <= r2) ++count;
            }
            if (count >= cap) return cap;
        }
    return count;
}

}  // namespace stipple
