// The proof that the judge is right (issue 9, items 9 and 10): every scoring-gallery generator on several
// shipped lessons gets the verdict an SMP expert gives (pass >= 85, fail, or at least N points under the
// expert demo); the demo scores 95+ on every lesson; each fault family's total falls as its severity rises,
// without jumps; moving one dot of an expert attempt by 0.01 mm (anywhere, and across the zone edge, the
// hairline curve, the 2 mm spill line and the back of the transition zone) moves the total by under 0.5.
// Cheap enough for the ASan build: under a sanitizer fewer dots are probed for continuity.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "scoring/attempt_gallery.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/lesson_regions.hpp"
#include "scoring/scoring.hpp"
#include "scoring/seeded_random.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using stipple::test::kSanitized;

namespace {

const Lesson& lesson(const std::string& id) {
    static std::map<std::string, Lesson> cache;
    auto it = cache.find(id);
    if (it == cache.end()) it = cache.emplace(id, test::shipped_lesson(id)).first;
    return it->second;
}

double expert_total(const std::string& id) {
    static std::map<std::string, double> cache;
    auto it = cache.find(id);
    if (it == cache.end()) it = cache.emplace(id, score_attempt(lesson(id), demo_attempt(lesson(id))).total).first;
    return it->second;
}

std::string verdict_line(const AttemptGenerator& g, const std::string& id, const ScoreReport& r) {
    std::ostringstream s;
    s << g.name << " on " << id << ": total " << r.total << (r.passed ? " (passed)" : " (failed)") << ", spacing "
      << r.spacing.score << ", depth " << r.depth.score;
    if (r.hairline) s << ", hairline " << r.hairline->score;
    s << "; critical errors " << r.critical_errors.size() << "; expert demo " << expert_total(id) << "; an expert says "
      << describe(expected_verdict(g, lesson(id)));
    return s.str();
}

// Runs the named generators on the lessons (where they apply) and checks each verdict. Under a sanitizer
// only the first three lessons of each list (the lists put the most telling ones first).
void check_verdicts(const std::vector<std::string>& names, const std::vector<std::string>& lesson_ids,
                    uint64_t seeds = 1) {
    const size_t lessons = kSanitized ? std::min<size_t>(3, lesson_ids.size()) : lesson_ids.size();
    for (const std::string& name : names) {
        const AttemptGenerator* g = find_attempt_generator(name);
        REQUIRE(g != nullptr);
        for (size_t li = 0; li < lessons; ++li) {
            const std::string& id = lesson_ids[li];
            if (!applies_to(*g, lesson(id))) continue;
            for (uint64_t seed = 1; seed <= seeds; ++seed) {
                const ScoreReport r = score_attempt(lesson(id), make_attempt(*g, lesson(id), seed));
                INFO(verdict_line(*g, id, r) << " (seed " << seed << ")");
                CHECK(expectation_met(expected_verdict(*g, lesson(id)), r, expert_total(id)));
            }
        }
    }
}

std::vector<std::string> names_where(bool (*pick)(const AttemptGenerator&)) {
    std::vector<std::string> out;
    for (const AttemptGenerator& g : attempt_generators())
        if (pick(g)) out.push_back(g.name);
    return out;
}

bool family_in(const AttemptGenerator& g, std::initializer_list<const char*> families) {
    for (const char* f : families)
        if (g.family == f) return true;
    return false;
}

}  // namespace

