// The virtual scalp generator: deterministic, seed-dependent, plausible bald patterns, scars and landmarks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
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
// The y of the hair's front edge at x (where density first reaches a quarter, walking back from the forehead).
double front_y_at_x(const VirtualScalp& s, double x) {
    for (double y = 40; y < 200; y += 0.5)
        if (hair_bearing(s, {x, y}) > 0.25) return y;
    return 200;
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
    // The map is the whole head's: the face down to the chin, the nape, the ears at the side edges.
    CHECK(a.map_mm.min.y <= a.anatomy.chin_mm.y);
    CHECK(a.map_mm.max.y >= a.anatomy.nape_y_mm + 10);
    CHECK(a.map_mm.max.x >= anatomy_ear_edge_x_mm(a.anatomy, 150) + 10);
    CHECK(a.map_mm.min.x <= -anatomy_ear_edge_x_mm(a.anatomy, 150) - 10);
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
    // Norwood 7: bald top and crown down to the back fringe; the horseshoe of hair on the sides and back.
    CHECK(hair_density(n7, {0, 150}) < 0.05);
    CHECK(hair_density(n7, {0, 190}) < 0.05);
    CHECK(hair_density(n7, {0, 255}) < 0.05);
    CHECK(hair_density(n7, {60, 150}) < 0.05);
    CHECK(hair_density(n7, {105, 150}) > 0.5);
    CHECK(hair_density(n7, {-105, 150}) > 0.5);
    CHECK(hair_density(n7, {0, 320}) > 0.5);
    CHECK(hair_density(n7, {70, 300}) > 0.5);
    CHECK(n7.hairs.size() < n3.hairs.size());
}

TEST_CASE("scalp: the horseshoe: Norwood 7's fringe is lower and narrower than Norwood 6's") {
    for (uint64_t seed : {1u, 2u, 3u, 4u}) {
        const VirtualScalp n6 = generate_scalp(scalp_case("norwood-6", seed));
        const VirtualScalp n7 = generate_scalp(scalp_case("norwood-7", seed));
        CHECK(n7.fringe_side_x_mm > n6.fringe_side_x_mm);
        CHECK(n7.fringe_back_y_mm > n6.fringe_back_y_mm);
        // The numbers posted for the lessons (STATUS13 / lessons/README.md): side 60-90, back 255-300.
        for (const VirtualScalp* s : {&n6, &n7}) {
            CHECK(s->fringe_side_x_mm > 60);
            CHECK(s->fringe_side_x_mm < 90);
            CHECK(s->fringe_back_y_mm > 255);
            CHECK(s->fringe_back_y_mm < 300);
            // Inside the edge by 12 mm: bald; outside it by 12 mm: hair.
            CHECK(hair_density(*s, {0, s->fringe_back_y_mm - 12}) < 0.1);
            CHECK(hair_density(*s, {0, s->fringe_back_y_mm + 12}) > 0.4);
            CHECK(hair_density(*s, {s->fringe_side_x_mm - 12, 150}) < 0.1);
            CHECK(hair_density(*s, {s->fringe_side_x_mm + 12, 150}) > 0.4);
        }
    }
}

