// The hairline metric: the expert's feathered, irregular edge scores high; a hard edge, a ruler-straight or
// ragged edge, pigment on the forehead, a misplaced edge and a mirror copy each lose, located on the scalp.
#include <catch2/catch.hpp>

#include <cmath>

#include "metric_test_patterns.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"
#include "scoring/blue_noise.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/hairline_metric.hpp"
#include "scoring/lesson_regions.hpp"
#include "scoring/scoring.hpp"

using namespace stipple;
using namespace stipple::test;

namespace {
// The classic adult hairline (mid-frontal point at y = 80, tests/lesson_fixtures.hpp) on scalp seed 11, which
// the expert demo's scatter here is drawn from.
Lesson classic() {
    Lesson l = hairline_lesson();
    l.scalp.seed = 11;
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

// Blue noise at the given share of full density (the expert's scatter, without the demo's wave or satellites).
std::vector<Dot> ramp_fill(const Lesson& l, const std::function<double(Point)>& share) {
    BlueNoiseSpec spec;
    spec.bounds = bounds_of(l.zone);
    const double r = l.targets.spacing_mm / kBlueNoiseMeanNnPerRadius;
    spec.inside = [&](Point p) { return contains(l.zone, p) && share(p) > 0; };
    spec.radius_mm = [&, r](Point p) {
        const double f = share(p);
        return f > 0 ? r / std::sqrt(f) : 1e9;
    };
    spec.min_radius_mm = r;
    spec.seed = 3;
    return as_dots(blue_noise(spec));
}

// One stray dot per 4 mm (or every_mm) along the zone, between the curve and `edge_mm(x)` behind it (a sentinel line).
void add_strays(const Lesson& l, std::vector<Dot>& dots, const std::function<double(double)>& edge_mm, double every_mm = 4.0) {
    SeededRandom r(7);
    const Bounds b = bounds_of(l.zone);
    for (double x = b.min.x + 2; x < b.max.x; x += every_mm) {
        const double d = r.uniform(0.0, std::max(0.1, edge_mm(x) - 1.0));
        dots.push_back({x + r.uniform(-1, 1), hairline_curve_y(*l.hairline, x) + d, 0.65, std::nullopt});
    }
}

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
    // Independent sides still match a little by chance at the best of 61 axes (about 0.15-0.2).
    CHECK(metric(r.component, "mirror_share") < 0.25);
    CHECK(metric(r.component, "edge_step") < 0.55);
    CHECK(r.critical.empty());
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
    // The density-based edge: the cut ramp passes half density at 5 mm, the target ramp at about 2.5 mm (the
    // front-most dot, 5.2 mm, is no longer the measure).
    CHECK(metric(r.component, "edge_offset_mm") == Approx(2.6).margin(0.4));
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

TEST_CASE("a hard edge fails the hairline wherever it lies, however many stray dots stand in front", "[hairline]") {
    const Lesson l = classic();
    // Full density from a line that follows the curve 0, 1.5, 3, 5 or 8 mm behind it, a stray dot per 4 mm in
    // front: the front-most dots look feathered, the density profile does not.
    for (const double offset : {0.0, 1.5, 3.0, 5.0, 8.0}) {
        CAPTURE(offset);
        std::vector<Dot> dots = ramp_fill(l, [&](Point p) { return behind_hairline_mm(*l.hairline, p).value_or(99) >= offset ? 1.0 : 0.0; });
        add_strays(l, dots, [&](double) { return offset; });
        const MetricResult r = judge(l, dots);
        CHECK(r.component.score < 50.0);
        CHECK(metric(r.component, "edge_step") > 0.65);
        CHECK(finding(r, "Hard edge"));
    }
    // More stray dots: one per 2 mm or per 1 mm in front of a hard edge 3 or 5 mm back.
    for (const double every : {2.0, 1.0})
        for (const double offset : {3.0, 5.0}) {
            CAPTURE(every, offset);
            std::vector<Dot> dots = ramp_fill(l, [&](Point p) { return behind_hairline_mm(*l.hairline, p).value_or(99) >= offset ? 1.0 : 0.0; });
            add_strays(l, dots, [&](double) { return offset; }, every);
            CHECK(judge(l, dots).component.score < 50.0);
        }
    // A ruler-straight hard fill edge 3-9 mm behind the curve (y = 89), strays in front: 93 on hairline-classic
    // before the profile was judged.
    std::vector<Dot> dots = ramp_fill(l, [](Point p) { return p.y >= 89.0 ? 1.0 : 0.0; });
    add_strays(l, dots, [&](double x) { return 89.0 - hairline_curve_y(*l.hairline, x); });
    const MetricResult r = judge(l, dots);
    CHECK(r.component.score < 20.0);
    CHECK(metric(r.component, "edge_step") > 0.7);
    CHECK(metric(r.component, "front_target_ratio") < 0.4);
    const Finding* hard = finding(r, "Hard edge");
    REQUIRE(hard);
    REQUIRE(hard->feedback.at);
    CHECK(std::abs(hard->feedback.at->y - 89.0) < 2.0);  // at the step, not at the stray dots
}

TEST_CASE("a soft ramp is not a hard edge; a soft edge off the curve loses for its place only", "[hairline]") {
    const Lesson l = classic();
    // The target ramp itself, scattered as blue noise: soft, irregular at the dot scale, on the curve.
    const MetricResult exact = judge(l, ramp_fill(l, [&](Point p) { return density_share(l, p); }));
    CHECK(exact.component.score >= 95.0);
    CHECK(metric(exact.component, "edge_step") < 0.55);
    CHECK(std::abs(metric(exact.component, "edge_offset_mm")) < 1.0);
    // The same soft ramp started from a straight line through the curve's ends (y = 86): 6 mm back in the
    // middle. Soft, so not hard, but misplaced and the front of the transition left bare there.
    const MetricResult straight = judge(l, ramp_fill(l, [&](Point p) {
        return contains(l.zone, p) ? hairline_ramp(p.y - 86.0, l.hairline->transition_mm) : 0.0;
    }));
    CHECK(metric(straight.component, "edge_step") < 0.6);
    CHECK(straight.component.score < exact.component.score - 15.0);
}

TEST_CASE("a mirror copy is caught through hand jitter and a shifted axis; a natural asymmetry is not", "[hairline]") {
    const Lesson l = classic();
    const std::vector<Dot> demo = demo_attempt(l).dots;
    for (const double jitter : {0.0, 0.2})
        for (const double axis : {0.0, 0.1}) {
            CAPTURE(jitter, axis);
            SeededRandom rng(9);
            std::vector<Dot> copy;
            for (const Dot& d : demo)
                if (d.x < 0) {
                    copy.push_back(d);
                    copy.push_back({2.0 * axis - d.x + jitter * rng.normal(), d.y + jitter * rng.normal(), d.depth_mm, std::nullopt});
                }
            const MetricResult r = judge(l, copy);
            CHECK(metric(r.component, "mirror_share") > 0.55);
            CHECK(metric(r.component, "mirror_profile_correlation") > 0.7);
            CHECK(r.component.score < 50.0);
            const Finding* f = finding(r, "mirror");
            REQUIRE(f);
            REQUIRE(f->feedback.at);
            CHECK(std::abs(f->feedback.at->x - axis) < 0.1);  // the axis it found
        }
    // The right side's hairline 1 mm further back than the left: natural, independent irregularity.
    std::vector<Dot> natural = demo;
    for (Dot& d : natural) d.y += std::clamp(d.x / 10.0, 0.0, 1.0);
    const MetricResult r = judge(l, natural);
    CHECK(metric(r.component, "mirror_share") < 0.25);
    CHECK(metric(r.component, "mirror_profile_correlation") < 0.45);
    CHECK(r.component.score >= 95.0);
    // A copy drawn again by hand with 0.3 mm of jitter: the dots barely match, the profile still does.
    SeededRandom rng(9);
    std::vector<Dot> redrawn;
    for (const Dot& d : demo)
        if (d.x < 0) {
            redrawn.push_back(d);
            redrawn.push_back({-d.x + 0.3 * rng.normal(), d.y + 0.3 * rng.normal(), d.depth_mm, std::nullopt});
        }
    const MetricResult copy = judge(l, redrawn);
    CHECK(metric(copy.component, "mirror_profile_correlation") > 0.55);
    CHECK(finding(copy, "mirror"));
}

TEST_CASE("spill ramps in from 2 to 3 mm in front: no cliff, and more than three dots is a critical error", "[hairline]") {
    const Lesson l = classic();
    const std::vector<Dot> demo = demo_attempt(l).dots;
    const double clean = judge(l, demo).component.score;
    auto with_dot_in_front = [&](double mm) {
        std::vector<Dot> dots = demo;
        dots.push_back({0.0, 80.0 - mm, 0.65, std::nullopt});
        return judge(l, dots);
    };
    const double at_199 = with_dot_in_front(1.99).component.score, at_201 = with_dot_in_front(2.01).component.score;
    CHECK(std::abs(at_199 - at_201) < 0.5);  // was 0 vs 26 points
    CHECK(clean - at_199 < 0.5);
    CHECK(clean - with_dot_in_front(3.5).component.score == Approx(17.4).margin(0.5));  // one whole dot
    // Moving one dot 0.01 mm at a time across the ramp never changes the score by more than a fraction.
    double previous = with_dot_in_front(1.95).component.score, worst = 0;
    for (double mm = 1.96; mm <= 2.06; mm += 0.01) {
        const double now = with_dot_in_front(mm).component.score;
        worst = std::max(worst, std::abs(now - previous));
        previous = now;
    }
    CHECK(worst < 0.5);
    // Three dots fully on the forehead: a big deduction, no critical error; a fourth makes it critical.
    std::vector<Dot> three = demo;
    for (int i = 0; i < 3; ++i) three.push_back({-4.0 + 4.0 * i, 75.0, 0.65, std::nullopt});
    const MetricResult r3 = judge(l, three);
    CHECK(metric(r3.component, "forehead_spill") == Approx(3.0));
    CHECK(r3.critical.empty());
    std::vector<Dot> four = three;
    four.push_back({8.0, 75.0, 0.65, std::nullopt});
    const MetricResult r4 = judge(l, four);
    REQUIRE(r4.critical.size() == 1);
    CHECK(r4.critical[0].code == "forehead_spill");
    CHECK(r4.critical[0].message.find("forehead") != std::string::npos);
    REQUIRE(r4.critical[0].at);
    CHECK(r4.critical[0].at->y == Approx(75.0));
}

TEST_CASE("beside the curve's ends the hairline is carried on, so an expert is not charged a hole there", "[hairline]") {
    Lesson l = classic();
    l.zone = {{-42, 72}, {42, 72}, {42, 102}, {-42, 102}};  // 12 mm past the curve's ends
    // The curve carried on along its end segments: at x = -40 the line from (-22, 82.5) to (-30, 86) is at 90.375.
    CHECK(behind_hairline_mm(*l.hairline, {-40.0, 90.375}).value() == Approx(0.0).margin(1e-9));
    CHECK(behind_hairline_mm(*l.hairline, {-40.0, 95.375}).value() == Approx(5.0 * std::cos(std::atan(0.4375))).epsilon(1e-6));
    CHECK(behind_hairline_mm(*l.hairline, {40.0, 86.0}).value() < -2.0);  // in front of the carried-on curve
    CHECK(density_share(l, {-40.0, 92.0}) < 0.5);
    CHECK(!in_full_density_region(l, {-40.0, 92.0}));
    CHECK(hairline_curve_y(*l.hairline, 40.0) == Approx(90.375));
    // An expert who carries the hairline's ramp on to the zone's edge (spacing was 6 when that strip counted as
    // full-density core with an 11 mm hole).
    Attempt expert;
    expert.lesson = l.id;
    expert.dots = ramp_fill(l, [&](Point p) { return density_share(l, p); });
    const ScoreReport report = score_attempt(l, expert);
    CHECK(report.spacing.score >= 95.0);
    REQUIRE(report.hairline);
    CHECK(report.hairline->score >= 95.0);
    // The demo feathers the carried-on strip too.
    const ScoreReport demo = score_attempt(l, demo_attempt(l));
    REQUIRE(demo.hairline);
    CHECK(demo.hairline->score >= 95.0);
    CHECK(demo.total >= 95.0);
}

TEST_CASE("moving one dot 0.01 mm through the edge changes the hairline by a fraction of a point", "[hairline]") {
    const Lesson l = classic();
    const std::vector<Dot> demo = demo_attempt(l).dots;
    // Walk a dot across the curve, through the front third and sideways across the middle (mirror axis, the
    // soft left/right split and a column boundary), 0.01 mm at a time.
    struct Walk {
        Point from, step;
    };
    for (const Walk& walk : {Walk{{-10.0, 77.4}, {0.0, 0.01}}, Walk{{-0.6, 83.0}, {0.01, 0.0}}, Walk{{-18.3, 84.0}, {0.01, 0.0}}}) {
        double previous = -1, worst = 0;
        for (int i = 0; i <= (kSanitized ? 20 : 60); ++i) {
            std::vector<Dot> dots = demo;
            dots.push_back({walk.from.x + i * walk.step.x, walk.from.y + i * walk.step.y, 0.65, std::nullopt});
            const double now = judge(l, dots).component.score;
            if (previous >= 0) worst = std::max(worst, std::abs(now - previous));
            previous = now;
        }
        CAPTURE(walk.from.x, walk.from.y);
        CHECK(worst < 0.3);
    }
}

TEST_CASE("a straight line across the curve and a transition half as long are judged from the profile", "[hairline]") {
    const Lesson l = classic();
    const double T = l.hairline->transition_mm;
    const MetricResult exact = judge(l, ramp_fill(l, [&](Point p) { return density_share(l, p); }));
    CHECK(metric(exact.component, "curve_flattening_mm") < 0.6);
    CHECK(metric(exact.component, "transition_width_share") > 0.9);
    CHECK(metric(exact.component, "edge_wander_mm") < 1.0);
    // The same soft ramp behind a straight line at the curve's mean height (about y = 81.8): it keeps the
    // middle but ignores the curve's receding temples.
    const MetricResult straight = judge(l, ramp_fill(l, [&](Point p) {
        return contains(l.zone, p) ? hairline_ramp(p.y - 81.8, T) : 0.0;
    }));
    CHECK(metric(straight.component, "curve_flattening_mm") > 1.3);
    CHECK(metric(straight.component, "edge_wander_mm") < 1.15);  // straight, not charged as ragged
    CHECK(straight.component.score < exact.component.score - 40.0);
    CHECK(finding(straight, "straight across the curve"));
    // On the curve, but full density reached in half the transition: too short, charged, located.
    const MetricResult short_ramp = judge(l, ramp_fill(l, [&](Point p) {
        const auto d = behind_hairline_mm(*l.hairline, p);
        return contains(l.zone, p) && d ? hairline_ramp(*d, T / 2.0) : 0.0;
    }));
    CHECK(metric(short_ramp.component, "transition_width_share") < 0.7);
    CHECK(short_ramp.component.score < exact.component.score - 15.0);
    CHECK(finding(short_ramp, "too short"));
}