TEST_CASE("the gallery has at least 40 named generators with unique names and the issue's faults", "[gallery]") {
    const auto& all = attempt_generators();
    CHECK(all.size() >= 40);
    std::set<std::string> names;
    for (const AttemptGenerator& g : all) {
        INFO(g.name);
        CHECK(names.insert(g.name).second);
        CHECK(g.make != nullptr);
        CHECK(!g.what.empty());
        CHECK((g.fair || g.family.empty() || !g.knob.empty()));  // every fault family names its knob
        CHECK(g.severity >= 0.0);
        CHECK(g.severity <= 1.0);
    }
    for (const char* required : {"expert-demo", "hex-lattice-j0", "hex-lattice-j15", "square-grid-j10", "rows-j10",
                                 "rings-j10", "arcs-j10", "spiral-j10", "density-halves", "density-gradient",
                                 "dense-stripe-4mm", "empty-stripe-2mm", "bare-border-2mm", "holes-6mm", "clumps",
                                 "blowout-5pct", "blowout-25pct", "blowout-60pct", "shallow-25pct", "depth-spread-0.3",
                                 "one-dot", "three-dots", "thirty-percent", "stacked-200", "all-outside",
                                 "dilution-outside", "hard-straight-edge", "sentinel-edge", "straight-soft-edge",
                                 "ragged-edge", "mirrored-halves", "mirrored-axis-shift", "spill-3", "spill-20",
                                 "expert-tight-8pct", "expert-loose-8pct", "expert-depth-spread-0.08",
                                 "expert-hand-jitter-0.1", "expert-asymmetry-1mm", "expert-shuffled-order",
                                 "expert-two-passes"}) {
        INFO(required);
        CHECK(find_attempt_generator(required) != nullptr);
    }
}

TEST_CASE("generators are deterministic and stay on the lesson's scale", "[gallery]") {
    const Lesson& l = lesson("even-fill-patch");
    const double expected = expected_dot_count(l);
    for (const char* name : {"expert-two-passes", "hex-lattice-j10", "rings-j10", "density-halves", "holes-6mm"}) {
        const AttemptGenerator& g = *find_attempt_generator(name);
        const Attempt a = make_attempt(g, l, 7), b = make_attempt(g, l, 7);
        INFO(name << ": " << a.dots.size() << " dots, the lesson expects about " << expected);
        REQUIRE(a.dots.size() == b.dots.size());
        for (size_t i = 0; i < a.dots.size(); ++i) CHECK((a.dots[i].x == b.dots[i].x && a.dots[i].y == b.dots[i].y));
        // Body faults keep the right amount of work (within 30 %), so they test the pattern, not the count.
        CHECK(static_cast<double>(a.dots.size()) > 0.7 * expected);
        CHECK(static_cast<double>(a.dots.size()) < 1.3 * expected);
    }
    CHECK(make_attempt(*find_attempt_generator("one-dot"), l).dots.size() == 1);
    CHECK(make_attempt(*find_attempt_generator("stacked-200"), l).dots.size() == 200);
    const Attempt thirty = make_attempt(*find_attempt_generator("thirty-percent"), l);
    CHECK(std::abs(static_cast<double>(thirty.dots.size()) - 0.3 * static_cast<double>(demo_attempt(l).dots.size())) <= 1.0);
}

TEST_CASE("the expert demo scores 95 or more on every shipped lesson", "[gallery]") {
    for (const auto& entry : std::filesystem::directory_iterator(test::lessons_dir())) {
        if (entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path());
        const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
        if (!doc.is_object() || doc.value("format", "") != "stipple-lesson/1") continue;
        const std::string id = entry.path().stem().string();
        const ScoreReport r = score_attempt(lesson(id), demo_attempt(lesson(id)));
        INFO(id << ": " << r.total);
        CHECK(r.total >= kDemoMinimumTotal);
        CHECK(r.passed);
        CHECK(r.critical_errors.empty());
    }
}

TEST_CASE("fair expert variants pass comfortably (85 or more) on every test lesson", "[gallery]") {
    check_verdicts(names_where([](const AttemptGenerator& g) { return g.fair; }),
                   {"even-fill-patch", "hairline-classic", "shaved-front-norwood-7", "layering-session-2",
                    "layering-session-3", "strip-scar", "ludwig-thinning", "first-dots-depth"},
                   kSanitized ? 1 : 3);  // fair work passes whatever the hand's randomness
}

TEST_CASE("visible order (lattices, grids, rows, rings, arcs, spirals) fails where spacing carries weight", "[gallery]") {
    check_verdicts(names_where([](const AttemptGenerator& g) { return g.order_fault; }),
                   {"even-fill-patch", "shaved-front-norwood-7", "strip-scar", "layering-session-2", "first-dots-depth"});
}

