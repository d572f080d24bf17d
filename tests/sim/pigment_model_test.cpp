// The pigment model: fresh looks by depth (clean, faint, blown out), each impression's own variation and
// outline, the redness of fresh work, and healing over days and years (softening toward stubble, fading).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "sim/model/pigment_model.hpp"
#include "sim/model/virtual_scalp.hpp"

using namespace stipple;

namespace {
double blueness(sf::Color c) { return static_cast<double>(c.b) - 0.5 * (c.r + c.g); }
double redness(sf::Color c) { return static_cast<double>(c.r) - 0.5 * (c.g + c.b); }
double colour_distance(sf::Color a, sf::Color b) {
    return std::hypot(double(a.r) - b.r, double(a.g) - b.g, double(a.b) - b.b);
}
SkinSite site() {
    SkinSite s;
    s.tone = sf::Color(198, 156, 128);
    return s;
}
}  // namespace

TEST_CASE("pigment: a too-deep dot is larger, blurrier and bluer than a good one; a shallow one is faint") {
    Needle needle;
    needle.diameter_mm = 0.25;
    const DotLook good = fresh_dot_look(needle, 0.65, site());
    const DotLook deep = fresh_dot_look(needle, 1.5, site());
    const DotLook shallow = fresh_dot_look(needle, 0.15, site());
    // The needle's size in the window (an impression varies -7 %..+10 %; mid-window adds ~6 %).
    CHECK(good.radius_mm >= 0.125 * 0.93 * 1.05);
    CHECK(good.radius_mm <= 0.125 * 1.10 * 1.07);
    CHECK(deep.radius_mm > 1.5 * good.radius_mm);
    CHECK(deep.blur_mm > 3.0 * good.blur_mm);
    CHECK(blueness(deep.color) > blueness(good.color) + 20);
    CHECK(shallow.color.a < good.color.a * 0.6);
    CHECK(good.color.a > 200);
    // A wider needle makes a wider dot.
    Needle wide;
    wide.diameter_mm = 0.4;
    CHECK(fresh_dot_look(wide, 0.65, site()).radius_mm > good.radius_mm * 1.5);
}

TEST_CASE("pigment: shallow dots are gone by 45 days, good ones fade over years, faster in the sun") {
    Needle needle;
    const SkinSite s = site();
    CHECK(healed_dot_look(needle, 0.15, s, 10, false).color.a > 0);
    CHECK(healed_dot_look(needle, 0.15, s, 45, false).color.a == 0);
    CHECK(healed_dot_look(needle, 0.3, s, 45, false).color.a == 0);
    CHECK(healed_dot_look(needle, 0.65, s, 45, false).color.a > 110);
    CHECK(healed_dot_look(needle, 0.65, s, 45, false).haze_color.a > 40);

    const double year1 = pigment_retention(0.65, s, 365, false);
    const double year4 = pigment_retention(0.65, s, 4 * 365, false);
    const double year4_sun = pigment_retention(0.65, s, 4 * 365, true);
    CHECK(year1 > 0.5);   // after healing's first loss, most of it still there after a year
    CHECK(year1 > year4 + 0.2);
    CHECK(year4 < 0.45);
    CHECK(year4 > 0.2);
    CHECK(year4_sun < year4 * 0.7);
    CHECK(healed_dot_look(needle, 0.65, s, 5 * 365, false).color.a < healed_dot_look(needle, 0.65, s, 365, false).color.a);
}

TEST_CASE("pigment: a healed blow-out stays blurred and turns blue-green; scar tissue takes pigment unevenly") {
    Needle needle;
    const DotLook good = healed_dot_look(needle, 0.65, site(), 90, false);
    const DotLook deep = healed_dot_look(needle, 1.5, site(), 90, false);
    CHECK(deep.blur_mm > 3.0 * good.blur_mm);
    CHECK(deep.radius_mm > 1.5 * good.radius_mm);
    CHECK(deep.color.g > good.color.g + 20);
    CHECK(deep.color.b > good.color.b + 20);

    double lo = 1, hi = 0;
    for (uint64_t seed = 1; seed <= 40; ++seed) {
        SkinSite scar = site();
        scar.scar = 1.0;
        scar.variation_seed = seed;
        const double r = pigment_retention(0.65, scar, 90, false);
        lo = std::min(lo, r);
        hi = std::max(hi, r);
    }
    CHECK(hi - lo > 0.25);
    CHECK(hi <= pigment_retention(0.65, site(), 90, false) + 1e-12);
}

