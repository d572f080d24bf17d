// The buzz-cut check: at conversation distance (1.5 m) the expert demo, healed, over a bald top reads like the
// same scalp's shaved hair (inside the band, with room to spare); sparse, blown-out, patterned (rows,
// clumps) and patchy work do not. The pictures are rendered on the CPU exactly as the program paints them.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <vector>

#include "scoring/demo_attempt.hpp"
#include "sim/model/buzz_cut_check.hpp"
#include "sim/model/image_paint.hpp"
#include "sim/model/pigment_model.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

namespace {

constexpr double kPxPerMm = 8.0;  // 3.5 picture pixels per resolved cell at 1.5 m

// A 24 mm square on the bald top of a Norwood 6 scalp, the demo's usual needle and spacing.
Lesson bald_top_lesson(const std::string& skin = "fitzpatrick-3") {
    Lesson l = test::patch_lesson();
    l.id = "buzz-cut";
    l.scalp.pattern = "norwood-6";
    l.scalp.skin = skin;
    l.scalp.seed = 7;
    l.zone = {{-12, 118}, {12, 118}, {12, 142}, {-12, 142}};
    l.targets.spacing_mm = 1.2;
    return l;
}

struct Scene {
    Lesson lesson;
    VirtualScalp scalp;
    Bounds treated;
    sf::Image treated_bare;
    MarkStats shaved;
};

Scene scene_for(const Lesson& lesson) {
    Scene s{lesson, generate_scalp(lesson), bounds_of(lesson.zone), {}, {}};
    for (double y = s.treated.min.y; y <= s.treated.max.y; y += 2.0)
        for (double x = s.treated.min.x; x <= s.treated.max.x; x += 2.0) REQUIRE(hair_density(s.scalp, {x, y}) < 0.05);
    s.treated_bare = render_scalp_image(s.scalp, s.treated, kPxPerMm);
    const std::optional<Bounds> hair = shaved_hair_region(s.scalp, s.treated.width(), {0.0, 130.0});
    REQUIRE(hair);
    const sf::Image with_hair = render_scalp_image(s.scalp, *hair, kPxPerMm);
    const sf::Image bare = render_scalp_image(without_hair(s.scalp), *hair, kPxPerMm);
    const std::optional<MarkStats> shaved = marks_at_distance(bare, with_hair, kPxPerMm);
    REQUIRE(shaved);
    s.shaved = *shaved;
    return s;
}

MarkStats treated_stats(const Scene& s, const std::vector<Dot>& dots, double days) {
    sf::Image image = s.treated_bare;
    const ImageFrame frame{s.treated, kPxPerMm};
    for (const Dot& d : dots) {
        const SkinSite site = skin_site(s.lesson, s.scalp, {d.x, d.y});
        const DotLook look = days <= 0.0 ? fresh_dot_look(s.lesson.needle, d.depth_mm, site)
                                         : healed_dot_look(s.lesson.needle, d.depth_mm, site, days, false);
        paint_dot(image, frame, {d.x, d.y}, look);
    }
    const std::optional<MarkStats> m = marks_at_distance(s.treated_bare, image, kPxPerMm);
    REQUIRE(m);
    return *m;
}

void print(const char* what, const MarkStats& m, const BuzzCutVerdict& v) {
    std::printf("buzz-cut %-22s coverage %.4f grain %.4f blotch %.4f streak %.3f cast %+.2f | ratios %.2f %.2f %.2f "
                "streak %+.3f cast %+.2f %s\n",
                what, m.coverage, m.grain, m.blotch, m.streak, m.cast, v.coverage_ratio, v.grain_ratio, v.patchiness,
                v.streak_excess, v.cast_excess, v.reads_as_buzz_cut ? "INSIDE" : v.why.c_str());
}

BuzzCutVerdict judged(const char* what, const Scene& s, const std::vector<Dot>& dots, double days) {
    const MarkStats m = treated_stats(s, dots, days);
    const BuzzCutVerdict v = compare_to_buzz_cut(m, s.shaved);
    print(what, m, v);
    return v;
}

}  // namespace

TEST_CASE("buzz cut: one arcminute at 1.5 m; pictures too coarse or mismatched are refused", "[buzz]") {
    CHECK(eye_resolution_mm(1.5) == Approx(0.4363).epsilon(0.001));
    CHECK(eye_resolution_mm(3.0) == Approx(2 * eye_resolution_mm(1.5)));
    sf::Image a, b;
    a.create(100, 100, sf::Color(200, 150, 120));
    b.create(100, 100, sf::Color(200, 150, 120));
    CHECK(marks_at_distance(a, b, 8.0));
    CHECK(marks_at_distance(a, b, 8.0)->coverage == Approx(0.0).margin(1e-12));
    CHECK_FALSE(marks_at_distance(a, b, 4.0));  // 1.7 px per cell: below two
    sf::Image c;
    c.create(100, 90, sf::Color(200, 150, 120));
    CHECK_FALSE(marks_at_distance(a, c, 8.0));
    sf::Image tiny;
    tiny.create(20, 20, sf::Color(200, 150, 120));
    CHECK_FALSE(marks_at_distance(tiny, tiny, 8.0));  // 5 x 5 cells
}

