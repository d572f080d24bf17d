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

constexpr double kBinMm = 4.0;          // width of a column along the curve
constexpr double kStepMm = 0.25;        // the depth grid and the area lattice
constexpr double kFrontMm = -3.0;       // the depth profile runs from here ...
constexpr double kBeyondMm = 6.0;       // ... to this far behind the transition zone
constexpr double kEdgeWindowMm = 2.5;   // window for the local density that finds the edge
constexpr double kEdgeHalfShare = 0.6;  // the edge lies where local density climbs through 0.3..0.6 of full
constexpr double kEdgeLowShare = 0.3;
constexpr double kStepWindowMm = 1.5;   // windows either side of a depth for the sharpest density step

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

// Bend wobble: root mean square of second differences over sqrt(6) (the standard deviation for independent
// values; 0 for any straight line, whatever its slope).
double bend_wobble(const std::vector<double>& v) {
    if (v.size() < 3) return 0.0;
    double sum = 0;
    for (size_t i = 1; i + 1 < v.size(); ++i) {
        const double s = v[i - 1] - 2.0 * v[i] + v[i + 1];
        sum += s * s;
    }
    return std::sqrt(sum / static_cast<double>(v.size() - 2) / 6.0);
}

// Broad shape: how far the edge strays from the target curve's shape over about 12 mm of edge, i.e. the root
// mean square of the offsets smoothed over each column and its two neighbours (1-2-1), each about the mean
// of the seven smoothed columns around it.
// A straight line drawn across a curved target, or a front line in deep steps, strays by 1.5-2.5 mm; the
// expert's wandering edge and a natural 1 mm asymmetry stay well under 1 mm.
double shape_deviation(const std::vector<double>& v) {
    if (v.size() < 3) return 0.0;
    std::vector<double> smooth(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        const double a = v[i == 0 ? 0 : i - 1], c = v[std::min(i + 1, v.size() - 1)];
        smooth[i] = 0.25 * a + 0.5 * v[i] + 0.25 * c;
    }
    // About the mean of the 7 columns around (about 28 mm), so a broad one-sided shift (a natural asymmetry,
    // charged as balance) or a slow drift (a position fault) does not count as ragged.
    double sum = 0;
    const long n = static_cast<long>(smooth.size());
    for (long i = 0; i < n; ++i) {
        const long a = std::max(0L, i - 3), b = std::min(n - 1, i + 3);
        double m = 0;
        for (long j = a; j <= b; ++j) m += smooth[static_cast<size_t>(j)];
        m /= static_cast<double>(b - a + 1);
        sum += (smooth[static_cast<size_t>(i)] - m) * (smooth[static_cast<size_t>(i)] - m);
    }
    return std::sqrt(sum / static_cast<double>(n));
}

// How much of the target curve's own shape the edge flattens out: the edge offsets regressed on the curve's
// height at the same columns; flattening = max(0, -slope) (1 for a straight line across the curve, 0 when the
// edge follows the curve or bends more than it), flattening_mm = that times the curve's spread (rms height
// about its mean). The expert's wandering edge, hand jitter and a one-sided asymmetry are uncorrelated with
// the curve's height and stay well under 1 mm.
struct Flattening {
    double slope_share = 0;  // max(0, -slope)
    double mm = 0;
    double mean_curve_y = 0;
};
Flattening curve_flattening(const std::vector<double>& offsets, const std::vector<double>& curve_y) {
    Flattening f;
    const size_t n = std::min(offsets.size(), curve_y.size());
    if (n < 3) return f;
    double mo = 0, mc = 0;
    for (size_t i = 0; i < n; ++i) {
        mo += offsets[i];
        mc += curve_y[i];
    }
    mo /= static_cast<double>(n);
    mc /= static_cast<double>(n);
    f.mean_curve_y = mc;
    double cov = 0, var = 0;
    for (size_t i = 0; i < n; ++i) {
        cov += (offsets[i] - mo) * (curve_y[i] - mc);
        var += (curve_y[i] - mc) * (curve_y[i] - mc);
    }
    if (!(var > 1e-9)) return f;
    f.slope_share = std::max(0.0, -cov / var);
    f.mm = f.slope_share * std::sqrt(var / static_cast<double>(n));
    return f;
}

