// The client's head as a procedural shape (no downloaded model): a radial function around the origin of the
// head frame (sim/head/vec3.hpp, midway between the ear canals), made of the cranium, the face and jaw and
// the neck joined smoothly, with brow ridge, nose, cheekbones, chin and eye sockets as bumps; eyes and ears
// are separate simple shapes placed by head_features. Adult male or female form and proportions come from
// the lesson's `scalp.head` fields. Headless and deterministic.
//
// Directions are two angles: u in the midline (sagittal) plane, 0 = straight ahead (-z), pi/2 = straight up,
// pi = straight back; v toward the client's right (+x), -pi/2..pi/2. The ear canals are the poles v = +-pi/2.
#pragma once

#include "scoring/lesson.hpp"
#include "sim/head/vec3.hpp"

namespace stipple {

struct HeadShape {
    bool female = false;
    double face_length = 1.0;  // relative (0.85..1.15): chin lower or higher
    double head_width = 1.0;   // relative (0.85..1.15): wider or narrower cranium
    // Derived sizes in mm (filled by head_shape_for; documented in lessons/README.md).
    Vec3 vault_center_mm;      // the cranium: an ellipsoid
    Vec3 vault_radii_mm;
    Vec3 face_center_mm;       // the face and jaw: a second ellipsoid, joined smoothly
    Vec3 face_radii_mm;
    double neck_radius_mm = 55.0;
    double neck_z_mm = 12.0;   // the neck's axis lies this far behind the origin
    double feature_scale = 1.0;  // brow ridge, nose, jaw and chin (smaller in the female form)
};

// The shape for a lesson's scalp: form from scalp.head.form, or female for the Ludwig patterns and male
// otherwise; proportions from scalp.head.face_length / head_width (1 when absent).
HeadShape head_shape_for(const ScalpCase& scalp);

// The unit direction of (u, v): (sin v, cos v sin u, -cos v cos u).
Vec3 head_direction(double u_rad, double v_rad);
// The angles of a direction (any length > 0): the inverse of head_direction.
void head_angles(Vec3 direction, double& u_rad, double& v_rad);
// The distance from the origin to the skin along (u, v), in mm.
double head_radius_mm(const HeadShape& shape, double u_rad, double v_rad);
// The skin point along (u, v).
Vec3 head_point(const HeadShape& shape, double u_rad, double v_rad);
// The outward unit normal of the skin at (u, v) (from the surface's derivatives).
Vec3 head_normal(const HeadShape& shape, double u_rad, double v_rad);

// The midline angles of the mouth and the chin (the face's bumps there; landmarks).
double head_mouth_u(const HeadShape& shape);
double head_chin_u(const HeadShape& shape);

// The simple shapes beside the skin surface, in the head frame.
struct HeadFeatures {
    Vec3 eye_left_mm, eye_right_mm;  // eyeball centres (left = client's left, x < 0)
    double eye_radius_mm = 12.0;
    Vec3 ear_left_mm, ear_right_mm;  // where each ear's shell is attached (the ear canal's side of the head)
    double ear_height_mm = 62.0;     // the shell's size: height along the head, width front to back,
    double ear_width_mm = 32.0;      // how far it stands out
    double ear_depth_mm = 16.0;
};
HeadFeatures head_features(const HeadShape& shape);

}  // namespace stipple
