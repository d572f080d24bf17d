// The engine as a whole: weighted total and the pass rule (pass mark, component floor, critical errors:
// blow-outs, unfinished work), order independence and byte-identical output, ranked and located feedback,
// empty attempts, existing marks and sessions, absurd weights, no NaN ever.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "metric_test_patterns.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/existing_marks.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/lesson_regions.hpp"
#include "scoring/metric_support.hpp"
#include "scoring/report_io.hpp"
#include "scoring/scoring.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using namespace stipple::test;

namespace {
// The classic hairline lesson with its hairline component weighed 1.5.
Lesson weighted_hairline_lesson() {
    Lesson l = hairline_lesson();
    l.weights = {1.0, 1.0, 1.5};
    return l;
}
Attempt attempt_of(const Lesson& l, std::vector<Dot> dots) {
    Attempt a;
    a.lesson = l.id;
    a.dots = std::move(dots);
    return a;
}
// The expert demo with `percent` % of its dots blown out (1.5 mm deep), spread evenly through its dots.
Attempt blown_out(const Lesson& l, int percent) {
    Attempt a = demo_attempt(l);
    for (size_t i = 0; i < a.dots.size(); ++i)
        if ((i * static_cast<size_t>(percent)) % 100 < static_cast<size_t>(percent)) a.dots[i].depth_mm = 1.5;
    return a;
}
std::vector<std::string> codes(const ScoreReport& r) {
    std::vector<std::string> out;
    for (const CriticalError& e : r.critical_errors) out.push_back(e.code);
    return out;
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
    const Lesson l = weighted_hairline_lesson();
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
    const Lesson l = weighted_hairline_lesson();
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
    const Lesson l = weighted_hairline_lesson();
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
    const Lesson l = weighted_hairline_lesson();
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
    const Lesson l = weighted_hairline_lesson();
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
    Lesson l = weighted_hairline_lesson();
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

TEST_CASE("blow-outs above 5 % of the zone's dots fail whatever the total", "[engine][critical]") {
    const Lesson exam = shipped_lesson("shaved-front-norwood-7");
    const ScoreReport sixty = score_attempt(exam, blown_out(exam, 60));  // 82.9 and passed before
    CHECK_FALSE(sixty.passed);
    CHECK(codes(sixty) == std::vector<std::string>{"blowout"});
    CHECK(sixty.critical_errors[0].message.find("60 % of your dots are blown out (deeper than 0.90 mm)") == 0);
    CHECK(sixty.critical_errors[0].at.has_value());

    const Lesson scar = shipped_lesson("strip-scar");
    const ScoreReport quarter = score_attempt(scar, blown_out(scar, 25));
    CHECK_FALSE(quarter.passed);
    CHECK(codes(quarter) == std::vector<std::string>{"blowout"});
    CHECK(quarter.critical_errors[0].message.find("25 % of your dots are blown out (deeper than 0.70 mm)") == 0);

    const ScoreReport few = score_attempt(exam, blown_out(exam, 3));  // 3 %: costs points, not the attempt
    CHECK(few.critical_errors.empty());
    CHECK(few.passed);
    CHECK(metric(few.depth, "blown_out_share") == Approx(0.03).margin(0.002));
}

TEST_CASE("good dots outside the zone cannot dilute a blown-out zone", "[engine][critical]") {
    const Lesson exam = shipped_lesson("shaved-front-norwood-7");
    Attempt a = blown_out(exam, 100);
    for (int i = 0; i < 3000; ++i)  // 3000 good dots on the back of the head, far outside the zone
        a.dots.push_back({-60.0 + (i % 100) * 1.2, 200.0 + (i / 100) * 1.2, 0.65, std::nullopt});
    const ScoreReport r = score_attempt(exam, a);
    CHECK_FALSE(r.passed);
    CHECK(r.depth.score == 0.0);
    CHECK(metric(r.depth, "blown_out_share") == 1.0);
    CHECK(codes(r) == std::vector<std::string>{"blowout"});
}

TEST_CASE("unfinished work cannot pass: the trainee's own dots must reach the session's count", "[engine][critical]") {
    const Lesson l3 = shipped_lesson("layering-session-3");
    const double expected = expected_dot_count(l3);  // new dots only: the earlier 70 % are not the trainee's work
    CHECK(expected == Approx(280).margin(30));
    const Attempt demo = demo_attempt(l3);
    Attempt first_dot{l3.id, {}, {}, "generated", {demo.dots[0]}, nullptr, {}, {}, nullptr};
    first_dot.choice = demo.choice;  // the lesson offers a needle and shade: the expert's, so only the work is at fault
    const ScoreReport one = score_attempt(l3, first_dot);
    CHECK_FALSE(one.passed);  // 79.1 and passed before
    CHECK(codes(one) == std::vector<std::string>{"unfinished"});
    // Finished at 80 % of the visible target: the 70 % already there plus 10 % of the 30 % this session adds.
    const double required = expected - 0.2 * expected_visible_dot_count(l3);
    CHECK(required == Approx(expected / 3.0).epsilon(0.05));
    CHECK(one.critical_errors[0].message == "You placed 1 of about " + std::to_string(std::lround(expected)) +
                                                " dots this session needs (at least " +
                                                std::to_string(static_cast<long>(std::ceil(required))) +
                                                " to count as finished): finish the work before it can pass");
    CHECK(one.depth.score < 1.5);  // depth credit follows the work done: 1 of the ~94 dots required

    const Lesson first = shipped_lesson("first-dots-depth");
    const double first_expected = expected_dot_count(first);
    CHECK(first_expected == Approx(200).margin(20));  // the brief's "about 200 single impressions"
    const ScoreReport three = score_attempt(first, Attempt{first.id, {}, {}, "generated",
                                                           {{0, 130, 0.65, 1.0}, {1.2, 130, 0.65, 2.0}, {0, 131.2, 0.65, 3.0}},
                                                           nullptr, {}, {}, nullptr});
    CHECK_FALSE(three.passed);
    CHECK(codes(three) == std::vector<std::string>{"unfinished"});

    Attempt far = demo_attempt(first);  // every dot 10 cm outside the zone
    for (Dot& d : far.dots) d.y += 100.0;
    const ScoreReport outside = score_attempt(first, far);
    CHECK_FALSE(outside.passed);
    CHECK(codes(outside) == std::vector<std::string>{"unfinished"});
    CHECK(outside.critical_errors[0].message.find("You placed 0 of about") == 0);
    CHECK(outside.critical_errors[0].message.find("inside the treatment zone (" + std::to_string(far.dots.size()) +
                                                  " more landed outside it)") != std::string::npos);
    CHECK(outside.depth.score == 0.0);

    // Within the tolerance: the demo without its last 15 % of dots is still finished work.
    Attempt most = demo_attempt(first);
    REQUIRE(static_cast<double>(most.dots.size()) > 0.85 * first_expected);
    most.dots.resize(static_cast<size_t>(0.85 * first_expected));
    CHECK(score_attempt(first, most).critical_errors.empty());
    Lesson strict = first;
    strict.critical.completion_share = 0.95;
    CHECK(codes(score_attempt(strict, most)) == std::vector<std::string>{"unfinished"});
}

TEST_CASE("a component below the floor fails even when the total reaches the pass mark", "[engine][pass]") {
    const Lesson first = shipped_lesson("first-dots-depth");
    Attempt spot;  // 200 perfect-depth dots on one spot: enough dots, no spread at all
    spot.lesson = first.id;
    for (int i = 0; i < 200; ++i) spot.dots.push_back({0.0, 130.0, 0.65, std::nullopt});
    const ScoreReport r = score_attempt(first, spot);
    CHECK(r.total >= first.pass_score);  // 85.7: depth carries the total
    CHECK(r.spacing.score < 50.0);
    CHECK(r.critical_errors.empty());
    CHECK_FALSE(r.passed);
    const std::vector<std::string> why = score_shortfalls(first, r);
    REQUIRE(why.size() == 1);
    CHECK(why[0] == "Spacing scored " + feedback_text("%.1f", r.spacing.score) + ": every part must reach 50 to pass");

    Lesson no_floor = first;
    no_floor.component_floor = 0;
    CHECK(score_attempt(no_floor, spot).passed);
    Lesson spacing_unweighted = first;  // a part with weight 0 does not count, so it has no floor
    spacing_unweighted.weights.spacing = 0;
    CHECK(score_attempt(spacing_unweighted, spot).passed);

    ScoreReport low = r;
    low.total = 60;
    CHECK(score_shortfalls(first, low).front() == "The total, 60.0, is below the pass mark of 75");
}

TEST_CASE("absurd weights cannot overflow the total", "[engine][pass]") {
    const Lesson l = weighted_hairline_lesson();
    const Attempt demo = demo_attempt(l);
    const ScoreReport normal = score_attempt(l, demo);
    Lesson huge = l;
    huge.weights = {1e308, 1e308, 1.5e308};
    const ScoreReport big = score_attempt(huge, demo);
    CHECK(big.total == Approx(normal.total));
    CHECK(big.passed == normal.passed);
    Lesson tiny = l;
    tiny.weights = {1e-300, 1e-300, 1.5e-300};
    CHECK(score_attempt(tiny, demo).total == Approx(normal.total));
}

TEST_CASE("every shipped lesson's demo passes with no critical error", "[engine][critical]") {
    for (const auto& entry : std::filesystem::directory_iterator(test::lessons_dir())) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".json" || name == "curriculum.json" || name.find(".schema.") != std::string::npos)
            continue;
        const Lesson l = load_lesson(entry.path().string());
        const ScoreReport r = score_attempt(l, demo_attempt(l));
        INFO(l.id << ": " << r.total);
        CHECK(r.critical_errors.empty());
        CHECK(score_shortfalls(l, r).empty());
        CHECK(r.passed);
        if (!l.design) CHECK(metric(r.depth, "work_done_share") >= 0.9);  // a design lesson places no dots
    }
}

