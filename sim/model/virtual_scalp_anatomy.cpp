// The head's anatomy on the map for the virtual scalp (map_anatomy, from sim/head's map of the lesson's head):
// extent, landmarks and the per-row ear edges and skin edges, plus their lookups.
#include <algorithm>
#include <cmath>
#include <mutex>
#include <utility>

#include "sim/head/head_map.hpp"
#include "sim/head/head_shape.hpp"
#include "virtual_scalp.hpp"

namespace stipple {

namespace {

double row_lookup(const MapAnatomy& a, const std::vector<double>& rows, double y_mm) {
    if (rows.empty()) return a.map_mm.max.x;
    const double f = std::clamp((y_mm - a.map_mm.min.y) / a.row_step_mm, 0.0, double(rows.size() - 1));
    const auto i = static_cast<size_t>(f);
    if (i + 1 >= rows.size()) return rows.back();
    return rows[i] + (rows[i + 1] - rows[i]) * (f - double(i));
}

}  // namespace

double anatomy_ear_edge_x_mm(const MapAnatomy& a, double y_mm) { return row_lookup(a, a.ear_edge_x_mm, y_mm); }
double anatomy_row_half_width_mm(const MapAnatomy& a, double y_mm) { return row_lookup(a, a.row_half_width_mm, y_mm); }

namespace {

// The anatomy of one head shape, from its map (sim/head). Each row's skin ends where head_surface_at stops
// answering (the ear canal's side), found by bisection from the ear's edge outward.
MapAnatomy anatomy_of(const HeadShape& shape) {
    const HeadMap map = make_head_map(shape);
    const HeadLandmarks l = head_landmarks(map);
    MapAnatomy a;
    a.map_mm = head_map_bounds(map);
    a.female = shape.female;
    a.vertex_y_mm = l.vertex_mm.y;
    a.inion_y_mm = l.inion_mm.y;
    a.nape_y_mm = l.nape_mm.y;
    a.ear_top_y_mm = l.ear_top_y_mm;
    a.ear_front_y_mm = l.ear_front_y_mm;
    a.ear_back_y_mm = l.ear_back_y_mm;
    a.eye_left_mm = l.eye_left_mm;
    a.eye_right_mm = l.eye_right_mm;
    a.mouth_mm = l.mouth_mm;
    a.chin_mm = l.chin_mm;
    const int rows = static_cast<int>(std::ceil(a.map_mm.height() / a.row_step_mm)) + 1;
    a.ear_edge_x_mm.reserve(rows);
    a.row_half_width_mm.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        const double y = a.map_mm.min.y + i * a.row_step_mm;
        double edge = ear_edge_x_mm(map, y);
        double lo = edge, hi = a.map_mm.max.x + 1.0;
        if (edge <= 0.0 || !head_surface_at(map, {lo, y})) {
            // Outside the mapped rows: no ear, the picture's edge is the skin's.
            edge = hi;
            lo = hi;
        }
        for (int k = 0; k < 30 && hi - lo > 0.05; ++k) {
            const double mid = 0.5 * (lo + hi);
            (head_surface_at(map, {mid, y}) ? lo : hi) = mid;
        }
        a.ear_edge_x_mm.push_back(edge);
        a.row_half_width_mm.push_back(std::max(lo, edge));
    }
    return a;
}

}  // namespace

MapAnatomy map_anatomy(const ScalpCase& scalp) {
    // Building a head's map takes a moment (tables over the whole surface): the few shapes in use are kept.
    static std::mutex mutex;
    static std::vector<std::pair<HeadShape, MapAnatomy>> kept;
    const HeadShape shape = head_shape_for(scalp);
    const std::lock_guard<std::mutex> lock(mutex);
    for (const auto& [known, anatomy] : kept) {
        if (known.female == shape.female && known.face_length == shape.face_length &&
            known.head_width == shape.head_width)
            return anatomy;
    }
    if (kept.size() >= 8) kept.erase(kept.begin());
    kept.emplace_back(shape, anatomy_of(shape));
    return kept.back().second;
}

}  // namespace stipple
