// Depth consistency (see depth_metric.hpp for what is measured and how it maps to 0..100).
#include "depth_metric.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace stipple {

namespace {

// A trainee dot with its zone weight; dots with weight 0 take no part.
struct ZoneDot {
    Dot dot;
    double w = 0.0;
};

double credit(double depth_mm, double lo, double hi) {
    if (depth_mm > hi) return 1.0 - ramp01(depth_mm - hi, 0.0, kDepthSlackMm);
    if (depth_mm < lo) return 1.0 - ramp01(lo - depth_mm, 0.0, kDepthSlackMm);
    return 1.0;
}

// What one dot outside the window costs, in dots' worth of credit. Its lost credit (1 from kDepthSlackMm out),
// and more as it goes further: a blow-out is permanent damage (up to kBlowOutCost from 0.3 mm past the
// window), a shallow dot leaves a gap within weeks that another session must fill (up to kShallowCost from
// 0.2 mm above it). Continuous in the depth.
double deep_dot_cost(double depth_mm, double hi) {
    const double past = depth_mm - hi;
    return ramp01(past, 0.0, kDepthSlackMm) + (kBlowOutCost - 1.0) * ramp01(past, kDepthSlackMm, 3.0 * kDepthSlackMm);
}
double shallow_dot_cost(double depth_mm, double lo) {
    const double above = lo - depth_mm;
    return ramp01(above, 0.0, kDepthSlackMm) + (kShallowCost - 1.0) * ramp01(above, kDepthSlackMm, 2.0 * kDepthSlackMm);
}

// "12", "5.2": a share in percent, with a decimal only where it matters.
std::string percent_text(double share) {
    const double pct = 100.0 * share;
    return feedback_text(pct >= 10.0 || pct == std::round(pct) ? "%.0f" : "%.1f", pct);
}

}  // namespace

MetricResult depth_metric(const Lesson& lesson, const std::vector<Dot>& input) {
    return depth_metric(lesson, input, work_done(lesson, input));
}

