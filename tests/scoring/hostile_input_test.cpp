// Hostile input (issue 9, item 8): every case that used to crash, hang or mislead is refused with one line
// naming the file and the JSON pointer, or handled fast and right. The caps are in scoring/input_limits.hpp.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "metric_test_patterns.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/curriculum.hpp"
#include "scoring/input_error.hpp"
#include "scoring/input_limits.hpp"
#include "scoring/iso_time.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_hints.hpp"
#include "scoring/lesson_warnings.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"
#include "scoring/seeded_random.hpp"
#include "scoring/spatial_index.hpp"
#include "tests/scoring/format_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using nlohmann::json;
using stipple::test::attempt_error;
using stipple::test::lesson_error;
using stipple::test::valid_attempt_doc;
using stipple::test::valid_lesson_doc;

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("a 30 000-character lesson id is refused by length, no regex to overflow", "[formats][hostile]") {
    json doc = valid_lesson_doc();
    doc["id"] = std::string(30000, 'a');
    const std::string e = lesson_error(doc);
    CHECK(e == "lesson.json: /id: expected a string of at most 64 characters, found 30000");
    doc["id"] = std::string(64, 'a');
    CHECK(lesson_error(doc).empty());
    doc["id"] = "Bad_Id";
    CHECK(starts_with(lesson_error(doc), "lesson.json: /id: expected lower-case letters"));
    doc = valid_lesson_doc();
    doc["title"] = std::string(30000, 'T');
    CHECK(starts_with(lesson_error(doc), "lesson.json: /title: expected a string of at most 200 characters"));
    CHECK(is_known_pattern("norwood-7"));
    CHECK_FALSE(is_known_pattern("norwood-8"));
    CHECK_FALSE(is_known_pattern("norwood-77"));
    CHECK(is_known_pattern("alopecia-areata"));
    CHECK(is_known_skin("fitzpatrick-6"));
    CHECK_FALSE(is_known_skin("fitzpatrick-0"));
    CHECK_FALSE(is_known_skin(std::string(30000, 'f')));
}

TEST_CASE("a started time with a 50 000-digit fraction is refused without recursion", "[formats][hostile]") {
    json doc = valid_attempt_doc();
    doc["started"] = "2026-11-24T10:00:00." + std::string(50000, '1') + "Z";
    CHECK(attempt_error(doc) == "attempt.json: /started: expected an ISO 8601 time such as 2026-11-24T10:00:00Z");
    // The one ISO 8601 rule (scoring/iso_time) accepts exactly what the old pattern did, on real dates.
    for (const char* ok : {"2026-11-24T10:00:00Z", "2026-11-24T10:00:00.123Z", "2026-11-24T10:00:00+01:00",
                           "2026-11-24T10:00:00.5-05:30"})
        CHECK(is_iso_time(ok));
    for (const char* bad : {"", "2026-11-24", "2026-11-24T10:00:00", "2026-11-24T10:00:00.Z", "2026-11-24 10:00:00Z",
                            "2026-11-24T10:00:00+0100", "2026-11-24T10:00:00ZZ", "26-11-24T10:00:00Z",
                            "2026-11-24T10:00:00+01:0", "2026-02-30T10:00:00Z", "2026-11-24T10:61:00Z"})
        CHECK_FALSE(is_iso_time(bad));
}

TEST_CASE("200 000 nested events are refused before parsing, naming where", "[formats][hostile]") {
    const size_t depth = 200000;
    std::string text = R"({"format": "stipple-attempt/1", "lesson": "x", "input": "mouse", "dots": [], "events": )";
    text += std::string(depth, '[') + std::string(depth, ']') + "}";
    try {
        parse_json_text(text, "attempt.json");
        FAIL("accepted");
    } catch (const InputError& e) {
        std::string pointer = "/events";
        for (size_t i = 0; i + 1 < kMaxJsonDepth; ++i) pointer += "/0";  // the 64th level opens here
        CHECK(e.pointer() == pointer);
        CHECK(std::string(e.what()) == "attempt.json: " + pointer +
                                           ": expected values nested at most 64 levels deep (arrays and objects "
                                           "inside each other)");
    }
    // Exactly the limit is fine; brackets inside strings do not count.
    const std::string at_limit = "{\"a\": \"[[[[\", \"b\": " + std::string(kMaxJsonDepth - 1, '[') +
                                 std::string(kMaxJsonDepth - 1, ']') + "}";
    CHECK_NOTHROW(parse_json_text(at_limit, "x.json"));
    const std::string over = "{\"a/b\": [{\"k\\\"\": " + std::string(kMaxJsonDepth, '[') + "]}]}";
    try {
        parse_json_text(over, "x.json");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(starts_with(e.pointer(), "/a~1b/0/k\"/0/0"));
    }
}

