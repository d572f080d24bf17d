// Each raw metric with its unit and target (see metric_targets.hpp).
#include "sim/flow/metric_targets.hpp"

#include <cmath>
#include <cstdio>

#include "scoring/blue_noise.hpp"
#include "scoring/depth_metric.hpp"
#include "scoring/hairline_metric.hpp"
#include "scoring/lesson_regions.hpp"
#include "scoring/spacing_metric.hpp"
#include "sim/flow/score_screen_model.hpp"

namespace stipple {

namespace {

std::string text(const char* pattern, double a, double b = 0) {
    char buf[96];
    std::snprintf(buf, sizeof buf, pattern, a, b);
    return buf;
}
std::string mm(double v) { return text("%.2f mm", v); }
std::string count(double v) { return text("%.0f", v); }
std::string ratio(double v) { return text("%.2f", v); }
// A share in percent, with a decimal only where it matters (0.005 -> "0.5 %").
std::string pct(double share) {
    const double p = 100.0 * share;
    return text(std::abs(p) >= 10.0 || p == std::round(p) ? "%.0f %%" : "%.1f %%", p);
}

}  // namespace

std::string session_targets_text(const Lesson& lesson) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "Spacing %.1f mm, depth %.1f-%.1f mm", expected_spacing_mm(lesson),
                  lesson.targets.depth_min_mm, lesson.targets.depth_max_mm);
    return buf;
}