TEST_CASE("pigment: every impression differs in size, outline and strength, within what its needle makes") {
    for (const double diameter : {0.25, 0.35}) {  // 1RL, 3RL
        Needle needle;
        needle.diameter_mm = diameter;
        double d_lo = 9, d_hi = 0, s_lo = 9, s_hi = 0, a_lo = 255, a_hi = 0;
        for (uint64_t seed = 1; seed <= 300; ++seed) {
            SkinSite s = site();
            s.variation_seed = seed * 7919;
            const DotLook look = fresh_dot_look(needle, 0.65, s);
            const double across = 2.0 * look.radius_mm;
            d_lo = std::min(d_lo, across);
            d_hi = std::max(d_hi, across);
            s_lo = std::min(s_lo, look.stretch);
            s_hi = std::max(s_hi, look.stretch);
            a_lo = std::min<double>(a_lo, look.color.a);
            a_hi = std::max<double>(a_hi, look.color.a);
            // The same site always gives the same impression.
            const DotLook again = fresh_dot_look(needle, 0.65, s);
            CHECK(again.radius_mm == look.radius_mm);
            CHECK(again.axis_rad == look.axis_rad);
        }
        // 1RL 0.25 mm: 0.24-0.29 mm across; 3RL 0.35 mm: 0.34-0.41 mm.
        CHECK(d_lo >= diameter * 0.93 * 1.05);
        CHECK(d_hi <= diameter * 1.10 * 1.07);
        CHECK(d_hi - d_lo > 0.12 * diameter);
        CHECK(s_lo >= 1.0);
        CHECK(s_hi <= 1.25);
        CHECK(s_hi - s_lo > 0.15);
        CHECK(a_hi - a_lo > 20);
    }
}

TEST_CASE("pigment: the outline is an irregular oval of the dot's own area; reach covers all of it") {
    DotLook round;
    round.radius_mm = 0.13;
    for (double t = 0; t < 6.28; t += 0.3) CHECK(dot_outline_scale(round, t) == Approx(1.0));

    DotLook oval = round;
    oval.stretch = 1.21;
    oval.axis_rad = 0.5;
    oval.wobble2 = 0.05;
    oval.wobble3 = 0.04;
    oval.phase2_rad = 1.0;
    oval.phase3_rad = 2.0;
    double area = 0, lo = 9, hi = 0;
    const int n = 3600;
    for (int i = 0; i < n; ++i) {
        const double t = 2.0 * std::numbers::pi * i / n;
        const double k = dot_outline_scale(oval, t);
        area += 0.5 * k * k * 2.0 * std::numbers::pi / n;
        lo = std::min(lo, k);
        hi = std::max(hi, k);
        CHECK(oval.radius_mm * k + 0.5 * oval.blur_mm <= dot_reach_mm(oval) + 1e-12);
    }
    CHECK(area == Approx(std::numbers::pi).epsilon(0.02));  // same area as the round dot
    CHECK(hi / lo > 1.15);
    CHECK(dot_outline_scale(oval, 0.5) > dot_outline_scale(oval, 0.5 + std::numbers::pi / 2) * 1.05);
}

TEST_CASE("pigment: fresh work is red around each dot, gone within a week, less visible on dark skin") {
    Needle needle;
    const SkinSite light = site();
    SkinSite dark = site();
    dark.tone = sf::Color(92, 62, 48);
    const DotLook fresh = fresh_dot_look(needle, 0.65, light);
    REQUIRE(fresh.redness_color.a > 60);
    CHECK(redness(fresh.redness_color) > redness(light.tone) + 30);
    CHECK(fresh.redness_mm > 0.15);
    CHECK(fresh.redness_mm < 0.5);
    CHECK(dot_reach_mm(fresh) >= fresh.radius_mm + fresh.redness_mm);
    CHECK(fresh_dot_look(needle, 0.65, dark).redness_color.a < fresh.redness_color.a * 0.7);
    // Fading over the first days.
    const int day1 = healed_dot_look(needle, 0.65, light, 1, false).redness_color.a;
    const int day3 = healed_dot_look(needle, 0.65, light, 3, false).redness_color.a;
    CHECK(day1 < fresh.redness_color.a);
    CHECK(day1 > day3);
    CHECK(day3 > 0);
    CHECK(healed_dot_look(needle, 0.65, light, 7, false).redness_color.a == 0);
    CHECK(healed_dot_look(needle, 0.65, light, 30, false).redness_color.a == 0);
    CHECK(redness_left(0) == Approx(1.0));
    CHECK(redness_left(10) == 0.0);
}