TEST_CASE("attempts with absurdly many dots or events are refused by count", "[formats][hostile]") {
    json doc = valid_attempt_doc();
    doc["dots"] = json::array();
    for (size_t i = 0; i <= kMaxDotsPerAttempt; ++i) doc["dots"].push_back(nullptr);
    CHECK(attempt_error(doc) == "attempt.json: /dots: expected at most 500000 dots, found 500001");
    doc = valid_attempt_doc();
    doc["events"] = json::array();
    for (size_t i = 0; i <= kMaxEventsPerAttempt; ++i) doc["events"].push_back(0);
    CHECK(attempt_error(doc) == "attempt.json: /events: expected at most 2000000 input events, found 2000001");
    doc = valid_attempt_doc();
    doc["lesson"] = std::string(65, 'a');
    CHECK(starts_with(attempt_error(doc), "attempt.json: /lesson: expected a string of at most 64 characters"));
    doc = valid_attempt_doc();
    doc["trainee"] = std::string(201, 'a');
    CHECK(starts_with(attempt_error(doc), "attempt.json: /trainee: expected a string of at most 200 characters"));
}

TEST_CASE("shapes with absurdly many points, too many scars or points off the map are refused", "[formats][hostile]") {
    json doc = valid_lesson_doc();
    json zone = json::array();
    for (size_t i = 0; i <= kMaxPointsPerShape; ++i) {
        const double a = 6.283185307179586 * static_cast<double>(i) / static_cast<double>(kMaxPointsPerShape + 1);
        zone.push_back({20 * std::cos(a), 85 + 20 * std::sin(a)});
    }
    doc["zone"] = zone;
    CHECK(lesson_error(doc) == "lesson.json: /zone: expected at most 1000 points, found 1001");
    doc = valid_lesson_doc();
    doc["hairline"]["curve"] = json::array();
    for (size_t i = 0; i <= kMaxPointsPerShape; ++i) doc["hairline"]["curve"].push_back({0.001 * static_cast<double>(i), 80});
    CHECK(starts_with(lesson_error(doc), "lesson.json: /hairline/curve: expected at most 1000 points"));
    doc = valid_lesson_doc();
    doc["scalp"]["scars"] = json::array();
    for (size_t i = 0; i <= kMaxScarsPerLesson; ++i)
        doc["scalp"]["scars"].push_back({{"kind", "burn"}, {"area", {{0, 80}, {1, 80}, {1, 81}}}});
    CHECK(lesson_error(doc) == "lesson.json: /scalp/scars: expected at most 100 scars, found 101");
    // Every shape may be at its own cap, but not all of them together.
    doc = valid_lesson_doc();
    json path = json::array();
    for (size_t i = 0; i < kMaxPointsPerShape; ++i) path.push_back({0.001 * static_cast<double>(i), 200});
    doc["scalp"]["scars"] = json::array();
    for (int i = 0; i < 4; ++i) doc["scalp"]["scars"].push_back({{"kind", "strip"}, {"path", path}, {"width_mm", 3}});
    CHECK(starts_with(lesson_error(doc), "lesson.json: /zone: expected at most 4000 points in all the lesson's shapes"));
    doc = valid_lesson_doc();
    doc["zone"][1] = {1e9, 70};
    CHECK(lesson_error(doc) == "lesson.json: /zone/1: expected a point on the scalp map, x and y from -2000 to 2000 mm");
}

