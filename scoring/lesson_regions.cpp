// Where things are on a lesson's scalp (see lesson_regions.hpp).
#include "lesson_regions.hpp"

#include <algorithm>
#include <cmath>

namespace stipple {

double target_density_fraction(const Lesson& lesson) {
    const double f = lesson.session.density_fraction;
    return (f > 0 && f <= 1) ? f : 1.0;
}

double expected_spacing_mm(const Lesson& lesson) {
    return lesson.targets.spacing_mm / std::sqrt(target_density_fraction(lesson));
}

namespace {

// Unit direction from a to b, or none when they coincide.
std::optional<Point> direction(Point a, Point b) {
    const double len = distance_mm(a, b);
    if (!(len > 1e-12)) return std::nullopt;
    return Point{(b.x - a.x) / len, (b.y - a.y) / len};
}

// Distance from p to the ray starting at a going along the unit direction u.
double distance_to_ray_mm(Point p, Point a, Point u) {
    const double t = std::max(0.0, (p.x - a.x) * u.x + (p.y - a.y) * u.y);
    return distance_mm(p, Point{a.x + t * u.x, a.y + t * u.y});
}

// y of the curve carried on along its end direction at x beyond that end (a vertical end segment carries on
// level, so every x has a y).
double carried_y(Point end, std::optional<Point> outward, double x) {
    if (!outward || std::abs(outward->x) < 1e-9) return end.y;
    return end.y + (x - end.x) * outward->y / outward->x;
}

}  // namespace

double hairline_curve_y(const Hairline& hairline, double x) {
    const Polyline& curve = hairline.curve;
    if (curve.empty()) return 0.0;
    if (curve.size() < 2) return curve.front().y;
    const Point first = curve.front(), last = curve.back();
    if (x < first.x) return carried_y(first, direction(curve[1], first), x);
    if (x > last.x) return carried_y(last, direction(curve[curve.size() - 2], last), x);
    double y = first.y;
    polyline_y_at(curve, x, y);
    return y;
}

std::optional<double> behind_hairline_mm(const Hairline& hairline, Point p) {
    const Polyline& curve = hairline.curve;
    if (curve.size() < 2) return std::nullopt;
    // The curve carried on along its end directions (rays from the first and last points), so the hairline
    // region covers the whole zone however far it reaches past the curve's ends.
    const std::optional<Point> out_left = direction(curve[1], curve.front());
    const std::optional<Point> out_right = direction(curve[curve.size() - 2], curve.back());
    double d = distance_to_polyline_mm(curve, p);
    if (out_left) d = std::min(d, distance_to_ray_mm(p, curve.front(), *out_left));
    if (out_right) d = std::min(d, distance_to_ray_mm(p, curve.back(), *out_right));
    return p.y >= hairline_curve_y(hairline, p.x) ? d : -d;
}

bool is_forehead(const Lesson& lesson, Point p) {
    if (!lesson.hairline) return false;
    const std::optional<double> d = behind_hairline_mm(*lesson.hairline, p);
    return d && *d < -kSpillToleranceMm;
}

bool in_full_density_region(const Lesson& lesson, Point p) {
    if (!contains(lesson.zone, p)) return false;
    if (!lesson.hairline) return true;
    const std::optional<double> d = behind_hairline_mm(*lesson.hairline, p);
    return !d || *d >= lesson.hairline->transition_mm;
}

double hairline_ramp(double behind_mm, double transition_mm) {
    if (behind_mm < 0) return 0.0;
    if (!(transition_mm > 0) || behind_mm >= transition_mm) return 1.0;
    return kRampStart + (1.0 - kRampStart) * (behind_mm / transition_mm);
}

double density_share(const Lesson& lesson, Point p) {
    if (!contains(lesson.zone, p)) return 0.0;
    if (!lesson.hairline) return 1.0;
    const std::optional<double> behind = behind_hairline_mm(*lesson.hairline, p);
    return behind ? hairline_ramp(*behind, lesson.hairline->transition_mm) : 1.0;
}

double target_density_per_mm2(const Lesson& lesson, Point p) {
    return density_share(lesson, p) * full_density_per_mm2(lesson);
}

double full_density_per_mm2(const Lesson& lesson) {
    return target_density_fraction(lesson) * blue_noise_density_per_mm2(lesson.targets.spacing_mm);
}

namespace {

// Dots per unit of session fraction: the integral of density_share over the zone at full density.
double full_density_dot_count(const Lesson& lesson) {
    const Bounds b = bounds_of(lesson.zone);
    const double box = std::max(b.width() * b.height(), 1e-9);
    const double step = std::max(0.25, std::sqrt(box / 200000.0));
    double covered_mm2 = 0;
    for (const Point& p : sample_lattice(b, step)) covered_mm2 += density_share(lesson, p) * step * step;
    return covered_mm2 * blue_noise_density_per_mm2(lesson.targets.spacing_mm);
}

}  // namespace

double existing_density_fraction(const Lesson& lesson) {
    if (!lesson.existing) return 0.0;
    if (lesson.existing->marks.empty()) return lesson.existing->density_fraction;
    // Explicit marks (a case's healed previous session): as many of full density as lie where density is asked.
    double in_zone = 0;
    for (const ExistingMark& m : lesson.existing->marks)
        if (contains(lesson.zone, {m.x, m.y}) && density_share(lesson, {m.x, m.y}) > 0) in_zone += 1;
    const double full = full_density_dot_count(lesson);
    return full > 0 ? std::min(1.0, in_zone / full) : 0.0;
}

double new_dot_fraction(const Lesson& lesson) {
    return std::max(0.0, target_density_fraction(lesson) - existing_density_fraction(lesson));
}

double expected_dot_count(const Lesson& lesson) {
    return full_density_dot_count(lesson) * new_dot_fraction(lesson);
}

double expected_visible_dot_count(const Lesson& lesson) {
    return full_density_dot_count(lesson) * target_density_fraction(lesson);
}

std::vector<Point> sample_lattice(const Bounds& bounds, double step_mm) {
    std::vector<Point> out;
    if (!(step_mm > 0) || !(bounds.width() >= 0) || !(bounds.height() >= 0)) return out;
    const long nx = std::max(1L, static_cast<long>(std::ceil(bounds.width() / step_mm)));
    const long ny = std::max(1L, static_cast<long>(std::ceil(bounds.height() / step_mm)));
    if (static_cast<double>(nx) * static_cast<double>(ny) > 5e7) return out;  // refuse absurd requests
    out.reserve(static_cast<size_t>(nx * ny));
    for (long j = 0; j < ny; ++j)
        for (long i = 0; i < nx; ++i)
            out.push_back(Point{bounds.min.x + (static_cast<double>(i) + 0.5) * step_mm,
                                bounds.min.y + (static_cast<double>(j) + 0.5) * step_mm});
    return out;
}

}  // namespace stipple
