// The hairline metric: the expert's feathered, irregular edge scores high; a hard edge, a ruler-straight or
// ragged edge, pigment on the forehead, a misplaced edge and a mirror copy each lose, located on the scalp.
#include <catch2/catch.hpp>

#include <cmath>

#include "metric_test_patterns.hpp"
#include "scoring/blue_noise.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/hairline_metric.hpp"
#include "scoring/lesson_regions.hpp"

using namespace stipple;
using namespace stipple::test;

namespace {
// The classic adult hairline (mid-frontal point at y = 80), built here so the test does not depend on files.
Lesson classic() {
    Lesson l;
    l.id = "hairline-test";
    l.title = "Hairline";
    l.scalp.seed = 11;
    l.zone = {{-32, 72}, {32, 72}, {32, 102}, {-32, 102}};
    l.hairline = Hairline{{{-30, 86}, {-22, 82.5}, {-12, 80.6}, {0, 80}, {12, 80.6}, {22, 82.5}, {30, 86}}, 8.0};
    l.targets.spacing_mm = 1.2;
    return l;
}

// Full density right up to where `starts` says the hair begins: a hard edge.
std::vector<Dot> full_density_behind(const Lesson& l, const std::function<bool(Point)>& starts) {
    BlueNoiseSpec spec;
    spec.bounds = bounds_of(l.zone);
    spec.inside = [&](Point p) { return contains(l.zone, p) && starts(p); };
    const double r = l.targets.spacing_mm / kBlueNoiseMeanNnPerRadius;
    spec.radius_mm = [r](Point) { return r; };
    spec.min_radius_mm = r;
    spec.seed = 3;
    return as_dots(blue_noise(spec));
}

MetricResult judge(const Lesson& l, const std::vector<Dot>& dots) { return hairline_metric(l, dots, {}); }

const Finding* finding(const MetricResult& r, const std::string& word) {
    for (const Finding& f : r.findings)
        if (f.feedback.message.find(word) != std::string::npos) return &f;
    return nullptr;
}
}  // namespace

TEST_CASE("the expert's feathered hairline scores high on every hairline metric", "[hairline]") {
    const Lesson l = classic();
    const MetricResult r = judge(l, demo_attempt(l).dots);
    CHECK(r.component.score >= 90.0);
    CHECK(std::abs(metric(r.component, "edge_offset_mm")) < 1.0);
    CHECK(metric(r.component, "front_density_ratio") < 0.5);
    CHECK(metric(r.component, "back_density_ratio") > 0.7);
    CHECK(metric(r.component, "edge_roughness_mm") > 0.4);
    CHECK(metric(r.component, "edge_roughness_mm") < 1.2);
    CHECK(metric(r.component, "forehead_spill") == 0.0);
    CHECK(metric(r.component, "mirror_share") < 0.2);
}

TEST_CASE("a hard edge at full density along the curve fails the hairline", "[hairline]") {
    const Lesson l = classic();
    const MetricResult r = judge(l, full_density_behind(l, [&](Point p) {
        const auto d = behind_hairline_mm(*l.hairline, p);
        return !d || *d >= 0;
    }));
    CHECK(metric(r.component, "front_density_ratio") > 0.85);
    CHECK(r.component.score < 50.0);
    const Finding* hard = finding(r, "Hard edge");
    REQUIRE(hard);
    REQUIRE(hard->feedback.at);
    CHECK(std::abs(hard->feedback.at->y - 83.0) < 5.0);
}

TEST_CASE("a ruler-straight hard line fails the hairline and spills past the curve's temples", "[hairline]") {
    const Lesson l = classic();
    const MetricResult r = judge(l, full_density_behind(l, [](Point p) { return p.y >= 80.0; }));
    CHECK(r.component.score < 30.0);
    CHECK(metric(r.component, "forehead_spill") > 0.0);
}

