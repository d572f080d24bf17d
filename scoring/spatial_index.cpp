// A k-d tree spatial index over points (see spatial_index.hpp).
#include "spatial_index.hpp"

#include <algorithm>

namespace stipple {

namespace {

// Orders by one coordinate, then by index, so equal coordinates split by index (and NaN sorts last).
double key(double v) { return std::isnan(v) ? std::numeric_limits<double>::infinity() : v; }

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

template <class MayImprove, class Leaf>
void SpatialIndex::nearest_first(Point p, MayImprove&& may_improve, Leaf&& leaf) const {
    uint32_t stack[kMaxStack];
    size_t top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node& node = nodes_[stack[--top]];
        if (!may_improve(box_distance2(node, p), node.min_index)) continue;
        if (node.left < 0) {
            for (size_t j = node.begin; j < node.end; ++j) leaf(items_[j]);
            continue;
        }
        // The nearer child is visited first (pushed last); on equal distance the one with the lower index.
        const Node& l = nodes_[static_cast<size_t>(node.left)];
        const Node& r = nodes_[static_cast<size_t>(node.right)];
        const double dl = box_distance2(l, p), dr = box_distance2(r, p);
        const bool left_first = dl < dr || (dl == dr && l.min_index <= r.min_index);
        stack[top++] = static_cast<uint32_t>(left_first ? node.right : node.left);
        stack[top++] = static_cast<uint32_t>(left_first ? node.left : node.right);
    }
}

namespace {

// A candidate neighbour by squared distance; `before` is the result order (ties by index).
struct Candidate {
    double d2 = 0;
    size_t index = 0;
};
inline bool before(const Candidate& a, const Candidate& b) { return a.d2 < b.d2 || (a.d2 == b.d2 && a.index < b.index); }

}  // namespace

std::vector<Neighbour> SpatialIndex::k_nearest(Point p, size_t k, size_t skip) const {
    std::vector<Neighbour> out;
    if (nodes_.empty() || k == 0) return out;
    std::vector<Candidate> best;  // max-heap by `before`, at most k entries
    best.reserve(std::min(k, points_.size()));
    auto heap_order = [](const Candidate& a, const Candidate& b) { return before(a, b); };
    // A node can only improve the result when its nearest possible (distance, index) beats the worst kept.
    nearest_first(
        p, [&](double box_d2, size_t min_index) { return best.size() < k || before({box_d2, min_index}, best.front()); },
        [&](const Item& item) {
            if (item.index == skip) return;
            const Candidate c{squared_distance(p, item.p), item.index};
            if (best.size() < k) {
                best.push_back(c);
                std::push_heap(best.begin(), best.end(), heap_order);
            } else if (before(c, best.front())) {
                std::pop_heap(best.begin(), best.end(), heap_order);
                best.back() = c;
                std::push_heap(best.begin(), best.end(), heap_order);
            }
        });
    std::sort_heap(best.begin(), best.end(), heap_order);
    out.reserve(best.size());
    for (const Candidate& c : best) out.push_back(Neighbour{c.index, std::sqrt(c.d2)});
    return out;
}

std::optional<Neighbour> SpatialIndex::nearest(Point p, size_t skip) const {
    if (nodes_.empty()) return std::nullopt;
    Candidate best{0, npos};
    nearest_first(
        p, [&](double box_d2, size_t min_index) { return best.index == npos || before({box_d2, min_index}, best); },
        [&](const Item& item) {
            if (item.index == skip) return;
            const Candidate c{squared_distance(p, item.p), item.index};
            if (best.index == npos || before(c, best)) best = c;
        });
    if (best.index == npos) return std::nullopt;
    return Neighbour{best.index, std::sqrt(best.d2)};
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