// Values on the depth grid (nodes kFrontMm + j * kStepMm); a value at depth d is shared linearly between the
// two nodes around it, so everything summed from the grid moves continuously with the dots.
struct DepthGrid {
    double front = kFrontMm;
    size_t nodes = 0;
    std::vector<double> count, area, target;  // visible dots, zone area (mm^2), target dots
    explicit DepthGrid(size_t n) : nodes(n), count(n, 0.0), area(n, 0.0), target(n, 0.0) {}
    void add(std::vector<double>& v, double d, double weight) const {
        const double u = (d - front) / kStepMm;
        if (!(u > -1.0) || !(u < static_cast<double>(nodes))) return;
        const long j = static_cast<long>(std::floor(u));
        const double f = u - static_cast<double>(j);
        if (j >= 0) v[static_cast<size_t>(j)] += weight * (1.0 - f);
        if (j + 1 < static_cast<long>(nodes)) v[static_cast<size_t>(j + 1)] += weight * f;
    }
    long node_at(double d) const { return std::lround((d - front) / kStepMm); }
    // Sum over the nodes for depths [a, b).
    double sum(const std::vector<double>& v, double a, double b) const {
        const long ja = std::max(0L, node_at(a)), jb = std::min(static_cast<long>(nodes), node_at(b));
        double s = 0;
        for (long j = ja; j < jb; ++j) s += v[static_cast<size_t>(j)];
        return s;
    }
};

// Density over depths [a, b) relative to full density, from `v` (count or target); nullopt when the zone
// covers too little of that window to tell.
std::optional<double> window_share(const DepthGrid& g, const std::vector<double>& v, double a, double b, double full,
                                   double column_mm) {
    const double area = g.sum(g.area, a, b);
    if (!(area >= 0.4 * column_mm * (b - a)) || !(full > 0)) return std::nullopt;
    return g.sum(v, a, b) / (full * area);
}

struct Column {
    double x_centre = 0;
    Point on_curve;
    bool judged = false;
    double edge_mm = 0;         // density-based edge: depth where the local density climbs to about half
    double target_edge_mm = 0;  // the same measure on the target ramp
    double contrast = 0;        // largest step in density between adjacent windows (hard edge: near 1)
    double fill = 1;            // visible dots in the transition zone / the target's
};

// The density-based edge of a column: kFrontMm plus the depth over which the local density stays under
// kEdgeLowShare..kEdgeHalfShare of full (soft), up to the back of the transition zone plus 2 mm. A hard edge
// at d gives d; the target ramp gives the depth where it passes about half density. Stray single dots barely
// move it (one dot lifts a window by about 0.2 of full).
double column_edge(const DepthGrid& g, const std::vector<double>& v, double T, double full, double column_mm,
                   double low_share = kEdgeLowShare, double high_share = kEdgeHalfShare) {
    double depth = kFrontMm;
    for (double e = kFrontMm; e < T + 2.0; e += kStepMm) {
        const std::optional<double> c = window_share(g, v, e - kEdgeWindowMm / 2, e + kEdgeWindowMm / 2, full, column_mm);
        depth += kStepMm * std::clamp((high_share - c.value_or(0.0)) / (high_share - low_share), 0.0, 1.0);
    }
    return depth;
}

// The trainee's edge density (a smooth kernel, radius 2 mm) at p.
double edge_field(const SpatialIndex& index, const std::vector<double>& weight, Point p) {
    constexpr double kRadius = 2.0;
    double f = 0;
    index.for_each_within(p, kRadius, [&](size_t i, double d2) {
        const double u = 1.0 - d2 / (kRadius * kRadius);
        if (u > 0) f += weight[i] * u * u;
    });
    return f;
}

// The left half's edge on a 0.5 mm grid (rows from 1 mm in front of the curve to T behind, columns from 1 mm to
// half_width_mm left of the middle) with the edge density there.
struct MirrorGrid {
    std::vector<std::vector<Point>> rows;
    std::vector<std::vector<double>> left;
};

MirrorGrid mirror_grid(const SpatialIndex& index, const std::vector<double>& weight, const Hairline& hl, double middle,
                       double half_width_mm, double T) {
    MirrorGrid g;
    for (double d = -1.0; d <= T; d += 0.5) {
        std::vector<Point> row;
        std::vector<double> values;
        for (double x = middle - 1.0; x >= middle - half_width_mm; x -= 0.5) {
            row.push_back({x, hairline_curve_y(hl, x) + d});
            values.push_back(edge_field(index, weight, row.back()));
        }
        if (row.empty()) continue;
        g.rows.push_back(std::move(row));
        g.left.push_back(std::move(values));
    }
    return g;
}