TEST_CASE("every metric's critical errors are collected in order, and any one fails a perfect total", "[engine][critical]") {
    const Lesson l = weighted_hairline_lesson();
    auto perfect = [](const std::string& component) {
        MetricResult m;
        m.component.score = 100.0;
        m.findings.push_back({1.0, {component, "a small remark", std::nullopt}});
        return m;
    };
    WorkDone done;  // the work is done
    MetricResult hairline = perfect("hairline");
    hairline.critical.push_back({"forehead_spill", "9 dots on the forehead", Point{0, 70}});
    MetricResult spacing = perfect("spacing");
    spacing.critical.push_back({"test_spacing", "raised by spacing", std::nullopt});
    const ScoreReport r = combine_results(l, false, done, spacing, perfect("depth"), hairline);
    CHECK(r.total == 100.0);
    CHECK_FALSE(r.passed);
    CHECK(codes(r) == std::vector<std::string>{"test_spacing", "forehead_spill"});
    CHECK(r.critical_errors[1].at == std::optional<Point>(Point{0, 70}));
    CHECK(r.feedback.size() == 3);

    const ScoreReport clean = combine_results(l, false, done, perfect("spacing"), perfect("depth"), perfect("hairline"));
    CHECK(clean.passed);
    CHECK(clean.critical_errors.empty());

    WorkDone little;
    little.own_dots_in_zone = 10;
    little.expected_dots = 500;
    little.required_dots = 400;
    little.share = 0.025;
    const ScoreReport unfinished = combine_results(l, false, little, perfect("spacing"), perfect("depth"), hairline);
    CHECK(codes(unfinished) == std::vector<std::string>{"unfinished", "forehead_spill"});
    CHECK(unfinished.critical_errors[0].message ==
          "You placed 10 of about 500 dots this session needs (at least 400 to count as finished): finish the work "
          "before it can pass");
}
