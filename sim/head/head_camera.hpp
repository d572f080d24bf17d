// Where the viewer stands around the head: the view presets (front, left, right, top, back, conversation at
// about 1.5 m, and the mirror), orbiting with the mouse, and the matrices and pointer rays that follow from
// it. Pure math, headless (the window's 3D view, sim/ui/head_view, draws with it).
#pragma once

#include <array>
#include <string>

#include "sim/head/head_mesh.hpp"

namespace stipple {

enum class HeadViewPreset { front, left, right, top, back, conversation, mirror };

struct HeadCamera {
    Vec3 target_mm{0.0, 40.0, 0.0};  // the point looked at (head frame)
    double yaw_rad = 0.0;            // around the vertical: 0 = in front of the face, +pi/2 = the client's right
    double pitch_rad = 0.1;          // above the target's level (+) or below (-), within -1.2..1.5
    double distance_mm = 600.0;      // from the target
    double fov_y_rad = 0.6;          // vertical field of view
    bool mirrored = false;           // the client's own view in a mirror (left and right swapped)
};

// The preset's camera; parse_head_view reads a preset's name, "front" ... "mirror" (false when unknown).
HeadCamera head_camera_preset(HeadViewPreset preset);
bool parse_head_view(const std::string& name, HeadViewPreset& out);

// Turns by a mouse drag (pixels), 0.01 rad a pixel: a drag to the right moves the viewer toward the client's
// right (yaw up; the other way round in the mirror), a drag down raises the viewer (pitch clamped to
// -1.2..1.5 rad). Zoom multiplies the distance, clamped to 250 mm .. 3000 mm. Non-finite input is ignored.
void orbit_head_camera(HeadCamera& camera, double dx_px, double dy_px);
void zoom_head_camera(HeadCamera& camera, double factor);

// Column-major 4x4 matrices (OpenGL's layout) for a viewport of aspect width / height.
std::array<float, 16> head_view_matrix(const HeadCamera& camera);
std::array<float, 16> head_projection_matrix(const HeadCamera& camera, double aspect, double near_mm = 50.0,
                                             double far_mm = 5000.0);
Vec3 head_camera_position(const HeadCamera& camera);
// The ray from the eye through pixel (px, py) of a w x h viewport (row 0 at the top).
Ray head_pixel_ray(const HeadCamera& camera, double px, double py, double w, double h);

}  // namespace stipple