TEST_CASE("patchy density (halves, gradient, stripes, bare border, holes, clumps) loses what an expert sees", "[gallery]") {
    // Contrast and clumps show on every lesson; gaps (holes, an empty stripe, a bare border) only where few
    // marks were already there (between existing hair or a 70 % layer they are lighter spots, not gaps).
    check_verdicts(names_where([](const AttemptGenerator& g) {
                       return family_in(g, {"density-halves", "density-gradient", "dense-stripe", "clumps"});
                   }),
                   {"even-fill-patch", "shaved-front-norwood-7", "ludwig-thinning", "layering-session-3"});
    check_verdicts(names_where([](const AttemptGenerator& g) { return family_in(g, {"empty-stripe", "holes"}); }),
                   {"even-fill-patch", "shaved-front-norwood-7", "layering-session-2", "strip-scar"});
    // A border left at the session-1 layer (30 % of 70 %) is a lighter rim where the work meets untreated
    // scalp, much like the feathering an expert does there, not a bare border: judged where nothing was there.
    check_verdicts(names_where([](const AttemptGenerator& g) { return family_in(g, {"bare-border"}); }),
                   {"even-fill-patch", "shaved-front-norwood-7", "strip-scar"});
}

TEST_CASE("blow-outs, shallow dots and a wild depth spread fail or cost what an expert says", "[gallery]") {
    check_verdicts(names_where([](const AttemptGenerator& g) { return family_in(g, {"blowout", "shallow", "depth-spread"}); }),
                   {"even-fill-patch", "strip-scar", "first-dots-depth", "layering-session-3", "shaved-front-norwood-7"});
}

TEST_CASE("unfinished work, dots off the zone and dilution outside the zone fail", "[gallery]") {
    check_verdicts({"one-dot", "three-dots", "thirty-percent", "stacked-200", "all-outside", "dilution-outside"},
                   {"first-dots-depth", "layering-session-3", "shaved-front-norwood-7", "even-fill-patch", "strip-scar"});
}

TEST_CASE("hard, straight, sentinel, ragged and mirrored hairlines and forehead spill lose as an expert says", "[gallery]") {
    check_verdicts(names_where([](const AttemptGenerator& g) { return g.needs_hairline && !g.fair; }),
                   {"hairline-classic", "shaved-front-norwood-7", "hairline-mature"});
}

namespace {

// The largest step between neighbouring severities in [a, b] once every step above kFineStep has been
// halved up to `depth` times: a steep but continuous ramp shrinks below kFineStep, a cliff does not. Thinning
// generators change the work a dot at a time, so halving stops where the two attempts differ by one dot:
// one dot more or less may cost up to kOneDotStep (where it opens a hole or empties a window), no more.
constexpr double kFineStep = 8.0;
constexpr double kOneDotStep = 15.0;
size_t dots_differing(const Attempt& x, const Attempt& y) {
    std::vector<std::pair<double, double>> px, py, only;
    for (const Dot& d : x.dots) px.emplace_back(d.x, d.y);
    for (const Dot& d : y.dots) py.emplace_back(d.x, d.y);
    std::sort(px.begin(), px.end());
    std::sort(py.begin(), py.end());
    std::set_symmetric_difference(px.begin(), px.end(), py.begin(), py.end(), std::back_inserter(only));
    return only.size();
}
double finest_step(const AttemptGenerator& g, const Lesson& l, double a, double ta, double b, double tb, int depth) {
    if (std::abs(tb - ta) <= kFineStep) return std::abs(tb - ta);
    if (dots_differing(g.make(l, a, 1), g.make(l, b, 1)) <= 1)
        return std::abs(tb - ta) <= kOneDotStep ? kFineStep : std::abs(tb - ta);
    if (depth == 0) return std::abs(tb - ta);
    const double m = 0.5 * (a + b), tm = score_attempt(l, g.make(l, m, 1)).total;
    return std::max(finest_step(g, l, a, ta, m, tm, depth - 1), finest_step(g, l, m, tm, b, tb, depth - 1));
}

}  // namespace

