// Depth consistency (see depth_metric.hpp for what is measured and how it maps to 0..100).
#include "depth_metric.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace stipple {


MetricResult depth_metric(const Lesson& lesson, const std::vector<Dot>& input) {
    const std::vector<Dot> dots = canonical_dots(input);
    const double lo = lesson.targets.depth_min_mm, hi = lesson.targets.depth_max_mm;
    const double width = hi - lo;
    MetricResult r;
    const size_t n = dots.size();

    double credit = 0, sum = 0;
    size_t inside = 0;
    std::vector<Point> deep, shallow;
    for (const Dot& d : dots) {
        sum += d.depth_mm;
        if (d.depth_mm > hi) {
            deep.push_back({d.x, d.y});
            credit += 1.0 - ramp01(d.depth_mm - hi, 0.0, kDepthSlackMm);
        } else if (d.depth_mm < lo) {
            shallow.push_back({d.x, d.y});
            credit += 1.0 - ramp01(lo - d.depth_mm, 0.0, kDepthSlackMm);
        } else {
            ++inside;
            credit += 1.0;
        }
    }
    const double mean = n ? sum / static_cast<double>(n) : 0.0;
    // Spread among the dots that earn credit (out-of-window dots already cost their full share above).
    double near_sum = 0, near_n = 0;
    for (const Dot& d : dots)
        if (d.depth_mm >= lo - kDepthSlackMm && d.depth_mm <= hi + kDepthSlackMm) {
            near_sum += d.depth_mm;
            near_n += 1;
        }
    const double near_mean = near_n > 0 ? near_sum / near_n : 0.0;
    double var = 0;
    for (const Dot& d : dots)
        if (d.depth_mm >= lo - kDepthSlackMm && d.depth_mm <= hi + kDepthSlackMm)
            var += (d.depth_mm - near_mean) * (d.depth_mm - near_mean);
    const double sd = near_n > 1 ? std::sqrt(var / near_n) : 0.0;

    const double base = n ? 100.0 * credit / static_cast<double>(n) : 0.0;
    const double spread_points = near_n >= 2 ? 30.0 * ramp01(sd / width, 0.15, 0.45) : 0.0;
    r.component.score = std::clamp(base - spread_points, 0.0, 100.0);
    r.component.metrics = {
        {"dots", static_cast<double>(n)},
        {"in_window_share", n ? static_cast<double>(inside) / static_cast<double>(n) : 0.0},
        {"mean_depth_mm", finite_or(mean, 0.0)},
        {"depth_sd_mm", finite_or(sd, 0.0)},
        {"too_deep", static_cast<double>(deep.size())},
        {"too_shallow", static_cast<double>(shallow.size())},
    };

    if (n == 0) {
        r.findings.push_back({100.0, {"depth", "No dots placed, so there is no depth to judge", std::nullopt}});
        return r;
    }
    const double per_dot = 100.0 / static_cast<double>(n);
    if (!deep.empty()) {
        const double shortfall = static_cast<double>(deep.size()) * per_dot;
        r.findings.push_back({shortfall,
                              {"depth",
                               feedback_text("%.0f dots too deep (beyond %.2f mm): blow-out risk, they heal blurred, enlarged "
                                   "and blue-green",
                                   static_cast<double>(deep.size()), hi),
                               densest_place(deep, 5.0)}});
    }
    if (!shallow.empty()) {
        const double shortfall = static_cast<double>(shallow.size()) * per_dot;
        r.findings.push_back({shortfall,
                              {"depth",
                               feedback_text("%.0f dots too shallow (under %.2f mm): pigment in the epidermis fades within "
                                   "30-45 days",
                                   static_cast<double>(shallow.size()), lo),
                               densest_place(shallow, 5.0)}});
    }
    if (spread_points > 0)
        r.findings.push_back({spread_points,
                              {"depth",
                               feedback_text("Depth is inconsistent (spread +/- %.2f mm in a %.2f mm window): hold the "
                                   "needle to the same depth every time",
                                   sd, width),
                               std::nullopt}});
    return r;
}

}  // namespace stipple