TEST_CASE("buzz cut: the shaved reference is full stubble nearest the work; the bare skin has no hair", "[buzz]") {
    const Lesson lesson = bald_top_lesson();
    const VirtualScalp scalp = generate_scalp(lesson);
    const std::optional<Bounds> hair = shaved_hair_region(scalp, 20.0, {0.0, 130.0});
    REQUIRE(hair);
    CHECK(hair->width() == Approx(20.0));
    CHECK(hair->height() == Approx(20.0));
    int roots = 0;
    for (const HairStrand& h : scalp.hairs)
        roots += h.root_mm.x >= hair->min.x && h.root_mm.x <= hair->max.x && h.root_mm.y >= hair->min.y && h.root_mm.y <= hair->max.y;
    CHECK(roots > 0.9 * 400);  // stubble at ~1.3 hairs per mm2
    for (double y = hair->min.y; y <= hair->max.y; y += 4.0)
        for (double x = hair->min.x; x <= hair->max.x; x += 4.0) CHECK(hair_density(scalp, {x, y}) >= 0.75);
    // Deterministic; a point on the other side of the head finds another square.
    CHECK(shaved_hair_region(scalp, 20.0, {0.0, 130.0})->min == hair->min);
    const std::optional<Bounds> other = shaved_hair_region(scalp, 20.0, {-hair->min.x - 10.0, hair->min.y + 10.0});
    REQUIRE(other);
    CHECK(distance_mm(other->min, hair->min) > 10.0);
    const VirtualScalp bare = without_hair(scalp);
    CHECK(bare.hairs.empty());
    CHECK(hair_density(bare, {hair->min.x + 10.0, hair->min.y + 10.0}) == 0.0);
    CHECK(skin_color_at(bare, {hair->min.x + 10.0, hair->min.y + 10.0}) ==
          skin_color_at(scalp, {hair->min.x + 10.0, hair->min.y + 10.0}));
}

TEST_CASE("buzz cut: the statistics see coverage, grain, rows and cast", "[buzz]") {
    const sf::Color skin(200, 150, 120);
    sf::Image bare, half, rows, blue;
    bare.create(160, 160, skin);
    half.create(160, 160, skin);
    rows.create(160, 160, skin);
    blue.create(160, 160, skin);
    for (unsigned y = 0; y < 160; ++y) {
        for (unsigned x = 0; x < 160; ++x) {
            // A fine checkerboard of black and skin (finer than a cell): half the light, no grain.
            if ((x + y) % 2 == 0) half.setPixel(x, y, sf::Color::Black);
            if ((y / 6) % 3 == 0) rows.setPixel(x, y, sf::Color(60, 50, 45));  // dark rows every 2.25 mm
            blue.setPixel(x, y, sf::Color(150, 130, 140));
        }
    }
    const MarkStats h = *marks_at_distance(bare, half, 8.0);
    CHECK(h.coverage == Approx(0.5).epsilon(0.1));
    CHECK(h.grain < 0.06);
    const MarkStats r = *marks_at_distance(bare, rows, 8.0);
    CHECK(r.streak > 0.9);
    CHECK(r.grain > 0.2);
    CHECK(marks_at_distance(bare, blue, 8.0)->cast > 20.0);
    // The verdict names what is wrong.
    MarkStats shaved;
    shaved.coverage = 0.1;
    shaved.grain = 0.05;
    shaved.blotch = 0.01;
    shaved.streak = 0.05;
    CHECK(compare_to_buzz_cut(shaved, shaved).reads_as_buzz_cut);
    MarkStats light = shaved;
    light.coverage = 0.05;
    CHECK(compare_to_buzz_cut(light, shaved).why.rfind("too light", 0) == 0);
    MarkStats lined = shaved;
    lined.streak = 0.5;
    CHECK(compare_to_buzz_cut(lined, shaved).why.rfind("in rows", 0) == 0);
}

