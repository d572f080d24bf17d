// The two hairline design lessons, proven: each validates cleanly, the expert's designed line passes
// comfortably, and the faults a careless or cunning trainee draws (straight, a mirror copy, too low, too high
// for the age, no temporal recession, too narrow, too wide, lopsided, ragged, a perfect arc) fail with feedback that
// names the fault and sits at the point of the line it concerns.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>

#include "scoring/demo_attempt.hpp"
#include "scoring/design_metric.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/lesson_warnings.hpp"
#include "scoring/scoring.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

Lesson load(const std::string& id) {
    const std::string path = (test::lessons_dir() / (id + ".json")).string();
    const nlohmann::json doc = parse_json_file(path);
    const Lesson l = lesson_from_json(doc, path);
    REQUIRE(l.id == id);
    REQUIRE(l.design);
    for (const LessonWarning& w : lesson_warnings(l, doc)) FAIL_CHECK(path << ": " << w.pointer << ": " << w.message);
    return l;
}

Attempt with_line(const Lesson& l, Polyline line) {
    Attempt a;
    a.lesson = l.id;
    a.input = "mouse";
    a.design_line = std::move(line);
    return a;
}

Polyline expert(const Lesson& l) { return *demo_attempt(l).design_line; }

Polyline shifted(Polyline line, double dy) {
    for (Point& p : line) p.y += dy;
    return line;
}

Polyline scaled_x(Polyline line, double factor) {
    for (Point& p : line) p.x *= factor;
    return line;
}

// The line's height above its mid-frontal point scaled: 0 flattens every corner onto the mid-frontal height.
Polyline flattened(Polyline line, double keep) {
    double mid = 0;
    REQUIRE(polyline_y_at(line, 0.0, mid));
    for (Point& p : line) p.y = mid + (p.y - mid) * keep;
    return line;
}

// The right half reflected onto the left: a perfect mirror copy (jitter_mm moves each left point a little).
Polyline mirrored(const Polyline& line, double jitter_mm = 0.0) {
    Polyline right;
    for (const Point& p : line)
        if (p.x > 0) right.push_back(p);
    Polyline out;
    int i = 0;
    for (auto it = right.rbegin(); it != right.rend(); ++it, ++i) out.push_back({-it->x, it->y + (i % 2 ? jitter_mm : -jitter_mm)});
    double mid = 0;
    REQUIRE(polyline_y_at(line, 0.0, mid));
    out.push_back({0.0, mid});
    out.insert(out.end(), right.begin(), right.end());
    return out;
}

struct Expected {
    std::string message_start;  // the feedback that must be there
    Point near;                 // where it must sit
    double within_mm = 3.0;
};

ScoreReport expect_fails(const Lesson& l, const Polyline& line, const std::string& mistake, const Expected& e) {
    const ScoreReport r = score_attempt(l, with_line(l, line));
    INFO(l.id << ", mistake \"" << mistake << "\": design " << (r.design ? r.design->score : -1) << ", total " << r.total);
    for (const Feedback& f : r.feedback)
        UNSCOPED_INFO(f.message << (f.at ? " at " + std::to_string(f.at->x) + "," + std::to_string(f.at->y) : ""));
    CHECK_FALSE(r.passed);
    CHECK(r.total < l.pass_score);
    const auto found = std::find_if(r.feedback.begin(), r.feedback.end(), [&](const Feedback& f) {
        return f.component == "design" && f.message.rfind(e.message_start, 0) == 0;
    });
    REQUIRE(found != r.feedback.end());
    REQUIRE(found->at.has_value());
    CHECK(distance_mm(*found->at, e.near) <= e.within_mm);
    return r;
}

double metric(const ScoreReport& r, const std::string& name) {
    REQUIRE(r.design);
    for (const auto& [key, value] : r.design->metrics)
        if (key == name) return value;
    FAIL("no metric " << name);
    return 0;
}

