// A spatial index over points on the scalp map: nearest neighbours, k nearest and radius queries.
// A balanced k-d tree (median splits, leaves of at most 16 points) whose every node knows its bounding box,
// its point count and its lowest point index, so that
//  - nearest / k_nearest cost about O(log n + k) whatever the spread, also on stacks of identical or nearly
//    identical points (a node that cannot hold anything closer, or as close with a lower index, is skipped);
//  - count_within counts whole nodes that lie inside the circle without visiting their points, so counting
//    the 200 000 dots of one stack costs about O(log n); count_within(p, r, cap) stops at cap;
//  - within / for_each_within cost O(log n + the points returned).
// Building costs O(n log n); scoring n dots costs about O(n log n).
#pragma once

#include <algorithm>
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

// Immutable after construction. Results are deterministic and exact: neighbours are ordered by squared
// distance, ties broken by point index.
class SpatialIndex {
public:
    static constexpr size_t npos = std::numeric_limits<size_t>::max();

    SpatialIndex() = default;
    explicit SpatialIndex(std::vector<Point> points);

    size_t size() const { return points_.size(); }
    bool empty() const { return points_.empty(); }
    const std::vector<Point>& points() const { return points_; }
    const Point& point(size_t i) const { return points_[i]; }

    // Nearest point to p, leaving out index `skip` (use it to find a point's nearest other point).
    std::optional<Neighbour> nearest(Point p, size_t skip = npos) const;
    // Up to k nearest points, closest first (ties by index), leaving out `skip`.
    std::vector<Neighbour> k_nearest(Point p, size_t k, size_t skip = npos) const;
    // Indices of the points within radius_mm of p (inclusive), ascending.
    std::vector<size_t> within(Point p, double radius_mm) const;
    // How many points lie within radius_mm of p (inclusive); with `cap`, min(that, cap), stopping early.
    size_t count_within(Point p, double radius_mm, size_t cap = npos) const;

    // Calls f(index, squared_distance) for every point within radius_mm of p (in no particular order).
    template <class F>
    void for_each_within(Point p, double radius_mm, F&& f) const {
        if (nodes_.empty() || !(radius_mm >= 0)) return;
        const double r2 = radius_mm * radius_mm;
        uint32_t stack[kMaxStack];
        size_t top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Node& node = nodes_[stack[--top]];
            if (box_distance2(node, p) > r2) continue;
            if (node.left < 0) {
                for (size_t k = node.begin; k < node.end; ++k) {
                    const double d2 = squared_distance(p, items_[k].p);
                    if (d2 <= r2) f(items_[k].index, d2);
                }
            } else {
                stack[top++] = static_cast<uint32_t>(node.right);
                stack[top++] = static_cast<uint32_t>(node.left);
            }
        }
    }

private:
    struct Node {
        Bounds box;
        size_t begin = 0, end = 0;    // range of items_
        size_t min_index = 0;         // lowest point index in the range
        int32_t left = -1, right = -1;  // children, -1 for a leaf
    };
    static constexpr size_t kLeafSize = 16;
    static constexpr size_t kMaxStack = 256;  // depth is about log2(n / 16) + 1, far below this

    struct Item;
    int32_t build(size_t begin, size_t end);
    // Visits leaves nearest first: `may_improve(box_distance2, min_index)` decides whether a node is worth
    // entering, `leaf(item)` sees each point of an entered leaf. Defined in the .cpp (used only there).
    template <class MayImprove, class Leaf>
    void nearest_first(Point p, MayImprove&& may_improve, Leaf&& leaf) const;
    // Squared distance from p to the nearest / farthest point of the node's box (0 inside).
    static double box_distance2(const Node& node, Point p) {
        const double dx = std::max({0.0, node.box.min.x - p.x, p.x - node.box.max.x});
        const double dy = std::max({0.0, node.box.min.y - p.y, p.y - node.box.max.y});
        return dx * dx + dy * dy;
    }
    static double box_far_distance2(const Node& node, Point p) {
        const double dx = std::max(std::abs(p.x - node.box.min.x), std::abs(node.box.max.x - p.x));
        const double dy = std::max(std::abs(p.y - node.box.min.y), std::abs(node.box.max.y - p.y));
        return dx * dx + dy * dy;
    }

    // A point and its index, stored in tree order so that a leaf's points lie next to each other in memory.
    struct Item {
        Point p;
        size_t index = 0;
    };

    std::vector<Point> points_;
    std::vector<Item> items_;  // every point, grouped by node
    std::vector<Node> nodes_;  // nodes_[0] is the root
};

}  // namespace stipple
