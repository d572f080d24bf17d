// A uniform-grid spatial index over points (see spatial_index.hpp).
#include "spatial_index.hpp"

#include <algorithm>

namespace stipple {

SpatialIndex::SpatialIndex(std::vector<Point> points) : points_(std::move(points)) { build(0.0); }

SpatialIndex::SpatialIndex(std::vector<Point> points, double cell_mm) : points_(std::move(points)) { build(cell_mm); }

void SpatialIndex::build(double cell_mm) {
    const size_t n = points_.size();
    const Bounds b = bounds_of(points_);
    origin_ = b.min;
    const double w = b.width(), h = b.height();
    if (!(cell_mm > 0) || !std::isfinite(cell_mm)) {
        if (w > 0 && h > 0)
            cell_mm = std::sqrt(w * h / static_cast<double>(std::max<size_t>(n, 1)) * 2.0);
        else
            cell_mm = std::max(w, h) / static_cast<double>(std::max<size_t>(n, 1)) * 2.0;
        if (!(cell_mm > 0) || !std::isfinite(cell_mm)) cell_mm = 1.0;
    }
    // Never more than about 4 cells per point, whatever the spread of the points.
    const double max_cells = 4.0 * static_cast<double>(n) + 64.0;
    const bool finite_spread = std::isfinite(w) && std::isfinite(h);  // else: one cell holds everything
    if (!finite_spread) cell_mm = std::numeric_limits<double>::max();
    for (; finite_spread;) {
        const double cx = std::floor(w / cell_mm) + 1.0, cy = std::floor(h / cell_mm) + 1.0;
        if (cx * cy <= max_cells) break;
        cell_mm *= 1.5;
    }
    cell_mm_ = cell_mm;
    nx_ = finite_spread ? static_cast<int64_t>(std::floor(w / cell_mm_)) + 1 : 1;
    ny_ = finite_spread ? static_cast<int64_t>(std::floor(h / cell_mm_)) + 1 : 1;
    if (n == 0) nx_ = ny_ = 0;

    const size_t cells = static_cast<size_t>(nx_ * ny_);
    std::vector<size_t> cell_of(n);
    cell_start_.assign(cells + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        const int64_t cx = clamp_cell(cell_coord(points_[i].x, origin_.x), nx_);
        const int64_t cy = clamp_cell(cell_coord(points_[i].y, origin_.y), ny_);
        cell_of[i] = static_cast<size_t>(cy * nx_ + cx);
        ++cell_start_[cell_of[i] + 1];
    }
    for (size_t c = 0; c < cells; ++c) cell_start_[c + 1] += cell_start_[c];
    order_.assign(n, 0);
    std::vector<size_t> fill(cell_start_.begin(), cell_start_.end() - (cells > 0 ? 1 : 0));
    for (size_t i = 0; i < n; ++i) order_[fill[cell_of[i]]++] = i;  // stable: ascending index per cell
}

namespace {
bool closer(const Neighbour& a, const Neighbour& b) {
    return a.distance_mm < b.distance_mm || (a.distance_mm == b.distance_mm && a.index < b.index);
}
}  // namespace

std::vector<Neighbour> SpatialIndex::k_nearest(Point p, size_t k, size_t skip) const {
    std::vector<Neighbour> best;  // max-heap by `closer`, at most k entries
    if (points_.empty() || k == 0) return best;
    const int64_t ux = cell_coord(p.x, origin_.x), uy = cell_coord(p.y, origin_.y);
    // First ring that touches the grid, and the ring beyond which no cell of the grid lies.
    const int64_t out_x = ux < 0 ? -ux : (ux >= nx_ ? ux - nx_ + 1 : 0);
    const int64_t out_y = uy < 0 ? -uy : (uy >= ny_ ? uy - ny_ + 1 : 0);
    const int64_t r0 = std::max(out_x, out_y);
    const int64_t r_last = std::max({std::abs(ux), std::abs(ux - (nx_ - 1)), std::abs(uy), std::abs(uy - (ny_ - 1))});

    auto visit_cell = [&](int64_t cx, int64_t cy) {
        if (cx < 0 || cy < 0 || cx >= nx_ || cy >= ny_) return;
        const size_t c = static_cast<size_t>(cy * nx_ + cx);
        for (size_t j = cell_start_[c]; j < cell_start_[c + 1]; ++j) {
            const size_t i = order_[j];
            if (i == skip) continue;
            const Neighbour cand{i, distance_mm(p, points_[i])};
            if (best.size() < k) {
                best.push_back(cand);
                std::push_heap(best.begin(), best.end(), closer);
            } else if (closer(cand, best.front())) {
                std::pop_heap(best.begin(), best.end(), closer);
                best.back() = cand;
                std::push_heap(best.begin(), best.end(), closer);
            }
        }
    };

    for (int64_t r = r0; r <= r_last; ++r) {
        for (int64_t cy = std::max<int64_t>(uy - r, 0); cy <= std::min<int64_t>(uy + r, ny_ - 1); ++cy) {
            if (cy == uy - r || cy == uy + r) {
                for (int64_t cx = std::max<int64_t>(ux - r, 0); cx <= std::min<int64_t>(ux + r, nx_ - 1); ++cx)
                    visit_cell(cx, cy);
            } else {
                visit_cell(ux - r, cy);
                if (r > 0) visit_cell(ux + r, cy);
            }
        }
        // Every cell in a later ring is at least r cells away, so at least r * cell_mm_ from p.
        if (best.size() == k && best.front().distance_mm <= static_cast<double>(r) * cell_mm_) break;
    }
    std::sort_heap(best.begin(), best.end(), closer);
    return best;
}

std::optional<Neighbour> SpatialIndex::nearest(Point p, size_t skip) const {
    const std::vector<Neighbour> one = k_nearest(p, 1, skip);
    if (one.empty()) return std::nullopt;
    return one.front();
}

std::vector<size_t> SpatialIndex::within(Point p, double radius_mm) const {
    std::vector<size_t> out;
    for_each_within(p, radius_mm, [&](size_t i, double) { out.push_back(i); });
    std::sort(out.begin(), out.end());
    return out;
}

size_t SpatialIndex::count_within(Point p, double radius_mm) const {
    size_t count = 0;
    for_each_within(p, radius_mm, [&](size_t, double) { ++count; });
    return count;
}

}  // namespace stipple