// Correlation of the left half's edge density with the same field at the points reflected about `axis`, after
// removing from each value the mean of its row within +-4 mm along the line on its own side (so the ramp and
// any broad, symmetric shape both halves share do not count): near 1 for a mirror copy even under hand jitter,
// near 0 for independent halves.
double mirror_profile_correlation(const SpatialIndex& index, const std::vector<double>& weight, const MirrorGrid& g,
                                  double axis) {
    double cov = 0, var_l = 0, var_r = 0;
    std::vector<double> right;
    for (size_t r = 0; r < g.rows.size(); ++r) {
        const std::vector<double>& left = g.left[r];
        right.clear();
        for (const Point& q : g.rows[r]) right.push_back(edge_field(index, weight, Point{2.0 * axis - q.x, q.y}));
        const long n = static_cast<long>(left.size()), reach = 8;
        for (long i = 0; i < n; ++i) {
            double ml = 0, mr = 0;
            const long a = std::max(0L, i - reach), b = std::min(n - 1, i + reach);
            for (long j = a; j <= b; ++j) {
                ml += left[static_cast<size_t>(j)];
                mr += right[static_cast<size_t>(j)];
            }
            ml /= static_cast<double>(b - a + 1);
            mr /= static_cast<double>(b - a + 1);
            const double l = left[static_cast<size_t>(i)] - ml, rr = right[static_cast<size_t>(i)] - mr;
            cov += l * rr;
            var_l += l * l;
            var_r += rr * rr;
        }
    }
    const double norm = std::sqrt(var_l * var_r);
    return norm > 1e-12 ? cov / norm : 0.0;
}

}  // namespace

