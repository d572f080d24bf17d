// The scalp's pictures stay exactly what they were: fingerprints of small regions (forehead creases and brows,
// pores at full detail, the face, an ear, scars, existing hair and dots, the whole head's map) of shipped
// lessons, recorded when the map became the whole head's (renderer version 2); the threaded bake equals the
// one-thread bake pixel for pixel; the bake plan's regions.
#include <catch2/catch.hpp>

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
        {"hairline-classic", {{{-12, -12}, {12, 10}}, 16.0}, "57852f250d74a96d"},    // glabella creases, brows, pores
        {"hairline-classic", {{{-30, 15}, {30, 50}}, 6.0}, "7ec09221887d84b2"},      // forehead lines, fine detail on
        {"hairline-classic", {{{-50, -115}, {50, -10}}, 3.0}, "996ce15ebb7ea670"},                   // the face
        {"hairline-classic", {{}, 1.5}, "fb94b01a20732c7f", Where::whole_map},                       // the whole head, coarse
        {"strip-scar", {{{-20, 300}, {20, 340}}, 12.0}, "418a785111225d1a"},                         // the strip scar
        {"punch-scars", {{{-25, 295}, {25, 330}}, 8.0}, "f59187639d627e16"},                         // punch scars
        {"ludwig-thinning", {{{-10, 120}, {10, 140}}, 16.0}, "91d3ba62b8659131"},     // thinning long hair, existing hair
        {"layering-session-2", {{{-10, 115}, {10, 135}}, 16.0}, "cfaa1f0479aa6c75"},  // existing healed dots
        {"alopecia-patch", {{}, 5.0}, "ce84484ca3e7dcea", Where::right_ear},                         // the right ear
    };
    for (const Case& c : cases) {
        const Lesson lesson = with_scars_at_the_back(test::shipped_lesson(c.lesson));
        const VirtualScalp scalp = generate_scalp(lesson);
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
    const Lesson lesson = with_scars_at_the_back(test::shipped_lesson("strip-scar"));
    const VirtualScalp scalp = generate_scalp(lesson);
    const ScalpPicture picture{{{-20, 300}, {20, 340}}, 12.0};
    const sf::Image one = bake_scalp_picture(lesson, scalp, picture, 1);
    for (const unsigned threads : {2u, 3u}) {
        const sf::Image more = bake_scalp_picture(lesson, scalp, picture, threads);
        CHECK(fingerprint(more) == fingerprint(one));
    }
    CHECK(hex(fingerprint(one)) == "418a785111225d1a");
}

TEST_CASE("scalp bake: the plan covers the map coarsely and the zone finely, within their pixel budgets", "[scalp]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    const ScalpBakePlan plan = scalp_bake_plan(lesson, scalp);
    CHECK(plan.base.region_mm.min == scalp.map_mm.min);
    CHECK(plan.base.region_mm.max == scalp.map_mm.max);
    CHECK(plan.base.px_per_mm <= 3.0);
    CHECK(plan.base.px_per_mm >= 2.0);  // the 3D view's skin: sharp enough on a 1280x800 head
    CHECK(plan.base.region_mm.width() * plan.base.region_mm.height() * plan.base.px_per_mm * plan.base.px_per_mm <=
          1.5e6 + 1);
    const Bounds zone = bounds_of(lesson.zone);
    CHECK(plan.detail.region_mm.min.x == zone.min.x - 25.0);
    CHECK(plan.detail.region_mm.max.y == zone.max.y + 25.0);
    CHECK(plan.detail.px_per_mm <= 16.0);
    CHECK(plan.detail.px_per_mm > plan.base.px_per_mm);
}
