// The depth metric: inside the window and tightly grouped scores high; consistently wrong is as bad as erratic.
#include <catch2/catch.hpp>

#include <cmath>

#include "metric_test_patterns.hpp"
#include "scoring/depth_metric.hpp"

using namespace stipple;
using namespace stipple::test;

namespace {
std::vector<Dot> with_depths(const std::vector<double>& depths) {
    std::vector<Dot> dots;
    for (size_t i = 0; i < depths.size(); ++i) dots.push_back({static_cast<double>(i % 30), static_cast<double>(i / 30), depths[i], std::nullopt});
    return dots;
}
std::vector<double> normal_depths(size_t n, double mean, double sd, uint64_t seed) {
    SeededRandom r(seed);
    std::vector<double> d;
    for (size_t i = 0; i < n; ++i) d.push_back(std::max(0.01, mean + sd * r.normal()));
    return d;
}
}  // namespace

TEST_CASE("consistent depths in the window score full marks", "[depth]") {
    const MetricResult r = depth_metric(patch_lesson(), with_depths(normal_depths(400, 0.65, 0.03, 1)));
    CHECK(r.component.score >= 95.0);
    CHECK(metric(r.component, "in_window_share") == 1.0);
    CHECK(metric(r.component, "depth_sd_mm") == Approx(0.03).margin(0.01));
    CHECK(r.findings.empty());
}

TEST_CASE("all dots at 1.5 mm in a 0.4-0.9 window score near zero", "[depth]") {
    const MetricResult r = depth_metric(patch_lesson(), with_depths(std::vector<double>(300, 1.5)));
    CHECK(r.component.score <= 1.0);
    CHECK(metric(r.component, "too_deep") == 300.0);
    CHECK(metric(r.component, "depth_sd_mm") == 0.0);  // perfectly consistent, still wrong
    REQUIRE_FALSE(r.findings.empty());
    CHECK(r.findings[0].feedback.message.find("too deep") != std::string::npos);
    CHECK(r.findings[0].feedback.at.has_value());
}

TEST_CASE("too shallow dots are counted and located", "[depth]") {
    std::vector<Dot> dots = with_depths(normal_depths(200, 0.65, 0.03, 2));
    for (int i = 0; i < 50; ++i) dots.push_back({100.0 + i * 0.1, 100.0, 0.15, std::nullopt});
    const MetricResult r = depth_metric(patch_lesson(), dots);
    CHECK(metric(r.component, "too_shallow") == 50.0);
    CHECK(r.component.score == Approx(80.0).margin(3.0));
    bool located = false;
    for (const Finding& f : r.findings)
        if (f.feedback.message.find("too shallow") != std::string::npos && f.feedback.at) located = f.feedback.at->x >= 100.0;
    CHECK(located);
}

TEST_CASE("erratic depths lose even when most are inside the window", "[depth]") {
    const MetricResult tight = depth_metric(patch_lesson(), with_depths(normal_depths(400, 0.65, 0.04, 3)));
    const MetricResult erratic = depth_metric(patch_lesson(), with_depths(normal_depths(400, 0.65, 0.3, 3)));
    CHECK(tight.component.score - erratic.component.score > 40.0);
    CHECK(erratic.component.score < 60.0);
}

TEST_CASE("just outside the window is a small loss, far outside a full loss", "[depth]") {
    const double near = depth_metric(patch_lesson(), with_depths(std::vector<double>(100, 0.93))).component.score;
    const double far = depth_metric(patch_lesson(), with_depths(std::vector<double>(100, 1.1))).component.score;
    CHECK(near == Approx(70.0).margin(1.0));
    CHECK(far == 0.0);
}

TEST_CASE("no dots gives depth 0 and finite metrics", "[depth]") {
    const MetricResult r = depth_metric(patch_lesson(), {});
    CHECK(r.component.score == 0.0);
    CHECK(r.findings.size() == 1);
    for (const auto& [name, value] : r.component.metrics) CHECK(std::isfinite(value));
}