MetricResult depth_metric(const Lesson& lesson, const std::vector<Dot>& input, const WorkDone& work) {
    const std::vector<Dot> all = canonical_dots(input);
    const double lo = lesson.targets.depth_min_mm, hi = lesson.targets.depth_max_mm;
    const double width = hi - lo;
    MetricResult r;

    std::vector<ZoneDot> dots;
    for (const Dot& d : all)
        if (const double w = zone_weight(lesson, {d.x, d.y}); w > 0) dots.push_back({d, w});

    // deep_lost: the credit lost by dots beyond the window (each 0..1 by its depth), the blown-out share's count;
    // deep_cost / shallow_cost: what dots beyond / above the window cost the score (see depth_metric.hpp).
    double n = 0, credit_sum = 0, depth_sum = 0, inside = 0, deep_w = 0, shallow_w = 0;
    double deep_lost = 0, deep_cost = 0, shallow_cost = 0;
    std::vector<Point> deep, shallow;
    for (const ZoneDot& z : dots) {
        const double d = z.dot.depth_mm;
        n += z.w;
        depth_sum += z.w * d;
        credit_sum += z.w * credit(d, lo, hi);
        if (d > hi) {
            deep_w += z.w;
            deep_lost += z.w * (1.0 - credit(d, lo, hi));
            deep_cost += z.w * deep_dot_cost(d, hi);
            deep.push_back({z.dot.x, z.dot.y});
        } else if (d < lo) {
            shallow_w += z.w;
            shallow_cost += z.w * shallow_dot_cost(d, lo);
            shallow.push_back({z.dot.x, z.dot.y});
        } else {
            inside += z.w;
        }
    }
    const double mean = n > 0 ? depth_sum / n : 0.0;
    // Spread among the dots that earn credit (out-of-window dots already cost their full share above).
    auto near_window = [&](double d) { return d >= lo - kDepthSlackMm && d <= hi + kDepthSlackMm; };
    double near_sum = 0, near_n = 0;
    for (const ZoneDot& z : dots)
        if (near_window(z.dot.depth_mm)) {
            near_sum += z.w * z.dot.depth_mm;
            near_n += z.w;
        }
    const double near_mean = near_n > 0 ? near_sum / near_n : 0.0;
    double var = 0;
    for (const ZoneDot& z : dots)
        if (near_window(z.dot.depth_mm)) var += z.w * (z.dot.depth_mm - near_mean) * (z.dot.depth_mm - near_mean);
    const double sd = near_n > 0 ? std::sqrt(var / near_n) : 0.0;

    const double base = n > 0 ? std::max(0.0, 100.0 * (1.0 - (deep_cost + shallow_cost) / n)) : 0.0;
    const double spread_points = near_n > 0 ? 30.0 * ramp01(sd / width, kDepthSpreadFree, 0.45) : 0.0;
    const double work_factor = std::clamp(work.share, 0.0, 1.0);
    const double before_work = std::clamp(base - spread_points, 0.0, 100.0);
    r.component.score = finite_or(before_work * work_factor, 0.0);
    const double blown_out_share = n > 0 ? deep_lost / n : 0.0;
    r.component.metrics = {
        {"dots", static_cast<double>(all.size())},
        {"zone_dots", finite_or(n, 0.0)},
        {"work_done_share", finite_or(work.share, 0.0)},
        {"in_window_share", n > 0 ? inside / n : 0.0},
        {"mean_depth_mm", finite_or(mean, 0.0)},
        {"depth_sd_mm", finite_or(sd, 0.0)},
        {"too_deep", deep_w},
        {"too_shallow", shallow_w},
        {"blown_out_share", finite_or(blown_out_share, 0.0)},
    };

    if (!(n > 0)) {
        r.findings.push_back({100.0, {"depth", all.empty() ? "No dots placed, so there is no depth to judge"
                                                           : "No dots inside the treatment zone, so there is no depth "
                                                             "to judge",
                                      std::nullopt}});
        return r;
    }
    const double per_dot = 100.0 / n;
    if (!deep.empty()) {
        r.findings.push_back(located({deep_cost * per_dot * work_factor,
                                      {"depth",
                                       feedback_text("%.0f dots too deep (beyond %.2f mm): blow-out risk, they heal blurred, "
                                                     "enlarged and blue-green",
                                                     std::round(deep_w), hi),
                                       std::nullopt}},
                                     deep));
    }
    if (!shallow.empty()) {
        r.findings.push_back(located({shallow_cost * per_dot * work_factor,
                                      {"depth",
                                       feedback_text("%.0f dots too shallow (under %.2f mm): pigment in the epidermis fades "
                                                     "within 30-45 days",
                                                     std::round(shallow_w), lo),
                                       std::nullopt}},
                                     shallow));
    }
    if (spread_points > 0)
        r.findings.push_back({spread_points * work_factor,
                              {"depth",
                               feedback_text("Depth is inconsistent (spread +/- %.2f mm in a %.2f mm window): hold the "
                                   "needle to the same depth every time",
                                   sd, width),
                               std::nullopt}});
    if (work_factor < 1.0 && before_work > 0)
        r.findings.push_back({before_work * (1.0 - work_factor),
                              {"depth",
                               feedback_text("Depth earns credit only for the work done: %.0f of about %.0f dots placed "
                                   "in the zone",
                                   std::floor(n + 1e-9), std::round(work.expected_dots)),
                               std::nullopt}});
    const double blowout_limit = std::clamp(lesson.critical.blowout_share, 0.0, 1.0);
    if (blown_out_share > blowout_limit)
        r.critical.push_back({"blowout",
                              percent_text(blown_out_share) +
                                  feedback_text(" %% of your dots are blown out (deeper than %.2f mm): blow-outs are "
                                                "permanent; no more than ", hi) +
                                  percent_text(blowout_limit) + " % are accepted",
                              densest_place(deep, 5.0)});
    return r;
}

}  // namespace stipple
