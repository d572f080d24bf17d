// The pigment model: fresh looks by depth (clean, faint, blown out) and healing over days and years.
#include <catch2/catch.hpp>

#include "sim/model/pigment_model.hpp"

using namespace stipple;

namespace {
double blueness(sf::Color c) { return static_cast<double>(c.b) - 0.5 * (c.r + c.g); }
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
    CHECK(good.radius_mm == Approx(0.125 * 1.06).epsilon(0.05));  // the needle's size, in the window
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
    CHECK(healed_dot_look(needle, 0.65, s, 45, false).color.a > 150);

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
