// Hairline naturalness (see hairline_metric.hpp for what is measured and how it maps to 0..100).
#include "hairline_metric.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "blue_noise.hpp"
#include "lesson_regions.hpp"
#include "spatial_index.hpp"

namespace stipple {

namespace {


double median(std::vector<double> v) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// Bin-to-bin wobble: root mean square of successive differences over sqrt(2) (equals the standard deviation
// for independent values, but ignores a slow drift of the whole edge, which is a position fault instead).
double wobble(const std::vector<double>& v) {
    if (v.size() < 2) return 0.0;
    double sum = 0;
    for (size_t i = 1; i < v.size(); ++i) sum += (v[i] - v[i - 1]) * (v[i] - v[i - 1]);
    return std::sqrt(sum / static_cast<double>(v.size() - 1) / 2.0);
}

struct Bin {
    double x_centre = 0;
    Point on_curve;
    bool judged = false;
    bool has_edge = false;
    double edge = std::numeric_limits<double>::infinity();  // front-most d
    size_t front_band = 0;                                   // visible dots in the first third of the transition
};

}  // namespace

MetricResult hairline_metric(const Lesson& lesson, const std::vector<Dot>& input, const std::vector<Point>& existing) {
    MetricResult result;
    if (!lesson.hairline || lesson.hairline->curve.size() < 2) return result;
    const Hairline& hl = *lesson.hairline;
    const std::vector<Dot> dots = canonical_dots(input);
    const double T = hl.transition_mm;
    const double s = expected_spacing_mm(lesson);
    const double expected_density = kBlueNoiseDensityTimesNn2 / (s * s);
    const double x0 = hl.curve.front().x, xn = hl.curve.back().x;
    const double x_mid = 0.5 * (x0 + xn);
    const double full_band = std::max(3.0, T / 2.0);

    // Visible dots with their signed distance from the curve (only those beside the curve's x range).
    struct Near {
        Point p;
        double d;
        bool trainee;
    };
    std::vector<Near> near;
    std::vector<Point> spill, trainee_points;
    double max_spill = 0;
    for (const Point& p : existing)
        if (on_map(p))
            if (const std::optional<double> d = behind_hairline_mm(hl, p)) near.push_back({p, *d, false});
    for (const Dot& dot : dots) {
        const Point p{dot.x, dot.y};
        if (!on_map(p)) continue;
        trainee_points.push_back(p);
        const std::optional<double> d = behind_hairline_mm(hl, p);
        if (!d) continue;
        near.push_back({p, *d, true});
        if (*d < -kSpillToleranceMm) {
            spill.push_back(p);
            max_spill = std::max(max_spill, -*d);
        }
    }

    // Bins along the curve: the front edge per bin.
    const long nb = std::max(1L, std::lround((xn - x0) / 4.0));
    const double bin_w = (xn - x0) / static_cast<double>(nb);
    std::vector<Bin> bins(static_cast<size_t>(nb));
    for (long b = 0; b < nb; ++b) {
        Bin& bin = bins[static_cast<size_t>(b)];
        bin.x_centre = x0 + (static_cast<double>(b) + 0.5) * bin_w;
        double cy = 0;
        polyline_y_at(hl.curve, bin.x_centre, cy);
        bin.on_curve = {bin.x_centre, cy};
        bin.judged = contains(lesson.zone, Point{bin.x_centre, cy + std::min(1.0, T / 2.0)});
    }
    auto bin_of = [&](double x) {
        return static_cast<size_t>(std::clamp(static_cast<long>((x - x0) / bin_w), 0L, nb - 1));
    };
    for (const Near& n : near) {
        if (n.d < -kSpillToleranceMm || n.d > T + 10.0) continue;
        Bin& bin = bins[bin_of(n.p.x)];
        bin.has_edge = true;
        bin.edge = std::min(bin.edge, n.d);
        if (n.d >= 0 && n.d < T / 3.0 && contains(lesson.zone, n.p)) ++bin.front_band;
    }
    std::vector<double> edges, edges_left, edges_right;
    size_t judged = 0, missing = 0;
    for (const Bin& bin : bins) {
        if (!bin.judged) continue;
        ++judged;
        if (!bin.has_edge) {
            ++missing;
            continue;
        }
        edges.push_back(bin.edge);
        (bin.x_centre < x_mid ? edges_left : edges_right).push_back(bin.edge);
    }
    const double edge_offset = median(edges);
    const double roughness = wobble(edges);
    const double missing_share = judged ? static_cast<double>(missing) / static_cast<double>(judged) : 0.0;
    const double edge_diff =
        (!edges_left.empty() && !edges_right.empty()) ? std::abs(median(edges_left) - median(edges_right)) : 0.0;

    // Density across the transition zone, by bands, from a fine lattice over the hairline's surroundings.
    double ymin = std::numeric_limits<double>::max(), ymax = std::numeric_limits<double>::lowest();
    for (const Point& p : hl.curve) {
        ymin = std::min(ymin, p.y);
        ymax = std::max(ymax, p.y);
    }
    const double step = std::clamp(T / 12.0, 0.1, 0.5);
    const Bounds area_box{{x0, ymin - 1.0}, {xn, ymax + T + full_band + 1.0}};
    double band_area[4] = {0, 0, 0, 0};
    double side_area[2] = {0, 0};
    for (const Point& q : sample_lattice(area_box, step)) {
        if (!contains(lesson.zone, q)) continue;
        const std::optional<double> d = behind_hairline_mm(hl, q);
        if (!d || *d < 0 || *d >= T + full_band) continue;
        const int band = *d < T ? std::min(2, static_cast<int>(*d / (T / 3.0))) : 3;
        band_area[band] += step * step;
        if (band < 3) side_area[q.x < x_mid ? 0 : 1] += step * step;
    }
    double band_count[4] = {0, 0, 0, 0};
    double side_count[2] = {0, 0};
    for (const Near& n : near) {
        if (n.d < 0 || n.d >= T + full_band || !contains(lesson.zone, n.p)) continue;
        const int band = n.d < T ? std::min(2, static_cast<int>(n.d / (T / 3.0))) : 3;
        band_count[band] += 1;
        if (band < 3) side_count[n.p.x < x_mid ? 0 : 1] += 1;
    }
    auto density_of = [](double count, double area) { return area > 0 ? count / area : 0.0; };
    const double measured_full = density_of(band_count[3], band_area[3]);
    const double reference = measured_full >= 0.5 * expected_density ? measured_full : expected_density;
    const double front_ratio = density_of(band_count[0], band_area[0]) / reference;
    const double mid_ratio = density_of(band_count[1], band_area[1]) / reference;
    const double back_ratio = density_of(band_count[2], band_area[2]) / reference;
    const double left_density = density_of(side_count[0], side_area[0]);
    const double right_density = density_of(side_count[1], side_area[1]);
    const double larger = std::max(left_density, right_density);
    const double imbalance = larger > 0 ? std::abs(left_density - right_density) / larger : 0.0;

    // Mirror copy: the left half's edge dots reflected onto the right half.
    std::vector<Point> own_edge;
    for (const Near& n : near)
        if (n.trainee && n.d >= -kSpillToleranceMm && n.d <= T) own_edge.push_back(n.p);
    const SpatialIndex edge_index(own_edge);
    size_t left_count = 0, mirrored = 0;
    for (const Point& p : own_edge) {
        if (p.x >= x_mid - 0.5) continue;
        ++left_count;
        if (const std::optional<Neighbour> m = edge_index.nearest(Point{2.0 * x_mid - p.x, p.y}); m && m->distance_mm <= 0.15)
            ++mirrored;
    }
    const double mirror_share = left_count >= 10 ? static_cast<double>(mirrored) / static_cast<double>(left_count) : 0.0;

    // Deductions.
    const bool enough_bins = edges.size() >= 3;
    const double spill_points = spill.empty() ? 0.0 : std::min(80.0, 20.0 + 6.0 * static_cast<double>(spill.size()));
    const double position_points = edges.empty() ? 0.0 : std::min(50.0, 15.0 * std::max(0.0, std::abs(edge_offset) - 1.0));
    const double missing_points = std::min(40.0, 100.0 * missing_share);
    const double straight_points = enough_bins ? 30.0 * (1.0 - ramp01(roughness, 0.2, 0.5)) : 0.0;
    const double ragged_points = enough_bins ? 30.0 * ramp01(roughness, 1.2, 2.5) : 0.0;
    const bool bands_judged = band_area[0] > 0 && band_area[2] > 0;
    const double hard_points = bands_judged ? 50.0 * ramp01(front_ratio, 0.5, 0.85) : 0.0;
    const double thin_points = bands_judged ? 20.0 * ramp01(0.6 - back_ratio, 0.0, 0.3) : 0.0;
    const double imbalance_points = 25.0 * ramp01(imbalance, 0.25, 0.6);
    const double edge_diff_points = 20.0 * ramp01(edge_diff, 1.5, 4.0);
    const double mirror_points = 25.0 * ramp01(mirror_share, 0.3, 0.7);

    double score = 100.0 - spill_points - position_points - missing_points - straight_points - ragged_points -
                   hard_points - thin_points - imbalance_points - edge_diff_points - mirror_points;
    if (dots.empty()) score = 0.0;
    ComponentScore& out = result.component;
    out.score = std::clamp(score, 0.0, 100.0);
    out.metrics = {
        {"edge_offset_mm", finite_or(edge_offset, 0.0)},
        {"missing_edge_share", missing_share},
        {"edge_roughness_mm", finite_or(roughness, 0.0)},
        {"front_density_ratio", finite_or(front_ratio, 0.0)},
        {"mid_density_ratio", finite_or(mid_ratio, 0.0)},
        {"back_density_ratio", finite_or(back_ratio, 0.0)},
        {"forehead_spill", static_cast<double>(spill.size())},
        {"max_spill_mm", max_spill},
        {"left_right_imbalance", finite_or(imbalance, 0.0)},
        {"left_right_edge_diff_mm", finite_or(edge_diff, 0.0)},
        {"mirror_share", mirror_share},
    };

    std::vector<Finding>& f = result.findings;
    if (dots.empty()) {
        f.push_back({100.0, {"hairline", "No hairline placed", Point{x_mid, bins[bin_of(x_mid)].on_curve.y}}});
        return result;
    }
    auto worst_bin = [&](auto&& key) {
        const Bin* best = nullptr;
        double best_key = -std::numeric_limits<double>::infinity();
        for (const Bin& bin : bins) {
            if (!bin.judged) continue;
            const double k = key(bin);
            if (k > best_key) {
                best_key = k;
                best = &bin;
            }
        }
        return best;
    };
    auto edge_point = [](const Bin* b) -> std::optional<Point> {
        if (!b) return std::nullopt;
        return Point{b->on_curve.x, b->on_curve.y + (b->has_edge ? b->edge : 0.0)};
    };
    if (spill_points > 0)
        f.push_back({spill_points,
                     {"hairline",
                      feedback_text("Pigment on the forehead: %.0f dots more than %.0f mm in front of the hairline (up to %.1f mm)",
                          static_cast<double>(spill.size()), kSpillToleranceMm, max_spill),
                      densest_place(spill, 3.0)}});
    if (hard_points > 0) {
        const Bin* b = worst_bin([](const Bin& bin) { return static_cast<double>(bin.front_band); });
        f.push_back({hard_points,
                     {"hairline",
                      feedback_text("Hard edge: the front is already at %.0f%% of full density; let density ramp up softly "
                          "across the first %.0f mm",
                          front_ratio * 100.0, T),
                      b ? std::optional<Point>(b->on_curve) : std::nullopt}});
    }
    if (position_points > 0) {
        const bool back = edge_offset > 0;
        const Bin* b = worst_bin([&](const Bin& bin) { return bin.has_edge ? (back ? bin.edge : -bin.edge) : -1e9; });
        f.push_back({position_points,
                     {"hairline",
                      feedback_text(back ? "The front edge sits %.1f mm behind the target hairline"
                               : "The front edge sits %.1f mm in front of the target hairline",
                          std::abs(edge_offset)),
                      edge_point(b)}});
    }
    if (missing_points > 0) {
        const Bin* b = worst_bin([](const Bin& bin) { return bin.has_edge ? 0.0 : 1.0; });
        f.push_back({missing_points,
                     {"hairline", feedback_text("Gaps in the hairline: %.0f%% of its width has no dots", missing_share * 100.0),
                      b ? std::optional<Point>(b->on_curve) : std::nullopt}});
    }
    if (straight_points > 0) {
        const Bin* b = worst_bin([&](const Bin& bin) { return -std::abs(bin.x_centre - x_mid); });
        f.push_back({straight_points,
                     {"hairline",
                      feedback_text("The edge is ruler-straight (it wavers only %.1f mm): break it up with small irregular "
                          "groups and single dots",
                          roughness),
                      edge_point(b)}});
    }
    if (ragged_points > 0) {
        const Bin* b = worst_bin([&](const Bin& bin) { return bin.has_edge ? std::abs(bin.edge - edge_offset) : -1.0; });
        f.push_back({ragged_points,
                     {"hairline", feedback_text("The edge is ragged (it wanders %.1f mm): keep irregularity small, within 1-2 mm", roughness),
                      edge_point(b)}});
    }
    if (thin_points > 0)
        f.push_back({thin_points,
                     {"hairline",
                      feedback_text("The back of the transition zone is too thin (%.0f%% of full density): build up to full "
                          "density by %.0f mm behind the line",
                          back_ratio * 100.0, T),
                      std::nullopt}});
    if (imbalance_points > 0 || edge_diff_points > 0) {
        const bool left_weaker = left_density < right_density;
        const Bin* b = worst_bin([&](const Bin& bin) {
            return -std::abs(bin.x_centre - (left_weaker ? 0.5 * (x0 + x_mid) : 0.5 * (x_mid + xn)));
        });
        f.push_back({imbalance_points + edge_diff_points,
                     {"hairline",
                      feedback_text("Left and right are unbalanced (density differs by %.0f%%, edges by %.1f mm)",
                          imbalance * 100.0, edge_diff),
                      b ? std::optional<Point>(b->on_curve) : std::nullopt}});
    }
    if (mirror_points > 0)
        f.push_back({mirror_points,
                     {"hairline",
                      feedback_text("Left and right are mirror copies (%.0f%% of dots): a natural hairline is never "
                          "perfectly symmetric",
                          mirror_share * 100.0),
                      std::nullopt}});
    return result;
}

}  // namespace stipple
