// THE mapping between the flattened scalp map (lessons, attempts and scoring: mm, glabella at 0) and the head
// surface; defined here once. A map point (x, y):
//   y = the arc length along the midline (v = 0) from the glabella: positive back over the top to the nape
//       and the neck, negative down the face;
//   x = the arc length from the midline along the lateral arc at the same u (the arc of constant u, which
//       runs down the side of the head toward the ear canal: the ears are its poles), positive to the
//       client's right.
// So the map is exact along the midline and along every lateral arc; along y away from the midline the skin
// is shorter than the map by head_map_y_scale (about cos(x / radius)), as any flattening of a dome must be
// somewhere. Tables are built once per shape (make_head_map); lookups interpolate them, so a round trip
// map -> surface -> map is exact to well under 0.01 mm. Headless.
#pragma once

#include <optional>
#include <vector>

#include "scoring/geometry.hpp"
#include "sim/head/head_shape.hpp"

namespace stipple {

struct HeadMap {
    HeadShape shape;
    double u_min_rad = 0.0, u_max_rad = 0.0;  // the midline's mapped range (under the chin .. back of the neck)
    double v_max_rad = 0.0;                   // |v| up to here (just short of the ear canals)
    double u_glabella_rad = 0.0;              // where y = 0
    int nu = 0, nv = 0;                       // table sizes
    std::vector<double> y_of_u_mm;            // [iu]: the midline arc length (y) at row iu
    std::vector<double> x_of_uv_mm;           // [iu * nv + iv]: the lateral arc length (x >= 0) at v = iv * dv
};

HeadMap make_head_map(const HeadShape& shape);

struct SurfacePoint {
    Vec3 position_mm;
    Vec3 normal;       // outward, unit
    double u_rad = 0.0, v_rad = 0.0;
};

// The skin point of a map point; nullopt outside the mapped range (beyond the ears, below the neck).
std::optional<SurfacePoint> head_surface_at(const HeadMap& map, Point map_mm);
// The map point of the skin point seen from the origin in the direction of `position_mm` (a point on or
// near the skin); nullopt outside the mapped range.
std::optional<Point> map_point_of(const HeadMap& map, Vec3 position_mm);
// The map point of the angles (u, v) (the forward lookup both of the above use); nullopt outside the range.
std::optional<Point> map_point_at(const HeadMap& map, double u_rad, double v_rad);

// Skin length / map length of a short step along y at a map point (1 on the midline, less toward the ears);
// a step along x is exact (1) everywhere.
double head_map_y_scale(const HeadMap& map, Point map_mm);

// The pictured part of the map (the virtual scalp's extent and the head's texture): from 60 mm under the chin
// to 60 mm below the nape's hairline, across to 15 mm beyond the widest ear edge. Skin outside it (down the
// neck) is drawn with the picture's edge.
Bounds head_map_bounds(const HeadMap& map);

// Where the head's landmarks fall on the map (for the virtual scalp's anatomy, guides and lessons).
struct HeadLandmarks {
    Point glabella_mm{0.0, 0.0};
    Point vertex_mm;            // the top of the head (highest skin point)
    Point inion_mm;             // the back of the skull (the most backward skin point)
    Point nape_mm;              // the nape's hairline on the midline
    // The rows that meet the ear at its top, front and back edges (see ear_edge_x_mm): the map's side edges
    // are the ear along their whole height.
    double ear_top_y_mm = 0.0;
    double ear_front_y_mm = 0.0, ear_back_y_mm = 0.0;
    Point eye_left_mm, eye_right_mm;  // the eyes' centres on the map (face, y < 0)
    Point mouth_mm;
    Point chin_mm;
};
HeadLandmarks head_landmarks(const HeadMap& map);
// |x| where the ear begins on the map row y: every row's lateral arc ends at the ear canal, so every row
// meets the ear (rows from the top meet its top edge, rows from the face its front, rows from the nape its
// back); beyond it the map is the ear, not the scalp. 0 outside the mapped rows.
double ear_edge_x_mm(const HeadMap& map, double y_mm);

}  // namespace stipple