void prove_design_lesson(const std::string& id) {
    const Lesson l = load(id);
    const Polyline good = expert(l);
    const ScoreReport demo = score_attempt(l, demo_attempt(l));
    {
        INFO(id << ": the expert's line scored " << demo.total);
        for (const Feedback& f : demo.feedback) UNSCOPED_INFO(f.message);
        CHECK(demo.passed);
        CHECK(demo.total >= l.pass_score + 15);  // comfortably, not by a whisker
        CHECK(demo.critical_errors.empty());
    }
    const DesignRules& rules = l.design->rules;
    const double mid = metric(demo, "mid_frontal_mm");
    CHECK(mid >= rules.mid_frontal_min_mm);
    CHECK(mid <= rules.mid_frontal_max_mm);
    CHECK(mid >= metric(demo, "conservative_min_mm"));
    CHECK(metric(demo, "mirror_residual_mm") >= 0.8);  // a hand-drawn balance
    CHECK(std::abs(metric(demo, "asymmetry_mm")) <= rules.asymmetry_max_mm);
    // A design lesson is judged on the line alone: the dots of the demo (none) or stray ones change nothing.
    Attempt with_dots = demo_attempt(l);
    with_dots.dots = {{0, 90, 0.6, {}}, {10, 95, 2.5, {}}};
    CHECK(score_attempt(l, with_dots).total == demo.total);
    CHECK_FALSE(demo.hairline.has_value());

    const double reach = (rules.temporal_reach_min_mm + rules.temporal_reach_max_mm) / 2;
    expect_fails(l, {{-reach, mid}, {reach, mid}}, "a ruler-straight line", {"Straight", {0, mid}, 0.5});
    expect_fails(l, {{-reach, mid}, {reach, mid}}, "a ruler-straight line", {"No temporal recession", {0, mid}, reach + 1});
    expect_fails(l, mirrored(good), "a mirror copy", {"A mirror copy", {0, 0}, 200});
    expect_fails(l, mirrored(good, 0.15), "a mirror copy with a little jitter", {"A mirror copy", {0, 0}, 200});
    const ScoreReport low = expect_fails(l, shifted(good, rules.mid_frontal_min_mm - mid - 6), "too low",
                                         {"Mid-frontal point too low", {0, rules.mid_frontal_min_mm - 6}, 0.5});
    CHECK(metric(low, "mid_frontal_mm") == Approx(rules.mid_frontal_min_mm - 6).margin(0.01));
    expect_fails(l, shifted(good, rules.mid_frontal_max_mm - mid + 6), "too high for the age",
                 {"Mid-frontal point too high for a client of " + std::to_string(l.design->client_age), {0, rules.mid_frontal_max_mm + 6}, 0.5});
    const ScoreReport flat = expect_fails(l, flattened(good, 0.2), "no temporal recession", {"No temporal recession", {0, mid}, reach + 1});
    CHECK(metric(flat, "recession_mm") < rules.recession_min_mm);
    const ScoreReport narrow = expect_fails(l, scaled_x(good, 0.6), "too narrow", {"Frontal hairline too narrow", {-30, mid}, 25});
    CHECK(metric(narrow, "frontal_width_mm") < rules.frontal_width_min_mm);
    const ScoreReport wide = expect_fails(l, scaled_x(good, 1.4), "too wide", {"Frontal hairline too wide", {-60, mid}, 30});
    CHECK(metric(wide, "frontal_width_mm") > rules.frontal_width_max_mm);
    // One side drawn 7 mm higher all along: lopsided, located on the high side (the left, x < 0).
    Polyline lopsided = good;
    for (Point& p : lopsided) p.y += p.x < 0 ? 7.0 * std::min(1.0, -p.x / 10) : 0.0;
    const ScoreReport lop = expect_fails(l, lopsided, "one side higher", {"Lopsided", {-30, mid}, 40});
    const auto lop_at = std::find_if(lop.feedback.begin(), lop.feedback.end(),
                                     [](const Feedback& f) { return f.message.rfind("Lopsided", 0) == 0; });
    CHECK(lop_at->at->x < 0);
    // A zigzag of +-1 mm every 2 mm along the expert's own line: a shaky stroke, not a design.
    Polyline zigzag;
    int tooth = 0;
    for (double x = good.front().x; x <= good.back().x; x += 1.0, ++tooth) {
        double y = 0;
        REQUIRE(polyline_y_at(good, x, y));
        zigzag.push_back({x, y + (tooth % 2 ? 1.0 : -1.0)});
    }
    const ScoreReport ragged = expect_fails(l, zigzag, "a zigzag stroke", {"Ragged", {0, mid}, reach + 5});
    CHECK(metric(ragged, "jagged_mm") > 0.8);
    CHECK(metric(demo, "jagged_mm") < 0.3);
    // A perfect arc through the mid-frontal point and the corners' height: no temporal points, too regular.
    Polyline arc;
    for (double x = -reach; x <= reach + 1e-9; x += 4) arc.push_back({x, mid + 12 * (x / reach) * (x / reach)});
    expect_fails(l, arc, "a perfect arc", {"A perfect arc", {0, mid}, 0.5});
    // No line at all: critical, score 0.
    const ScoreReport none = score_attempt(l, with_line(l, {}));
    CHECK_FALSE(none.passed);
    CHECK(none.total == 0.0);
    REQUIRE_FALSE(none.critical_errors.empty());
    CHECK(none.critical_errors.front().code == "no_design_line");
    Attempt no_line = demo_attempt(l);
    no_line.design_line.reset();
    CHECK(score_attempt(l, no_line).critical_errors.front().code == "no_design_line");
    // A line that stops before the midline cannot be judged either.
    CHECK(score_attempt(l, with_line(l, {{-60, 90}, {-5, 80}})).critical_errors.front().code == "no_design_line");
}

}  // namespace

TEST_CASE("lesson hairline-design-young", "[lessons][proof][design]") { prove_design_lesson("hairline-design-young"); }
TEST_CASE("lesson hairline-design-mature", "[lessons][proof][design]") { prove_design_lesson("hairline-design-mature"); }

TEST_CASE("the young client's fair line is a young line on the mature client: too low and not conservative", "[lessons][design]") {
    const Lesson young = load("hairline-design-young"), mature = load("hairline-design-mature");
    const ScoreReport r = score_attempt(mature, with_line(mature, expert(young)));
    CHECK_FALSE(r.passed);
    const bool not_conservative = std::any_of(r.feedback.begin(), r.feedback.end(), [](const Feedback& f) {
        return f.message.rfind("Not conservative for a client of 56", 0) == 0;
    });
    CHECK(not_conservative);
    // And the mature line on the young client is too high for his age.
    const ScoreReport y = score_attempt(young, with_line(young, expert(mature)));
    CHECK_FALSE(y.passed);
    CHECK(y.feedback.front().message.rfind("Mid-frontal point too high for a client of 24", 0) == 0);
}

}  // namespace stipple
