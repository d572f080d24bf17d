// The head's anatomy on the map for the virtual scalp (map_anatomy): extent, landmarks and the per-row ear
// edges and skin edges, plus their lookups.
#include <algorithm>
#include <cmath>

#include "scoring/small_math.hpp"
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

// STAND-IN until sim/head's core lands: a typical adult head's numbers.
MapAnatomy map_anatomy(const ScalpCase& scalp) {
    MapAnatomy a;
    a.female = scalp.head.form == "female" || (scalp.head.form.empty() && scalp.pattern.rfind("ludwig", 0) == 0);
    const int rows = static_cast<int>(std::ceil(a.map_mm.height() / a.row_step_mm)) + 1;
    for (int i = 0; i < rows; ++i) {
        const double y = a.map_mm.min.y + i * a.row_step_mm;
        const double half = 118.0 + 30.0 * smoothstep(-60.0, 60.0, y) - 25.0 * smoothstep(330.0, 400.0, y);
        const double t = std::clamp((y - a.ear_front_y_mm) / (a.ear_back_y_mm - a.ear_front_y_mm), 0.0, 1.0);
        const double ear = 34.0 * std::pow(std::sin(3.14159265 * t), 0.6);
        a.row_half_width_mm.push_back(half);
        a.ear_edge_x_mm.push_back(half - ear);
    }
    return a;
}

}  // namespace stipple
