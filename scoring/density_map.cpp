// Density in windows against the lesson's target map (see density_map.hpp).
#include "density_map.hpp"

#include <algorithm>
#include <cmath>

#include "lesson_regions.hpp"
#include "metric_support.hpp"

namespace stipple {

TargetRaster target_raster(const Lesson& lesson, double step_mm) {
    TargetRaster r;
    if (lesson.zone.size() < 3 || !(step_mm > 0)) return r;
    const Bounds b = bounds_of(lesson.zone);
    if (!std::isfinite(b.width()) || !std::isfinite(b.height())) return r;
    r.origin = b.min;
    r.step_mm = step_mm;
    while ((b.width() / r.step_mm + 1) * (b.height() / r.step_mm + 1) > 4e6) r.step_mm *= 1.25;
    r.nx = std::max(1L, static_cast<long>(std::ceil(b.width() / r.step_mm)));
    r.ny = std::max(1L, static_cast<long>(std::ceil(b.height() / r.step_mm)));
    r.per_mm2.resize(static_cast<size_t>(r.nx * r.ny));
    for (long j = 0; j < r.ny; ++j)
        for (long i = 0; i < r.nx; ++i) r.per_mm2[static_cast<size_t>(j * r.nx + i)] = target_density_per_mm2(lesson, r.centre(i, j));
    const size_t w = static_cast<size_t>(r.nx + 1);
    r.summed.assign(w * static_cast<size_t>(r.ny + 1), 0.0);
    for (long j = 0; j < r.ny; ++j)
        for (long i = 0; i < r.nx; ++i)
            r.summed[static_cast<size_t>(j + 1) * w + static_cast<size_t>(i + 1)] =
                r.per_mm2[static_cast<size_t>(j * r.nx + i)] + r.summed[static_cast<size_t>(j) * w + static_cast<size_t>(i + 1)] +
                r.summed[static_cast<size_t>(j + 1) * w + static_cast<size_t>(i)] - r.summed[static_cast<size_t>(j) * w + static_cast<size_t>(i)];
    return r;
}

namespace {
double edge_weight(double d, double half, double soft) {
    if (!(soft > 0)) return (d >= -half && d < half) ? 1.0 : 0.0;
    return std::clamp((half + 0.5 * soft - std::abs(d)) / soft, 0.0, 1.0);
}

// Soft-weighted counts of `points` in every window of a grid laid out in a frame turned by `angle` about
// `origin`: window (i, j) is centred at along = a0 + i sa, across = b0 + j sb, `length` along and `width`
// across. Each point visits only the few windows that reach it, so this costs O(points).
std::vector<double> grid_counts(const std::vector<Point>& points, Point origin, double angle, double a0, double sa, long na,
                                double b0, double sb, long nb, double length, double width, double soft) {
    std::vector<double> counts(static_cast<size_t>(na * nb), 0.0);
    const double c = std::cos(angle), s = std::sin(angle);
    const double reach_a = 0.5 * length + 0.5 * std::max(0.0, soft), reach_b = 0.5 * width + 0.5 * std::max(0.0, soft);
    auto index_range = [](double lo, double hi, long n, long& first, long& last) {
        first = static_cast<long>(std::clamp(std::ceil(lo), -1.0, static_cast<double>(n)));
        last = static_cast<long>(std::clamp(std::floor(hi), -1.0, static_cast<double>(n)));
        first = std::max(first, 0L);
        last = std::min(last, n - 1);
    };
    for (const Point& p : points) {
        const double dx = p.x - origin.x, dy = p.y - origin.y;
        const double u = dx * c + dy * s, v = -dx * s + dy * c;
        long i0, i1, j0, j1;
        index_range((u - reach_a - a0) / sa, (u + reach_a - a0) / sa, na, i0, i1);
        index_range((v - reach_b - b0) / sb, (v + reach_b - b0) / sb, nb, j0, j1);
        for (long j = j0; j <= j1; ++j) {
            const double wb = edge_weight(v - (b0 + static_cast<double>(j) * sb), 0.5 * width, soft);
            if (wb <= 0) continue;
            for (long i = i0; i <= i1; ++i)
                counts[static_cast<size_t>(j * na + i)] += wb * edge_weight(u - (a0 + static_cast<double>(i) * sa), 0.5 * length, soft);
        }
    }
    return counts;
}
}  // namespace

double window_weight(Point p, Point centre, double size_mm, double soft_mm) {
    const double half = 0.5 * size_mm;
    return edge_weight(p.x - centre.x, half, soft_mm) * edge_weight(p.y - centre.y, half, soft_mm);
}

namespace {
// The target integrated over an axis-aligned rectangle (summed-area table, bilinear between cell corners).
double target_in_rect(const TargetRaster& r, Point centre, double width_mm, double height_mm) {
    if (r.per_mm2.empty()) return 0.0;
    // The integral from the raster's corner, bilinear between cell corners (exact for cells of constant density).
    const size_t w = static_cast<size_t>(r.nx + 1);
    auto integral = [&](double x, double y) {
        const double fx = std::clamp((x - r.origin.x) / r.step_mm, 0.0, static_cast<double>(r.nx));
        const double fy = std::clamp((y - r.origin.y) / r.step_mm, 0.0, static_cast<double>(r.ny));
        const long i = std::min(static_cast<long>(fx), r.nx - 1), j = std::min(static_cast<long>(fy), r.ny - 1);
        const double tx = fx - static_cast<double>(i), ty = fy - static_cast<double>(j);
        auto at = [&](long a, long b) { return r.summed[static_cast<size_t>(b) * w + static_cast<size_t>(a)]; };
        return (1 - tx) * (1 - ty) * at(i, j) + tx * (1 - ty) * at(i + 1, j) + (1 - tx) * ty * at(i, j + 1) + tx * ty * at(i + 1, j + 1);
    };
    const double x0 = centre.x - 0.5 * width_mm, x1 = centre.x + 0.5 * width_mm;
    const double y0 = centre.y - 0.5 * height_mm, y1 = centre.y + 0.5 * height_mm;
    return std::max(0.0, integral(x1, y1) - integral(x0, y1) - integral(x1, y0) + integral(x0, y0)) * r.step_mm * r.step_mm;
}
}  // namespace

double target_in_window(const TargetRaster& r, Point centre, double size_mm) {
    return target_in_rect(r, centre, size_mm, size_mm);
}

std::vector<DensityWindow> density_windows(const SpatialIndex& visible, const TargetRaster& r, double size_mm,
                                           double stride_mm, double soft_mm) {
    std::vector<DensityWindow> out;
    if (r.per_mm2.empty() || !(size_mm > 0) || !(stride_mm > 0)) return out;
    const double w = static_cast<double>(r.nx) * r.step_mm, h = static_cast<double>(r.ny) * r.step_mm;
    const long nx = std::max(1L, static_cast<long>(std::ceil((w - size_mm) / stride_mm)) + 1);
    const long ny = std::max(1L, static_cast<long>(std::ceil((h - size_mm) / stride_mm)) + 1);
    if (static_cast<double>(nx) * static_cast<double>(ny) > 4e6) return out;
    const std::vector<double> counts = grid_counts(visible.points(), r.origin, 0.0, 0.5 * size_mm, stride_mm, nx,
                                                   0.5 * size_mm, stride_mm, ny, size_mm, size_mm, soft_mm);
    for (long j = 0; j < ny; ++j)
        for (long i = 0; i < nx; ++i) {
            DensityWindow win;
            win.centre = {r.origin.x + 0.5 * size_mm + static_cast<double>(i) * stride_mm,
                          r.origin.y + 0.5 * size_mm + static_cast<double>(j) * stride_mm};
            win.size_mm = size_mm;
            win.length_mm = size_mm;
            win.target = target_in_window(r, win.centre, size_mm);
            if (!(win.target > 1e-9)) continue;  // (rounding leaves ~1e-14 where nothing is expected)
            win.measured = counts[static_cast<size_t>(j * nx + i)];
            out.push_back(win);
        }
    return out;
}

std::vector<DensityWindow> density_bands(const SpatialIndex& visible, const TargetRaster& r, double width_mm,
                                         double length_mm, double angle, double soft_mm) {
    std::vector<DensityWindow> out;
    if (r.per_mm2.empty() || !(width_mm > 0) || !(length_mm > 0)) return out;
    const double c = std::cos(angle), s = std::sin(angle);
    // The raster's corners in band coordinates (along, across).
    double a0 = 1e300, a1 = -1e300, b0 = 1e300, b1 = -1e300;
    const double w = static_cast<double>(r.nx) * r.step_mm, h = static_cast<double>(r.ny) * r.step_mm;
    for (const Point q : {Point{0, 0}, Point{w, 0}, Point{0, h}, Point{w, h}}) {
        const double a = q.x * c + q.y * s, b = -q.x * s + q.y * c;
        a0 = std::min(a0, a), a1 = std::max(a1, a), b0 = std::min(b0, b), b1 = std::max(b1, b);
    }
    const double sa = 0.5 * length_mm, sb = 0.5 * width_mm;
    const long na = static_cast<long>(std::ceil((a1 - a0) / sa)) + 1, nb = static_cast<long>(std::ceil((b1 - b0) / sb)) + 1;
    if (static_cast<double>(na) * static_cast<double>(nb) > 4e6) return out;
    const double sample_mm = std::max(r.step_mm, 0.5);
    const long nl = std::max(1L, static_cast<long>(std::ceil(length_mm / sample_mm)));
    const long nw = std::max(1L, static_cast<long>(std::ceil(width_mm / sample_mm)));
    const double step_l = length_mm / static_cast<double>(nl), step_w = width_mm / static_cast<double>(nw);
    // Absurdly large zones: bands are left out rather than sampled for seconds.
    if (static_cast<double>(na) * static_cast<double>(nb) * static_cast<double>(nl * nw) > 2e7) return out;
    const std::vector<double> counts =
        grid_counts(visible.points(), r.origin, angle, a0, sa, na, b0, sb, nb, length_mm, width_mm, soft_mm);
    for (long j = 0; j < nb; ++j)
        for (long i = 0; i < na; ++i) {
            const double a = a0 + static_cast<double>(i) * sa, b = b0 + static_cast<double>(j) * sb;
            DensityWindow win;
            win.centre = {r.origin.x + a * c - b * s, r.origin.y + a * s + b * c};
            win.size_mm = width_mm;
            win.length_mm = length_mm;
            win.angle = angle;
            // The target: along the axes the rectangle's integral (summed-area table); otherwise samples on a
            // grid in the band's own frame, each the raster cell it falls in.
            double target = 0;
            const bool along_x = std::abs(s) < 1e-12, along_y = std::abs(c) < 1e-12;
            if (along_x || along_y) {
                win.target = along_x ? target_in_rect(r, win.centre, length_mm, width_mm)
                                     : target_in_rect(r, win.centre, width_mm, length_mm);
                if (!(win.target > 1e-9)) continue;
                win.measured = counts[static_cast<size_t>(j * na + i)];
                out.push_back(win);
                continue;
            }
            for (long y = 0; y < nw; ++y)
                for (long x = 0; x < nl; ++x) {
                    const double u = -0.5 * length_mm + (static_cast<double>(x) + 0.5) * step_l;
                    const double v = -0.5 * width_mm + (static_cast<double>(y) + 0.5) * step_w;
                    const long ci = static_cast<long>(std::floor((win.centre.x + u * c - v * s - r.origin.x) / r.step_mm));
                    const long cj = static_cast<long>(std::floor((win.centre.y + u * s + v * c - r.origin.y) / r.step_mm));
                    if (ci >= 0 && cj >= 0 && ci < r.nx && cj < r.ny) target += r.per_mm2[static_cast<size_t>(cj * r.nx + ci)];
                }
            target *= step_l * step_w;
            win.target = target;
            if (!(win.target > 1e-9)) continue;  // (rounding leaves ~1e-14 where nothing is expected)
            win.measured = counts[static_cast<size_t>(j * na + i)];
            out.push_back(win);
        }
    return out;
}

std::vector<DensityCell> density_heat_map(const Lesson& lesson, const std::vector<Dot>& dots,
                                          const std::vector<Point>& existing, double cell_mm) {
    std::vector<DensityCell> cells;
    if (lesson.zone.size() < 3 || !(cell_mm > 0)) return cells;
    std::vector<Point> visible;
    for (const Point& p : existing)
        if (on_map(p)) visible.push_back(p);
    for (const Dot& d : dots)
        if (on_map({d.x, d.y})) visible.push_back({d.x, d.y});
    const SpatialIndex index(std::move(visible));
    // Eight samples per cell side, aligned with the cells, so a cell's target is its own samples' sum.
    const TargetRaster raster = target_raster(lesson, cell_mm / 8.0);
    for (const DensityWindow& win : density_windows(index, raster, cell_mm, cell_mm, 0.0)) {
        DensityCell c;
        c.min_mm = {win.centre.x - 0.5 * cell_mm, win.centre.y - 0.5 * cell_mm};
        c.size_mm = cell_mm;
        c.dots = static_cast<int>(std::lround(win.measured));
        c.per_cm2 = win.measured / (cell_mm * cell_mm) * 100.0;
        c.target_dots = win.target;
        c.ratio = win.measured / win.target;
        cells.push_back(c);
    }
    return cells;
}

}  // namespace stipple
