// Small shared pieces of the metrics: findings (a fault with its weight of evidence), ranking them into
// feedback, the canonical dot order that makes scores independent of file order, and locating the worst place.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "attempt.hpp"
#include "geometry.hpp"
#include "score_report.hpp"

namespace stipple {

// A fault found by a metric: `points` is the score it cost in its component (0..100), used to rank faults.
struct Finding {
    double points = 0.0;
    Feedback feedback;
};

// What each component metric returns: its score with raw metrics, the faults it found, and the critical
// errors (faults that fail the attempt whatever the total) it raised.
struct MetricResult {
    ComponentScore component;
    std::vector<Finding> findings;
    std::vector<CriticalError> critical;
};

// Most serious first (points scaled by the component's share of the total), ties by component and message;
// at most max_items. Deterministic.
struct ComponentWeights {
    double spacing = 1.0, depth = 1.0, hairline = 1.0;
};
std::vector<Feedback> rank_findings(std::vector<Finding> findings, const ComponentWeights& weights, size_t max_items = 12);

// Dots ordered by (x, y, depth_mm, t): every metric works on this order, so the file order never matters.
bool dot_less(const Dot& a, const Dot& b);
std::vector<Dot> canonical_dots(std::vector<Dot> dots);

// Dots further than this from the glabella in x or y are not on any head: treated as outside the zone
// and kept out of spatial structures (so absurd coordinates cannot blow up a grid).
inline constexpr double kOnMapLimitMm = 2000.0;
bool on_map(Point p);

// 0 at or below `from`, 1 at or above `to`, linear between (from < to); the shape of every deduction.
double ramp01(double value, double from, double to);

// The point of `points` with the most others within radius_mm, counted up to `cap` so a stack of thousands stays
// cheap (ties: the first in order); nullopt if empty.
std::optional<Point> densest_place(const std::vector<Point>& points, double radius_mm, size_t cap = SIZE_MAX);

// Where a fault's dots are, as markers: the dots grouped into clusters `radius_mm` wide, one place per
// cluster, densest cluster first, at most `max_places`. Each place is one of the dots (the densest of its
// cluster), so a marker sits on a dot at fault. The first place is densest_place(points, radius_mm, cap).
// O(n log n + max_places * n); deterministic for points in a fixed order.
inline constexpr double kFaultClusterMm = 5.0;
inline constexpr size_t kMaxFaultPlaces = 8;
std::vector<Point> fault_places(const std::vector<Point>& points, double radius_mm = kFaultClusterMm,
                                size_t max_places = kMaxFaultPlaces, size_t cap = 40);

// The finding placed on the dots at fault: `at` on the densest cluster, `places` on each cluster when there
// are several (fault_places). No dots: the finding is returned as it is.
Finding located(Finding finding, const std::vector<Point>& dots_at_fault);

// Mean of the points (nullopt if empty).
std::optional<Point> centroid(const std::vector<Point>& points);

// A finite number for the report (NaN and infinities become `fallback`).
double finite_or(double value, double fallback);

// A feedback message: printf-style `pattern` with up to three numbers (messages are short, < 256 chars).
std::string feedback_text(const char* pattern, double a = 0, double b = 0, double c = 0);

}  // namespace stipple
