// Blue-noise scatter by Poisson-disk sampling (see blue_noise.hpp).
#include "blue_noise.hpp"

#include <algorithm>
#include <cmath>

#include "seeded_random.hpp"

namespace stipple {

namespace {

// Points bucketed in square cells; each cell keeps a singly linked list of point indices.
struct Buckets {
    Point origin;
    double cell = 1.0;
    long nx = 1, ny = 1;
    std::vector<int64_t> head;
    std::vector<int64_t> next;
    std::vector<Point> points;

    static long clamp_cell(double c, long n) {
        if (!(c >= 0)) return 0;  // also NaN
        return c >= static_cast<double>(n - 1) ? n - 1 : static_cast<long>(c);
    }
    long cx(double x) const { return clamp_cell(std::floor((x - origin.x) / cell), nx); }
    long cy(double y) const { return clamp_cell(std::floor((y - origin.y) / cell), ny); }

    void add(Point p) {
        const size_t c = static_cast<size_t>(cy(p.y) * nx + cx(p.x));
        points.push_back(p);
        next.push_back(head[c]);
        head[c] = static_cast<int64_t>(points.size() - 1);
    }
    bool clear_around(Point p, double r) const {
        const double r2 = r * r;
        const long x0 = cx(p.x - r), x1 = cx(p.x + r), y0 = cy(p.y - r), y1 = cy(p.y + r);
        for (long y = y0; y <= y1; ++y)
            for (long x = x0; x <= x1; ++x)
                for (int64_t i = head[static_cast<size_t>(y * nx + x)]; i >= 0; i = next[static_cast<size_t>(i)])
                    if (squared_distance(p, points[static_cast<size_t>(i)]) < r2) return false;
        return true;
    }
};

}  // namespace

std::vector<Point> blue_noise(const BlueNoiseSpec& spec) {
    std::vector<Point> out;
    const Bounds& b = spec.bounds;
    if (!(spec.min_radius_mm > 0) || !(b.width() > 0) || !(b.height() > 0) || !spec.inside || !spec.radius_mm) return out;

    Buckets buckets;
    buckets.origin = b.min;
    buckets.cell = spec.min_radius_mm;
    // Keep the bucket grid modest even for huge areas (cells only need to be roughly radius-sized).
    while ((b.width() / buckets.cell + 1) * (b.height() / buckets.cell + 1) > 2.0e7) buckets.cell *= 1.5;
    buckets.nx = static_cast<long>(std::floor(b.width() / buckets.cell)) + 1;
    buckets.ny = static_cast<long>(std::floor(b.height() / buckets.cell)) + 1;
    buckets.head.assign(static_cast<size_t>(buckets.nx * buckets.ny), -1);

    SeededRandom rng(spec.seed);
    std::vector<Point> active;
    for (const Point& p : spec.fixed) {
        buckets.add(p);
        if (spec.inside(p)) active.push_back(p);
    }
    const size_t fixed_count = buckets.points.size();

    auto accept = [&](Point c) {
        if (c.x < b.min.x || c.x > b.max.x || c.y < b.min.y || c.y > b.max.y) return false;
        if (!spec.inside(c)) return false;
        const double r = spec.radius_mm(c);
        if (!(r > 0) || !std::isfinite(r)) return false;
        return buckets.clear_around(c, r);
    };

    auto grow = [&] {
        while (!active.empty()) {
            const size_t k = static_cast<size_t>(rng.below(active.size()));
            const Point p = active[k];
            const double r = std::max(spec.radius_mm(p), spec.min_radius_mm);
            bool placed = false;
            for (int t = 0; t < spec.tries && std::isfinite(r); ++t) {
                const double angle = rng.uniform(0.0, 6.283185307179586);
                const double dist = r * std::sqrt(rng.uniform(1.0, 4.0));  // uniform over the annulus [r, 2r]
                const Point c{p.x + dist * std::cos(angle), p.y + dist * std::sin(angle)};
                if (accept(c)) {
                    buckets.add(c);
                    active.push_back(c);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                active[k] = active.back();
                active.pop_back();
            }
        }
    };

    grow();
    // Seeds on a coarse lattice (jittered) so every separate part of the region gets filled.
    const double seed_step = std::max(spec.min_radius_mm * 4.0, std::max(b.width(), b.height()) / 2000.0);
    for (double y = b.min.y + seed_step / 2; y < b.max.y; y += seed_step)
        for (double x = b.min.x + seed_step / 2; x < b.max.x; x += seed_step) {
            const Point c{x + rng.uniform(-0.25, 0.25) * seed_step, y + rng.uniform(-0.25, 0.25) * seed_step};
            if (accept(c)) {
                buckets.add(c);
                active.push_back(c);
                grow();
            }
        }
    out.assign(buckets.points.begin() + static_cast<long>(fixed_count), buckets.points.end());
    return out;
}

}  // namespace stipple
