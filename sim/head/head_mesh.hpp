// The head as triangles for drawing and for pointing: the skin as a grid over (u, v) whose every vertex
// carries its map point (the texture coordinate: the virtual scalp and the pigment layer are pictures in map
// mm), plus the eyes and ears as simple shapes. And the pointer's ray -> skin -> map point. Headless.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scoring/geometry.hpp"
#include "sim/head/head_map.hpp"

namespace stipple {

struct HeadVertex {
    float x_mm = 0, y_mm = 0, z_mm = 0;  // head frame
    float nx = 0, ny = 0, nz = 1;        // outward unit normal
    float map_x_mm = 0, map_y_mm = 0;    // the map point (skin); for eyes and ears their own parameter
};

enum class HeadMaterial { skin, eye_white, iris, ear };

struct HeadMeshPart {
    HeadMaterial material = HeadMaterial::skin;
    uint32_t first_index = 0;  // into HeadMesh::indices
    uint32_t index_count = 0;  // a multiple of 3
};

struct HeadMesh {
    std::vector<HeadVertex> vertices;
    std::vector<uint32_t> indices;  // triangles, counter-clockwise seen from outside
    std::vector<HeadMeshPart> parts;
};

// A `rows` x `columns` skin grid over (u, v): the default makes about 47 000 triangles (the 3D view uses
// 120 x 80, about 23 000: enough at 1280x800).
HeadMesh make_head_mesh(const HeadMap& map, int rows = 180, int columns = 120);

struct Ray {
    Vec3 origin_mm;
    Vec3 direction;  // need not be unit
};

// The map point the ray meets first on the skin; nullopt when it misses the head or meets an eye or an ear
// first (nobody tattoos those).
std::optional<Point> pick_map_point(const HeadMap& map, const HeadMesh& mesh, const Ray& ray);

}  // namespace stipple
