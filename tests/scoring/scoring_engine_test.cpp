// The engine as a whole: weighted total and pass/fail, order independence and byte-identical output,
// ranked and located feedback, empty attempts, existing marks and sessions, no NaN ever.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "metric_test_patterns.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/existing_marks.hpp"
#include "scoring/lesson_regions.hpp"
#include "scoring/report_io.hpp"
#include "scoring/scoring.hpp"

using namespace stipple;
using namespace stipple::test;

namespace {
Lesson hairline_lesson() {
    Lesson l = patch_lesson();
    l.id = "engine-test";
    l.zone = {{-32, 72}, {32, 72}, {32, 102}, {-32, 102}};
    l.hairline = Hairline{{{-30, 86}, {-22, 82.5}, {-12, 80.6}, {0, 80}, {12, 80.6}, {22, 82.5}, {30, 86}}, 8.0};
    l.weights = {1.0, 1.0, 1.5};
    return l;
}
Attempt attempt_of(const Lesson& l, std::vector<Dot> dots) {
    Attempt a;
    a.lesson = l.id;
    a.dots = std::move(dots);
    return a;
}
bool all_finite(const ScoreReport& r) {
    bool ok = std::isfinite(r.total) && std::isfinite(r.spacing.score) && std::isfinite(r.depth.score);
    for (const auto& [k, v] : r.spacing.metrics) ok = ok && std::isfinite(v);
    for (const auto& [k, v] : r.depth.metrics) ok = ok && std::isfinite(v);
    if (r.hairline)
        for (const auto& [k, v] : r.hairline->metrics) ok = ok && std::isfinite(v);
    return ok;
}
}  // namespace

TEST_CASE("the total is the weighted mean of the components and decides pass/fail", "[engine]") {
    const Lesson l = hairline_lesson();
    std::vector<Dot> dots = demo_attempt(l).dots;
    for (Dot& d : dots) d.depth_mm = 1.5;  // depth 0, the rest perfect
    const ScoreReport r = score_attempt(l, attempt_of(l, dots));
    REQUIRE(r.hairline);
    const double expected = (1.0 * r.spacing.score + 1.0 * r.depth.score + 1.5 * r.hairline->score) / 3.5;
    CHECK(r.total == Approx(expected));
    CHECK(r.depth.score <= 1.0);
    CHECK(r.passed == (r.total >= l.pass_score));
    CHECK_FALSE(r.passed);

    Lesson no_hairline = patch_lesson();
    no_hairline.weights = {3.0, 1.0, 100.0};  // the hairline weight is ignored without a hairline
    const ScoreReport p = score_attempt(no_hairline, attempt_of(no_hairline, as_dots(blue_noise_patch(1.2, 1), 1.5)));
    CHECK_FALSE(p.hairline);
    CHECK(p.total == Approx((3.0 * p.spacing.score + p.depth.score) / 4.0));
}

TEST_CASE("dot order never changes the report, and the output is byte-identical", "[engine]") {
    const Lesson l = hairline_lesson();
    std::vector<Dot> dots = demo_attempt(l).dots;
    for (int i = 0; i < 30; ++i) dots.push_back({-5.0 + 0.3 * i, 77.0 + 0.1 * (i % 4), 0.3 + 0.04 * i, std::nullopt});
    const std::string first = report_to_json(score_attempt(l, attempt_of(l, dots))).dump(2);
    std::reverse(dots.begin(), dots.end());
    CHECK(report_to_json(score_attempt(l, attempt_of(l, dots))).dump(2) == first);
    SeededRandom rng(3);
    for (size_t i = dots.size() - 1; i > 0; --i) std::swap(dots[i], dots[rng.below(i + 1)]);
    CHECK(report_to_json(score_attempt(l, attempt_of(l, dots))).dump(2) == first);
    CHECK(report_to_json(score_attempt(l, attempt_of(l, dots))).dump(2) == first);
}

