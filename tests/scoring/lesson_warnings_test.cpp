// Warnings for lesson authors: valid but unwise lessons, misspelt fields, expected dot counts.
#include <catch2/catch.hpp>

#include <algorithm>

#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_warnings.hpp"
#include "scoring/lesson_io.hpp"
#include "tests/lesson_fixtures.hpp"

namespace stipple {
namespace {

using nlohmann::json;

// A sound lesson with nothing to warn about: the 30 x 30 mm patch (x 0..30, y 100..130) at 1.2 mm spacing.
json base_lesson() { return test::patch_lesson_doc(); }

std::vector<LessonWarning> warnings_for(const json& doc) { return lesson_warnings(lesson_from_json(doc, "t.json"), doc); }

std::vector<std::string> pointers(const std::vector<LessonWarning>& warnings) {
    std::vector<std::string> out;
    for (const LessonWarning& w : warnings) out.push_back(w.pointer);
    return out;
}

std::string message_at(const std::vector<LessonWarning>& warnings, const std::string& pointer) {
    for (const LessonWarning& w : warnings)
        if (w.pointer == pointer) return w.message;
    return "";
}

}  // namespace

TEST_CASE("a sound lesson gets no warnings", "[advice]") { CHECK(warnings_for(base_lesson()).empty()); }

TEST_CASE("expected dot count follows area, spacing, session density, existing marks and the hairline", "[advice]") {
    json doc = base_lesson();
    doc["targets"]["spacing_mm"] = 1.5;
    // 900 mm2 of a random scatter 1.5 mm apart: 0.73 / 1.5^2 dots per mm2.
    const double full = 900 * 0.73 / 2.25;
    CHECK(expected_dot_count(lesson_from_json(doc, "t")) == Approx(full).epsilon(0.01));
    doc["session"] = {{"number", 1}, {"density_fraction", 0.5}};
    CHECK(expected_dot_count(lesson_from_json(doc, "t")) == Approx(full * 0.5).epsilon(0.01));
    doc["session"] = {{"number", 2}, {"density_fraction", 1}};
    doc["existing"] = {{"kind", "dots"}, {"density_fraction", 0.3}};
    CHECK(expected_dot_count(lesson_from_json(doc, "t")) == Approx(full * 0.7).epsilon(0.01));
    doc.erase("session");
    doc.erase("existing");
    // A straight curve 10 mm into the patch: nothing in front, 20% rising to full across 5 mm, then full.
    doc["hairline"] = {{"curve", {{0, 110}, {30, 110.5}}}, {"transition_mm", 5}};
    const double behind_mm2 = 30 * (130 - 110.25 - 5) + 30 * 5 * 0.6;
    CHECK(expected_dot_count(lesson_from_json(doc, "t")) == Approx(behind_mm2 * 0.73 / 2.25).epsilon(0.02));
}

TEST_CASE("a depth window outside the upper dermis is warned about", "[advice]") {
    json doc = base_lesson();
    doc["targets"]["depth_mm"] = {0.1, 0.9};
    auto w = warnings_for(doc);
    CHECK(pointers(w) == std::vector<std::string>{"/targets/depth_mm/0"});
    CHECK(message_at(w, "/targets/depth_mm/0").find("30-45 days") != std::string::npos);

    doc["targets"]["depth_mm"] = {0.4, 1.4};
    w = warnings_for(doc);
    CHECK(pointers(w) == std::vector<std::string>{"/targets/depth_mm/1"});
    CHECK(message_at(w, "/targets/depth_mm/1").find("blow out") != std::string::npos);

    doc["targets"]["depth_mm"] = {0.4, 2.5};
    CHECK(message_at(warnings_for(doc), "/targets/depth_mm/1").find("through the whole skin") != std::string::npos);
    doc["targets"]["depth_mm"] = {0.3, 1.0};  // the dermis's own limits are fine
    CHECK(warnings_for(doc).empty());
}

TEST_CASE("a spacing no natural scalp has, and needles that make blots, are warned about", "[advice]") {
    json doc = base_lesson();
    doc["targets"]["spacing_mm"] = 0.6;
    auto w = warnings_for(doc);
    const std::vector<std::string> at = pointers(w);
    REQUIRE(std::count(at.begin(), at.end(), "/targets/spacing_mm") == 1);
    CHECK(message_at(w, "/targets/spacing_mm").find("1.0-1.3 mm") != std::string::npos);
    CHECK(message_at(w, "/needle/diameter_mm").empty());  // 0.25 mm dots at 0.6 mm do not merge

    doc["targets"]["spacing_mm"] = 2.5;
    CHECK(message_at(warnings_for(doc), "/targets/spacing_mm").find("no natural scalp") != std::string::npos);

    doc = base_lesson();
    doc["needle"]["diameter_mm"] = 0.8;
    CHECK(pointers(warnings_for(doc)) == std::vector<std::string>{"/needle/diameter_mm"});
}

TEST_CASE("a hairline curve outside the zone, straight, misplaced or hard is warned about", "[advice]") {
    json doc = base_lesson();
    doc["hairline"] = {{"curve", {{0, 104}, {15, 101}, {30, 104}}}, {"transition_mm", 8}};
    CHECK(warnings_for(doc).empty());  // points on the zone's edge count as inside

    doc["hairline"]["curve"] = {{0, 104}, {15, 95}, {30, 104}};
    auto w = warnings_for(doc);
    CHECK(pointers(w) == std::vector<std::string>{"/hairline/curve/1"});
    CHECK(message_at(w, "/hairline/curve/1").find("[15, 95] lies outside the zone") != std::string::npos);

    doc["hairline"]["curve"] = {{0, 60}, {30, 64}};
    CHECK(message_at(warnings_for(doc), "/hairline/curve").find("whole curve lies outside") != std::string::npos);

    doc["hairline"]["curve"] = {{0, 110}, {30, 110.5}};
    CHECK(message_at(warnings_for(doc), "/hairline/curve").find("ruler-straight") != std::string::npos);

    doc["hairline"]["curve"] = {{0, 104}, {15, 101}, {30, 104}};
    doc["hairline"]["transition_mm"] = 2;
    CHECK(pointers(warnings_for(doc)) == std::vector<std::string>{"/hairline/transition_mm"});

    doc = base_lesson();
    doc["zone"] = {{-20, 40}, {20, 40}, {20, 70}, {-20, 70}};
    doc["hairline"] = {{"curve", {{-20, 52}, {0, 50}, {20, 52}}}, {"transition_mm", 8}};
    CHECK(message_at(warnings_for(doc), "/hairline/curve").find("mid-frontal point is 50 mm") != std::string::npos);
}

TEST_CASE("a zone beyond a whole head, or holding too few dots, is warned about", "[advice]") {
    json doc = base_lesson();
    doc["zone"] = {{-60, 80}, {60, 80}, {60, 200}, {-60, 200}};  // the whole top of a head: several sittings, fine
    CHECK(warnings_for(doc).empty());
    doc["zone"] = {{-85, 80}, {85, 80}, {85, 280}, {-85, 280}};  // hairline to the back fringe: a whole head
    CHECK(warnings_for(doc).empty());
    doc["zone"] = {{-130, 40}, {130, 40}, {130, 300}, {-130, 300}};  // ear to ear and onto the face
    auto w = warnings_for(doc);
    CHECK(pointers(w) == std::vector<std::string>{"/zone"});
    CHECK(message_at(w, "/zone").find("about 34237 dots, roughly 9 h 31 min at 1 dot/s; more than a whole head needs") == 0);

    doc["zone"] = {{0, 100}, {5, 100}, {5, 105}, {0, 105}};
    CHECK(message_at(warnings_for(doc), "/zone").find("too few to judge spacing") != std::string::npos);

    doc = base_lesson();
    doc["time_limit_s"] = 60;
    CHECK(message_at(warnings_for(doc), "/time_limit_s").find("less than the 456 s") != std::string::npos);

    // A whole head is worked over several sittings; an exam clock would run on through the breaks.
    doc["zone"] = {{-60, 80}, {60, 80}, {60, 200}, {-60, 200}};
    doc["time_limit_s"] = 20000;
    w = warnings_for(doc);
    CHECK(pointers(w) == std::vector<std::string>{"/time_limit_s"});
    CHECK(message_at(w, "/time_limit_s").find("several sittings; an exam's clock runs on through the breaks") != std::string::npos);
    doc["zone"] = {{0, 100}, {60, 100}, {60, 160}, {0, 160}};  // under an hour: a limit is fine
    doc["time_limit_s"] = 3600;
    CHECK(warnings_for(doc).empty());
}

TEST_CASE("session and existing marks that contradict each other are warned about", "[advice]") {
    json doc = base_lesson();
    doc["existing"] = {{"kind", "dots"}, {"density_fraction", 0.3}};
    CHECK(pointers(warnings_for(doc)) == std::vector<std::string>{"/existing/kind"});
    doc["session"] = {{"number", 2}, {"density_fraction", 0.3}};
    CHECK(pointers(warnings_for(doc)) == std::vector<std::string>{"/existing/density_fraction"});
    doc["session"]["density_fraction"] = 0.7;
    CHECK(warnings_for(doc).empty());
    doc.erase("existing");
    CHECK(pointers(warnings_for(doc)) == std::vector<std::string>{"/session/number"});
}

TEST_CASE("misspelt fields, stray scars, empty briefs and low pass marks are warned about", "[advice]") {
    json doc = base_lesson();
    doc["pass_scor"] = 80;
    doc["_note"] = "kept silently";
    doc["targets"]["spacing"] = 1.1;
    auto w = warnings_for(doc);
    CHECK(pointers(w) == std::vector<std::string>{"/pass_scor", "/targets/spacing"});
    CHECK(message_at(w, "/pass_scor") == "unknown field, ignored; did you mean \"pass_score\"?");
    CHECK(message_at(w, "/targets/spacing") == "unknown field, ignored; did you mean \"spacing_mm\"?");

    doc = base_lesson();
    doc["scalp"]["head"] = {{"form", "female"}, {"head_widht", 0.9}, {"_note", "kept silently"}};
    w = warnings_for(doc);
    CHECK(pointers(w) == std::vector<std::string>{"/scalp/head/head_widht"});
    CHECK(message_at(w, "/scalp/head/head_widht") == "unknown field, ignored; did you mean \"head_width\"?");

    doc = base_lesson();
    doc["scalp"]["scars"] = {{{"kind", "strip"}, {"path", {{0, 115}, {30, 116}}}, {"width_mm", 4}},
                             {{"kind", "burn"}, {"area", {{100, 100}, {110, 100}, {105, 110}}}}};
    CHECK(pointers(warnings_for(doc)) == std::vector<std::string>{"/scalp/scars/1"});

    doc = base_lesson();
    doc["brief"] = "";
    doc["pass_score"] = 30;
    doc["weights"] = {{"hairline", 2}};
    CHECK(pointers(warnings_for(doc)) == std::vector<std::string>{"/brief", "/pass_score", "/weights/hairline"});
}

TEST_CASE("a zone reaching more than 5 mm past the hairline curve's ends is warned about", "[advice]") {
    json doc = base_lesson();  // zone x 0..30
    doc["hairline"] = {{"curve", {{4, 104}, {15, 101}, {26, 104}}}, {"transition_mm", 8}};
    CHECK(warnings_for(doc).empty());  // 4 mm past each end: the carried-on curve is a fair guess
    doc["hairline"]["curve"] = {{12, 104}, {15, 101}, {27, 104}};
    auto w = warnings_for(doc);
    CHECK(pointers(w) == std::vector<std::string>{"/hairline/curve"});
    CHECK(message_at(w, "/hairline/curve").find("reaches 12 mm past the curve's left end;") != std::string::npos);
    doc["hairline"]["curve"] = {{0, 104}, {15, 101}, {20.5, 104}};
    CHECK(message_at(warnings_for(doc), "/hairline/curve").find("reaches 9.5 mm past its right end") != std::string::npos);
    doc["hairline"]["curve"] = {{6, 104}, {15, 101}, {20, 104}};
    CHECK(message_at(warnings_for(doc), "/hairline/curve")
              .find("6 mm past the curve's left end and 10 mm past its right end") != std::string::npos);
}

}  // namespace stipple
