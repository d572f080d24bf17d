// Plane geometry on the flattened scalp map (see geometry.hpp).
#include "geometry.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stipple {

double squared_distance(Point a, Point b) {
    const double dx = a.x - b.x;
    const double dy = a.y - b.y;
    return dx * dx + dy * dy;
}

double distance_mm(Point a, Point b) { return std::sqrt(squared_distance(a, b)); }

double signed_area_mm2(const Polygon& polygon) {
    double twice = 0.0;
    const size_t n = polygon.size();
    for (size_t i = 0; i < n; ++i) {
        const Point& a = polygon[i];
        const Point& b = polygon[(i + 1) % n];
        twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2.0;
}

double area_mm2(const Polygon& polygon) { return std::abs(signed_area_mm2(polygon)); }

bool contains(const Polygon& polygon, Point p) {
    bool inside = false;
    const size_t n = polygon.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const Point& a = polygon[i];
        const Point& b = polygon[j];
        if ((a.y > p.y) != (b.y > p.y)) {
            const double x_cross = (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x;
            if (p.x < x_cross) inside = !inside;
        }
    }
    return inside;
}

static double cross(Point o, Point a, Point b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

static bool on_segment(Point a, Point b, Point p) {
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
           p.y <= std::max(a.y, b.y);
}

bool segments_intersect(Point a, Point b, Point c, Point d) {
    const double d1 = cross(c, d, a);
    const double d2 = cross(c, d, b);
    const double d3 = cross(a, b, c);
    const double d4 = cross(a, b, d);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
    if (d1 == 0 && on_segment(c, d, a)) return true;
    if (d2 == 0 && on_segment(c, d, b)) return true;
    if (d3 == 0 && on_segment(a, b, c)) return true;
    if (d4 == 0 && on_segment(a, b, d)) return true;
    return false;
}

bool is_simple(const Polygon& polygon) {
    const size_t n = polygon.size();
    if (n < 3) return false;
    for (size_t i = 0; i < n; ++i)
        if (polygon[i] == polygon[(i + 1) % n]) return false;
    for (size_t i = 0; i < n; ++i) {
        const Point a = polygon[i], b = polygon[(i + 1) % n];
        for (size_t j = i + 1; j < n; ++j) {
            const bool adjacent = j == i + 1 || (i == 0 && j == n - 1);
            if (adjacent) continue;
            if (segments_intersect(a, b, polygon[j], polygon[(j + 1) % n])) return false;
        }
    }
    return true;
}

Bounds bounds_of(const std::vector<Point>& points) {
    Bounds b{{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()},
             {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()}};
    for (const Point& p : points) {
        b.min.x = std::min(b.min.x, p.x);
        b.min.y = std::min(b.min.y, p.y);
        b.max.x = std::max(b.max.x, p.x);
        b.max.y = std::max(b.max.y, p.y);
    }
    if (points.empty()) b = Bounds{};
    return b;
}

double distance_to_segment_mm(Point p, Point a, Point b) {
    const double vx = b.x - a.x, vy = b.y - a.y;
    const double len2 = vx * vx + vy * vy;
    double t = len2 > 0 ? ((p.x - a.x) * vx + (p.y - a.y) * vy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return distance_mm(p, Point{a.x + t * vx, a.y + t * vy});
}

double distance_to_polyline_mm(const Polyline& line, Point p) {
    if (line.empty()) return std::numeric_limits<double>::infinity();
    if (line.size() == 1) return distance_mm(p, line[0]);
    double best = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i + 1 < line.size(); ++i) best = std::min(best, distance_to_segment_mm(p, line[i], line[i + 1]));
    return best;
}

double distance_to_boundary_mm(const Polygon& polygon, Point p) {
    double best = std::numeric_limits<double>::infinity();
    const size_t n = polygon.size();
    for (size_t i = 0; i < n; ++i) best = std::min(best, distance_to_segment_mm(p, polygon[i], polygon[(i + 1) % n]));
    return best;
}

double polyline_length_mm(const Polyline& line) {
    double total = 0.0;
    for (size_t i = 0; i + 1 < line.size(); ++i) total += distance_mm(line[i], line[i + 1]);
    return total;
}

bool polyline_y_at(const Polyline& line, double x, double& y_out) {
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const Point a = line[i], b = line[i + 1];
        const double lo = std::min(a.x, b.x), hi = std::max(a.x, b.x);
        if (x < lo || x > hi) continue;
        if (hi - lo < 1e-12) {
            y_out = std::min(a.y, b.y);
        } else {
            const double t = (x - a.x) / (b.x - a.x);
            y_out = a.y + t * (b.y - a.y);
        }
        return true;
    }
    return false;
}

}  // namespace stipple
