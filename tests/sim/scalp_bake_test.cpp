// The scalp's pictures stay exactly what they were: fingerprints of small regions (forehead creases and brows,
// pores at full detail, the face, an ear, scars, existing hair and dots, the whole head's map) of shipped
// lessons, recorded when the map became the whole head's (renderer version 2), on a fixed anatomy (so that
// they check the renderer, not sim/head's tables: the real anatomy is checked in virtual_scalp_test and
// scalp_picture_test); the threaded bake equals the one-thread bake pixel for pixel; the bake plan's regions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

#include "scoring/small_math.hpp"
#include "sim/model/scalp_bake.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

namespace {

// splitmix64 chained over every byte of the picture and its size.
uint64_t fingerprint(const sf::Image& image) {
    uint64_t h = splitmix64(image.getSize().x * 65536ull + image.getSize().y);
    const sf::Uint8* p = image.getPixelsPtr();
    const size_t n = size_t(image.getSize().x) * image.getSize().y * 4;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t word = 0;
        for (size_t k = 0; k < 8 && i + k < n; ++k) word |= uint64_t(p[i + k]) << (8 * k);
        h = splitmix64(h ^ word);
    }
    return h;
}

std::string hex(uint64_t v) {
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

// The scars at the back of the head where the lessons put them (the donor area, lessons/README.md), set here
// so that the pictures do not depend on how a lesson file places them.
Lesson with_scars_at_the_back(Lesson lesson) {
    for (Scar& scar : lesson.scalp.scars) {
        if (scar.kind == "strip") scar.path = {{-50, 314}, {-25, 319}, {0, 321}, {25, 319}, {50, 314}};
        if (scar.kind == "punch") scar.area = {{-22, 298}, {22, 298}, {24, 312}, {22, 326}, {-22, 326}, {-24, 312}};
    }
    return lesson;
}

// A fixed head on the map (about the default male head's numbers): rows widen from the face to the top and
// narrow toward the neck; the ear takes the last 9-34 mm of every row.
MapAnatomy fixed_anatomy() {
    MapAnatomy a;
    a.map_mm = {{-160.0, -216.0}, {160.0, 448.0}};
    a.vertex_y_mm = 156, a.inion_y_mm = 306, a.nape_y_mm = 388;
    a.ear_top_y_mm = 149, a.ear_front_y_mm = -41, a.ear_back_y_mm = 346;
    a.eye_left_mm = {-41, -24}, a.eye_right_mm = {41, -24}, a.mouth_mm = {0, -106}, a.chin_mm = {0, -156};
    for (double y = a.map_mm.min.y; y <= a.map_mm.max.y + 0.5; y += a.row_step_mm) {
        const double t = std::clamp((y - a.ear_front_y_mm) / (a.ear_back_y_mm - a.ear_front_y_mm), 0.0, 1.0);
        const double end = 135.0 + 25.0 * std::sin(3.14159265 * std::clamp((y + 100.0) / 480.0, 0.0, 1.0));
        a.row_half_width_mm.push_back(end);
        a.ear_edge_x_mm.push_back(end - 9.0 - 25.0 * std::sin(3.14159265 * t));
    }
    return a;
}

Lesson shipped(const char* id) { return with_scars_at_the_back(test::shipped_lesson(id)); }
VirtualScalp scalp_of(const Lesson& lesson) { return generate_scalp(lesson.scalp, fixed_anatomy()); }

enum class Where { given, whole_map, right_ear };

struct Case {
    const char* lesson;
    ScalpPicture picture;
    const char* fingerprint;
    Where where = Where::given;
};

}  // namespace

