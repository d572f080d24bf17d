// The viewer's place around the head: presets, orbit and zoom, and the view, projection and pointer-ray math
// (a look-at camera on a sphere around the target; the mirror flips x in the projection).
#include "sim/head/head_camera.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stipple {

namespace {

constexpr double kPitchMinRad = -1.2;
constexpr double kPitchMaxRad = 1.5;
constexpr double kDistanceMinMm = 250.0;
constexpr double kDistanceMaxMm = 3000.0;
constexpr double kRadPerDragPx = 0.01;  // a 314 px drag turns the head half way round

// The camera's frame: forward (toward the target), right and up on screen (before the mirror).
struct CameraFrame {
    Vec3 eye, forward, right, up;
};

CameraFrame camera_frame(const HeadCamera& camera) {
    CameraFrame f;
    f.eye = head_camera_position(camera);
    f.forward = normalized(camera.target_mm - f.eye);
    f.right = normalized(cross(f.forward, Vec3{0.0, 1.0, 0.0}));
    f.up = cross(f.right, f.forward);
    return f;
}

}  // namespace

HeadCamera head_camera_preset(HeadViewPreset preset) {
    HeadCamera c;
    constexpr double quarter = std::numbers::pi / 2.0;
    switch (preset) {
        case HeadViewPreset::front: break;
        case HeadViewPreset::left: c.yaw_rad = -quarter; break;
        case HeadViewPreset::right: c.yaw_rad = quarter; break;
        case HeadViewPreset::back: c.yaw_rad = std::numbers::pi; break;
        case HeadViewPreset::top:
            c.target_mm = {0.0, 60.0, 10.0};
            c.pitch_rad = kPitchMaxRad;  // straight down, the face at the bottom of the picture
            c.distance_mm = 450.0;       // the crown and the hairline fill the view
            break;
        case HeadViewPreset::conversation:  // across a table: about 1.5 m, eyes a little above the client's
            c.target_mm = {0.0, 20.0, 0.0};
            c.pitch_rad = 0.12;
            c.distance_mm = 1500.0;
            // The head fills the view at about the eye's resolution (one arcminute, 0.44 mm at 1.5 m): 0.2 rad
            // over 800 px is 0.86 arcmin a pixel. A wide lens would show it smaller than an eye resolves it.
            c.fov_y_rad = 0.2;
            break;
        case HeadViewPreset::mirror:  // the client's own face in a mirror 30 cm away (the image 60 cm off)
            c.target_mm = {0.0, 30.0, 0.0};
            c.pitch_rad = 0.0;
            c.distance_mm = 600.0;
            c.mirrored = true;
            break;
    }
    return c;
}

bool parse_head_view(const std::string& name, HeadViewPreset& out) {
    static const std::pair<const char*, HeadViewPreset> names[] = {
        {"front", HeadViewPreset::front}, {"left", HeadViewPreset::left},
        {"right", HeadViewPreset::right}, {"top", HeadViewPreset::top},
        {"back", HeadViewPreset::back},   {"conversation", HeadViewPreset::conversation},
        {"mirror", HeadViewPreset::mirror}};
    for (const auto& [n, p] : names)
        if (name == n) {
            out = p;
            return true;
        }
    return false;
}

// A drag to the right turns the head as a hand on it would: the face moves right and the client's right side
// (on the viewer's left in the front view) comes round to the front. A drag down tips the top toward the
// viewer. In the mirror the picture is flipped, so the turn is too (the head still follows the hand).
void orbit_head_camera(HeadCamera& camera, double dx_px, double dy_px) {
    if (!std::isfinite(dx_px) || !std::isfinite(dy_px)) return;
    const double turn = (camera.mirrored ? -dx_px : dx_px) * kRadPerDragPx;
    camera.yaw_rad = std::remainder(camera.yaw_rad + turn, 2.0 * std::numbers::pi);
    camera.pitch_rad = std::clamp(camera.pitch_rad + dy_px * kRadPerDragPx, kPitchMinRad, kPitchMaxRad);
}

void zoom_head_camera(HeadCamera& camera, double factor) {
    if (!std::isfinite(factor) || factor <= 0.0) return;
    camera.distance_mm = std::clamp(camera.distance_mm * factor, kDistanceMinMm, kDistanceMaxMm);
}

Vec3 head_camera_position(const HeadCamera& camera) {
    const double cp = std::cos(camera.pitch_rad);
    const Vec3 from_target{std::sin(camera.yaw_rad) * cp, std::sin(camera.pitch_rad), -std::cos(camera.yaw_rad) * cp};
    return camera.target_mm + from_target * camera.distance_mm;
}

std::array<float, 16> head_view_matrix(const HeadCamera& camera) {
    const CameraFrame f = camera_frame(camera);
    const Vec3 s = f.right, u = f.up, b = f.forward * -1.0;  // the camera looks down its -z
    return {float(s.x), float(u.x), float(b.x), 0.0f,
            float(s.y), float(u.y), float(b.y), 0.0f,
            float(s.z), float(u.z), float(b.z), 0.0f,
            float(-dot(s, f.eye)), float(-dot(u, f.eye)), float(-dot(b, f.eye)), 1.0f};
}

namespace {

// A tall narrow viewport sees at least this fraction of fov_y_rad's extent across: a head seen from the side
// (about 240 mm deep with the nose, in the ~370 mm a preset shows up and down) fits, and a tall pane does not
// shrink the front view more than that needs.
constexpr double kMinAcrossFraction = 0.72;

// tan(half the vertical field of view) in a viewport of aspect width / height: the camera's fov_y_rad, widened
// in a viewport narrower than kMinAcrossFraction so that the head still fits across.
double half_height_tan(const HeadCamera& camera, double aspect) {
    const double t = std::tan(camera.fov_y_rad / 2.0);
    return aspect < kMinAcrossFraction ? t * kMinAcrossFraction / aspect : t;
}

}  // namespace

std::array<float, 16> head_projection_matrix(const HeadCamera& camera, double aspect, double near_mm, double far_mm) {
    if (!(aspect > 0.0) || !std::isfinite(aspect)) aspect = 1.0;
    const double f = 1.0 / half_height_tan(camera, aspect);
    const double mirror = camera.mirrored ? -1.0 : 1.0;
    std::array<float, 16> m{};
    m[0] = float(mirror * f / aspect);
    m[5] = float(f);
    m[10] = float((far_mm + near_mm) / (near_mm - far_mm));
    m[11] = -1.0f;
    m[14] = float(2.0 * far_mm * near_mm / (near_mm - far_mm));
    return m;
}

Ray head_pixel_ray(const HeadCamera& camera, double px, double py, double w, double h) {
    const CameraFrame f = camera_frame(camera);
    if (!(w > 0.0) || !(h > 0.0)) return {f.eye, f.forward};
    const double t = half_height_tan(camera, w / h);
    double ndc_x = 2.0 * px / w - 1.0;
    if (camera.mirrored) ndc_x = -ndc_x;
    const double ndc_y = 1.0 - 2.0 * py / h;
    const Vec3 direction = f.forward + f.right * (ndc_x * t * (w / h)) + f.up * (ndc_y * t);
    return {f.eye, direction};
}

}  // namespace stipple