TEST_CASE("each fault family's total falls as its severity rises, without jumps", "[gallery]") {
    // 8 severities 0, 1/7, ..., 1 on one lesson per family, seed fixed. Fails: a rise of more than kNoise
    // between neighbours; less than kMinDrop from the mildest to the worst; a jump, i.e. a step of more than
    // kFineStep that stays above it when its interval is halved five times (down to 1/224 of the knob), unless
    // the two ends differ by a single dot and the step is within kOneDotStep.
    constexpr double kNoise = 3.0, kMinDrop = 5.0;
    std::set<std::string> seen;
    for (const AttemptGenerator& g : attempt_generators()) {
        if (g.fair || g.family.empty() || !seen.insert(g.family).second) continue;
        const std::string id = g.needs_hairline ? "hairline-classic" : "even-fill-patch";
        const Lesson& l = lesson(id);
        std::vector<double> totals;
        std::ostringstream curve;
        for (int k = 0; k <= 7; ++k) {
            totals.push_back(score_attempt(l, g.make(l, k / 7.0, 1)).total);
            curve << " " << std::round(totals.back() * 10) / 10;
        }
        INFO(g.family << " on " << id << " (" << g.knob << "), totals at severity 0..1:" << curve.str());
        for (size_t k = 1; k < totals.size(); ++k) {
            INFO("between severities " << (k - 1) / 7.0 << " and " << k / 7.0);
            CHECK(totals[k] <= totals[k - 1] + kNoise);
            CHECK(finest_step(g, l, (k - 1) / 7.0, totals[k - 1], k / 7.0, totals[k], 5) <= kFineStep);
        }
        CHECK(totals.back() <= totals.front() - kMinDrop);
    }
    CHECK(seen.size() >= 20);
}