TEST_CASE("impossible lessons are refused: spacing below the needle's dot, zones of absurd size, weights",
          "[formats][hostile]") {
    json doc = valid_lesson_doc();
    doc["targets"]["spacing_mm"] = 1e-9;
    CHECK(lesson_error(doc) ==
          "lesson.json: /targets/spacing_mm: expected a spacing of at least the needle's dot diameter (0.25 mm)");
    doc["targets"]["spacing_mm"] = 0.25;  // equal is possible (if unwise: lesson check warns)
    CHECK(lesson_error(doc).empty());
    doc["targets"]["spacing_mm"] = 1e300;
    CHECK(lesson_error(doc) == "lesson.json: /targets/spacing_mm: expected a spacing of at most 100 mm");
    doc = valid_lesson_doc();
    doc["hairline"]["transition_mm"] = 1e300;
    CHECK(lesson_error(doc) == "lesson.json: /hairline/transition_mm: expected a transition of at most 100 mm");

    doc = valid_lesson_doc();
    doc["zone"] = {{-1000, -1000}, {1000, -1000}, {1000, 1000}, {-1000, 1000}};
    doc["hairline"] = nullptr;
    CHECK(starts_with(lesson_error(doc), "lesson.json: /zone: expected a zone of at most 100000 dots at the target "
                                         "spacing, found about 20"));
    // The cap follows the one rule (expected_dot_count): the same zone at a wider spacing is fine.
    doc["zone"] = {{-150, -150}, {150, -150}, {150, 150}, {-150, 150}};
    doc["targets"]["spacing_mm"] = 1.5;
    const std::string ok = lesson_error(doc);
    CHECK(ok.empty());
    CHECK(expected_dot_count(lesson_from_json(doc, "l.json")) == Approx(29200).epsilon(0.02));

    doc = valid_lesson_doc();
    doc["weights"]["spacing"] = 1e308;
    CHECK(lesson_error(doc) == "lesson.json: /weights/spacing: expected a weight of at most 1000");
    doc["weights"] = {{"spacing", 0}, {"depth", 0}, {"hairline", 0}};
    CHECK(lesson_error(doc) == "lesson.json: /weights: expected at least one weight greater than 0");
    doc["weights"] = {{"spacing", 1000}, {"depth", 1000}, {"hairline", 1000}};
    CHECK(lesson_error(doc).empty());
}

TEST_CASE("every new refusal has its own hint for instructors", "[formats][hostile][advice]") {
    json doc = valid_lesson_doc();
    doc["targets"]["spacing_mm"] = 0.1;
    try {
        lesson_from_json(doc, "l.json");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(hint_for_error(e).find("/needle/diameter_mm") != std::string::npos);
    }
    doc = valid_lesson_doc();
    doc["weights"]["depth"] = 5000;
    try {
        lesson_from_json(doc, "l.json");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(hint_for_error(e).find("small numbers") != std::string::npos);
    }
    try {
        parse_json_text(std::string(100, '['), "l.json");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(hint_for_error(e).find("brackets opened") != std::string::npos);
    }
}

TEST_CASE("a curriculum of absurd length is refused by count", "[formats][hostile]") {
    test::ScratchDir dir;
    json doc = {{"format", "stipple-curriculum/1"}, {"title", "T"}, {"proficiency", {{"consecutive_passes", 2}}}};
    doc["lessons"] = json::array();
    for (size_t i = 0; i <= kMaxCurriculumLessons; ++i) doc["lessons"].push_back({{"file", "x.json"}});
    test::write_text(dir / "c.json", doc.dump());
    try {
        load_curriculum((dir / "c.json").string());
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == (dir / "c.json").string() + ": /lessons: expected at most 500 lessons, found 501");
    }
}

TEST_CASE("`stipple demo` and `lesson check` refuse a lesson with spacing 1e-9 instead of hanging", "[formats][hostile][cli]") {
    test::ScratchDir dir;
    json doc = valid_lesson_doc();
    doc["targets"]["spacing_mm"] = 1e-9;
    test::write_text(dir / "l.json", doc.dump());
    const test::RunResult demo = test::run_stipple("demo --lesson \"" + (dir / "l.json").string() + "\" --out \"" +
                                                   (dir / "a.json").string() + "\"");
    CHECK(demo.exit_code == 2);
    CHECK(demo.err == "stipple: " + (dir / "l.json").string() +
                          ": /targets/spacing_mm: expected a spacing of at least the needle's dot diameter (0.25 mm)\n");
    const test::RunResult check = test::run_stipple("lesson check \"" + (dir / "l.json").string() + "\"");
    CHECK(check.exit_code == 2);
    CHECK(check.out.find("-9223372036854775808") == std::string::npos);
    CHECK(starts_with(check.err, (dir / "l.json").string() + ": /targets/spacing_mm: "));
    CHECK(check.err.find("  hint: ") != std::string::npos);
}