TEST_CASE("buzz cut: the expert demo, healed, reads as the same scalp's shaved hair; careless work does not",
          "[buzz]") {
    const Scene s = scene_for(bald_top_lesson());
    std::printf("buzz-cut shaved reference    coverage %.4f grain %.4f blotch %.4f streak %.3f cast %+.2f (%d cells)\n",
                s.shaved.coverage, s.shaved.grain, s.shaved.blotch, s.shaved.streak, s.shaved.cast, s.shaved.cells);
    const Attempt demo = demo_attempt(s.lesson);
    REQUIRE(demo.dots.size() > 300);

    const BuzzCutVerdict healed = judged("demo healed 30 d", s, demo.dots, 30.0);
    CHECK(healed.reads_as_buzz_cut);
    // Comfortably: every statistic well inside the band, not at its edge.
    const BuzzCutBand band;
    CHECK(healed.coverage_ratio > band.coverage_ratio_min + 0.1);
    CHECK(healed.coverage_ratio < band.coverage_ratio_max - 0.1);
    CHECK(healed.grain_ratio > band.grain_ratio_min + 0.1);
    CHECK(healed.grain_ratio < band.grain_ratio_max - 0.1);
    CHECK(healed.patchiness < band.patchiness_max - 0.02);
    CHECK(healed.streak_excess < band.streak_excess_max - 0.04);
    CHECK(healed.cast_excess < band.cast_excess_max - 1.0);
    CHECK(judged("demo healed 1 year", s, demo.dots, 365.0).reads_as_buzz_cut);

    // Sparse: every other dot left out.
    std::vector<Dot> sparse;
    for (size_t i = 0; i < demo.dots.size(); i += 2) sparse.push_back(demo.dots[i]);
    const BuzzCutVerdict thin = judged("sparse (half)", s, sparse, 30.0);
    CHECK_FALSE(thin.reads_as_buzz_cut);
    CHECK(thin.coverage_ratio < band.coverage_ratio_min);

    // Blown out: the same dots 0.7 mm too deep.
    std::vector<Dot> deep = demo.dots;
    for (Dot& d : deep) d.depth_mm = s.lesson.targets.depth_max_mm + 0.7;
    CHECK_FALSE(judged("blown out (+0.7 mm)", s, deep, 30.0).reads_as_buzz_cut);

    // Patterned: as many dots, laid in rows 2.4 mm apart (a hand moving in lines).
    std::vector<Dot> rows;
    const Bounds b = s.treated;
    const double along = b.width() * b.height() / (static_cast<double>(demo.dots.size()) * 2.4);
    for (double y = b.min.y + 1.2; y < b.max.y; y += 2.4)
        for (double x = b.min.x + 0.5 * along; x < b.max.x; x += along) rows.push_back({x, y, demo.dots[0].depth_mm, std::nullopt});
    CHECK_FALSE(judged("patterned (rows)", s, rows, 30.0).reads_as_buzz_cut);

    // Patterned: as many dots, gathered into clumps on a 3.2 mm grid (gaps between them).
    std::vector<Dot> clumps = demo.dots;
    for (Dot& d : clumps) {
        const double cx = (std::floor(d.x / 3.2) + 0.5) * 3.2, cy = (std::floor(d.y / 3.2) + 0.5) * 3.2;
        d.x = cx + 0.35 * (d.x - cx);
        d.y = cy + 0.35 * (d.y - cy);
    }
    CHECK_FALSE(judged("patterned (clumps)", s, clumps, 30.0).reads_as_buzz_cut);

    // Patchy: the demo with a 4 mm hole every 8 mm (missed spots).
    std::vector<Dot> holes;
    for (const Dot& d : demo.dots) {
        const double hx = (std::floor(d.x / 8.0) + 0.5) * 8.0, hy = (std::floor(d.y / 8.0) + 0.5) * 8.0;
        if (std::hypot(d.x - hx, d.y - hy) > 2.0) holes.push_back(d);
    }
    const BuzzCutVerdict patchy = judged("patchy (4 mm holes)", s, holes, 30.0);
    CHECK_FALSE(patchy.reads_as_buzz_cut);
    CHECK(patchy.patchiness > band.patchiness_max);
}

// Fitzpatrick V-VI are left out: there the virtual scalp's shaved hair hardly darkens the skin (coverage 0.06
// and -0.02: its shadow of shafts is mixed with the skin's own tone), so a ratio to it means nothing; the
// demo measures 0.11 and 0.05 there (README "Dots that look like hair").
TEST_CASE("buzz cut: the healed demo reads as shaved hair on every skin type I-IV", "[buzz]") {
    for (const char* skin : {"fitzpatrick-1", "fitzpatrick-2", "fitzpatrick-4"}) {
        const Scene s = scene_for(bald_top_lesson(skin));
        INFO(skin);
        CHECK(judged(skin, s, demo_attempt(s.lesson).dots, 30.0).reads_as_buzz_cut);
    }
}
