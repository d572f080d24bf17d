// The depth metric: inside the window and tightly grouped scores high; consistently wrong is as bad as erratic;
// only zone dots count, credit grows with the work done, and blow-outs beyond the lesson's share are critical.
#include <catch2/catch.hpp>

#include <cmath>

#include "metric_test_patterns.hpp"
#include "scoring/depth_metric.hpp"
#include "scoring/lesson_regions.hpp"

using namespace stipple;
using namespace stipple::test;

namespace {
std::vector<Dot> with_depths(const std::vector<double>& depths) {
    std::vector<Dot> dots;
    for (size_t i = 0; i < depths.size(); ++i) dots.push_back({static_cast<double>(i % 30), static_cast<double>(i / 30), depths[i], std::nullopt});
    return dots;
}
// A lesson whose zone holds exactly the with_depths() positions of n dots and expects about n dots, so the
// work is done and only depth is judged.
Lesson depth_lesson(size_t n) {
    Lesson l = patch_lesson();
    const double rows = std::ceil(static_cast<double>(n) / 30.0);
    l.zone = {{-0.5, -0.5}, {29.5, -0.5}, {29.5, rows - 0.5}, {-0.5, rows - 0.5}};
    l.targets.spacing_mm = std::sqrt(30.0 * rows * kBlueNoiseDensityTimesNn2 / static_cast<double>(n));
    return l;
}
std::vector<double> normal_depths(size_t n, double mean, double sd, uint64_t seed) {
    SeededRandom r(seed);
    std::vector<double> d;
    for (size_t i = 0; i < n; ++i) d.push_back(std::max(0.01, mean + sd * r.normal()));
    return d;
}
}  // namespace

TEST_CASE("consistent depths in the window score full marks", "[depth]") {
    const MetricResult r = depth_metric(depth_lesson(400), with_depths(normal_depths(400, 0.65, 0.03, 1)));
    CHECK(r.component.score >= 95.0);
    CHECK(metric(r.component, "in_window_share") == 1.0);
    CHECK(metric(r.component, "depth_sd_mm") == Approx(0.03).margin(0.01));
    CHECK(r.findings.empty());
}

TEST_CASE("all dots at 1.5 mm in a 0.4-0.9 window score near zero", "[depth]") {
    const MetricResult r = depth_metric(depth_lesson(300), with_depths(std::vector<double>(300, 1.5)));
    CHECK(r.component.score <= 1.0);
    CHECK(metric(r.component, "too_deep") == 300.0);
    CHECK(metric(r.component, "depth_sd_mm") == 0.0);  // perfectly consistent, still wrong
    REQUIRE_FALSE(r.findings.empty());
    CHECK(r.findings[0].feedback.message.find("too deep") != std::string::npos);
    CHECK(r.findings[0].feedback.at.has_value());
}

TEST_CASE("too shallow dots are counted and located", "[depth]") {
    std::vector<double> depths = normal_depths(200, 0.65, 0.03, 2);
    depths.insert(depths.end(), 50, 0.15);  // the last 50 positions: rows 6 to 8
    const MetricResult r = depth_metric(depth_lesson(250), with_depths(depths));
    CHECK(metric(r.component, "too_shallow") == 50.0);
    CHECK(r.component.score == Approx(70.0).margin(3.0));  // 20 % shallow, each costing 1.5 dots' credit
    CHECK(r.critical.empty());  // shallow dots fade; they are not permanent damage
    bool located = false;
    for (const Finding& f : r.findings)
        if (f.feedback.message.find("too shallow") != std::string::npos && f.feedback.at) located = f.feedback.at->y >= 6.0;
    CHECK(located);
}

TEST_CASE("erratic depths lose even when most are inside the window", "[depth]") {
    const MetricResult tight = depth_metric(depth_lesson(400), with_depths(normal_depths(400, 0.65, 0.04, 3)));
    const MetricResult erratic = depth_metric(depth_lesson(400), with_depths(normal_depths(400, 0.65, 0.3, 3)));
    CHECK(tight.component.score - erratic.component.score > 40.0);
    CHECK(erratic.component.score < 60.0);
}

TEST_CASE("just outside the window is a small loss, far outside a full loss", "[depth]") {
    const double near = depth_metric(depth_lesson(100), with_depths(std::vector<double>(100, 0.93))).component.score;
    const double far = depth_metric(depth_lesson(100), with_depths(std::vector<double>(100, 1.1))).component.score;
    CHECK(near == Approx(70.0).margin(1.0));
    CHECK(far == 0.0);
}

TEST_CASE("no dots gives depth 0 and finite metrics", "[depth]") {
    const MetricResult r = depth_metric(patch_lesson(), {});
    CHECK(r.component.score == 0.0);
    CHECK(r.critical.empty());
    CHECK(r.findings.size() == 1);
    for (const auto& [name, value] : r.component.metrics) CHECK(std::isfinite(value));
}

