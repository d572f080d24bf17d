// The head's triangles: the skin grid over (u, v) with map points as texture coordinates (drawn in on the
// rows beyond the picture), closed at the ear canals by fans (hidden under the ears), the eyeballs with
// their irises, and the ears as flattened shells; and the pointer's pick (Moller-Trumbore against every
// triangle, nearest hit wins).
#include "sim/head/head_mesh.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace stipple {

namespace {

constexpr double kPi = std::numbers::pi;

HeadVertex vertex(Vec3 p, Vec3 n, Point map = {}) {
    return {static_cast<float>(p.x), static_cast<float>(p.y), static_cast<float>(p.z),
            static_cast<float>(n.x), static_cast<float>(n.y), static_cast<float>(n.z),
            static_cast<float>(map.x), static_cast<float>(map.y)};
}

// An ellipsoid (radii along its own axes: `axis_a` x `axis_b` x their cross) as a latitude/longitude grid.
void add_ellipsoid(HeadMesh& mesh, HeadMaterial material, Vec3 center, Vec3 axis_a, Vec3 axis_b, Vec3 radii,
                   int rings = 16, int segments = 24) {
    const Vec3 axis_c = normalized(cross(axis_a, axis_b));
    const uint32_t base = static_cast<uint32_t>(mesh.vertices.size());
    for (int i = 0; i <= rings; ++i) {
        const double lat = -kPi / 2 + kPi * i / rings;
        for (int j = 0; j <= segments; ++j) {
            const double lon = 2 * kPi * j / segments;
            const double ca = std::cos(lat) * std::cos(lon), cb = std::cos(lat) * std::sin(lon), cc = std::sin(lat);
            const Vec3 p = center + axis_a * (ca * radii.x) + axis_b * (cb * radii.y) + axis_c * (cc * radii.z);
            const Vec3 n = normalized(axis_a * (ca / radii.x) + axis_b * (cb / radii.y) + axis_c * (cc / radii.z));
            mesh.vertices.push_back(vertex(p, n, {lon, lat}));
        }
    }
    HeadMeshPart part{material, static_cast<uint32_t>(mesh.indices.size()), 0};
    for (int i = 0; i < rings; ++i) {
        for (int j = 0; j < segments; ++j) {
            const uint32_t a = base + i * (segments + 1) + j, b = a + 1, c = a + segments + 1, d = c + 1;
            for (uint32_t k : {a, b, d, a, d, c}) mesh.indices.push_back(k);
        }
    }
    part.index_count = static_cast<uint32_t>(mesh.indices.size()) - part.first_index;
    mesh.parts.push_back(part);
}

}  // namespace