TEST_CASE("scalp: every stage keeps the donor area, the sides and the sideburns; no hair on face, ears, neck") {
    for (const char* pattern : {"norwood-1", "norwood-2", "norwood-3", "norwood-4", "norwood-5", "norwood-6",
                                "norwood-7", "diffuse", "ludwig-1"}) {
        INFO(pattern);
        const VirtualScalp s = generate_scalp(scalp_case(pattern));
        const MapAnatomy& a = s.anatomy;
        // The donor area at the back (strip and punch harvests) and the sides above the ears.
        for (const Point p : {Point{0, 320}, Point{-50, 330}, Point{50, 310}, Point{0, 350}, Point{-105, 160}}) {
            INFO(p.x << "," << p.y);
            CHECK(hair_density(s, p) > (std::string(pattern) == "diffuse" ? 0.25 : 0.5));
        }
        // In front of the ear just above the eyes' level: the sideburn (11 mm in front of the ear's edge on that
        // row, 18 mm short of the row's end).
        const double sideburn_y = a.eye_right_mm.y + (a.female ? 40 : 15);  // a woman's are shorter
        const double sideburn_x = std::min(anatomy_ear_edge_x_mm(a, sideburn_y) - 11,
                                           anatomy_row_half_width_mm(a, sideburn_y) - 18);
        CHECK(hair_bearing(s, {sideburn_x, sideburn_y}) > 0.5);
        CHECK(hair_bearing(s, {-sideburn_x, sideburn_y}) > 0.5);
        // Never: the face, the ear, below the nape's hairline.
        CHECK(hair_bearing(s, {0, -50}) == 0.0);
        CHECK(hair_bearing(s, {a.eye_right_mm.x, a.eye_right_mm.y}) == 0.0);
        CHECK(hair_bearing(s, {0, a.nape_y_mm + 10}) == 0.0);
        const double ear_y = 0.5 * (a.ear_front_y_mm + a.ear_back_y_mm);
        CHECK(map_surface_at(s, {anatomy_ear_edge_x_mm(a, ear_y) + 2, ear_y}) == MapSurface::ear);
        CHECK(hair_bearing(s, {anatomy_ear_edge_x_mm(a, ear_y) + 2, ear_y}) == 0.0);
        CHECK(hair_bearing(s, {-anatomy_ear_edge_x_mm(a, ear_y) - 2, ear_y}) == 0.0);
        for (const HairStrand& h : s.hairs) {
            if (h.root_mm.y < 0 && std::abs(h.root_mm.x) < 70 && h.length_mm < 2) FAIL("stubble on the face at " << h.root_mm.x << "," << h.root_mm.y);
            if (map_surface_at(s, h.root_mm) != MapSurface::skin) FAIL("hair off the skin at " << h.root_mm.x << "," << h.root_mm.y);
        }
    }
}

TEST_CASE("scalp: a woman's head: a rounder hairline without temple recession, finer brows, smaller head") {
    ScalpCase woman = scalp_case("diffuse");
    woman.head.form = "female";
    ScalpCase man = scalp_case("diffuse");
    man.head.form = "male";
    const VirtualScalp f = generate_scalp(woman), m = generate_scalp(man);
    CHECK(f.anatomy.female);
    CHECK(!m.anatomy.female);
    // Her hairline is rounded: it only rises from the midline out to the temples (no corner where a man's
    // recedes, as Norwood 2 does), and sits low at the midline.
    ScalpCase n2 = scalp_case("norwood-2");
    const VirtualScalp receding = generate_scalp(n2);
    auto rises_steadily = [](const VirtualScalp& s) {
        double previous = front_y_at_x(s, 0);
        for (double x = 8; x <= 88; x += 8) {
            const double y = front_y_at_x(s, x);
            if (y < previous - 2.5) return false;  // the ripple of a natural edge is allowed
            previous = std::max(previous, y);
        }
        return true;
    };
    CHECK(rises_steadily(f));
    CHECK(!rises_steadily(receding));
    CHECK(front_y_at_x(f, 0) < 78);
    // A smaller head: the map and the landmarks sit closer to the glabella.
    CHECK(f.map_mm.height() < m.map_mm.height());
    CHECK(f.anatomy.nape_y_mm < m.anatomy.nape_y_mm);
    CHECK(f.anatomy.chin_mm.y > m.anatomy.chin_mm.y);
    // Finer brows: fewer hairs in a narrower band.
    auto brow_hairs = [](const VirtualScalp& s) {
        int n = 0;
        for (const HairStrand& h : s.hairs) n += h.root_mm.y < 15 && h.root_mm.y > -20 && std::abs(h.root_mm.x) < 80;
        return n;
    };
    CHECK(brow_hairs(f) < brow_hairs(m));
}

