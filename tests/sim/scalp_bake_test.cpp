// The scalp's pictures stay exactly what they were: fingerprints of small regions (forehead creases and brows,
// pores at full detail, ears, scars, existing hair and dots) of shipped lessons, recorded before the renderer
// was made faster; the threaded bake equals the one-thread bake pixel for pixel; the bake plan's regions.
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

struct Case {
    const char* lesson;
    ScalpPicture picture;
    const char* fingerprint;
};

}  // namespace

TEST_CASE("scalp bake: pictures of shipped lessons are bit for bit the recorded ones", "[scalp]") {
    const Case cases[] = {
        {"hairline-classic", {{{-12, -12}, {12, 10}}, 16.0}, "b34b80043cff73e9"},    // glabella creases, brows, pores
        {"hairline-classic", {{{-30, 15}, {30, 50}}, 6.0}, "7670e0462facfa1b"},      // forehead lines, fine detail on
        {"hairline-classic", {{{-90, -30}, {90, 260}}, 1.5}, "899bda3d5402aed0"},    // the whole map, coarse (ears, no pores)
        {"strip-scar", {{{-20, 200}, {20, 240}}, 12.0}, "03e4004b106deec2"},          // the strip scar and its sutures
        {"punch-scars", {{{-25, 200}, {25, 235}}, 8.0}, "6b840379c3da2877"},          // punch scars
        {"ludwig-thinning", {{{-10, 120}, {10, 140}}, 16.0}, "cc863fd41ad1811e"},     // thinning hair, existing hair
        {"layering-session-2", {{{-10, 115}, {10, 135}}, 16.0}, "260cb75c453f76b2"},  // existing healed dots
        {"alopecia-patch", {{{60, 90}, {100, 130}}, 5.0}, "bc29152165fcfa87"},        // the right ear
    };
    for (const Case& c : cases) {
        const Lesson lesson = test::shipped_lesson(c.lesson);
        const VirtualScalp scalp = generate_scalp(lesson);
        const sf::Image image = bake_scalp_picture(lesson, scalp, c.picture, 1);
        INFO(c.lesson << " at " << c.picture.region_mm.min.x << "," << c.picture.region_mm.min.y);
        CHECK(hex(fingerprint(image)) == c.fingerprint);
    }
}

TEST_CASE("scalp bake: two threads bake the same picture as one", "[scalp]") {
    const Lesson lesson = test::shipped_lesson("strip-scar");
    const VirtualScalp scalp = generate_scalp(lesson);
    const ScalpPicture picture{{{-20, 200}, {20, 240}}, 12.0};
    const sf::Image one = bake_scalp_picture(lesson, scalp, picture, 1);
    for (const unsigned threads : {2u, 3u}) {
        const sf::Image more = bake_scalp_picture(lesson, scalp, picture, threads);
        CHECK(fingerprint(more) == fingerprint(one));
    }
    CHECK(hex(fingerprint(one)) == "03e4004b106deec2");
}

TEST_CASE("scalp bake: the plan covers the map coarsely and the zone finely, within their pixel budgets", "[scalp]") {
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const VirtualScalp scalp = generate_scalp(lesson);
    const ScalpBakePlan plan = scalp_bake_plan(lesson, scalp);
    CHECK(plan.base.region_mm.min == scalp.map_mm.min);
    CHECK(plan.base.region_mm.max == scalp.map_mm.max);
    CHECK(plan.base.px_per_mm <= 4.0);
    CHECK(plan.base.region_mm.width() * plan.base.region_mm.height() * plan.base.px_per_mm * plan.base.px_per_mm <=
          0.6e6 + 1);
    const Bounds zone = bounds_of(lesson.zone);
    CHECK(plan.detail.region_mm.min.x == zone.min.x - 25.0);
    CHECK(plan.detail.region_mm.max.y == zone.max.y + 25.0);
    CHECK(plan.detail.px_per_mm <= 16.0);
    CHECK(plan.detail.px_per_mm > plan.base.px_per_mm);
}