// ---- stacked dots -----------------------------------------------------------------------------------------

TEST_CASE("the spatial index answers exactly and fast on 200 000 coincident points", "[spatial][hostile]") {
    const size_t n = 200000;
    std::vector<Point> pts(n, Point{5.0, 5.0});
    pts.push_back({6.0, 5.0});
    const SpatialIndex index(pts);
    // Each query is O(log n): 1000 of them would take minutes if a query scanned the stack.
    for (size_t i = 0; i < 1000; ++i) {
        const size_t q = i * 199;
        const auto nn = index.nearest(pts[q], q);
        REQUIRE(nn);
        CHECK(nn->distance_mm == 0.0);
        CHECK(nn->index == (q == 0 ? 1u : 0u));
        CHECK(index.count_within(pts[q], 0.5) == n);
        CHECK(index.count_within(pts[q], 0.5, 7) == 7);
        const auto k = index.k_nearest(pts[q], 6, q);
        REQUIRE(k.size() == 6);
        for (size_t j = 0, want = 0; j < 6; ++j, ++want) {
            if (want == q) ++want;
            CHECK(k[j].index == want);
        }
    }
    CHECK(index.count_within({6.0, 5.0}, 1.0) == n + 1);
    CHECK(index.nearest({6.5, 5.0})->index == n);
}

TEST_CASE("the spatial index agrees with brute force on stacks mixed with scatter, ties by index", "[spatial][hostile]") {
    SeededRandom r(4);
    std::vector<Point> pts;
    for (int i = 0; i < 600; ++i) {
        const int kind = i % 3;
        if (kind == 0) pts.push_back({1.0, 1.0});                                              // one stack
        if (kind == 1) pts.push_back({2.0 + 1e-6 * r.uniform01(), 2.0 + 1e-6 * r.uniform01()});  // a tight clump
        if (kind == 2) pts.push_back({r.uniform(0, 4), r.uniform(0, 4)});
    }
    const SpatialIndex index(pts);
    for (int q = 0; q < 200; ++q) {
        const size_t skip = q % 2 ? static_cast<size_t>(q) : SpatialIndex::npos;
        const Point p = q % 4 < 2 ? pts[static_cast<size_t>(q)] : Point{r.uniform(-1, 5), r.uniform(-1, 5)};
        std::vector<std::pair<double, size_t>> all;
        for (size_t i = 0; i < pts.size(); ++i)
            if (i != skip) all.push_back({squared_distance(p, pts[i]), i});
        std::sort(all.begin(), all.end());
        const auto k = index.k_nearest(p, 9, skip);
        REQUIRE(k.size() == 9);
        for (size_t i = 0; i < 9; ++i) {
            CHECK(k[i].index == all[i].second);
            CHECK(k[i].distance_mm == std::sqrt(all[i].first));
        }
        const double radius = r.uniform(0, 2);
        size_t inside = 0;
        for (size_t i = 0; i < pts.size(); ++i) inside += squared_distance(p, pts[i]) <= radius * radius ? 1 : 0;
        CHECK(index.count_within(p, radius) == inside);
        CHECK(index.within(p, radius).size() == inside);
    }
}

TEST_CASE("20 000 and 200 000 stacked dots score, as one clump", "[scoring][hostile]") {
    const Lesson lesson = test::patch_lesson();
    for (const size_t n : {size_t{20000}, size_t{200000}}) {
        Attempt attempt;
        attempt.lesson = lesson.id;
        SeededRandom r(n);
        for (size_t i = 0; i < n; ++i) {
            // Half exactly on one spot, half stacked within 0.01 mm of another.
            const Point p = i % 2 ? Point{20.0, 20.0} : Point{10.0 + 0.01 * r.uniform01(), 30.0 + 0.01 * r.uniform01()};
            attempt.dots.push_back(Dot{p.x, p.y, 0.65, std::nullopt});
        }
        const ScoreReport report = score_attempt(lesson, attempt);
        INFO(n);
        CHECK(report.total >= 0);
        CHECK(report.total < 60);           // two blots are not a fill
        CHECK(report.spacing.score < 20);
        CHECK(report.depth.score > 90);     // every dot at a good depth
        CHECK_FALSE(report.passed);
    }
}