HeadMesh make_head_mesh(const HeadMap& map, int rows, int columns) {
    HeadMesh mesh;
    rows = std::max(rows, 8);
    columns = std::max(columns, 8) & ~1;  // even: the midline is a column of vertices
    const HeadShape& s = map.shape;
    // The skin grid: rows over u, columns over v from -v_max to +v_max. A row beyond the picture (down the
    // neck, under the chin; the picture repeats its border row there) runs up beside the neck to the ear
    // canal, far wider than the border row's skin: its texture points are drawn in proportionally so that
    // its side takes the border row's skin short of the ear, not the backdrop past the row's end.
    const Bounds pictured = head_map_bounds(map);
    for (int i = 0; i <= rows; ++i) {
        const double u = map.u_min_rad + (map.u_max_rad - map.u_min_rad) * i / rows;
        const double row_y = map_point_at(map, u, 0.0).value_or(Point{}).y;
        double x_scale = 1.0;
        if (row_y < pictured.min.y || row_y > pictured.max.y) {
            const double row_end_mm = map_point_at(map, u, map.v_max_rad).value_or(Point{}).x;
            const double border_y = std::clamp(row_y, pictured.min.y, pictured.max.y);
            x_scale = std::min(1.0, 0.95 * ear_edge_x_mm(map, border_y) / std::max(row_end_mm, 1.0));
        }
        for (int j = 0; j <= columns; ++j) {
            const double v = -map.v_max_rad + 2.0 * map.v_max_rad * j / columns;
            Point m = map_point_at(map, u, v).value_or(Point{});
            m.x *= x_scale;
            mesh.vertices.push_back(vertex(head_point(s, u, v), head_normal(s, u, v), m));
        }
    }
    HeadMeshPart skin{HeadMaterial::skin, 0, 0};
    const uint32_t w = columns + 1;
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < columns; ++j) {
            const uint32_t a = i * w + j, b = a + 1, c = a + w, d = c + 1;
            // (u grows up the face, v to the right): a-b-d and a-d-c are counter-clockwise from outside.
            for (uint32_t k : {a, d, b, a, c, d}) mesh.indices.push_back(k);
        }
    }
    // Close the neck's underside, where the last row (the back of the neck, u_max) meets the first (under the
    // chin, u_min) across straight down: a strip whose far side repeats the last row's points with the first
    // row's texture points (plain skin: the picture does not smear across the map).
    const uint32_t seam = static_cast<uint32_t>(mesh.vertices.size());
    for (int j = 0; j <= columns; ++j) {
        HeadVertex v = mesh.vertices[rows * w + j];
        v.map_x_mm = mesh.vertices[j].map_x_mm;
        v.map_y_mm = mesh.vertices[j].map_y_mm;
        mesh.vertices.push_back(v);
    }
    for (int j = 0; j < columns; ++j) {
        const uint32_t a = seam + j, b = a + 1, c = j, d = c + 1;
        for (uint32_t k : {a, d, b, a, c, d}) mesh.indices.push_back(k);
    }
    // Close the sides at the ear canals with a fan to each pole (covered by the ears).
    for (int side = -1; side <= 1; side += 2) {
        const Vec3 pole = head_point(s, 0.0, side * kPi / 2);
        const uint32_t centre = static_cast<uint32_t>(mesh.vertices.size());
        const HeadVertex& near = mesh.vertices[side < 0 ? 0 : columns];
        mesh.vertices.push_back(vertex(pole, Vec3{static_cast<double>(side), 0, 0}, {near.map_x_mm, near.map_y_mm}));
        const uint32_t col = side < 0 ? 0 : columns;
        for (int i = 0; i < rows; ++i) {
            const uint32_t a = i * w + col, b = (i + 1) * w + col;
            if (side < 0) for (uint32_t k : {centre, b, a}) mesh.indices.push_back(k);
            else for (uint32_t k : {centre, a, b}) mesh.indices.push_back(k);
        }
    }
    skin.index_count = static_cast<uint32_t>(mesh.indices.size());
    mesh.parts.push_back(skin);
    // Eyes: the white and, in front of it, the iris.
    const HeadFeatures f = head_features(s);
    for (Vec3 eye : {f.eye_left_mm, f.eye_right_mm}) {
        add_ellipsoid(mesh, HeadMaterial::eye_white, eye, {1, 0, 0}, {0, 1, 0},
                      {f.eye_radius_mm, f.eye_radius_mm, f.eye_radius_mm});
        const Vec3 iris = eye + Vec3{0, 0, -(f.eye_radius_mm - 4.2)};
        add_ellipsoid(mesh, HeadMaterial::iris, iris, {1, 0, 0}, {0, 1, 0}, {5.6, 5.6, 5.6}, 10, 16);
    }
    // Ears: a flattened shell standing out from the side, leaning back.
    for (Vec3 ear : {f.ear_left_mm, f.ear_right_mm}) {
        const double side = ear.x < 0 ? -1.0 : 1.0;
        const double tilt = 0.26;
        const Vec3 up{0, std::cos(tilt), std::sin(tilt)};
        const Vec3 back{0, -std::sin(tilt), std::cos(tilt)};
        const Vec3 centre = ear + Vec3{side * (f.ear_depth_mm * 0.35), 0, 0};
        add_ellipsoid(mesh, HeadMaterial::ear, centre, up, back,
                      {f.ear_height_mm * 0.5, f.ear_width_mm * 0.5, f.ear_depth_mm * 0.5});
    }
    return mesh;
}

std::optional<Point> pick_map_point(const HeadMap& map, const HeadMesh& mesh, const Ray& ray) {
    const Vec3 o = ray.origin_mm, d = ray.direction;
    if (length(d) <= 0.0) return std::nullopt;
    double best_t = std::numeric_limits<double>::infinity();
    HeadMaterial best_material = HeadMaterial::skin;
    Vec3 best_point;
    for (const HeadMeshPart& part : mesh.parts) {
        for (uint32_t k = part.first_index; k + 2 < part.first_index + part.index_count; k += 3) {
            auto at = [&](uint32_t i) {
                const HeadVertex& v = mesh.vertices[mesh.indices[i]];
                return Vec3{v.x_mm, v.y_mm, v.z_mm};
            };
            const Vec3 a = at(k), b = at(k + 1), c = at(k + 2);
            const Vec3 e1 = b - a, e2 = c - a;
            const Vec3 p = cross(d, e2);
            const double det = dot(e1, p);
            if (std::abs(det) < 1e-12) continue;
            const double inv = 1.0 / det;
            const Vec3 tv = o - a;
            const double bu = dot(tv, p) * inv;
            if (bu < 0.0 || bu > 1.0) continue;
            const Vec3 q = cross(tv, e1);
            const double bv = dot(d, q) * inv;
            if (bv < 0.0 || bu + bv > 1.0) continue;
            const double t = dot(e2, q) * inv;
            if (t > 1e-9 && t < best_t) {
                best_t = t;
                best_material = part.material;
                best_point = o + d * t;
            }
        }
    }
    if (!std::isfinite(best_t) || best_material != HeadMaterial::skin) return std::nullopt;
    return map_point_of(map, best_point);
}

}  // namespace stipple