MetricResult hairline_metric(const Lesson& lesson, const std::vector<Dot>& input, const std::vector<Point>& existing) {
    MetricResult result;
    if (!lesson.hairline || lesson.hairline->curve.size() < 2) return result;
    const Hairline& hl = *lesson.hairline;
    const std::vector<Dot> dots = canonical_dots(input);
    // The transition as the profile sees it (an absurd width cannot blow up the depth grid).
    const double T = std::clamp(hl.transition_mm > 0 ? hl.transition_mm : 1.0, 0.5, 100.0);
    const double full = full_density_per_mm2(lesson);
    const double x_mid = 0.5 * (hl.curve.front().x + hl.curve.back().x);
    const double full_band = std::max(3.0, T / 2.0);
    const double back_mm = T + kBeyondMm;

    // Columns across the whole zone (the curve is carried on past its ends), kBinMm wide, each weighting
    // points by a triangle of half-width one column, so a dot moving sideways shifts its weight smoothly.
    Bounds zone_box = bounds_of(lesson.zone);
    zone_box.min.x = std::max(zone_box.min.x, -kOnMapLimitMm);
    zone_box.max.x = std::min(zone_box.max.x, kOnMapLimitMm);
    zone_box.min.y = std::max(zone_box.min.y, -kOnMapLimitMm);
    zone_box.max.y = std::min(zone_box.max.y, kOnMapLimitMm);
    const double xa = zone_box.min.x, xb = std::max(zone_box.max.x, zone_box.min.x + 1e-6);
    const long nb = std::clamp(std::lround((xb - xa) / kBinMm), 1L, 1000L);
    const double bin_w = (xb - xa) / static_cast<double>(nb);
    std::vector<Column> cols(static_cast<size_t>(nb));
    const size_t nodes = static_cast<size_t>(std::ceil((back_mm - kFrontMm) / kStepMm)) + 1;
    std::vector<DepthGrid> grids(static_cast<size_t>(nb), DepthGrid(nodes));
    DepthGrid all(nodes), left(nodes), right(nodes);
    for (long b = 0; b < nb; ++b) {
        Column& c = cols[static_cast<size_t>(b)];
        c.x_centre = xa + (static_cast<double>(b) + 0.5) * bin_w;
        c.on_curve = {c.x_centre, hairline_curve_y(hl, c.x_centre)};
        c.judged = contains(lesson.zone, Point{c.x_centre, c.on_curve.y + std::min(1.0, T / 2.0)});
    }
    // Spread a value at (x, d) over the columns, the whole-line grid and the two sides.
    auto spread = [&](std::vector<double> DepthGrid::*field, Point p, double d, double weight) {
        const double u = (p.x - xa) / bin_w - 0.5;
        const long b0 = static_cast<long>(std::floor(u));
        for (long b = b0; b <= b0 + 1; ++b) {
            if (b < 0 || b >= nb) continue;
            const double w = std::max(0.0, 1.0 - std::abs(u - static_cast<double>(b)));
            if (w > 0) grids[static_cast<size_t>(b)].add(grids[static_cast<size_t>(b)].*field, d, weight * w);
        }
        all.add(all.*field, d, weight);
        const double left_share = std::clamp(0.5 - (p.x - x_mid) / 2.0, 0.0, 1.0);  // soft over +-1 mm
        left.add(left.*field, d, weight * left_share);
        right.add(right.*field, d, weight * (1.0 - left_share));
    };

    // The zone's area and the target's dots by depth, from a lattice (fixed by the lesson).
    const double box_area = std::max(zone_box.width() * zone_box.height(), 1e-9);
    const double lattice = std::max(kStepMm, std::sqrt(box_area / 250000.0));
    // Only the band the depth grid covers: from 4 mm in front of the (carried-on) curve to back_mm + 1 behind.
    Bounds band_box = zone_box;
    {
        double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
        const int n = 400;
        for (int i = 0; i <= n; ++i) {
            const double y = hairline_curve_y(hl, zone_box.min.x + zone_box.width() * i / n);
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
        // A point within the grid's depths lies that close to some point of the curve, whose y is within
        // [lo, hi] (the 5 mm margins cover curve points just beyond the zone's sides and between samples).
        band_box.min.y = std::max(zone_box.min.y, lo + kFrontMm - 5.0);
        band_box.max.y = std::min(zone_box.max.y, hi + back_mm + 5.0);
    }
    for (const Point& q : band_box.max.y > band_box.min.y ? sample_lattice(band_box, lattice) : std::vector<Point>{}) {
        if (!contains(lesson.zone, q)) continue;
        const std::optional<double> d = behind_hairline_mm(hl, q);
        if (!d || *d < kFrontMm - kStepMm || *d > back_mm + kStepMm) continue;
        spread(&DepthGrid::area, q, *d, lattice * lattice);
        spread(&DepthGrid::target, q, *d, target_density_per_mm2(lesson, q) * lattice * lattice);
    }

    // Visible dots (existing marks and the trainee's) in the zone by depth; the trainee's spill.
    std::vector<Point> spill_points_at, own_edge;
    std::vector<double> own_edge_weight;
    double spill = 0, max_spill = 0;
    auto visible = [&](Point p, double d) {
        if (d > kFrontMm - kStepMm && d < back_mm + kStepMm && contains(lesson.zone, p)) spread(&DepthGrid::count, p, d, 1.0);
    };
    for (const Point& p : existing)
        if (on_map(p)) visible(p, behind_hairline_mm(hl, p).value_or(0.0));
    size_t own = 0;
    for (const Dot& dot : dots) {
        const Point p{dot.x, dot.y};
        if (!on_map(p)) continue;
        ++own;
        const double d = behind_hairline_mm(hl, p).value_or(0.0);
        visible(p, d);
        // Spill: nothing within the feathering allowance (2 mm in front), a whole dot from 3 mm, linear between.
        const double s = ramp01(-d, kSpillToleranceMm, kSpillToleranceMm + 1.0);
        if (s > 0) {
            spill += s;
            spill_points_at.push_back(p);
            max_spill = std::max(max_spill, -d);
        }
        // Dots of the edge for the mirror test: the transition zone and just in front, fading at its ends.
        const double w = ramp01(d, -3.0, -2.0) * (1.0 - ramp01(d, T, T + 1.0));
        if (w > 0) {
            own_edge.push_back(p);
            own_edge_weight.push_back(w);
        }
    }

    // Per column: the density-based edge, the sharpest density step and the fill of the transition zone.
    const double step_window = kStepWindowMm;
    std::vector<double> widths, target_widths;
    std::vector<double> offsets, edges_rel, edges_y, curve_ys, contrasts, offsets_left, offsets_right;
    double missing_weight = 0;
    size_t judged = 0;
    for (size_t b = 0; b < cols.size(); ++b) {
        Column& c = cols[b];
        if (!c.judged) continue;
        ++judged;
        const DepthGrid& g = grids[b];
        c.edge_mm = column_edge(g, g.count, T, full, bin_w);
        c.target_edge_mm = column_edge(g, g.target, T, full, bin_w);
        // How far behind the edge the density goes on to reach 0.7-0.9 of full: the transition's own width.
        widths.push_back(column_edge(g, g.count, T, full, bin_w, 0.7, 0.9) - c.edge_mm);
        target_widths.push_back(column_edge(g, g.target, T, full, bin_w, 0.7, 0.9) - c.target_edge_mm);
        // The step is read over this column and its neighbours (about 12 mm along the edge), so a few dots'
        // chance gaps cannot pass for a step.
        DepthGrid wide(nodes);
        double wide_mm = 0;
        for (size_t k = b == 0 ? 0 : b - 1; k <= std::min(b + 1, cols.size() - 1); ++k) {
            if (!cols[k].judged) continue;
            wide_mm += bin_w;
            for (size_t j = 0; j < nodes; ++j) {
                wide.count[j] += grids[k].count[j];
                wide.area[j] += grids[k].area[j];
            }
        }
        double best = 0;
        for (double e = -2.0; e <= T + 2.0; e += kStepMm) {
            const std::optional<double> behind = window_share(wide, wide.count, e, e + step_window, full, wide_mm);
            const std::optional<double> front = window_share(wide, wide.count, e - step_window, e, full, wide_mm);
            if (behind && front) best = std::max(best, std::min(*behind, 1.0) - *front);
        }
        c.contrast = best;
        const double wanted = g.sum(g.target, 0.0, T);
        c.fill = wanted > 0 ? g.sum(g.count, -2.0, T) / wanted : 1.0;
        missing_weight += 1.0 - ramp01(c.fill, 0.1, 0.4);
        const double offset = c.edge_mm - c.target_edge_mm;
        offsets.push_back(offset);
        edges_rel.push_back(offset);
        edges_y.push_back(c.on_curve.y + c.edge_mm);
        curve_ys.push_back(c.on_curve.y);
        contrasts.push_back(c.contrast);
        (c.x_centre < x_mid ? offsets_left : offsets_right).push_back(offset);
    }
    const double edge_offset = median(offsets);
    const double roughness = wobble(edges_rel);
    const double bend = bend_wobble(edges_y);
    const Flattening flat = curve_flattening(edges_rel, curve_ys);
    const double flattening = flat.mm;
    // The broad shape is judged after taking out the flattening (charged on its own), so a straight line is
    // charged as straight, not also as ragged.
    std::vector<double> residual = edges_rel;
    for (size_t i = 0; i < residual.size(); ++i) residual[i] += flat.slope_share * (curve_ys[i] - flat.mean_curve_y);
    const double shape = shape_deviation(residual);
    const double wander = std::hypot(roughness, shape);  // irregularity at the column and the ~12 mm scale
    const double hardness = median(contrasts);
    const double median_target_width = median(target_widths);
    const double width_share = median_target_width > 0 ? median(widths) / median_target_width : 1.0;
    const double missing_share = judged ? missing_weight / static_cast<double>(judged) : 0.0;
    const double edge_diff =
        (!offsets_left.empty() && !offsets_right.empty()) ? std::abs(median(offsets_left) - median(offsets_right)) : 0.0;

    // The profile across the transition zone in thirds (and the full-density band behind it).
    const double band_from[4] = {0.0, T / 3.0, 2.0 * T / 3.0, T};
    const double band_to[4] = {T / 3.0, 2.0 * T / 3.0, T, T + full_band};
    double band_count[4], band_area[4], band_target[4];
    for (int k = 0; k < 4; ++k) {
        band_count[k] = all.sum(all.count, band_from[k], band_to[k]);
        band_area[k] = all.sum(all.area, band_from[k], band_to[k]);
        band_target[k] = all.sum(all.target, band_from[k], band_to[k]);
    }
    auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    const double measured_full = ratio(band_count[3], full * band_area[3]);
    // Relative to the measured full density, or the expected one when the back is left nearly bare.
    const double reference = 1.0 + (measured_full - 1.0) * ramp01(measured_full, 0.4, 0.6);
    const double front_ratio = ratio(band_count[0], full * band_area[0]) / reference;
    const double mid_ratio = ratio(band_count[1], full * band_area[1]) / reference;
    const double back_ratio = ratio(band_count[2], full * band_area[2]) / reference;
    const double front_target = ratio(band_count[0], band_target[0]);
    const double mid_target = ratio(band_count[1], band_target[1]);
    const double back_target = ratio(band_count[2], band_target[2]);
    const double left_density = ratio(left.sum(left.count, 0.0, T), left.sum(left.area, 0.0, T));
    const double right_density = ratio(right.sum(right.count, 0.0, T), right.sum(right.area, 0.0, T));
    const double larger = std::max(left_density, right_density);
    const double imbalance = larger > 0 ? std::abs(left_density - right_density) / larger : 0.0;

    // Mirror copy: the left half's edge reflected about an axis near the middle (best of shifts up to
    // +-1.5 mm), each dot matched softly (Gaussian, sd 0.25 mm) to the nearest of the trainee's edge dots.
    const SpatialIndex edge_index(own_edge);
    double mirror_share = 0, mirror_axis = x_mid;
    {
        double left_total = 0;
        std::vector<double> wl(own_edge.size());
        for (size_t i = 0; i < own_edge.size(); ++i) {
            wl[i] = own_edge_weight[i] * ramp01(x_mid - own_edge[i].x, 0.5, 1.5);
            left_total += wl[i];
        }
        // On absurdly crowded edges (thousands of dots) every stride-th left dot stands for its neighbours.
        size_t left_dots = 0;
        for (double w : wl) left_dots += w > 0 ? 1 : 0;
        const size_t stride = std::max<size_t>(1, left_dots / 1000);
        if (stride > 1) {
            left_total = 0;
            size_t seen = 0;
            for (double& w : wl)
                if (w > 0) {
                    if (seen++ % stride) w = 0;
                    left_total += w;
                }
        }
        if (left_total > 5.0) {
            for (int k = -30; k <= 30; ++k) {
                const double axis = x_mid + 0.05 * k;
                double matched = 0;
                for (size_t i = 0; i < own_edge.size(); ++i) {
                    if (wl[i] <= 0) continue;
                    const std::optional<Neighbour> m = edge_index.nearest(Point{2.0 * axis - own_edge[i].x, own_edge[i].y}, i);
                    if (m) matched += wl[i] * std::exp(-m->distance_mm * m->distance_mm / (2.0 * 0.25 * 0.25));
                }
                // Fewer than 10 left edge dots say little: the share fades out below that.
                const double share = matched / left_total * ramp01(left_total, 5.0, 10.0);
                if (share > mirror_share) {
                    mirror_share = share;
                    mirror_axis = axis;
                }
            }
        }
    }
    // The same question asked of the edge's density profile as a function along the line (robust to hand
    // jitter of half a millimetre), best of the same axes, fading out below 10 left edge dots.
    double mirror_profile = 0;
    {
        double left_weight = 0;
        for (size_t i = 0; i < own_edge.size(); ++i) left_weight += own_edge_weight[i] * ramp01(x_mid - own_edge[i].x, 0.5, 1.5);
        const double half_width = std::min(40.0, 0.5 * (hl.curve.back().x - hl.curve.front().x));
        // On absurdly crowded edges every stride-th dot stands for its neighbours (the field is a weighted sum).
        const size_t stride = std::max<size_t>(1, own_edge.size() / 1500);
        std::vector<Point> sampled;
        std::vector<double> sampled_weight;
        for (size_t i = 0; i < own_edge.size(); i += stride) {
            sampled.push_back(own_edge[i]);
            sampled_weight.push_back(own_edge_weight[i] * static_cast<double>(stride));
        }
        const SpatialIndex sampled_index(sampled);
        if (left_weight > 5.0 && half_width > 2.0) {
            const MirrorGrid grid = mirror_grid(sampled_index, sampled_weight, hl, x_mid, half_width, T);
            for (int k = -30; k <= 30; ++k) {
                const double axis = x_mid + 0.05 * k;
                const double c = mirror_profile_correlation(sampled_index, sampled_weight, grid, axis) *
                                 ramp01(left_weight, 5.0, 10.0);
                if (c > mirror_profile) {
                    mirror_profile = c;
                    if (mirror_share < 0.3) mirror_axis = axis;
                }
            }
        }
    }

    // Deductions (all continuous in the dots' positions).
    const bool enough_cols = edges_rel.size() >= 3;
    const double spill_points = 70.0 * (1.0 - std::exp(-spill / 3.5));
    const double position_points = offsets.empty() ? 0.0 : std::min(50.0, 15.0 * std::max(0.0, std::abs(edge_offset) - kEdgeOffsetFreeMm));
    const double missing_points = std::min(40.0, 100.0 * missing_share);
    const double step_points = contrasts.empty() ? 0.0 : 60.0 * ramp01(hardness, kEdgeStepFree, 0.8);
    const double straight_points = enough_cols ? 25.0 * (1.0 - ramp01(bend, 0.12, kEdgeBendFullMm)) : 0.0;
    const double ragged_points = enough_cols ? 45.0 * ramp01(wander, kWanderFreeMm, 1.85) : 0.0;
    const double short_points = judged ? 35.0 * ramp01(kTransitionWidthFree - width_share, 0.0, 0.35) : 0.0;
    const double flattened_points = enough_cols ? 45.0 * ramp01(flattening, kFlatteningFreeMm, 1.45) : 0.0;
    const bool bands_judged = band_area[0] > 0 && band_area[2] > 0;
    const double hard_points = bands_judged ? 50.0 * ramp01(front_ratio, kFrontDensityFree, 0.85) : 0.0;
    const double bare_front_points = bands_judged && band_target[0] > 0 ? 30.0 * ramp01(kFrontTargetFree - front_target, 0.0, 0.35) : 0.0;
    const double bare_mid_points = bands_judged && band_target[1] > 0 ? 15.0 * ramp01(kMidTargetFree - mid_target, 0.0, 0.4) : 0.0;
    const double thin_points = bands_judged ? 20.0 * ramp01(kBackDensityFree - back_ratio, 0.0, 0.3) : 0.0;
    const double imbalance_points = 25.0 * ramp01(imbalance, kImbalanceFree, 0.6);
    const double edge_diff_points = 20.0 * ramp01(edge_diff, kEdgeDiffFreeMm, 4.0);
    const double mirror_points = 55.0 * std::max(ramp01(mirror_share, kMirrorShareFree, 0.5), ramp01(mirror_profile, kMirrorProfileFree, 0.8));

    double score = 100.0 - spill_points - position_points - missing_points - step_points - straight_points -
                   ragged_points - flattened_points - short_points - hard_points - bare_front_points - bare_mid_points - thin_points - imbalance_points -
                   edge_diff_points - mirror_points;
    if (own == 0) score = 0.0;
    ComponentScore& out = result.component;
    out.score = std::clamp(score, 0.0, 100.0);
    out.metrics = {
        {"edge_offset_mm", finite_or(edge_offset, 0.0)},
        {"missing_edge_share", finite_or(missing_share, 0.0)},
        {"edge_roughness_mm", finite_or(roughness, 0.0)},
        {"edge_bend_mm", finite_or(bend, 0.0)},
        {"edge_shape_mm", finite_or(shape, 0.0)},
        {"curve_flattening_mm", finite_or(flattening, 0.0)},
        {"edge_wander_mm", finite_or(wander, 0.0)},
        {"transition_width_share", finite_or(width_share, 0.0)},
        {"edge_step", finite_or(hardness, 0.0)},
        {"front_density_ratio", finite_or(front_ratio, 0.0)},
        {"mid_density_ratio", finite_or(mid_ratio, 0.0)},
        {"back_density_ratio", finite_or(back_ratio, 0.0)},
        {"front_target_ratio", finite_or(front_target, 0.0)},
        {"mid_target_ratio", finite_or(mid_target, 0.0)},
        {"back_target_ratio", finite_or(back_target, 0.0)},
        {"forehead_spill", finite_or(spill, 0.0)},
        {"max_spill_mm", finite_or(max_spill, 0.0)},
        {"left_right_imbalance", finite_or(imbalance, 0.0)},
        {"left_right_edge_diff_mm", finite_or(edge_diff, 0.0)},
        {"mirror_share", finite_or(mirror_share, 0.0)},
        {"mirror_profile_correlation", finite_or(mirror_profile, 0.0)},
    };

    std::vector<Finding>& f = result.findings;
    const Point middle{x_mid, hairline_curve_y(hl, x_mid)};
    if (own == 0) {
        f.push_back({100.0, {"hairline", "No hairline placed", middle}});
        return result;
    }
    auto worst_col = [&](auto&& key) {
        const Column* best = nullptr;
        double best_key = -std::numeric_limits<double>::infinity();
        for (const Column& c : cols) {
            if (!c.judged) continue;
            const double k = key(c);
            if (k > best_key) {
                best_key = k;
                best = &c;
            }
        }
        return best;
    };
    auto edge_point = [](const Column* c) -> std::optional<Point> {
        if (!c) return std::nullopt;
        return Point{c->on_curve.x, c->on_curve.y + c->edge_mm};
    };
    auto curve_point = [](const Column* c) -> std::optional<Point> {
        return c ? std::optional<Point>(c->on_curve) : std::nullopt;
    };
    if (spill_points > 0.05) {
        // Where most spill lies (every k-th spilled dot when there are thousands, to stay fast).
        std::vector<Point> sample;
        const size_t stride = std::max<size_t>(1, spill_points_at.size() / 2000);
        for (size_t i = 0; i < spill_points_at.size(); i += stride) sample.push_back(spill_points_at[i]);
        f.push_back(located({spill_points,
                             {"hairline",
                              feedback_text("Pigment on the forehead: %.0f dots in front of the hairline (up to %.1f mm; "
                                            "from %.0f mm in front a dot counts in full)",
                                            spill, max_spill, kSpillToleranceMm + 1.0),
                              std::nullopt}},
                            sample));
        const std::optional<Point> at = f.back().feedback.at;
        if (spill > 3.0)
            result.critical.push_back(
                {"forehead_spill",
                 feedback_text("Pigment on the forehead: about %.0f dots placed in front of the hairline. Pigment there "
                               "is permanent and cannot be hidden, so the attempt fails.",
                               spill),
                 at});
    }
    if (step_points > 0) {
        const Column* c = worst_col([](const Column& col) { return col.contrast; });
        f.push_back({step_points,
                     {"hairline",
                      feedback_text("Hard edge: density jumps from bare to full within %.1f mm (a step of %.0f%% of full "
                                    "density); feather it over %.0f mm, thin at the front and building up",
                                    step_window, hardness * 100.0, T),
                      edge_point(c)}});
    }
    if (hard_points > 0) {
        const Column* c = worst_col([&](const Column& col) { return -col.edge_mm; });
        f.push_back({hard_points,
                     {"hairline",
                      feedback_text("Hard edge: the front is already at %.0f%% of full density; let density ramp up softly "
                                    "across the first %.0f mm",
                                    front_ratio * 100.0, T),
                      curve_point(c)}});
    }
    if (bare_front_points > 0 || bare_mid_points > 0) {
        const Column* c = worst_col([&](const Column& col) { return col.edge_mm - col.target_edge_mm; });
        f.push_back({bare_front_points + bare_mid_points,
                     {"hairline",
                      feedback_text("The front of the transition is left bare: the first third has %.0f%% and the middle "
                                    "third %.0f%% of the dots it needs; start the soft ramp on the curve",
                                    front_target * 100.0, mid_target * 100.0),
                      curve_point(c)}});
    }
    if (position_points > 0) {
        const bool back = edge_offset > 0;
        const Column* c = worst_col([&](const Column& col) {
            const double o = col.edge_mm - col.target_edge_mm;
            return col.fill < 0.1 ? -1e9 : (back ? o : -o);
        });
        f.push_back({position_points,
                     {"hairline",
                      feedback_text(back ? "The front edge sits %.1f mm behind the target hairline"
                                         : "The front edge sits %.1f mm in front of the target hairline",
                                    std::abs(edge_offset)),
                      edge_point(c)}});
    }
    if (missing_points > 0) {
        const Column* c = worst_col([](const Column& col) { return -col.fill; });
        f.push_back({missing_points,
                     {"hairline", feedback_text("Gaps in the hairline: %.0f%% of its width has (almost) no dots", missing_share * 100.0),
                      curve_point(c)}});
    }
    if (straight_points > 0) {
        const Column* c = worst_col([&](const Column& col) { return -std::abs(col.x_centre - x_mid); });
        f.push_back({straight_points,
                     {"hairline",
                      feedback_text("The edge is too even (it bends only %.2f mm from column to column): break it up with "
                                    "small irregular groups and single dots",
                                    bend),
                      edge_point(c)}});
    }
    if (short_points > 0) {
        const Column* c = worst_col([&](const Column& col) { return col.contrast; });
        f.push_back({short_points,
                     {"hairline",
                      feedback_text("The transition is too short: density reaches full over %.0f%% of the width the "
                                    "soft ramp needs; feather it over the whole %.0f mm",
                                    width_share * 100.0, T),
                      edge_point(c)}});
    }
    if (flattened_points > 0) {
        const Column* c = worst_col([&](const Column& col) { return std::abs(col.edge_mm - col.target_edge_mm - edge_offset); });
        f.push_back({flattened_points,
                     {"hairline",
                      feedback_text("The edge runs straight across the curve (it flattens %.1f mm of the curve's shape): "
                                    "follow the hairline's curve, with the temples set back",
                                    flattening),
                      edge_point(c)}});
    }
    if (ragged_points > 0) {
        const Column* c = worst_col([&](const Column& col) {
            return col.fill < 0.1 ? -1.0 : std::abs(col.edge_mm - col.target_edge_mm - edge_offset);
        });
        f.push_back({ragged_points,
                     {"hairline", feedback_text("The edge is ragged (it wanders %.1f mm): keep irregularity small, within 1-2 mm", wander),
                      edge_point(c)}});
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
        const double x0 = hl.curve.front().x, xn = hl.curve.back().x;
        const Column* c = worst_col([&](const Column& col) {
            return -std::abs(col.x_centre - (left_weaker ? 0.5 * (x0 + x_mid) : 0.5 * (x_mid + xn)));
        });
        f.push_back({imbalance_points + edge_diff_points,
                     {"hairline",
                      feedback_text("Left and right are unbalanced (density differs by %.0f%%, edges by %.1f mm)",
                                    imbalance * 100.0, edge_diff),
                      curve_point(c)}});
    }
    if (mirror_points > 0)
        f.push_back({mirror_points,
                     {"hairline",
                      feedback_text("Left and right are mirror copies (the left edge's pattern repeats on the right, "
                                    "mirrored about x = %.1f mm: %.0f%% of its dots, profile correlation %.2f): a natural "
                                    "hairline is never symmetric in its small irregularities",
                                    mirror_axis, mirror_share * 100.0, mirror_profile),
                      Point{mirror_axis, middle.y}}});
    return result;
}

}  // namespace stipple