namespace {

// Nearest point on the zone boundary to p and the outward unit normal there.
std::pair<Point, Point> nearest_on_boundary(const Polygon& zone, Point p) {
    double best = INFINITY;
    Point at{}, normal{};
    const double orient = signed_area_mm2(zone) > 0 ? 1.0 : -1.0;
    for (size_t i = 0; i < zone.size(); ++i) {
        const Point a = zone[i], b = zone[(i + 1) % zone.size()];
        const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
        const Point q{a.x + t * dx, a.y + t * dy};
        if (distance_mm(p, q) < best) {
            best = distance_mm(p, q);
            at = q;
            const double len = std::sqrt(len2);
            normal = {orient * dy / len, -orient * dx / len};  // outward for a counter-clockwise zone
        }
    }
    return {at, normal};
}

// y in front of/behind the curve at x where behind_hairline_mm equals `behind` (bisection), if any.
std::optional<double> y_at_behind(const Hairline& h, double x, double behind) {
    double lo = -400, hi = 600;
    for (int i = 0; i < 80; ++i) {
        const double mid = 0.5 * (lo + hi);
        const std::optional<double> d = behind_hairline_mm(h, {x, mid});
        if (!d) return std::nullopt;
        (*d < behind ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

struct Probe {
    size_t dot;
    Point from, to;  // the dot's two places, 0.01 mm apart
    std::string where;
};

}  // namespace

TEST_CASE("moving one dot of an expert attempt by 0.01 mm moves the total by less than half a point", "[gallery]") {
    // About 50 probes per lesson (fewer under a sanitizer): 26 anywhere, 24 across the zone's edge, 12 across
    // each hairline line.
    const size_t anywhere = kSanitized ? 6 : 26, per_edge = kSanitized ? 6 : 24, per_line = kSanitized ? 4 : 12;
    for (const char* id : {"even-fill-patch", "hairline-classic", "shaved-front-norwood-7", "strip-scar", "layering-session-3"}) {
        const Lesson& l = lesson(id);
        const Attempt expert = demo_attempt(l);
        REQUIRE(!expert.dots.empty());
        SeededRandom rng(mix_seed(99, expert.dots.size()));
        std::vector<Probe> probes;
        // Anywhere: random dots moved 0.01 mm in a random direction.
        for (size_t k = 0; k < anywhere; ++k) {
            const size_t i = rng.below(expert.dots.size());
            const double t = rng.uniform(0, 6.283185307179586);
            const Point p{expert.dots[i].x, expert.dots[i].y};
            probes.push_back({i, p, {p.x + 0.01 * std::cos(t), p.y + 0.01 * std::sin(t)}, "anywhere"});
        }
        // Across the zone's edge: the dots nearest it, put on it and moved from 0.005 mm inside to 0.005 outside.
        std::vector<size_t> by_edge(expert.dots.size());
        for (size_t i = 0; i < by_edge.size(); ++i) by_edge[i] = i;
        std::sort(by_edge.begin(), by_edge.end(), [&](size_t a, size_t b) {
            return distance_to_boundary_mm(l.zone, {expert.dots[a].x, expert.dots[a].y}) <
                   distance_to_boundary_mm(l.zone, {expert.dots[b].x, expert.dots[b].y});
        });
        for (size_t k = 0; k < per_edge && k < by_edge.size(); ++k) {
            const size_t i = by_edge[k * 3 % by_edge.size()];
            const auto [at, n] = nearest_on_boundary(l.zone, {expert.dots[i].x, expert.dots[i].y});
            probes.push_back({i, {at.x - 0.005 * n.x, at.y - 0.005 * n.y}, {at.x + 0.005 * n.x, at.y + 0.005 * n.y}, "zone edge"});
        }
        // Across the hairline's lines: the front-most dots put on the 2 mm spill line, on the curve and at the
        // back of the transition zone, moved 0.01 mm across each.
        if (l.hairline) {
            std::vector<size_t> front;
            for (size_t i = 0; i < expert.dots.size(); ++i) {
                const std::optional<double> d = behind_hairline_mm(*l.hairline, {expert.dots[i].x, expert.dots[i].y});
                if (d && *d < 2.0) front.push_back(i);
            }
            REQUIRE(!front.empty());
            for (double line : {-kSpillToleranceMm, 0.0, l.hairline->transition_mm})
                for (size_t k = 0; k < per_line; ++k) {
                    const size_t i = front[rng.below(front.size())];
                    const double x = expert.dots[i].x;
                    const std::optional<double> y = y_at_behind(*l.hairline, x, line);
                    if (!y || !contains(l.zone, {x, *y})) continue;
                    probes.push_back({i, {x, *y - 0.005}, {x, *y + 0.005}, "hairline line " + std::to_string(line) + " mm"});
                }
        }
        CHECK(probes.size() >= anywhere + per_edge);
        for (const Probe& probe : probes) {
            Attempt a = expert, b = expert;
            a.dots[probe.dot].x = probe.from.x;
            a.dots[probe.dot].y = probe.from.y;
            b.dots[probe.dot].x = probe.to.x;
            b.dots[probe.dot].y = probe.to.y;
            const ScoreReport ra = score_attempt(l, a), rb = score_attempt(l, b);
            INFO(id << ", " << probe.where << ": dot " << probe.dot << " from (" << probe.from.x << ", " << probe.from.y
                    << ") to (" << probe.to.x << ", " << probe.to.y << "): totals " << ra.total << " -> " << rb.total);
            CHECK(std::abs(ra.total - rb.total) < 0.5);
        }
    }
}

TEST_CASE("on the whole-head final exam, fair work passes and order, patches, unfinished work and hairline faults lose",
          "[gallery][whole-head]") {
    // The same generators and expectations as on the small lessons, on 14 000 dots from the hairline into the
    // side and back fringe (issue 13): nothing about the scale lets a cunning or careless attempt through.
    const std::vector<std::string> exam = {"final-exam-norwood-7-whole-head"};
    check_verdicts(names_where([](const AttemptGenerator& g) { return g.fair; }), exam);
    check_verdicts(names_where([](const AttemptGenerator& g) { return g.order_fault; }), exam);
    check_verdicts(names_where([](const AttemptGenerator& g) {
                       return family_in(g, {"density-halves", "density-gradient", "dense-stripe", "clumps", "empty-stripe",
                                            "holes", "bare-border", "blowout", "shallow", "depth-spread"});
                   }),
                   exam);
    check_verdicts({"one-dot", "three-dots", "thirty-percent", "stacked-200", "all-outside", "dilution-outside"}, exam);
    check_verdicts(names_where([](const AttemptGenerator& g) { return g.needs_hairline && !g.fair; }), exam);
}
