// Plane geometry on the flattened scalp map: points, polygons and polylines, all in millimetres.
#pragma once

#include <vector>

namespace stipple {

// A place on the scalp map in mm: x across the head (0 on the midline), y back from the glabella.
struct Point {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const Point&, const Point&) = default;
};

using Polygon = std::vector<Point>;   // closed implicitly: the last point joins the first
using Polyline = std::vector<Point>;  // open, in order

double distance_mm(Point a, Point b);
double squared_distance(Point a, Point b);

// Signed area (positive when counter-clockwise in x/y).
double signed_area_mm2(const Polygon& polygon);
double area_mm2(const Polygon& polygon);
bool contains(const Polygon& polygon, Point p);
// True when no two non-adjacent edges touch or cross and no edge has zero length.
bool is_simple(const Polygon& polygon);
bool segments_intersect(Point a, Point b, Point c, Point d);

struct Bounds {
    Point min;
    Point max;
    double width() const { return max.x - min.x; }
    double height() const { return max.y - min.y; }
};
Bounds bounds_of(const std::vector<Point>& points);

// Shortest distance from p to the segment a-b, and to a polyline / a polygon's boundary.
double distance_to_segment_mm(Point p, Point a, Point b);
double distance_to_polyline_mm(const Polyline& line, Point p);
double distance_to_boundary_mm(const Polygon& polygon, Point p);

double polyline_length_mm(const Polyline& line);
// Linear interpolation of the polyline's y at a given x (the curve runs left to right); nullopt-like
// behaviour is expressed by returning false when x lies outside the curve's x range.
bool polyline_y_at(const Polyline& line, double x, double& y_out);

}  // namespace stipple
