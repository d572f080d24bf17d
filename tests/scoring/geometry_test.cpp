// Plane geometry on the scalp map: areas, containment, simplicity, distances.
#include <catch2/catch.hpp>

#include "scoring/geometry.hpp"

using namespace stipple;

TEST_CASE("polygon area and orientation", "[geometry]") {
    const Polygon square{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    CHECK(signed_area_mm2(square) == Approx(100));
    const Polygon clockwise{{0, 0}, {0, 10}, {10, 10}, {10, 0}};
    CHECK(signed_area_mm2(clockwise) == Approx(-100));
    CHECK(area_mm2(clockwise) == Approx(100));
}

TEST_CASE("point in polygon", "[geometry]") {
    const Polygon l_shape{{0, 0}, {10, 0}, {10, 4}, {4, 4}, {4, 10}, {0, 10}};
    CHECK(contains(l_shape, {2, 2}));
    CHECK(contains(l_shape, {2, 8}));
    CHECK_FALSE(contains(l_shape, {8, 8}));
    CHECK_FALSE(contains(l_shape, {-1, 5}));
}

TEST_CASE("simple polygons", "[geometry]") {
    CHECK(is_simple({{0, 0}, {10, 0}, {10, 10}, {0, 10}}));
    CHECK_FALSE(is_simple({{0, 0}, {10, 10}, {10, 0}, {0, 10}}));   // bow tie
    CHECK_FALSE(is_simple({{0, 0}, {10, 0}, {10, 0}, {0, 10}}));    // repeated point
    CHECK_FALSE(is_simple({{0, 0}, {10, 0}}));
    CHECK_FALSE(is_simple({{0, 0}, {10, 0}, {5, 0}, {5, 5}}));      // edge folds back on itself
}

TEST_CASE("distances to segments, polylines and boundaries", "[geometry]") {
    CHECK(distance_to_segment_mm({5, 3}, {0, 0}, {10, 0}) == Approx(3));
    CHECK(distance_to_segment_mm({13, 4}, {0, 0}, {10, 0}) == Approx(5));
    const Polyline line{{0, 0}, {10, 0}, {10, 10}};
    CHECK(distance_to_polyline_mm(line, {12, 5}) == Approx(2));
    CHECK(polyline_length_mm(line) == Approx(20));
    CHECK(distance_to_boundary_mm({{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {5, 4}) == Approx(4));
    double y = 0;
    REQUIRE(polyline_y_at({{-10, 80}, {0, 78}, {10, 80}}, 5, y));
    CHECK(y == Approx(79));
    CHECK_FALSE(polyline_y_at({{-10, 80}, {10, 80}}, 11, y));
}

TEST_CASE("bounds of points", "[geometry]") {
    const Bounds b = bounds_of({{1, 5}, {-3, 2}, {4, -1}});
    CHECK(b.min == Point{-3, -1});
    CHECK(b.max == Point{4, 5});
    CHECK(b.width() == 7);
}