TEST_CASE("pigment on the forehead is penalised and located", "[hairline]") {
    const Lesson l = classic();
    std::vector<Dot> dots = demo_attempt(l).dots;
    const double clean = judge(l, dots).component.score;
    for (int i = 0; i < 8; ++i) dots.push_back({-6.0 + 0.9 * i, 74.0, 0.65, std::nullopt});
    const MetricResult r = judge(l, dots);
    CHECK(metric(r.component, "forehead_spill") == 8.0);
    CHECK(clean - r.component.score >= 60.0);
    const Finding* spill = finding(r, "forehead");
    REQUIRE(spill);
    REQUIRE(spill->feedback.at);
    CHECK(spill->feedback.at->y == Approx(74.0));
    // Dots within the 2 mm feathering allowance are not spill.
    std::vector<Dot> feathered = demo_attempt(l).dots;
    feathered.push_back({0.0, 78.5, 0.65, std::nullopt});
    CHECK(metric(judge(l, feathered).component, "forehead_spill") == 0.0);
}

TEST_CASE("an edge set well behind the target curve is found and measured", "[hairline]") {
    const Lesson l = classic();
    std::vector<Dot> back;
    for (const Dot& d : demo_attempt(l).dots)
        if (behind_hairline_mm(*l.hairline, {d.x, d.y}).value_or(99) >= 5.0) back.push_back(d);
    const MetricResult r = judge(l, back);
    CHECK(metric(r.component, "edge_offset_mm") == Approx(5.2).margin(0.8));
    CHECK(r.component.score < 60.0);
    CHECK(finding(r, "behind the target"));
}

TEST_CASE("a ragged edge loses against the feathered one", "[hairline]") {
    const Lesson l = classic();
    SeededRandom rng(4);
    std::vector<double> cut(12);
    for (size_t i = 0; i < cut.size(); ++i) cut[i] = (i % 2 ? 4.0 : 0.0) + rng.uniform(0.0, 4.0);  // jumps
    std::vector<Dot> ragged;
    for (const Dot& d : demo_attempt(l).dots) {
        const size_t seg = static_cast<size_t>(std::clamp((d.x + 30.0) / 6.0, 0.0, 11.0));
        if (behind_hairline_mm(*l.hairline, {d.x, d.y}).value_or(99) >= cut[seg]) ragged.push_back(d);
    }
    const MetricResult r = judge(l, ragged);
    CHECK(metric(r.component, "edge_roughness_mm") > 1.3);
    CHECK(r.component.score < 80.0);
    CHECK(finding(r, "ragged"));
}

TEST_CASE("a mirror-copied hairline is caught", "[hairline]") {
    const Lesson l = classic();
    std::vector<Dot> mirrored;
    for (const Dot& d : demo_attempt(l).dots)
        if (d.x < 0) {
            mirrored.push_back(d);
            mirrored.push_back({-d.x, d.y, d.depth_mm, std::nullopt});
        }
    const MetricResult r = judge(l, mirrored);
    CHECK(metric(r.component, "mirror_share") > 0.9);
    CHECK(finding(r, "mirror"));
    CHECK(r.component.score <= 80.0);
}

TEST_CASE("one side thinner than the other is unbalanced", "[hairline]") {
    const Lesson l = classic();
    std::vector<Dot> lopsided;
    size_t i = 0;
    for (const Dot& d : demo_attempt(l).dots) {
        const double behind = behind_hairline_mm(*l.hairline, {d.x, d.y}).value_or(99);
        if (d.x > 0 && behind < 8.0 && (i++ % 2 == 0)) continue;  // drop half of the right side's transition
        lopsided.push_back(d);
    }
    const MetricResult r = judge(l, lopsided);
    CHECK(metric(r.component, "left_right_imbalance") > 0.35);
    const Finding* f = finding(r, "unbalanced");
    REQUIRE(f);
    REQUIRE(f->feedback.at);
    CHECK(f->feedback.at->x > 0);  // at the weaker side
}

TEST_CASE("no dots gives hairline 0 and finite metrics", "[hairline]") {
    const MetricResult r = judge(classic(), {});
    CHECK(r.component.score == 0.0);
    for (const auto& [name, value] : r.component.metrics) CHECK(std::isfinite(value));
}
