// The virtual scalp generator: deterministic, seed-dependent, plausible bald patterns, scars and landmarks.
#include <catch2/catch.hpp>

#include <string>

#include "sim/model/virtual_scalp.hpp"

using namespace stipple;

namespace {
ScalpCase scalp_case(const std::string& pattern, uint64_t seed = 1) {
    ScalpCase c;
    c.pattern = pattern;
    c.skin = "fitzpatrick-3";
    c.seed = seed;
    return c;
}
bool same_hairs(const VirtualScalp& a, const VirtualScalp& b) {
    if (a.hairs.size() != b.hairs.size()) return false;
    for (size_t i = 0; i < a.hairs.size(); ++i) {
        if (!(a.hairs[i].root_mm == b.hairs[i].root_mm) || a.hairs[i].angle_rad != b.hairs[i].angle_rad) return false;
    }
    return true;
}
}  // namespace

TEST_CASE("scalp: the same seed gives the same scalp, another seed another one") {
    const VirtualScalp a = generate_scalp(scalp_case("norwood-3", 5));
    const VirtualScalp b = generate_scalp(scalp_case("norwood-3", 5));
    const VirtualScalp c = generate_scalp(scalp_case("norwood-3", 6));
    CHECK(same_hairs(a, b));
    CHECK(a.hair_front_mm == b.hair_front_mm);
    CHECK(!same_hairs(a, c));
    CHECK(a.hair_front_mm != c.hair_front_mm);
    CHECK(a.map_mm.min.x <= -90);
    CHECK(a.map_mm.max.y >= 260);
    CHECK(a.hairs.size() > 10000);
}

TEST_CASE("scalp: Norwood stages recede the front and bare the crown; sides and nape keep hair") {
    const VirtualScalp n1 = generate_scalp(scalp_case("norwood-1"));
    const VirtualScalp n3 = generate_scalp(scalp_case("norwood-3"));
    const VirtualScalp n7 = generate_scalp(scalp_case("norwood-7"));
    // Forehead: never hair.
    for (const VirtualScalp* s : {&n1, &n3, &n7}) CHECK(hair_density(*s, {0, 40}) == 0.0);
    // Norwood 1: full hair just behind a juvenile hairline; Norwood 3: bald there, deep temple recession.
    CHECK(hair_density(n1, {0, 95}) > 0.6);
    CHECK(hair_density(n3, {0, 85}) < 0.05);
    CHECK(hair_density(n3, {35, 100}) < 0.05);
    CHECK(hair_density(n3, {0, 150}) > 0.6);
    // Norwood 7: bald top and crown, a horseshoe of hair on the sides and at the back.
    CHECK(hair_density(n7, {0, 150}) < 0.05);
    CHECK(hair_density(n7, {0, 190}) < 0.05);
    CHECK(hair_density(n7, {80, 150}) > 0.5);
    CHECK(hair_density(n7, {0, 255}) > 0.5);
    CHECK(n7.hairs.size() < n3.hairs.size());
}

TEST_CASE("scalp: Ludwig and diffuse thin without receding; alopecia areata makes bald patches") {
    const VirtualScalp n1 = generate_scalp(scalp_case("norwood-1"));
    const VirtualScalp l3 = generate_scalp(scalp_case("ludwig-3"));
    const VirtualScalp diffuse = generate_scalp(scalp_case("diffuse"));
    CHECK(hair_density(l3, {0, 160}) < 0.3 * hair_density(n1, {0, 160}));
    CHECK(hair_density(l3, {0, 88}) > 0.5);     // the frontal hairline stays
    CHECK(hair_density(diffuse, {0, 150}) < 0.7 * hair_density(n1, {0, 150}));
    CHECK(hair_density(diffuse, {0, 150}) > 0.2);

    const VirtualScalp aa = generate_scalp(scalp_case("alopecia-areata", 9));
    REQUIRE(aa.bald_areas.size() >= 3);
    for (const BaldArea& patch : aa.bald_areas) CHECK(hair_density(aa, patch.shape.center_mm) < 0.05);
}

TEST_CASE("scalp: scars come from the lesson as shapes, with a scar factor; landmarks are in place") {
    ScalpCase c = scalp_case("norwood-5");
    Scar strip;
    strip.kind = "strip";
    strip.path = {{-40, 220}, {0, 226}, {40, 220}};
    strip.width_mm = 3;
    Scar punch;
    punch.kind = "punch";
    punch.area = {{-30, 235}, {30, 235}, {30, 255}, {-30, 255}};
    punch.count = 40;
    punch.diameter_mm = 0.9;
    Scar burn;
    burn.kind = "burn";
    burn.area = {{30, 120}, {55, 115}, {60, 140}, {35, 150}};
    c.scars = {strip, punch, burn};
    const VirtualScalp s = generate_scalp(c);
    REQUIRE(s.scars.size() == 3);
    CHECK(s.scars[1].punches.size() == 40);
    CHECK(scar_factor(s, {0, 226}) == Approx(1.0));
    CHECK(scar_factor(s, {0, 232}) == 0.0);
    CHECK(scar_factor(s, s.scars[1].punches[7].center_mm) == Approx(1.0));
    CHECK(scar_factor(s, {45, 132}) == Approx(1.0));
    CHECK(scar_factor(s, {0, 100}) == 0.0);
    // No hair grows in scar tissue.
    for (const HairStrand& h : s.hairs) {
        if (scar_factor(s, h.root_mm) > 0.5) FAIL("hair in a scar at " << h.root_mm.x << "," << h.root_mm.y);
    }
    // Skin under a scar is paler than around it.
    const sf::Color scar_skin = skin_color_at(s, {45, 132}), skin = skin_color_at(s, {10, 132});
    CHECK(scar_skin.r + scar_skin.g + scar_skin.b > skin.r + skin.g + skin.b + 30);

    CHECK(s.landmarks.glabella_mm == Point{0, 0});
    CHECK(s.landmarks.ear_left.center_mm.x < -80);
    CHECK(s.landmarks.ear_right.center_mm.x > 80);
    CHECK(s.landmarks.ear_right.center_mm.y > 90);
    CHECK(s.landmarks.ear_right.center_mm.y < 130);
    CHECK(s.landmarks.brow_left_mm.front().x < s.landmarks.brow_left_mm.back().x);
}

TEST_CASE("scalp: skin tone darkens from Fitzpatrick I to VI") {
    int previous = 1000;
    for (int type = 1; type <= 6; ++type) {
        ScalpCase c = scalp_case("norwood-3");
        c.skin = "fitzpatrick-" + std::to_string(type);
        const VirtualScalp s = generate_scalp(c);
        CHECK(s.fitzpatrick == type);
        const int light = s.skin_tone.r + s.skin_tone.g + s.skin_tone.b;
        CHECK(light < previous);
        previous = light;
    }
}
