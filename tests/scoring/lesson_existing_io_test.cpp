// A lesson's explicit existing marks and numbing wait (issue 14, part E): read strictly, written back unchanged,
// counted by existing_marks() in place of the generated scatter.
#include <catch2/catch.hpp>

#include "scoring/existing_marks.hpp"
#include "scoring/input_error.hpp"
#include "scoring/input_limits.hpp"
#include "scoring/lesson_io.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

using nlohmann::json;

json with_marks() {
    json doc = test::patch_lesson_doc("marks");
    doc["existing"] = json::parse(R"({"kind": "dots", "marks": [
        {"x": 1.5, "y": 2.25, "depth_mm": 0.6},
        {"x": -3, "y": 4, "depth_mm": 1.4, "diameter_mm": 0.35, "dilution": 0.5, "healed_days": 42, "sun": true}]})");
    doc["numbing_wait_s"] = 30;
    return doc;
}

std::string refusal(const json& doc) {
    try {
        lesson_from_json(doc, "l.json");
    } catch (const InputError& e) {
        return e.pointer() + " " + std::string(error_code_name(e.code()));
    }
    return "accepted";
}

TEST_CASE("explicit existing marks are read, counted and written back") {
    const Lesson lesson = lesson_from_json(with_marks(), "l.json");
    REQUIRE(lesson.existing);
    REQUIRE(lesson.existing->marks.size() == 2);
    const ExistingMark& m = lesson.existing->marks[1];
    CHECK(m.x == -3);
    CHECK(m.depth_mm == 1.4);
    CHECK(m.diameter_mm == 0.35);
    CHECK(m.dilution == 0.5);
    CHECK(m.healed_days == 42);
    CHECK(m.sun);
    CHECK(lesson.existing->marks[0].diameter_mm == 0.25);  // defaults
    CHECK(lesson.numbing_wait_s == 30);
    const std::vector<Point> points = existing_marks(lesson);
    REQUIRE(points.size() == 2);  // the marks themselves, no generated scatter
    CHECK(points[0].x == 1.5);
    CHECK(points[0].y == 2.25);

    const json written = json::parse(lesson_to_json(lesson).dump());
    CHECK(written["existing"] == with_marks()["existing"]);
    CHECK(written["numbing_wait_s"] == 30);
    const Lesson again = lesson_from_json(written, "again.json");
    CHECK(lesson_to_json(again).dump() == lesson_to_json(lesson).dump());
    // A lesson without them writes neither.
    const json plain = json::parse(lesson_to_json(lesson_from_json(test::patch_lesson_doc("p"), "p.json")).dump());
    CHECK_FALSE(plain.contains("numbing_wait_s"));
}

TEST_CASE("existing marks and the numbing wait are refused with their pointer") {
    json doc = with_marks();
    SECTION("unknown field") {
        doc["existing"]["marks"][1]["depth"] = 1;
        CHECK(refusal(doc) == "/existing/marks/1/depth unknown_name");
    }
    SECTION("not finite / off the map") {
        doc["existing"]["marks"][0]["x"] = 5000;
        CHECK(refusal(doc) == "/existing/marks/0/x out_of_range");
    }
    SECTION("depth, dilution, days") {
        doc["existing"]["marks"][0]["depth_mm"] = 0;
        CHECK(refusal(doc) == "/existing/marks/0/depth_mm out_of_range");
        doc["existing"]["marks"][0]["depth_mm"] = 0.6;
        doc["existing"]["marks"][1]["dilution"] = 0.05;
        CHECK(refusal(doc) == "/existing/marks/1/dilution out_of_range");
        doc["existing"]["marks"][1]["dilution"] = 1;
        doc["existing"]["marks"][1]["healed_days"] = -1;
        CHECK(refusal(doc) == "/existing/marks/1/healed_days out_of_range");
    }
    SECTION("missing depth") {
        doc["existing"]["marks"][0].erase("depth_mm");
        CHECK(refusal(doc) == "/existing/marks/0/depth_mm missing_field");
    }
    SECTION("marks on hair, empty marks, too many") {
        doc["existing"]["kind"] = "hair";
        CHECK(refusal(doc) == "/existing/marks out_of_range");
        doc["existing"]["kind"] = "dots";
        doc["existing"]["marks"] = json::array();
        CHECK(refusal(doc) == "/existing/marks too_few_items");
        doc["existing"]["marks"] = json::array();
        for (size_t i = 0; i < kMaxExistingMarks + 1; ++i) doc["existing"]["marks"].push_back(json{{"x", 0}, {"y", 0}, {"depth_mm", 0.6}});
        CHECK(refusal(doc) == "/existing/marks too_many_items");
    }
    SECTION("density_fraction still required without marks") {
        doc["existing"].erase("marks");
        CHECK(refusal(doc) == "/existing/density_fraction missing_field");
    }
    SECTION("numbing wait bounds") {
        doc["numbing_wait_s"] = 0;
        CHECK(refusal(doc) == "/numbing_wait_s out_of_range");
        doc["numbing_wait_s"] = 601;
        CHECK(refusal(doc) == "/numbing_wait_s out_of_range");
    }
}

}  // namespace
}  // namespace stipple