TEST_CASE("only dots in the zone count: good dots outside cannot dilute blow-outs inside", "[depth]") {
    const Lesson l = depth_lesson(300);
    std::vector<Dot> dots = with_depths(std::vector<double>(300, 1.5));  // every zone dot blown out
    for (int i = 0; i < 3000; ++i)  // and 3000 perfect dots 10 cm away
        dots.push_back({100.0 + (i % 60) * 1.1, 100.0 + (i / 60) * 1.1, 0.65, std::nullopt});
    const MetricResult r = depth_metric(l, dots);
    CHECK(r.component.score == 0.0);
    CHECK(metric(r.component, "dots") == 3300.0);
    CHECK(metric(r.component, "zone_dots") == 300.0);
    CHECK(metric(r.component, "blown_out_share") == 1.0);
    REQUIRE(r.critical.size() == 1);
    CHECK(r.critical[0].code == "blowout");

    // Only outside dots: nothing in the zone to judge.
    const MetricResult outside = depth_metric(l, std::vector<Dot>(dots.begin() + 300, dots.end()));
    CHECK(outside.component.score == 0.0);
    CHECK(metric(outside.component, "zone_dots") == 0.0);
    REQUIRE(outside.findings.size() == 1);
    CHECK(outside.findings[0].feedback.message.find("No dots inside the treatment zone") != std::string::npos);
}

TEST_CASE("a dot's zone weight fades over 0.5 mm outside the edge, so crossing it is no cliff", "[depth]") {
    const Lesson l = depth_lesson(300);
    std::vector<Dot> dots = with_depths(normal_depths(300, 0.65, 0.03, 5));
    dots.push_back({29.5, 5.0, 1.5, std::nullopt});  // one blown-out dot on the right edge
    double previous = depth_metric(l, dots).component.score;
    const double inside_score = previous;
    for (int step = 1; step <= 70; ++step) {  // walk it out 0.01 mm at a time
        dots.back().x = 29.5 + 0.01 * step;
        const double score = depth_metric(l, dots).component.score;
        CHECK(std::abs(score - previous) < 0.03);
        previous = score;
    }
    CHECK(zone_weight(l, {29.75, 5.0}) == Approx(0.5));
    CHECK(previous - inside_score == Approx(kBlowOutCost * 100.0 / 301.0).margin(0.05));  // the blow-out no longer counts
}

TEST_CASE("depth credit grows with the work done and is full at the completion share", "[depth]") {
    const Lesson l = patch_lesson();  // 40 x 40 mm at 1.2 mm: about 810 dots expected
    const double expected = expected_dot_count(l);
    REQUIRE(expected == Approx(1600 * kBlueNoiseDensityTimesNn2 / 1.44).epsilon(0.01));
    const std::vector<Dot> all = as_dots(blue_noise_patch(1.2, 4));
    auto first = [&](size_t n) { return std::vector<Dot>(all.begin(), all.begin() + static_cast<long>(n)); };

    const MetricResult one = depth_metric(l, first(1));
    // No existing marks: the work counts as finished at completion_share (0.8) of the expected dots.
    CHECK(one.component.score == Approx(100.0 / (0.8 * expected)).epsilon(0.01));  // one perfect dot: about 0
    CHECK(metric(one.component, "work_done_share") == Approx(1.0 / (0.8 * expected)).epsilon(0.01));
    const MetricResult half = depth_metric(l, first(static_cast<size_t>(0.4 * expected)));
    CHECK(half.component.score == Approx(50.0).margin(0.5));  // 40 % of the work is half of the 80 % needed
    bool told = false;
    for (const Finding& f : half.findings) told = told || f.feedback.message.find("only for the work done") != std::string::npos;
    CHECK(told);
    CHECK(depth_metric(l, first(static_cast<size_t>(0.81 * expected))).component.score == Approx(100.0));

    Lesson strict = l;
    strict.critical.completion_share = 1.0;
    CHECK(depth_metric(strict, first(static_cast<size_t>(0.5 * expected))).component.score == Approx(50.0).margin(0.5));
}

TEST_CASE("blow-outs above the lesson's share are a critical error; a few are not", "[depth]") {
    const Lesson l = depth_lesson(200);
    auto with_deep = [](size_t deep) {
        std::vector<double> depths = normal_depths(200, 0.65, 0.03, 6);
        for (size_t i = 0; i < deep; ++i) depths[i * (200 / deep)] = 1.5;
        return with_depths(depths);
    };
    const MetricResult sixty = depth_metric(l, with_deep(120));
    CHECK(metric(sixty.component, "blown_out_share") == Approx(0.6));
    REQUIRE(sixty.critical.size() == 1);
    CHECK(sixty.critical[0].code == "blowout");
    CHECK(sixty.critical[0].message ==
          "60 % of your dots are blown out (deeper than 0.90 mm): blow-outs are permanent; no more than 5 % are accepted");
    CHECK(sixty.critical[0].at.has_value());

    const MetricResult three = depth_metric(l, with_deep(6));
    CHECK(metric(three.component, "blown_out_share") == Approx(0.03));
    CHECK(three.critical.empty());
    CHECK(three.component.score == Approx(91.0).margin(0.5));  // still costs three times its share: permanent damage

    Lesson strict = l;
    strict.critical.blowout_share = 0.02;
    const MetricResult three_strict = depth_metric(strict, with_deep(6));
    REQUIRE(three_strict.critical.size() == 1);
    CHECK(three_strict.critical[0].message.find("3 % of your dots") == 0);
    CHECK(three_strict.critical[0].message.find("no more than 2 % are accepted") != std::string::npos);
}
