// The map <-> head surface tables: the midline's arc length by u and every lateral arc's length by (u, v),
// summed from short chords; lookups interpolate them the same way in both directions.
#include "sim/head/head_map.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stipple {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kUMargin = 0.03;       // the mapped midline stops this short of straight down (the neck's flat cut)
constexpr double kPoleMargin = 0.06;    // |v| stops this short of the ear canals (under the ear)
constexpr int kRows = 721;
constexpr int kColumns = 241;

double du(const HeadMap& m) { return (m.u_max_rad - m.u_min_rad) / (m.nu - 1); }
double dv(const HeadMap& m) { return m.v_max_rad / (m.nv - 1); }

// The lateral arc length at fractional row `fu` and column `fv` (bilinear in the table).
double x_at(const HeadMap& m, double fu, double fv) {
    const int iu = std::clamp(static_cast<int>(fu), 0, m.nu - 2);
    const int iv = std::clamp(static_cast<int>(fv), 0, m.nv - 2);
    const double tu = fu - iu, tv = fv - iv;
    const double* r0 = &m.x_of_uv_mm[static_cast<size_t>(iu) * m.nv];
    const double* r1 = r0 + m.nv;
    const double a = r0[iv] + (r0[iv + 1] - r0[iv]) * tv;
    const double b = r1[iv] + (r1[iv + 1] - r1[iv]) * tv;
    return a + (b - a) * tu;
}

double y_at(const HeadMap& m, double fu) {
    const int iu = std::clamp(static_cast<int>(fu), 0, m.nu - 2);
    const double t = fu - iu;
    return m.y_of_u_mm[iu] + (m.y_of_u_mm[iu + 1] - m.y_of_u_mm[iu]) * t;
}

// The fractional row whose midline arc length is y (nullopt outside the table).
std::optional<double> row_of_y(const HeadMap& m, double y) {
    const auto& ys = m.y_of_u_mm;
    if (y < ys.front() || y > ys.back()) return std::nullopt;
    const auto it = std::upper_bound(ys.begin(), ys.end(), y);
    const int i = std::clamp(static_cast<int>(it - ys.begin()) - 1, 0, m.nu - 2);
    const double span = ys[i + 1] - ys[i];
    return i + (span > 0.0 ? (y - ys[i]) / span : 0.0);
}

// The fractional column whose lateral arc length on fractional row fu is x >= 0 (nullopt beyond the table).
std::optional<double> column_of_x(const HeadMap& m, double fu, double x) {
    int lo = 0, hi = m.nv - 1;
    if (x > x_at(m, fu, hi)) return std::nullopt;
    while (hi - lo > 1) {
        const int mid = (lo + hi) / 2;
        (x_at(m, fu, mid) <= x ? lo : hi) = mid;
    }
    const double a = x_at(m, fu, lo), b = x_at(m, fu, hi);
    return lo + (b > a ? (x - a) / (b - a) : 0.0);
}

}  // namespace

HeadMap make_head_map(const HeadShape& shape) {
    HeadMap m;
    m.shape = shape;
    m.u_min_rad = -kPi / 2 + kUMargin;
    m.u_max_rad = 3 * kPi / 2 - kUMargin;
    m.v_max_rad = kPi / 2 - kPoleMargin;
    m.nu = kRows;
    m.nv = kColumns;
    // The glabella: the most forward point of the brow ridge on the midline, above the nose.
    double best_z = 0.0;
    for (double u = 0.28; u <= 0.6; u += 0.0005) {
        const Vec3 p = head_point(shape, u, 0.0);
        if (p.z < best_z) {
            best_z = p.z;
            m.u_glabella_rad = u;
        }
    }
    m.y_of_u_mm.assign(m.nu, 0.0);
    m.x_of_uv_mm.assign(static_cast<size_t>(m.nu) * m.nv, 0.0);
    const double step_u = du(m), step_v = dv(m);
    Vec3 previous = head_point(shape, m.u_min_rad, 0.0);
    for (int iu = 1; iu < m.nu; ++iu) {
        const Vec3 p = head_point(shape, m.u_min_rad + iu * step_u, 0.0);
        m.y_of_u_mm[iu] = m.y_of_u_mm[iu - 1] + length(p - previous);
        previous = p;
    }
    // y = 0 at the glabella (interpolated between rows).
    const double fg = (m.u_glabella_rad - m.u_min_rad) / step_u;
    const double y0 = y_at(m, fg);
    for (double& y : m.y_of_u_mm) y -= y0;
    for (int iu = 0; iu < m.nu; ++iu) {
        const double u = m.u_min_rad + iu * step_u;
        double* row = &m.x_of_uv_mm[static_cast<size_t>(iu) * m.nv];
        Vec3 prev = head_point(shape, u, 0.0);
        for (int iv = 1; iv < m.nv; ++iv) {
            const Vec3 p = head_point(shape, u, iv * step_v);
            row[iv] = row[iv - 1] + length(p - prev);
            prev = p;
        }
    }
    return m;
}

std::optional<Point> map_point_at(const HeadMap& m, double u, double v) {
    if (u < m.u_min_rad || u > m.u_max_rad || std::abs(v) > m.v_max_rad) return std::nullopt;
    const double fu = (u - m.u_min_rad) / du(m);
    const double fv = std::abs(v) / dv(m);
    const double x = x_at(m, fu, fv);
    return Point{v < 0.0 ? -x : x, y_at(m, fu)};
}