TEST_CASE("scalp bake: pictures of shipped lessons are bit for bit the recorded ones", "[scalp]") {
    const Case cases[] = {
        {"hairline-classic", {{{-12, -12}, {12, 10}}, 16.0}, "049e4309e72e687a"},    // glabella creases, brows, pores
        {"hairline-classic", {{{-30, 15}, {30, 50}}, 6.0}, "6c21c51b84923d5e"},      // forehead lines, fine detail on
        {"hairline-classic", {{{-60, -170}, {60, -5}}, 3.0}, "136804ac8027fe62"},                   // the face
        {"hairline-classic", {{}, 1.5}, "c54a755665dc7233", Where::whole_map},                       // the whole head, coarse
        {"strip-scar", {{{-20, 300}, {20, 340}}, 12.0}, "9c2ee5cbceba7f47"},                         // the strip scar
        {"punch-scars", {{{-25, 295}, {25, 330}}, 8.0}, "c61e0a924304adce"},                         // punch scars
        {"ludwig-thinning", {{{-10, 120}, {10, 140}}, 16.0}, "cc6aa92f173014c5"},     // thinning long hair, existing hair
        {"layering-session-2", {{{-10, 115}, {10, 135}}, 16.0}, "20ca90c77d3c98a6"},  // existing healed dots
        {"alopecia-patch", {{}, 5.0}, "bd4571153771e11f", Where::right_ear},                         // the right ear
    };
    for (const Case& c : cases) {
        const Lesson lesson = shipped(c.lesson);
        const VirtualScalp scalp = scalp_of(lesson);
        ScalpPicture picture = c.picture;
        if (c.where == Where::whole_map) picture.region_mm = scalp.map_mm;
        if (c.where == Where::right_ear) {
            const MapAnatomy& a = scalp.anatomy;
            const double y = 0.5 * (a.ear_front_y_mm + a.ear_back_y_mm);
            const double edge = anatomy_ear_edge_x_mm(a, y);
            picture.region_mm = {{edge - 25, y - 25}, {edge + 15, y + 15}};
        }
        const sf::Image image = bake_scalp_picture(lesson, scalp, picture, 1);
        INFO(c.lesson << " at " << picture.region_mm.min.x << "," << picture.region_mm.min.y);
        CHECK(hex(fingerprint(image)) == c.fingerprint);
    }
}

TEST_CASE("scalp bake: two threads bake the same picture as one", "[scalp]") {
    const Lesson lesson = shipped("strip-scar");
    const VirtualScalp scalp = scalp_of(lesson);
    const ScalpPicture picture{{{-20, 300}, {20, 340}}, 12.0};
    const sf::Image one = bake_scalp_picture(lesson, scalp, picture, 1);
    for (const unsigned threads : {2u, 3u}) {
        const sf::Image more = bake_scalp_picture(lesson, scalp, picture, threads);
        CHECK(fingerprint(more) == fingerprint(one));
    }
    CHECK(hex(fingerprint(one)) == "9c2ee5cbceba7f47");
}

TEST_CASE("scalp bake: the plan covers the map coarsely and the zone finely, within their pixel budgets", "[scalp]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    const ScalpBakePlan plan = scalp_bake_plan(lesson, scalp);
    CHECK(plan.base.region_mm.min == scalp.map_mm.min);
    CHECK(plan.base.region_mm.max == scalp.map_mm.max);
    CHECK(plan.base.px_per_mm <= 3.0);
    CHECK(plan.base.px_per_mm >= 2.5);  // the 3D head's skin: sharp enough on a 1280x800 head
    CHECK(plan.base.region_mm.width() * plan.base.region_mm.height() * plan.base.px_per_mm * plan.base.px_per_mm <=
          2.0e6 + 1);
    // The biggest head still makes a texture of at most 2048 px a side.
    Lesson big = lesson;
    big.scalp.head.face_length = 1.15;
    big.scalp.head.head_width = 1.15;
    const VirtualScalp big_scalp = generate_scalp(big);
    const ScalpPicture big_base = scalp_bake_plan(big, big_scalp).base;
    CHECK(big_base.region_mm.height() * big_base.px_per_mm <= 2048.0 + 1e-6);
    CHECK(big_base.region_mm.width() * big_base.px_per_mm <= 2048.0 + 1e-6);
    CHECK(big_scalp.map_mm.height() > scalp.map_mm.height());
    const Bounds zone = bounds_of(lesson.zone);
    CHECK(plan.detail.region_mm.min.x == zone.min.x - 25.0);
    CHECK(plan.detail.region_mm.max.y == zone.max.y + 25.0);
    CHECK(plan.detail.px_per_mm <= 16.0);
    CHECK(plan.detail.px_per_mm > plan.base.px_per_mm);
}