TEST_CASE("pigment: a healed dot softens toward the look of shaved-hair stubble") {
    Needle needle;
    SkinSite s = site();
    s.hair = sf::Color(40, 32, 28);
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        s.variation_seed = seed;
        const DotLook fresh = fresh_dot_look(needle, 0.65, s);
        const DotLook healed = healed_dot_look(needle, 0.65, s, 90, false);
        CHECK(healed.blur_mm > fresh.blur_mm + 0.07);      // a soft edge, no longer crisp
        CHECK(healed.radius_mm < fresh.radius_mm);         // the solid core draws in
        CHECK(healed.stretch - 1.0 <= 0.6 * (fresh.stretch - 1.0) + 1e-9);  // the outline rounds off
        // Cooler, toward the blue-grey of a hair shaft under the skin, away from the fresh near-black.
        CHECK(blueness(healed.color) > blueness(fresh.color) + 3);
        const sf::Color stubble(51, 49, 53);  // the model's stubble tone for this hair colour
        CHECK(colour_distance(healed.color, stubble) < colour_distance(fresh.color, stubble));
        CHECK(healed.color.a > 0.45 * fresh.color.a);      // still there after three months, fainter
        // Seen through scattering skin: a faint stubble-toned haze around it (none on the fresh dot) that
        // reaches about a millimetre, where the neighbours' hazes meet.
        CHECK(fresh.haze_color.a == 0);
        CHECK(healed.haze_color.a > 40);
        CHECK(healed.haze_color.a < 80);
        CHECK(healed.haze_mm > 0.9);
        CHECK(healed.haze_mm < 1.2);
        CHECK(dot_reach_mm(healed) >= healed.haze_mm);
    }
}

namespace {
// The healed (six months) core contrast of a good dot on a generated scalp of Fitzpatrick type `type` at
// `dilution`, averaged over 40 impressions across the top of the head.
double healed_contrast(int type, double dilution) {
    Lesson lesson;
    lesson.scalp.skin = "fitzpatrick-" + std::to_string(type);
    lesson.scalp.pattern = "norwood-6";
    lesson.shade_dilution = dilution;
    const VirtualScalp scalp = generate_scalp(lesson);
    double sum = 0.0;
    for (int i = 0; i < 40; ++i) {
        const Point at{-20.0 + i, 110.0 + 0.5 * i};
        const SkinSite s = skin_site(lesson, scalp, at);
        sum += dot_contrast(healed_dot_look(lesson.needle, 0.65, s, 180, false), s.tone);
    }
    return sum / 40.0;
}
}  // namespace

TEST_CASE("pigment: a diluted shade is lighter; full strength reads harsh on I-II, a weak one vanishes on V-VI") {
    // Beer-Lambert: the optical density scales with the dilution.
    CHECK(diluted_opacity(0.92, 1.0) == Approx(0.92));
    CHECK(diluted_opacity(0.92, 0.5) == Approx(1.0 - std::sqrt(0.08)));
    CHECK(diluted_opacity(0.92, 0.25) < diluted_opacity(0.92, 0.5));
    // Healed six months, a good dot's core contrast on each Fitzpatrick type (README "Needle and shade"):
    // it reads as stubble between 0.15 and 0.55; above, a printed black dot (harsh); below, it vanishes.
    const double harsh = 0.55, vanishes = 0.15;
    // I-II: full strength is harsh (0.58, 0.56), diluted 1:1 reads as stubble (0.47, 0.46).
    for (int type : {1, 2}) {
        INFO("type " << type);
        CHECK(healed_contrast(type, 1.0) > harsh);
        CHECK(healed_contrast(type, 0.5) < harsh);
        CHECK(healed_contrast(type, 0.5) > vanishes);
    }
    CHECK(healed_contrast(1, 1.0) == Approx(0.577).margin(0.01));
    // III: full strength (0.55) sits at the top of the band, diluted 1:1 (0.45) in it.
    CHECK(healed_contrast(3, 1.0) == Approx(0.546).margin(0.01));
    CHECK(healed_contrast(3, 0.5) == Approx(0.447).margin(0.01));
    // VI: full strength just reads (0.153), diluted 1:1 (0.12) or 1:3 (0.08) vanishes; V keeps more (0.21 at 1:3).
    CHECK(healed_contrast(6, 1.0) > vanishes);
    CHECK(healed_contrast(6, 0.5) < vanishes);
    CHECK(healed_contrast(6, 0.25) < vanishes);
    CHECK(healed_contrast(6, 0.25) == Approx(0.081).margin(0.01));
    CHECK(healed_contrast(5, 0.25) == Approx(0.207).margin(0.01));
    // Lighter at every step, on every type; the fresh dot too, and its healed haze.
    for (int type = 1; type <= 6; ++type) {
        INFO("type " << type);
        CHECK(healed_contrast(type, 0.75) < healed_contrast(type, 1.0));
        CHECK(healed_contrast(type, 0.5) < healed_contrast(type, 0.75));
    }
    SkinSite full = site(), diluted = site();
    diluted.dilution = 0.5;
    Needle needle;
    CHECK(fresh_dot_look(needle, 0.65, diluted).color.a < fresh_dot_look(needle, 0.65, full).color.a * 0.8);  // 0.92 -> 0.72
    CHECK(healed_dot_look(needle, 0.65, diluted, 90, false).haze_color.a <
          healed_dot_look(needle, 0.65, full, 90, false).haze_color.a);
}