TEST_CASE("scalp: the map follows the anatomy it is given: ears, rows' ends, nape") {
    MapAnatomy a;
    a.nape_y_mm = 340;
    a.row_half_width_mm.assign(static_cast<size_t>(a.map_mm.height()) + 1, 120.0);
    a.ear_edge_x_mm.assign(a.row_half_width_mm.size(), 120.0);
    for (size_t i = 0; i < a.ear_edge_x_mm.size(); ++i) {
        const double y = a.map_mm.min.y + double(i);
        if (y > 100 && y < 200) a.ear_edge_x_mm[i] = 95.0;
    }
    const VirtualScalp s = generate_scalp(scalp_case("norwood-1"), a);
    CHECK(map_surface_at(s, {100, 150}) == MapSurface::ear);
    CHECK(map_surface_at(s, {-100, 150}) == MapSurface::ear);
    CHECK(map_surface_at(s, {100, 250}) == MapSurface::skin);
    CHECK(map_surface_at(s, {125, 250}) == MapSurface::off_head);
    CHECK(hair_density(s, {100, 250}) > 0.5);
    CHECK(hair_bearing(s, {100, 150}) == 0.0);
    CHECK(hair_bearing(s, {0, 345}) == 0.0);   // below this head's nape
    CHECK(hair_bearing(s, {0, 330}) > 0.5);
}

TEST_CASE("scalp: Ludwig and diffuse thin without receding; alopecia areata makes bald patches") {
    const VirtualScalp n1 = generate_scalp(scalp_case("norwood-1"));
    const VirtualScalp l3 = generate_scalp(scalp_case("ludwig-3"));
    const VirtualScalp diffuse = generate_scalp(scalp_case("diffuse"));
    CHECK(hair_density(l3, {0, 160}) < 0.3 * hair_density(n1, {0, 160}));
    CHECK(hair_density(l3, {0, 88}) > 0.5);     // the frontal hairline stays
    // Kept long (not stubble), parted near the midline, lying away from the part.
    REQUIRE(l3.long_hair.on);
    CHECK(std::abs(l3.long_hair.part_x_mm) < 5);
    CHECK(!n1.long_hair.on);
    int long_right = 0, long_left = 0, away = 0;
    for (const HairStrand& h : l3.hairs) {
        if (h.root_mm.y < 90 || h.root_mm.y > 150 || h.length_mm < 10) continue;
        (h.root_mm.x > l3.long_hair.part_x_mm ? long_right : long_left)++;
        if ((std::cos(h.angle_rad) > 0) == (h.root_mm.x > l3.long_hair.part_x_mm)) ++away;
    }
    CHECK(long_right > 1000);
    CHECK(long_left > 1000);
    CHECK(away > 0.998 * (long_right + long_left));  // a root jittered across the part may lie the other way
    CHECK(hair_density(diffuse, {0, 150}) < 0.7 * hair_density(n1, {0, 150}));
    CHECK(hair_density(diffuse, {0, 150}) > 0.2);

    const VirtualScalp aa = generate_scalp(scalp_case("alopecia-areata", 9));
    REQUIRE(aa.bald_areas.size() >= 3);
    for (const BaldArea& patch : aa.bald_areas) CHECK(hair_density(aa, patch.shape.center_mm) < 0.05);
}

TEST_CASE("scalp: a woman's diffuse thinning keeps her hair long with a part; a man's stays shaved") {
    ScalpCase woman = scalp_case("diffuse", 91);
    woman.head.form = "female";
    const VirtualScalp f = generate_scalp(woman);
    REQUIRE(f.long_hair.on);
    CHECK(std::abs(f.long_hair.part_x_mm) < 5);
    int long_hairs = 0;
    for (const HairStrand& h : f.hairs) long_hairs += h.length_mm > 10 ? 1 : 0;
    CHECK(long_hairs > 2000);
    const VirtualScalp m = generate_scalp(scalp_case("diffuse", 91));
    CHECK(!m.long_hair.on);
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
    CHECK(s.landmarks.brow_left_mm.front().x < s.landmarks.brow_left_mm.back().x);
    // The brows sit above the eyes, below the glabella's level or just about it.
    for (const Point& p : s.landmarks.brow_right_mm) {
        CHECK(p.y > s.anatomy.eye_right_mm.y + 10);
        CHECK(p.y < 12);
    }
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