std::optional<SurfacePoint> head_surface_at(const HeadMap& m, Point p) {
    const auto fu = row_of_y(m, p.y);
    if (!fu) return std::nullopt;
    const auto fv = column_of_x(m, *fu, std::abs(p.x));
    if (!fv) return std::nullopt;
    SurfacePoint s;
    s.u_rad = m.u_min_rad + *fu * du(m);
    s.v_rad = (p.x < 0.0 ? -1.0 : 1.0) * *fv * dv(m);
    s.position_mm = head_point(m.shape, s.u_rad, s.v_rad);
    s.normal = head_normal(m.shape, s.u_rad, s.v_rad);
    return s;
}

std::optional<Point> map_point_of(const HeadMap& m, Vec3 position) {
    if (length(position) <= 0.0) return std::nullopt;
    double u = 0.0, v = 0.0;
    head_angles(position, u, v);
    return map_point_at(m, u, v);
}

double head_map_y_scale(const HeadMap& m, Point p) {
    constexpr double h = 0.5;
    const auto a = head_surface_at(m, {p.x, p.y - h});
    const auto b = head_surface_at(m, {p.x, p.y + h});
    if (!a || !b) return 1.0;
    return length(b->position_mm - a->position_mm) / (2.0 * h);
}

Bounds head_map_bounds(const HeadMap& m) {
    // The pictured part: the face from under the chin, the scalp over the top to below the nape, and across
    // to the ears (the skin beyond, down the neck, takes the picture's edge: plain skin).
    const HeadLandmarks l = head_landmarks(m);
    double widest = 0.0;
    for (double y = l.chin_mm.y; y <= l.nape_mm.y; y += 5.0) widest = std::max(widest, ear_edge_x_mm(m, y));
    return {{-(widest + 15.0), std::max(l.chin_mm.y - 60.0, m.y_of_u_mm.front())},
            {widest + 15.0, std::min(l.nape_mm.y + 60.0, m.y_of_u_mm.back())}};
}

double ear_edge_x_mm(const HeadMap& m, double y) {
    const auto fu = row_of_y(m, y);
    if (!fu) return 0.0;
    // The ear's footprint: the skin whose place seen from the side (y, z) lies inside the ear's outline, an
    // ellipse around the shell's centre (a little above and behind the canal), leaning back like the shell
    // head_mesh draws. Walk the row from the canal toward the midline until the skin leaves it.
    const HeadFeatures f = head_features(m.shape);
    const double u = m.u_min_rad + *fu * du(m);
    const double a = f.ear_height_mm * 0.5, b = f.ear_width_mm * 0.5;
    const double tilt = 0.26, ct = std::cos(tilt), st = std::sin(tilt);
    auto inside = [&](int iv) {  // < 1 inside the outline
        const Vec3 p = head_point(m.shape, u, iv * dv(m));
        const double dy = p.y - f.ear_right_mm.y, dz = p.z - f.ear_right_mm.z;
        const double along = (dy * ct + dz * st) / a, across = (-dy * st + dz * ct) / b;
        return std::sqrt(along * along + across * across);
    };
    double previous = inside(m.nv - 1);
    for (int iv = m.nv - 2; iv >= 0; --iv) {
        const double r = inside(iv);
        if (r >= 1.0 && previous < 1.0) {
            const double t = (1.0 - previous) / (r - previous);  // from column iv + 1 toward iv
            return x_at(m, *fu, iv + 1 - t);
        }
        previous = r;
    }
    return x_at(m, *fu, m.nv - 1);
}

HeadLandmarks head_landmarks(const HeadMap& m) {
    HeadLandmarks l;
    const HeadShape& s = m.shape;
    // Walk the midline: the highest point, the most backward point, and the nape 35 mm below the canals.
    double best_y = -1e9, best_z = -1e9, nape_u = m.u_max_rad;
    double vertex_u = 0.0, inion_u = 0.0;
    for (double u = m.u_glabella_rad; u < m.u_max_rad; u += 0.001) {
        const Vec3 p = head_point(s, u, 0.0);
        if (p.y > best_y) best_y = p.y, vertex_u = u;
        if (p.z > best_z) best_z = p.z, inion_u = u;
        if (u > kPi && p.y < -35.0 * (s.female ? 0.95 : 1.0) && nape_u == m.u_max_rad) nape_u = u;
    }
    l.vertex_mm = *map_point_at(m, vertex_u, 0.0);
    l.inion_mm = *map_point_at(m, inion_u, 0.0);
    l.nape_mm = *map_point_at(m, nape_u, 0.0);
    const HeadFeatures f = head_features(s);
    l.eye_left_mm = *map_point_of(m, f.eye_left_mm);
    l.eye_right_mm = *map_point_of(m, f.eye_right_mm);
    l.mouth_mm = *map_point_at(m, head_mouth_u(s), 0.0);
    l.chin_mm = *map_point_at(m, head_chin_u(s), 0.0);
    // The ear's top, front and back edges: the rows whose arcs meet the ear's outline at its top, front
    // and back (u = pi/2 arrives from above, u ~ 0 from the front, u ~ pi from behind).
    l.ear_top_y_mm = map_point_at(m, kPi / 2, 0.0)->y;
    l.ear_front_y_mm = map_point_at(m, 0.0, 0.0)->y;
    l.ear_back_y_mm = map_point_at(m, kPi, 0.0)->y;
    return l;
}

}  // namespace stipple
