// Small shared pieces of the metrics (see metric_support.hpp).
#include "metric_support.hpp"

#include <cstdio>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "spatial_index.hpp"

namespace stipple {

std::vector<Feedback> rank_findings(std::vector<Finding> findings, const ComponentWeights& w, size_t max_items) {
    auto weight = [&](const std::string& c) {
        if (c == "spacing") return w.spacing;
        if (c == "depth") return w.depth;
        if (c == "hairline") return w.hairline;
        return 1e6;  // general remarks (e.g. nothing placed) come first
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        const double sa = a.points * weight(a.feedback.component), sb = b.points * weight(b.feedback.component);
        if (sa != sb) return sa > sb;
        return std::tie(a.feedback.component, a.feedback.message) < std::tie(b.feedback.component, b.feedback.message);
    });
    std::vector<Feedback> out;
    for (Finding& f : findings) {
        if (out.size() >= max_items) break;
        out.push_back(std::move(f.feedback));
    }
    return out;
}

bool dot_less(const Dot& a, const Dot& b) {
    const double ta = a.t.value_or(-1.0), tb = b.t.value_or(-1.0);
    return std::tie(a.x, a.y, a.depth_mm, ta) < std::tie(b.x, b.y, b.depth_mm, tb);
}

std::vector<Dot> canonical_dots(std::vector<Dot> dots) {
    if (!std::is_sorted(dots.begin(), dots.end(), dot_less)) std::sort(dots.begin(), dots.end(), dot_less);
    return dots;
}

bool on_map(Point p) { return std::abs(p.x) <= kOnMapLimitMm && std::abs(p.y) <= kOnMapLimitMm; }

double ramp01(double value, double from, double to) {
    if (!(value > from)) return 0.0;
    if (value >= to) return 1.0;
    return (value - from) / (to - from);
}

std::optional<Point> densest_place(const std::vector<Point>& points, double radius_mm, size_t cap) {
    if (points.empty()) return std::nullopt;
    const SpatialIndex index(points);
    size_t best = 0, best_count = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        const size_t c = index.count_within(points[i], radius_mm, cap);
        if (c > best_count) {
            best_count = c;
            best = i;
        }
    }
    return points[best];
}

std::vector<Point> fault_places(const std::vector<Point>& points, double radius_mm, size_t max_places, size_t cap) {
    std::vector<Point> places;
    if (points.empty() || max_places == 0) return places;
    const SpatialIndex index(points);
    std::vector<size_t> count(points.size());
    for (size_t i = 0; i < points.size(); ++i) count[i] = index.count_within(points[i], radius_mm, cap);
    std::vector<size_t> order(points.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    // Densest first, ties by order (the same rule as densest_place).
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return count[a] > count[b]; });
    std::vector<uint8_t> covered(points.size(), 0);
    for (size_t i : order) {
        if (covered[i]) continue;
        places.push_back(points[i]);
        if (places.size() >= max_places) break;
        // The cluster: every dot within two radii (so neighbouring places are at least that far apart).
        index.for_each_within(points[i], 2.0 * radius_mm, [&](size_t k, double) { covered[k] = 1; });
    }
    return places;
}

Finding located(Finding finding, const std::vector<Point>& dots_at_fault) {
    std::vector<Point> places = fault_places(dots_at_fault);
    if (places.empty()) return finding;
    finding.feedback.at = places.front();
    if (places.size() > 1) finding.feedback.places = std::move(places);
    else finding.feedback.places.clear();
    return finding;
}

std::optional<Point> centroid(const std::vector<Point>& points) {
    if (points.empty()) return std::nullopt;
    double x = 0, y = 0;
    for (const Point& p : points) {
        x += p.x;
        y += p.y;
    }
    return Point{x / static_cast<double>(points.size()), y / static_cast<double>(points.size())};
}

double finite_or(double value, double fallback) { return std::isfinite(value) ? value : fallback; }

std::string feedback_text(const char* pattern, double a, double b, double c) {
    char buf[256];
    std::snprintf(buf, sizeof buf, pattern, a, b, c);
    return buf;
}

}  // namespace stipple
