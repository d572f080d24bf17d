// The viewer's camera around the head (sim/head/head_camera): presets look at the side they name, the
// matrices put the target at the picture's centre and the client's right where it belongs, pointer rays go
// back through the pixels the matrices put points at, orbit and zoom stay within their limits.
#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>
#include <utility>

#include "sim/head/head_camera.hpp"

using namespace stipple;

namespace {

// Where a head-frame point lands on a w x h picture (pixels, row 0 at the top), through the two matrices.
struct Projected {
    double px, py, depth_ndc;
};
Projected project(const HeadCamera& camera, Vec3 p, double w, double h) {
    const auto v = head_view_matrix(camera);
    const auto m = head_projection_matrix(camera, w / h);
    double eye[4], clip[4];
    const double in[4] = {p.x, p.y, p.z, 1.0};
    for (int r = 0; r < 4; ++r) eye[r] = v[r] * in[0] + v[4 + r] * in[1] + v[8 + r] * in[2] + v[12 + r] * in[3];
    for (int r = 0; r < 4; ++r) clip[r] = m[r] * eye[0] + m[4 + r] * eye[1] + m[8 + r] * eye[2] + m[12 + r] * eye[3];
    const double x = clip[0] / clip[3], y = clip[1] / clip[3];
    return {(x + 1.0) / 2.0 * w, (1.0 - y) / 2.0 * h, clip[2] / clip[3]};
}

}  // namespace

TEST_CASE("head camera: each preset stands on the side it names", "[head][camera]") {
    const Vec3 front = head_camera_position(head_camera_preset(HeadViewPreset::front));
    CHECK(front.z < -500.0);  // the face looks to -z
    CHECK(std::abs(front.x) < 1.0);
    const Vec3 right = head_camera_position(head_camera_preset(HeadViewPreset::right));
    CHECK(right.x > 500.0);  // the client's right is +x
    const Vec3 left = head_camera_position(head_camera_preset(HeadViewPreset::left));
    CHECK(left.x < -500.0);
    const Vec3 back = head_camera_position(head_camera_preset(HeadViewPreset::back));
    CHECK(back.z > 500.0);
    const HeadCamera top_camera = head_camera_preset(HeadViewPreset::top);
    const Vec3 top = head_camera_position(top_camera);
    CHECK(top.y - top_camera.target_mm.y > 0.99 * top_camera.distance_mm);
    const HeadCamera conversation = head_camera_preset(HeadViewPreset::conversation);
    CHECK(length(head_camera_position(conversation) - conversation.target_mm) == Approx(1500.0));
    // At 800 px a pixel is about an arcminute (what an eye resolves), not several.
    CHECK(conversation.fov_y_rad / 800.0 * 180.0 / 3.14159265 * 60.0 == Approx(0.86).margin(0.05));
    CHECK(head_camera_preset(HeadViewPreset::mirror).mirrored);
    CHECK_FALSE(head_camera_preset(HeadViewPreset::front).mirrored);
}

TEST_CASE("head camera: preset names parse, unknown ones are refused", "[head][camera]") {
    HeadViewPreset p = HeadViewPreset::front;
    CHECK(parse_head_view("back", p));
    CHECK(p == HeadViewPreset::back);
    CHECK(parse_head_view("conversation", p));
    CHECK(p == HeadViewPreset::conversation);
    CHECK(parse_head_view("mirror", p));
    CHECK(p == HeadViewPreset::mirror);
    CHECK_FALSE(parse_head_view("Front", p));
    CHECK_FALSE(parse_head_view("", p));
    CHECK(p == HeadViewPreset::mirror);  // unchanged on failure
}

TEST_CASE("head camera: the target is at the picture's centre and the client's right on the viewer's left",
          "[head][camera]") {
    const HeadCamera c = head_camera_preset(HeadViewPreset::front);
    const Projected centre = project(c, c.target_mm, 800, 600);
    CHECK(centre.px == Approx(400.0).margin(1e-3));
    CHECK(centre.py == Approx(300.0).margin(1e-3));
    CHECK(centre.depth_ndc > -1.0);
    CHECK(centre.depth_ndc < 1.0);
    const Projected client_right = project(c, c.target_mm + Vec3{50, 0, 0}, 800, 600);
    CHECK(client_right.px < 390.0);  // facing the client: their right is on our left
    const Projected above = project(c, c.target_mm + Vec3{0, 50, 0}, 800, 600);
    CHECK(above.py < 290.0);
    // The mirror shows the client their own right on their right.
    const Projected mirrored = project(head_camera_preset(HeadViewPreset::mirror), c.target_mm + Vec3{50, 0, 0}, 800, 600);
    CHECK(mirrored.px > 410.0);
    // From above, the face (-z) is at the bottom of the picture.
    const HeadCamera top = head_camera_preset(HeadViewPreset::top);
    CHECK(project(top, top.target_mm + Vec3{0, 0, -60}, 800, 600).py > 330.0);
    // Nearer points have smaller depth (the depth test keeps the face in front of the back of the head).
    CHECK(project(c, {0, 40, -90}, 800, 600).depth_ndc < project(c, {0, 40, 90}, 800, 600).depth_ndc);
}