TEST_CASE("feedback is ranked, capped and located", "[engine]") {
    const Lesson l = hairline_lesson();
    std::vector<Dot> dots = as_dots(lattice_patch(1.2, 0.2, false, 0.0, 1, 60.0));
    for (Dot& d : dots) {
        d.x -= 30.0;
        d.y += 65.0;                        // a grid over the whole zone and the forehead
        d.depth_mm = d.x < 0 ? 1.4 : 0.2;   // too deep on the left, too shallow on the right
    }
    const ScoreReport r = score_attempt(l, attempt_of(l, dots));
    CHECK_FALSE(r.passed);
    REQUIRE(r.feedback.size() >= 4);
    CHECK(r.feedback.size() <= 12);
    size_t located = 0;
    for (const Feedback& f : r.feedback) located += f.at.has_value();
    CHECK(located >= 3);
    // Same input, same order of feedback.
    const ScoreReport again = score_attempt(l, attempt_of(l, dots));
    REQUIRE(again.feedback.size() == r.feedback.size());
    for (size_t i = 0; i < r.feedback.size(); ++i) CHECK(again.feedback[i].message == r.feedback[i].message);
}

TEST_CASE("an empty attempt is valid: zeros, one feedback line, no NaN", "[engine]") {
    const Lesson l = hairline_lesson();
    const ScoreReport r = score_attempt(l, attempt_of(l, {}));
    CHECK(r.total == 0.0);
    CHECK_FALSE(r.passed);
    CHECK(r.spacing.score == 0.0);
    CHECK(r.depth.score == 0.0);
    REQUIRE(r.hairline);
    CHECK(r.hairline->score == 0.0);
    REQUIRE(r.feedback.size() == 1);
    CHECK(r.feedback[0].component == "general");
    CHECK(all_finite(r));
}

TEST_CASE("degenerate input never yields NaN or a crash", "[engine]") {
    const Lesson l = hairline_lesson();
    std::vector<std::vector<Dot>> cases = {
        {{0, 90, 0.6, std::nullopt}},                                              // one dot
        std::vector<Dot>(50, Dot{1.0, 90.0, 0.6, std::nullopt}),                   // all on one spot
        {{1e9, -1e9, 0.6, std::nullopt}, {-1e300, 1e300, 0.7, std::nullopt}},      // off any head
        {{-31.9, 72.1, 0.6, std::nullopt}, {31.9, 101.9, 9.9, std::nullopt}},      // corners
    };
    for (const auto& dots : cases) {
        const ScoreReport r = score_attempt(l, attempt_of(l, dots));
        CHECK(all_finite(r));
        CHECK(r.total >= 0.0);
        CHECK(r.total <= 100.0);
    }
}

TEST_CASE("existing marks are deterministic, inside the zone and behind the hairline", "[engine][existing]") {
    Lesson l = hairline_lesson();
    l.existing = Existing{"hair", 0.3, 42};
    const std::vector<Point> marks = existing_marks(l);
    CHECK(marks == existing_marks(l));
    REQUIRE(marks.size() > 50);
    for (const Point& p : marks) {
        CHECK(contains(l.zone, p));
        CHECK(behind_hairline_mm(*l.hairline, p).value_or(1.0) >= 0.0);
    }
    Lesson other = l;
    other.existing->seed = 43;
    CHECK(existing_marks(other) != marks);
    // About 30 % of full density where density is full (blue noise at that fraction).
    Lesson patch = patch_lesson();
    patch.existing = Existing{"dots", 0.3, 1};
    const double area = 40.0 * 40.0;
    const double per_mm2 = static_cast<double>(existing_marks(patch).size()) / area;
    CHECK(per_mm2 == Approx(0.3 * kBlueNoiseDensityTimesNn2 / (1.2 * 1.2)).epsilon(0.12));
    CHECK(existing_marks(patch_lesson()).empty());
}

TEST_CASE("with existing marks, the goal is full density of the combined set", "[engine][existing]") {
    Lesson l = patch_lesson();
    l.existing = Existing{"dots", 0.3, 7};
    const Attempt demo = demo_attempt(l);
    const ScoreReport good = score_attempt(l, demo);
    CHECK(good.spacing.score >= 90.0);
    CHECK(metric(good.spacing, "existing_marks") > 0.0);
    // Doing nothing leaves the scalp at 30 %: spacing 0 (no dots), and filling at full density on top is too dense.
    CHECK(score_attempt(l, attempt_of(l, {})).spacing.score == 0.0);
    const ScoreReport over = score_attempt(l, attempt_of(l, as_dots(blue_noise_patch(1.2, 9))));
    CHECK(over.spacing.score < good.spacing.score - 30.0);
}