std::optional<MetricLine> metric_line(const Lesson& lesson, const std::string& component, const std::string& name,
                                      double value) {
    const double s = expected_spacing_mm(lesson);
    const double lo = lesson.targets.depth_min_mm, hi = lesson.targets.depth_max_mm;
    const bool existing = lesson.existing && lesson.existing->density_fraction > 0;
    const std::string marks = lesson.existing && lesson.existing->kind == "hair" ? "hairs" : "earlier dots";
    auto line = [](std::string label, std::string v, std::string target) {
        return std::optional<MetricLine>(MetricLine{std::move(label), std::move(v), std::move(target)});
    };
    if (component == "spacing") {
        if (name == "expected_nn_mm" || name == "expected_density_per_cm2") return std::nullopt;
        if (name == "dots") return line("your dots", count(value), "about " + count(std::round(expected_dot_count(lesson))));
        if (name == "existing_marks") return line(marks + " already there", count(value), "given");
        if (name == "outside_zone") return line("dots outside the zone", count(value), "0");
        if (name == "mean_nn_mm")
            return line(existing ? "mean spacing, " + marks + " and dots" : "mean spacing", mm(value), "about " + mm(s));
        if (name == "density_per_cm2") {
            const double expected = blue_noise_density_per_mm2(s) * 100.0;
            return line(existing ? "density, " + marks + " and dots" : "density", text("%.0f /cm²", value),
                        text("%.0f-%.0f /cm²", expected * std::exp(-kDensityLogRatioFree),
                             expected * std::exp(kDensityLogRatioFree)));
        }
        if (name == "density_ratio")
            return line("density / target", text("%.2fx", value),
                        text("%.2f-%.2fx", std::exp(-kDensityLogRatioFree), std::exp(kDensityLogRatioFree)));
        if (name == "crowded_share")
            return line(text("dots closer than %.2f mm", 0.5 * s), pct(value), "under " + pct(kCrowdedShareFree));
        if (name == "merged") return line(text("merged dots (< %.2f mm)", lesson.needle.diameter_mm), count(value), "0");
        if (name == "on_existing") return line("dots on " + marks, count(value), "0");
        if (name == "near_existing") return line("dots near " + marks + text(" (< %.2f mm)", 0.5 * s), count(value), "0");
        if (name == "largest_clump")
            return line(text("largest clump (within %.2f mm)", 0.75 * s), count(value), "at most " + count(kClumpFree));
        if (name == "orientational_order") return line("bond order (rows, grids)", ratio(value), "under " + ratio(kOrderFree));
        if (name == "hole_share") return line("area in holes", pct(value), "under " + pct(kHoleShareFree));
        if (name == "largest_hole_mm") return line("largest hole", mm(value), "under " + mm(2.0 * kHoleRadiusFree * s));
        if (name == "structure_share")
            return line("work in visible patterns", pct(value), "under " + pct(kStructureShareFree));
        if (name == "structure_peak") return line("strongest pattern (1 = natural)", ratio(value), "about 1 or less");
        if (name == "uneven_share_3mm") return line("uneven area, 3 mm scale", pct(value), "0 %");
        if (name == "uneven_share_6mm") return line("uneven area, 6 mm scale", pct(value), "0 %");
        if (name == "uneven_share_12mm") return line("uneven area, 12 mm scale", pct(value), "0 %");
        if (name == "worst_window_ratio") return line("worst area / what it needs", text("%.2fx", value), "about 1x");
    } else if (component == "depth") {
        if (name == "dots") return std::nullopt;  // the spacing row's "your dots" says it
        if (name == "zone_dots")
            return line("dots in the zone", text("%.0f", value), "about " + count(std::round(expected_dot_count(lesson))));
        if (name == "work_done_share")
            return line("work done", pct(value), "100 % (" + pct(lesson.critical.completion_share) + " of the density)");
        if (name == "in_window_share") return line("dots in the depth window", pct(value), "100 %");
        if (name == "mean_depth_mm") return line("mean depth", mm(value), text("%.2f-%.2f mm", lo, hi));
        if (name == "depth_sd_mm") return line("depth spread (sd)", mm(value), "under " + mm(kDepthSpreadFree * (hi - lo)));
        if (name == "too_deep") return line(text("too deep (> %.2f mm)", hi), count(value), "0");
        if (name == "too_shallow") return line(text("too shallow (< %.2f mm)", lo), count(value), "0");
        if (name == "blown_out_share")
            return line("blown out", pct(value), "at most " + pct(lesson.critical.blowout_share));
    } else if (component == "hairline") {
        if (name == "edge_offset_mm") return line("edge from the target", mm(value), text("within +/- %.1f mm", kEdgeOffsetFreeMm));
        if (name == "missing_edge_share") return line("edge width left bare", pct(value), "0 %");
        if (name == "edge_roughness_mm") return line("edge wobble", mm(value), "part of edge wander");
        if (name == "edge_bend_mm") return line("edge bend", mm(value), "at least " + mm(kEdgeBendFullMm));
        if (name == "edge_shape_mm") return line("edge shape off the curve", mm(value), "part of edge wander");
        if (name == "curve_flattening_mm") return line("curve flattened", mm(value), "under " + mm(kFlatteningFreeMm));
        if (name == "edge_wander_mm") return line("edge wander", mm(value), "under " + mm(kWanderFreeMm));
        if (name == "transition_width_share")
            return line("transition length / target", pct(value), "at least " + pct(kTransitionWidthFree));
        if (name == "edge_step") return line("sharpest density step", ratio(value), "under " + ratio(kEdgeStepFree));
        if (name == "front_density_ratio") return line("front third, of full density", pct(value), "under " + pct(kFrontDensityFree));
        if (name == "mid_density_ratio") return line("middle third, of full density", pct(value), "between front and back");
        if (name == "back_density_ratio") return line("back third, of full density", pct(value), "at least " + pct(kBackDensityFree));
        if (name == "front_target_ratio") return line("front third, of its target", pct(value), "at least " + pct(kFrontTargetFree));
        if (name == "mid_target_ratio") return line("middle third, of its target", pct(value), "at least " + pct(kMidTargetFree));
        if (name == "back_target_ratio") return line("back third, of its target", pct(value), "about 100 %");
        if (name == "forehead_spill") return line("dots on the forehead", text("%.1f", value), "0 (over 3 fails)");
        if (name == "max_spill_mm") return line("furthest on the forehead", mm(value), text("within %.1f mm", kSpillToleranceMm));
        if (name == "left_right_imbalance") return line("left/right density gap", pct(value), "under " + pct(kImbalanceFree));
        if (name == "left_right_edge_diff_mm") return line("left/right edge gap", mm(value), "under " + mm(kEdgeDiffFreeMm));
        if (name == "mirror_share") return line("left mirrored on the right", pct(value), "under " + pct(kMirrorShareFree));
        if (name == "mirror_profile_correlation")
            return line("mirror likeness of the profile", ratio(value), "under " + ratio(kMirrorProfileFree));
    }
    return line(metric_label(name), format_metric(value), "-");
}

}  // namespace stipple
