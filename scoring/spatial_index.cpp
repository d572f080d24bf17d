// A k-d tree spatial index over points (see spatial_index.hpp).
#include "spatial_index.hpp"

#include <algorithm>

namespace stipple {

namespace {

// Orders by one coordinate, then by index, so equal coordinates split by index (and NaN sorts last).
double key(double v) { return std::isnan(v) ? std::numeric_limits<double>::infinity() : v; }

bool closer(const Neighbour& a, const Neighbour& b) {
    return a.distance_mm < b.distance_mm || (a.distance_mm == b.distance_mm && a.index < b.index);
}

}  // namespace

SpatialIndex::SpatialIndex(std::vector<Point> points) : points_(std::move(points)) {
    if (points_.empty()) return;
    items_.resize(points_.size());
    for (size_t i = 0; i < items_.size(); ++i) items_[i] = Item{points_[i], i};
    nodes_.reserve(2 * (points_.size() / kLeafSize + 1));
    build(0, points_.size());
}

int32_t SpatialIndex::build(size_t begin, size_t end) {
    const int32_t id = static_cast<int32_t>(nodes_.size());
    nodes_.push_back(Node{});
    Node node;
    node.begin = begin;
    node.end = end;
    node.box = Bounds{{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()},
                      {-std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()}};
    node.min_index = npos;
    for (size_t k = begin; k < end; ++k) {
        const Point& p = items_[k].p;
        node.box.min.x = std::min(node.box.min.x, p.x);
        node.box.min.y = std::min(node.box.min.y, p.y);
        node.box.max.x = std::max(node.box.max.x, p.x);
        node.box.max.y = std::max(node.box.max.y, p.y);
        node.min_index = std::min(node.min_index, items_[k].index);
    }
    if (end - begin > kLeafSize) {
        // Split the wider side at its median; equal coordinates split by index.
        const bool by_x = !(node.box.max.y - node.box.min.y > node.box.max.x - node.box.min.x);
        const size_t mid = begin + (end - begin) / 2;
        auto less = [by_x](const Item& a, const Item& b) {
            const double ka = key(by_x ? a.p.x : a.p.y), kb = key(by_x ? b.p.x : b.p.y);
            return ka < kb || (ka == kb && a.index < b.index);
        };
        std::nth_element(items_.begin() + static_cast<std::ptrdiff_t>(begin), items_.begin() + static_cast<std::ptrdiff_t>(mid),
                         items_.begin() + static_cast<std::ptrdiff_t>(end), less);
        node.left = build(begin, mid);
        node.right = build(mid, end);
    }
    nodes_[static_cast<size_t>(id)] = node;
    return id;
}

std::vector<Neighbour> SpatialIndex::k_nearest(Point p, size_t k, size_t skip) const {
    std::vector<Neighbour> best;  // max-heap by `closer`, at most k entries
    if (nodes_.empty() || k == 0) return best;
    // A node can only improve the result when its nearest possible (distance, index) beats the worst kept.
    auto may_improve = [&](const Node& node) {
        if (best.size() < k) return true;
        const Neighbour bound{node.min_index, std::sqrt(box_distance2(node, p))};
        return closer(bound, best.front());
    };
    uint32_t stack[kMaxStack];
    size_t top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node& node = nodes_[stack[--top]];
        if (!may_improve(node)) continue;
        if (node.left < 0) {
            for (size_t j = node.begin; j < node.end; ++j) {
                const size_t i = items_[j].index;
                if (i == skip) continue;
                const Neighbour cand{i, distance_mm(p, items_[j].p)};
                if (best.size() < k) {
                    best.push_back(cand);
                    std::push_heap(best.begin(), best.end(), closer);
                } else if (closer(cand, best.front())) {
                    std::pop_heap(best.begin(), best.end(), closer);
                    best.back() = cand;
                    std::push_heap(best.begin(), best.end(), closer);
                }
            }
            continue;
        }
        // Visit the nearer child first (pushed last); on equal distance the one with the lower index.
        const Node& l = nodes_[static_cast<size_t>(node.left)];
        const Node& r = nodes_[static_cast<size_t>(node.right)];
        const double dl = box_distance2(l, p), dr = box_distance2(r, p);
        const bool left_first = dl < dr || (dl == dr && l.min_index <= r.min_index);
        stack[top++] = static_cast<uint32_t>(left_first ? node.right : node.left);
        stack[top++] = static_cast<uint32_t>(left_first ? node.left : node.right);
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

size_t SpatialIndex::count_within(Point p, double radius_mm, size_t cap) const {
    size_t count = 0;
    if (nodes_.empty() || !(radius_mm >= 0) || cap == 0) return 0;
    const double r2 = radius_mm * radius_mm;
    uint32_t stack[kMaxStack];
    size_t top = 0;
    stack[top++] = 0;
    while (top > 0 && count < cap) {
        const Node& node = nodes_[stack[--top]];
        if (box_distance2(node, p) > r2) continue;
        if (box_far_distance2(node, p) <= r2) {
            count += node.end - node.begin;  // the whole box lies inside the circle
        } else if (node.left < 0) {
            for (size_t k = node.begin; k < node.end; ++k) count += squared_distance(p, items_[k].p) <= r2 ? 1 : 0;
        } else {
            stack[top++] = static_cast<uint32_t>(node.right);
            stack[top++] = static_cast<uint32_t>(node.left);
        }
    }
    return std::min(count, cap);
}

}  // namespace stipple