TEST_CASE("head camera: a pixel's ray passes through the points projected onto that pixel", "[head][camera]") {
    for (HeadViewPreset preset : {HeadViewPreset::front, HeadViewPreset::right, HeadViewPreset::top,
                                  HeadViewPreset::back, HeadViewPreset::conversation, HeadViewPreset::mirror}) {
        HeadCamera c = head_camera_preset(preset);
        orbit_head_camera(c, 37.0, -12.0);
        for (const Vec3 p : {Vec3{30, 90, -40}, Vec3{-70, 20, 10}, Vec3{0, 120, 60}})
        for (const auto& [w, h] : {std::pair{640.0, 480.0}, std::pair{384.0, 708.0}}) {  // landscape, portrait
            const Projected q = project(c, p, w, h);
            const Ray ray = head_pixel_ray(c, q.px, q.py, w, h);
            // The distance from p to the ray's line, in mm.
            const Vec3 d = normalized(ray.direction), op = p - ray.origin_mm;
            const double off = length(op - d * dot(op, d));
            CHECK(off < 0.01);
            CHECK(dot(op, d) > 0.0);  // in front of the eye
        }
    }
}

TEST_CASE("head camera: a tall narrow view (the score screen's head pane) still shows the whole head across",
          "[head][camera]") {
    // From the side the head with its nose is about 240 mm deep: it fits across a 384 x 708 pane as it fits
    // across a landscape one (the view widens as much as that needs).
    for (const HeadViewPreset preset : {HeadViewPreset::left, HeadViewPreset::right}) {
        const HeadCamera c = head_camera_preset(preset);
        for (const double z : {-125.0, 115.0}) {  // the nose's tip, the back of the skull
            const Projected q = project(c, {0, 20, z}, 384, 708);
            CHECK(q.px > 0.0);
            CHECK(q.px < 384.0);
        }
    }
}

TEST_CASE("head camera: orbit turns by the drag and keeps the pitch in range, zoom stays within limits",
          "[head][camera]") {
    HeadCamera c = head_camera_preset(HeadViewPreset::front);
    orbit_head_camera(c, 157.0, 0.0);  // a drag right: the client's right side comes round
    CHECK(c.yaw_rad == Approx(std::numbers::pi / 2).margin(0.01));
    CHECK(head_camera_position(c).x > 500.0);
    orbit_head_camera(c, 0.0, 10000.0);
    CHECK(c.pitch_rad == Approx(1.5));
    orbit_head_camera(c, 0.0, -10000.0);
    CHECK(c.pitch_rad == Approx(-1.2));
    orbit_head_camera(c, 2000.0, 0.0);  // yaw wraps, no drift to huge angles
    CHECK(std::abs(c.yaw_rad) <= std::numbers::pi + 1e-9);
    orbit_head_camera(c, std::nan(""), 3.0);
    CHECK(std::isfinite(c.yaw_rad));
    CHECK(c.pitch_rad == Approx(-1.2));

    HeadCamera mirror = head_camera_preset(HeadViewPreset::mirror);
    orbit_head_camera(mirror, 157.0, 0.0);  // in the mirror the picture is flipped, the turn follows it
    CHECK(head_camera_position(mirror).x < -500.0);

    zoom_head_camera(c, 0.5);
    CHECK(c.distance_mm == Approx(300.0));
    zoom_head_camera(c, 0.1);
    CHECK(c.distance_mm == Approx(250.0));
    zoom_head_camera(c, 100.0);
    CHECK(c.distance_mm == Approx(3000.0));
    zoom_head_camera(c, 0.0);
    zoom_head_camera(c, -2.0);
    zoom_head_camera(c, std::nan(""));
    CHECK(c.distance_mm == Approx(3000.0));
}
