// The head's shape: the cranium, face and neck as radial distances from the head frame's origin, joined by a
// smooth maximum, plus the facial bumps; and where the eyes and ears sit. All sizes in mm, adult averages
// (male: head length ~198, breadth ~152, porion to vertex ~130, porion to chin ~115).
#include "sim/head/head_shape.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "scoring/scalp_patterns.hpp"

namespace stipple {

namespace {

constexpr double kPi = std::numbers::pi;

// The distance from the origin (inside) to an ellipsoid's surface along unit direction d.
double ellipsoid_radius(Vec3 center, Vec3 radii, Vec3 d) {
    const Vec3 dn{d.x / radii.x, d.y / radii.y, d.z / radii.z};
    const Vec3 cn{center.x / radii.x, center.y / radii.y, center.z / radii.z};
    const double a = dot(dn, dn), b = -2.0 * dot(dn, cn), c = dot(cn, cn) - 1.0;
    return (-b + std::sqrt(std::max(b * b - 4.0 * a * c, 0.0))) / (2.0 * a);
}

// The neck: a vertical cylinder (axis at x = 0, z = neck_z) from its top cap down to its cut.
double neck_radius_along(const HeadShape& s, Vec3 d) {
    constexpr double kTop = 10.0, kBottom = -200.0;
    double t = 1e9;
    const double a = d.x * d.x + d.z * d.z;
    if (a > 1e-12) {
        const double b = -2.0 * d.z * s.neck_z_mm, c = s.neck_z_mm * s.neck_z_mm - s.neck_radius_mm * s.neck_radius_mm;
        t = (-b + std::sqrt(std::max(b * b - 4.0 * a * c, 0.0))) / (2.0 * a);
    }
    if (d.y > 1e-9) t = std::min(t, kTop / d.y);
    if (d.y < -1e-9) t = std::min(t, kBottom / d.y);
    return t;
}

// A smooth maximum: max(a, b) where they differ by k or more, rounded (at most k / 4 more) where they meet.
double smooth_max(double a, double b, double k) {
    const double h = std::max(k - std::abs(a - b), 0.0) / k;
    return std::max(a, b) + h * h * k * 0.25;
}

double gauss(double x, double width) { return std::exp(-(x / width) * (x / width)); }

// The facial bumps (mm added to the radius) at angles (u, v); symmetric in v.
double face_bumps_mm(const HeadShape& s, double u, double v) {
    const double f = s.feature_scale;
    const double av = std::abs(v);
    double r = 0.0;
    // Brow ridge across the forehead just above the eyes (strongest at the glabella, fading to the temples).
    r += 4.5 * f * gauss(u - 0.33, 0.07) * std::exp(-std::pow(av / 0.55, 4.0));
    // Eye sockets: dents the eyeballs sit in.
    r -= 9.0 * gauss(u - 0.13, 0.11) * gauss(av - 0.37, 0.15);
    // Cheekbones, below and outside the eyes.
    r += 5.0 * gauss(u + 0.05, 0.12) * gauss(av - 0.68, 0.16);
    // Nose: a ridge from the nasion (u ~ 0.26) to the tip (u ~ -0.08), then back under it; wider at the base.
    const double nose_u0 = 0.27, nose_tip = -0.08, nose_base = -0.19;
    double height = 0.0;
    if (u <= nose_u0 && u >= nose_tip) height = 3.0 + 24.0 * std::pow((nose_u0 - u) / (nose_u0 - nose_tip), 1.3);
    else if (u < nose_tip && u > nose_base - 0.05) height = 27.0 * gauss(u - nose_tip, 0.07);
    const double nose_width = 0.07 + 0.09 * std::clamp((nose_u0 - u) / (nose_u0 - nose_base), 0.0, 1.0);
    r += height * (0.85 + 0.15 * f) * gauss(v, nose_width);
    // Nostril wings either side of the tip.
    r += 7.0 * gauss(u - nose_base + 0.02, 0.05) * gauss(av - 0.16, 0.06);
    // Lips and the chin (lower on a longer face).
    r += 7.0 * gauss(u - head_mouth_u(s), 0.07) * gauss(v, 0.30);
    r += 9.0 * f * gauss(u - head_chin_u(s), 0.13) * gauss(v, 0.28);
    return r;
}

}  // namespace

HeadShape head_shape_for(const ScalpCase& scalp) {
    HeadShape s;
    if (scalp.head.form.empty()) {
        const ScalpPattern* p = find_scalp_pattern(scalp.pattern);
        s.female = p && p->family == PatternFamily::ludwig;
    } else {
        s.female = scalp.head.form == "female";
    }
    s.face_length = std::clamp(scalp.head.face_length, 0.8, 1.2);
    s.head_width = std::clamp(scalp.head.head_width, 0.8, 1.2);
    const double size = s.female ? 0.95 : 1.0;
    s.vault_center_mm = Vec3{0.0, 38.0, 7.0} * size;
    s.vault_radii_mm = Vec3{76.0 * s.head_width, 92.0, 99.0} * size;
    const double face_size = s.female ? 0.92 : 1.0;
    s.face_center_mm = Vec3{0.0, -30.0 * face_size - 12.0 * (s.face_length - 1.0), -45.0 * face_size};
    s.face_radii_mm = Vec3{62.0 * s.head_width, 85.0 * s.face_length, 52.0} * face_size;
    s.neck_radius_mm = s.female ? 49.0 : 56.0;
    s.neck_z_mm = 15.0 * size;
    s.feature_scale = s.female ? 0.55 : 1.0;
    return s;
}

double head_mouth_u(const HeadShape& s) { return -0.40 * std::pow(s.face_length, 0.7); }
double head_chin_u(const HeadShape& s) { return -0.78 * std::pow(s.face_length, 0.9); }

Vec3 head_direction(double u, double v) {
    return {std::sin(v), std::cos(v) * std::sin(u), -std::cos(v) * std::cos(u)};
}

void head_angles(Vec3 d, double& u, double& v) {
    const double len = length(d);
    v = len > 0.0 ? std::asin(std::clamp(d.x / len, -1.0, 1.0)) : 0.0;
    u = std::atan2(d.y, -d.z);
    // Below straight down's back half, continue past pi so the midline's angles run without a jump from
    // under the chin (-pi/2) over the top to the back of the neck (3 pi / 2).
    if (u < -kPi / 2.0) u += 2.0 * kPi;
}

double head_radius_mm(const HeadShape& s, double u, double v) {
    const Vec3 d = head_direction(u, v);
    const double vault = ellipsoid_radius(s.vault_center_mm, s.vault_radii_mm, d);
    const double face = ellipsoid_radius(s.face_center_mm, s.face_radii_mm, d);
    const double neck = neck_radius_along(s, d);
    const double r = smooth_max(smooth_max(vault, face, 14.0), neck, 16.0);
    return r + face_bumps_mm(s, u, v);
}

Vec3 head_point(const HeadShape& s, double u, double v) { return head_direction(u, v) * head_radius_mm(s, u, v); }

Vec3 head_normal(const HeadShape& s, double u, double v) {
    constexpr double h = 1e-4;
    const double vu = std::clamp(v, -kPi / 2 + 2 * h, kPi / 2 - 2 * h);
    const Vec3 du = head_point(s, u + h, vu) - head_point(s, u - h, vu);
    const Vec3 dv = head_point(s, u, vu + h) - head_point(s, u, vu - h);
    Vec3 n = normalized(cross(du, dv));
    if (dot(n, head_direction(u, vu)) < 0.0) n = n * -1.0;
    return n;
}

HeadFeatures head_features(const HeadShape& s) {
    HeadFeatures f;
    const double size = s.female ? 0.95 : 1.0;
    f.eye_radius_mm = 12.0 * size;
    const double eye_u = 0.13, eye_v = 0.37;
    // The eyeball sits in its socket: its front just proud of the skin around it.
    for (int side = -1; side <= 1; side += 2) {
        const double r = head_radius_mm(s, eye_u, side * eye_v);
        const Vec3 c = head_direction(eye_u, side * eye_v) * (r - f.eye_radius_mm + 2.5);
        (side < 0 ? f.eye_left_mm : f.eye_right_mm) = c;
    }
    f.ear_height_mm = 62.0 * size;
    f.ear_width_mm = 32.0 * size;
    f.ear_depth_mm = 16.0 * size;
    const double side_r = head_radius_mm(s, 0.0, kPi / 2);
    f.ear_right_mm = {side_r, 5.0 * size, 8.0 * size};
    f.ear_left_mm = {-side_r, 5.0 * size, 8.0 * size};
    return f;
}

}  // namespace stipple
