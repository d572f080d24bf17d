// Spacing on the shipped lessons with patterns an expert would fail (lattices, rows, rings, spirals, arcs,
// patchy density, bare borders) and fair expert work, scored by the whole engine; plus the speed of scoring
// large and stacked inputs. "[.figures]" writes the cases as attempt files (STIPPLE_CASES_DIR) for a
// before/after comparison with `stipple score`.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>

#include "metric_test_patterns.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/lesson_regions.hpp"
#include "scoring/scoring.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using namespace stipple::test;

namespace {

// A pattern generated over a square covering the zone (side = the zone's larger extent, from its min corner),
// kept where it falls in the zone.
using Pattern = std::function<std::vector<Point>(double side)>;
std::vector<Point> in_zone(const Lesson& lesson, const Pattern& pattern) {
    const Bounds b = bounds_of(lesson.zone);
    const double side = std::max(b.width(), b.height());
    std::vector<Point> out;
    for (const Point& p : pattern(side)) {
        const Point q{b.min.x + p.x, b.min.y + p.y};
        if (contains(lesson.zone, q)) out.push_back(q);
    }
    return out;
}

Attempt attempt_of(const Lesson& lesson, const std::vector<Point>& pts) {
    Attempt a;
    a.lesson = lesson.id;
    a.input = "generated";
    a.dots = as_dots(pts);
    return a;
}

struct Case {
    std::string name;
    std::string lesson;
    std::vector<Point> dots;
};

// Square-grid pitch and hexagonal pitch that hold the natural (blue-noise) density of spacing s.
double grid_pitch(double s) { return s / std::sqrt(kBlueNoiseDensityTimesNn2); }
double hex_pitch(double s) { return grid_pitch(s) * std::sqrt(1.1547); }

std::vector<Case> even_fill_cases() {
    const Lesson l = shipped_lesson("even-fill-patch");
    const double s = expected_spacing_mm(l);
    const Point mid{bounds_of(l.zone).width() / 2, bounds_of(l.zone).height() / 2};
    std::vector<Case> cases;
    auto add = [&](const std::string& name, const Pattern& p) { cases.push_back({name, l.id, in_zone(l, p)}); };
    for (uint64_t seed = 1; seed <= 3; ++seed) {
        add("blue-noise-seed" + std::to_string(seed), [=](double side) { return blue_noise_patch(s, seed, side); });
        add("blue-noise-8pc-wide-seed" + std::to_string(seed), [=](double side) { return blue_noise_patch(s * 1.08, seed, side); });
        add("blue-noise-8pc-tight-seed" + std::to_string(seed), [=](double side) { return blue_noise_patch(s / 1.08, seed, side); });
    }
    for (double angle : {0.0, 0.4, 0.9}) {
        const std::string a = std::to_string(static_cast<int>(angle * 10));
        add("hex-15pc-angle0." + a, [=](double side) { return lattice_patch(hex_pitch(s), angle, true, 0.15, 3, side); });
        add("square-20pc-angle0." + a, [=](double side) { return lattice_patch(grid_pitch(s), angle, false, 0.20, 3, side); });
    }
    add("rows", [=](double side) { return rows_patch(grid_pitch(s), grid_pitch(s), 0.5, 2, side); });
    add("rings-10pc", [=](double side) { return rings_patch(grid_pitch(s), 0.10, 3, mid, side); });
    add("spiral-10pc", [=](double side) { return spiral_patch(grid_pitch(s), 0.10, 3, mid, side); });
    add("arcs-10pc", [=](double side) { return rings_patch(grid_pitch(s), 0.10, 3, {mid.x, -25}, side); });
    auto f = [=](double factor) { return s / std::sqrt(factor); };
    add("halves-0.4-1.6", [=](double side) {
        return varying_blue_noise_patch([=](Point p) { return f(p.x < mid.x ? 0.4 : 1.6); }, f(1.6), 5, side);
    });
    add("gradient-0.5-1.6", [=](double side) {
        return varying_blue_noise_patch([=](Point p) { return f(0.5 + 1.1 * std::clamp(p.x / (2 * mid.x), 0.0, 1.0)); }, f(1.6), 5, side);
    });
    add("stripe-4mm-1.6", [=](double side) {
        return varying_blue_noise_patch([=](Point p) { return f(std::abs(p.x - mid.x) < 2 ? 1.6 : 1.0); }, f(1.6), 5, side);
    });
    add("empty-stripe-2mm", [=](double side) {
        std::vector<Point> out;
        for (const Point& p : blue_noise_patch(s, 5, side))
            if (std::abs(p.x - mid.x) >= 1) out.push_back(p);
        return out;
    });
    // Bare 2 mm along the zone's edge.
    std::vector<Point> border;
    for (const Point& p : in_zone(l, [=](double side) { return blue_noise_patch(s, 5, side); }))
        if (distance_to_boundary_mm(l.zone, p) >= 2.0) border.push_back(p);
    cases.push_back({"bare-border-2mm", l.id, border});
    return cases;
}

// The Norwood 7 exam: the expert demo's feathered hairline, a perfect hexagonal lattice everywhere density is full.
Case lattice_exam_case() {
    const Lesson l = shipped_lesson("shaved-front-norwood-7");
    const double s = expected_spacing_mm(l);
    std::vector<Point> dots;
    for (const Dot& d : demo_attempt(l).dots)
        if (!in_full_density_region(l, {d.x, d.y})) dots.push_back({d.x, d.y});
    for (const Point& p : in_zone(l, [=](double side) { return lattice_patch(hex_pitch(s), 0.3, true, 0.0, 1, side); }))
        if (in_full_density_region(l, p)) dots.push_back(p);
    return {"perfect-lattice-feathered-edge", l.id, dots};
}

}  // namespace

TEST_CASE("spacing case figures (writes attempts for before/after)", "[.figures]") {
    const char* dir = std::getenv("STIPPLE_CASES_DIR");
    std::vector<Case> cases = even_fill_cases();
    cases.push_back(lattice_exam_case());
    for (const Case& c : cases) {
        const Lesson l = shipped_lesson(c.lesson);
        const ScoreReport r = score_attempt(l, attempt_of(l, c.dots));
        std::printf("%-32s %-22s total %5.1f spacing %5.1f\n", c.name.c_str(), c.lesson.c_str(), r.total, r.spacing.score);
        if (dir) save_attempt((std::filesystem::path(dir) / (c.lesson + "__" + c.name + ".json")).string(), attempt_of(l, c.dots));
    }
}

TEST_CASE("a zone as large as the map with a few dots is scored, and far too sparse", "[spacing]") {
    // The time this takes is a benchmark figure (bench_scoring), not a test; here it must finish and be right.
    const Lesson l = patch_lesson(3900);
    const std::vector<Point> pts = blue_noise_patch(1.2, 1, 60);
    const ScoreReport r = score_attempt(l, attempt_of(l, pts));
    CHECK(r.spacing.score < 20.0);
    CHECK_FALSE(r.passed);
}
