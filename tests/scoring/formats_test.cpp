// The file formats: every validation path of stipple-lesson/1 and stipple-attempt/1, round trips, reports.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/report_io.hpp"
#include "tests/scoring/format_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using nlohmann::json;
using stipple::test::attempt_error;
using stipple::test::lesson_error;
using stipple::test::valid_attempt_doc;
using stipple::test::valid_lesson_doc;

namespace {

json with(json doc, const std::string& pointer, const json& value) {
    doc[json::json_pointer(pointer)] = value;
    return doc;
}

json without(json doc, const std::string& parent, const std::string& key) {
    doc[json::json_pointer(parent)].erase(key);
    return doc;
}

}  // namespace

TEST_CASE("a valid lesson is read with every field", "[formats][lesson]") {
    const Lesson l = lesson_from_json(valid_lesson_doc(), "lesson.json");
    CHECK(l.id == "test-lesson");
    CHECK(l.scalp.pattern == "norwood-3");
    CHECK(l.scalp.seed == 1);
    CHECK(l.needle.diameter_mm == Approx(0.25));
    REQUIRE(l.zone.size() == 4);
    CHECK(l.zone[2] == Point{10, 100});
    REQUIRE(l.hairline);
    CHECK(l.hairline->curve.size() == 3);
    CHECK(l.hairline->transition_mm == 8);
    CHECK(l.targets.depth_min_mm == Approx(0.4));
    CHECK(l.targets.depth_max_mm == Approx(0.9));
    CHECK(l.pass_score == 75);
    CHECK_FALSE(l.time_limit_s);
    CHECK(l.session.density_fraction == 1.0);
    CHECK_FALSE(l.existing);
    CHECK(l.component_floor == 50);  // defaults when left out
    CHECK(l.critical.blowout_share == 0.05);
    CHECK(l.critical.completion_share == 0.8);
}

TEST_CASE("the pass-rule fields are read, written only when set, and survive a round trip", "[formats][lesson]") {
    json doc = valid_lesson_doc();
    CHECK_FALSE(lesson_to_json(lesson_from_json(doc, "lesson.json")).contains("component_floor"));
    CHECK_FALSE(lesson_to_json(lesson_from_json(doc, "lesson.json")).contains("critical"));
    doc["component_floor"] = 40;
    doc["critical"] = {{"blowout_share", 0.02}};
    const Lesson l = lesson_from_json(doc, "lesson.json");
    CHECK(l.component_floor == 40);
    CHECK(l.critical.blowout_share == 0.02);
    CHECK(l.critical.completion_share == 0.8);  // the one left out keeps its default
    const json written = json::parse(lesson_to_json(l).dump());
    CHECK(written["component_floor"] == 40);
    CHECK(written["critical"] == json::parse(R"({"blowout_share": 0.02, "completion_share": 0.8})"));
    const Lesson back = lesson_from_json(written, "b.json");
    CHECK(back.component_floor == 40);
    CHECK(back.critical.blowout_share == 0.02);
    CHECK(back.critical.completion_share == 0.8);
}

TEST_CASE("optional lesson fields take their defaults and unknown fields are accepted", "[formats][lesson]") {
    json doc = valid_lesson_doc();
    doc.erase("hairline");
    doc.erase("weights");
    doc["future_field"] = {{"anything", 1}};
    const Lesson l = lesson_from_json(doc, "lesson.json");
    CHECK_FALSE(l.hairline);
    CHECK(l.weights.spacing == 1);
    CHECK(l.weights.depth == 1);
    CHECK(l.weights.hairline == 1);
    CHECK(l.hand.frequency_hz == Hand{}.frequency_hz);
}

TEST_CASE("lesson extensions are read", "[formats][lesson]") {
    json doc = valid_lesson_doc();
    doc["time_limit_s"] = 900;
    doc["session"] = {{"number", 2}, {"density_fraction", 0.7}};
    doc["existing"] = {{"kind", "hair"}, {"density_fraction", 0.4}, {"seed", 9}};
    doc["hand"] = {{"frequency_hz", 4}, {"damping", 0.5}, {"tremor_mm", 0.1}};
    doc["scalp"]["scars"] = json::parse(R"([
        {"kind": "strip", "path": [[-40, 200], [40, 200]], "width_mm": 4},
        {"kind": "punch", "area": [[0, 0], [10, 0], [10, 10]], "count": 30, "diameter_mm": 0.9},
        {"kind": "burn", "area": [[0, 0], [10, 0], [10, 10]]}])");
    const Lesson l = lesson_from_json(doc, "lesson.json");
    CHECK(*l.time_limit_s == 900);
    CHECK(l.session.number == 2);
    CHECK(l.session.density_fraction == Approx(0.7));
    REQUIRE(l.existing);
    CHECK(l.existing->kind == "hair");
    CHECK(l.existing->seed == 9);
    CHECK(l.hand.tremor_mm == Approx(0.1));
    REQUIRE(l.scalp.scars.size() == 3);
    CHECK(l.scalp.scars[0].width_mm == 4);
    CHECK(l.scalp.scars[1].count == 30);
    CHECK(l.scalp.scars[2].area.size() == 3);
}

TEST_CASE("every lesson refusal names the file and the JSON pointer", "[formats][lesson]") {
    struct Case {
        json doc;
        std::string expected;
    };
    const json v = valid_lesson_doc();
    const std::vector<Case> cases = {
        {json::array(), "lesson.json: /: expected an object"},
        {without(v, "", "format"), "lesson.json: /format: required field is missing"},
        {with(v, "/format", "stipple-lesson/2"), "lesson.json: /format: expected \"stipple-lesson/1\""},
        {with(v, "/id", "Bad Id"), "lesson.json: /id: expected lower-case letters"},
        {with(v, "/id", ""), "lesson.json: /id: expected a non-empty string"},
        {with(v, "/title", 3), "lesson.json: /title: expected a string"},
        {without(v, "", "brief"), "lesson.json: /brief: required field is missing"},
        {with(v, "/scalp", "norwood"), "lesson.json: /scalp: expected an object"},
        {with(v, "/scalp/pattern", "norwood-9"), "lesson.json: /scalp/pattern: expected one of"},
        {with(v, "/scalp/skin", "pale"), "lesson.json: /scalp/skin: expected fitzpatrick-1 .. fitzpatrick-6"},
        {with(v, "/scalp/seed", -1), "lesson.json: /scalp/seed: expected a whole number >= 0"},
        {with(v, "/scalp/seed", 1.5), "lesson.json: /scalp/seed: expected a whole number"},
        {with(v, "/scalp/scars", json::parse(R"([{"kind": "keloid"}])")), "lesson.json: /scalp/scars/0/kind: expected"},
        {with(v, "/scalp/scars", json::parse(R"([{"kind": "strip", "path": [[0, 0], [1, 1]], "width_mm": 0}])")),
         "lesson.json: /scalp/scars/0/width_mm: expected a number greater than 0"},
        {with(v, "/scalp/scars", json::parse(R"([{"kind": "punch", "area": [[0, 0], [10, 0], [10, 10]], "count": 0, "diameter_mm": 1}])")),
         "lesson.json: /scalp/scars/0/count: expected a whole number from 1 to 100000"},
        {without(v, "/needle", "config"), "lesson.json: /needle/config: required field is missing"},
        {with(v, "/needle/diameter_mm", 0), "lesson.json: /needle/diameter_mm: expected a number greater than 0"},
        {with(v, "/needle/diameter_mm", "0.25"), "lesson.json: /needle/diameter_mm: expected a number"},
        {with(v, "/zone", json::parse("[[0, 0], [1, 1]]")), "lesson.json: /zone: expected at least 3 points, found 2"},
        {with(v, "/zone", json::parse("[[0, 0], [10, 10], [10, 0], [0, 10]]")), "lesson.json: /zone: expected a simple polygon"},
        {with(v, "/zone", json::parse("[[0, 0], [5, 5], [10, 10]]")), "lesson.json: /zone: expected a polygon with positive area"},
        {with(v, "/zone/1", json::parse("[10]")), "lesson.json: /zone/1: expected a point [x, y] in mm"},
        {with(v, "/zone/1/0", "ten"), "lesson.json: /zone/1/0: expected a number"},
        {with(v, "/hairline/curve", json::parse("[[0, 80], [-5, 80]]")), "lesson.json: /hairline/curve/1: expected the curve to run left to right"},
        {with(v, "/hairline/transition_mm", -2), "lesson.json: /hairline/transition_mm: expected a number greater than 0"},
        {without(v, "/hairline", "curve"), "lesson.json: /hairline/curve: required field is missing"},
        {with(v, "/targets/spacing_mm", 0), "lesson.json: /targets/spacing_mm: expected a number greater than 0"},
        {with(v, "/targets/depth_mm", json::parse("[0.9, 0.4]")), "lesson.json: /targets/depth_mm: expected [min, max] with 0 < min < max"},
        {with(v, "/targets/depth_mm", json::parse("[0, 0.4]")), "lesson.json: /targets/depth_mm: expected [min, max] with 0 < min < max"},
        {with(v, "/targets/depth_mm", 0.5), "lesson.json: /targets/depth_mm: expected [min, max] with 0 < min < max"},
        {without(v, "/targets", "depth_mm"), "lesson.json: /targets/depth_mm: required field is missing"},
        {with(v, "/weights/depth", -1), "lesson.json: /weights/depth: expected a weight >= 0"},
        {with(v, "/weights", json::parse(R"({"spacing": 0, "depth": 0, "hairline": 0})")), "lesson.json: /weights: expected at least one weight greater than 0"},
        {with(v, "/pass_score", 101), "lesson.json: /pass_score: expected a number from 0 to 100"},
        {without(v, "", "pass_score"), "lesson.json: /pass_score: required field is missing"},
        {with(v, "/time_limit_s", 0), "lesson.json: /time_limit_s: expected a number greater than 0"},
        {with(v, "/session", json::parse(R"({"density_fraction": 1.5})")), "lesson.json: /session/density_fraction: expected a fraction"},
        {with(v, "/session", json::parse(R"({"number": 0})")), "lesson.json: /session/number: expected a session number from 1 to 10"},
        {with(v, "/existing", json::parse(R"({"kind": "tattoo", "density_fraction": 0.3})")), "lesson.json: /existing/kind: expected \"dots\" or \"hair\""},
        {with(v, "/existing", json::parse(R"({"kind": "dots"})")), "lesson.json: /existing/density_fraction: required field is missing"},
        {with(v, "/hand", json::parse(R"({"damping": -1})")), "lesson.json: /hand/damping: expected a damping ratio from 0 to 5"},
        {with(v, "/hand", json::parse(R"({"frequency_hz": 0})")), "lesson.json: /hand/frequency_hz: expected a number greater than 0"},
        {with(v, "/component_floor", 101), "lesson.json: /component_floor: expected a number from 0 to 100"},
        {with(v, "/component_floor", -1), "lesson.json: /component_floor: expected a number from 0 to 100"},
        {with(v, "/component_floor", "50"), "lesson.json: /component_floor: expected a number"},
        {with(v, "/critical", 0.05), "lesson.json: /critical: expected an object"},
        {with(v, "/critical", json::parse(R"({"blowout_share": 1.5})")), "lesson.json: /critical/blowout_share: expected a share from 0 to 1"},
        {with(v, "/critical", json::parse(R"({"blowout_share": -0.1})")), "lesson.json: /critical/blowout_share: expected a share from 0 to 1"},
        {with(v, "/critical", json::parse(R"({"completion_share": 2})")), "lesson.json: /critical/completion_share: expected a share from 0 to 1"},
        {with(v, "/critical", json::parse(R"({"completion_share": null})")), "lesson.json: /critical/completion_share: expected a number"},
    };
    for (const Case& c : cases) {
        INFO("document: " << c.doc.dump());
        const std::string message = lesson_error(c.doc);
        CHECK_THAT(message, Catch::Matchers::StartsWith(c.expected));
    }
}

TEST_CASE("non-finite numbers are refused", "[formats][lesson]") {
    json doc = valid_lesson_doc();
    doc["targets"]["spacing_mm"] = std::numeric_limits<double>::infinity();  // dumps as null
    CHECK_THAT(lesson_error(json::parse(doc.dump())), Catch::Matchers::StartsWith("lesson.json: /targets/spacing_mm: expected a number"));
    CHECK_THROWS_WITH(parse_json_text(R"({"format": "stipple-lesson/1", "id": 1e999})", "huge.json"),
                      Catch::Matchers::StartsWith("huge.json: not valid JSON (number overflow"));
}

TEST_CASE("a lesson survives a write and a read unchanged", "[formats][lesson]") {
    json doc = valid_lesson_doc();
    doc["$schema"] = "stipple-lesson-1.schema.json";
    doc["existing"] = {{"kind", "dots"}, {"density_fraction", 0.3}, {"seed", 4}};
    doc["session"] = {{"number", 2}, {"density_fraction", 0.7}};
    const Lesson first = lesson_from_json(doc, "a.json");
    const json written = json::parse(lesson_to_json(first).dump());
    const Lesson second = lesson_from_json(written, "b.json");
    CHECK(written == json::parse(lesson_to_json(second).dump()));
    CHECK(second.schema == "stipple-lesson-1.schema.json");
    CHECK(second.existing->density_fraction == Approx(0.3));
    CHECK(second.session.number == 2);
}

TEST_CASE("save_lesson never overwrites a file with an invalid lesson", "[formats][lesson][files]") {
    test::ScratchDir dir;
    const std::string path = (dir / "lesson.json").string();
    Lesson lesson = lesson_from_json(valid_lesson_doc(), "lesson.json");
    save_lesson(path, lesson);
    const std::string good = test::read_text(path);
    CHECK(load_lesson(path).id == "test-lesson");

    lesson.targets.spacing_mm = -1;
    CHECK_THROWS_AS(save_lesson(path, lesson), InputError);
    CHECK(test::read_text(path) == good);
    // no temporary files left behind
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("unreadable and malformed files name the file", "[formats][files]") {
    test::ScratchDir dir;
    CHECK_THROWS_WITH(load_lesson((dir / "missing.json").string()),
                      Catch::Matchers::EndsWith("missing.json: cannot open file for reading"));
    test::write_text(dir / "broken.json", "{ \"format\": \"stipple-lesson/1\", ");
    CHECK_THROWS_WITH(load_lesson((dir / "broken.json").string()), Catch::Matchers::Contains("broken.json: not valid JSON"));
    test::write_text(dir / "empty.json", "");
    CHECK_THROWS_WITH(load_attempt((dir / "empty.json").string()), Catch::Matchers::Contains("empty.json: not valid JSON"));
}

// The code the reader gives `doc` as "pointer code" (error_code_name), or "accepted".
template <typename Read>
std::string code_of(Read read, const json& doc) {
    try {
        read(doc);
    } catch (const InputError& e) {
        return e.pointer() + " " + std::string(error_code_name(e.code()));
    }
    return "accepted";
}

TEST_CASE("every lesson refusal carries the code callers and hints switch on", "[formats][lesson][codes]") {
    const json v = valid_lesson_doc();
    auto lesson = [](const json& doc) { return code_of([](const json& d) { lesson_from_json(d, "lesson.json"); }, doc); };
    const std::vector<std::pair<json, std::string>> cases = {
        {json::array(), "/ wrong_type"},
        {without(v, "", "format"), "/format missing_field"},
        {with(v, "/format", "stipple-lesson/2"), "/format wrong_format"},
        {with(v, "/id", "Bad Id"), "/id bad_id"},
        {with(v, "/id", ""), "/id out_of_range"},
        {with(v, "/id", std::string(65, 'a')), "/id too_long"},
        {with(v, "/title", 3), "/title wrong_type"},
        {with(v, "/scalp/pattern", "norwood-9"), "/scalp/pattern unknown_name"},
        {with(v, "/scalp/skin", "pale"), "/scalp/skin unknown_name"},
        {with(v, "/scalp/seed", -1), "/scalp/seed out_of_range"},
        {with(v, "/scalp/seed", 1.5), "/scalp/seed wrong_type"},
        {with(v, "/scalp/scars", json::parse(R"([{"kind": "keloid"}])")), "/scalp/scars/0/kind unknown_name"},
        {with(v, "/scalp/scars", json::array({json::object()})), "/scalp/scars/0/kind missing_field"},
        {with(v, "/scalp/scars", json::parse(R"([{"kind": "burn", "area": [[0, 0], [10, 10], [10, 0], [0, 10]]}])")),
         "/scalp/scars/0/area not_simple_polygon"},
        {with(v, "/needle/diameter_mm", 4), "/needle/diameter_mm above_maximum"},
        {with(v, "/zone", json::parse("[[0, 0], [1, 1]]")), "/zone too_few_items"},
        {with(v, "/zone", json::parse("[[0, 0], [10, 10], [10, 0], [0, 10]]")), "/zone not_simple_polygon"},
        {with(v, "/zone", json::parse("[[0, 0], [5, 5], [10, 10]]")), "/zone zero_area"},
        {with(v, "/zone/1", json::parse("[10]")), "/zone/1 wrong_type"},
        {with(v, "/zone/1", json::parse("[10, 3000]")), "/zone/1 off_map"},
        {with(v, "/zone", json::parse("[[-1000, -1000], [1000, -1000], [1000, 1000], [-1000, 1000]]")),
         "/zone too_many_dots"},
        {with(v, "/hairline/curve", json::parse("[[0, 80], [-5, 80]]")), "/hairline/curve/1 not_left_to_right"},
        {with(v, "/hairline/transition_mm", 101), "/hairline/transition_mm above_maximum"},
        {with(v, "/targets/spacing_mm", 0.1), "/targets/spacing_mm spacing_below_needle"},
        {with(v, "/targets/spacing_mm", 101), "/targets/spacing_mm above_maximum"},
        {with(v, "/targets/depth_mm", 0.5), "/targets/depth_mm wrong_type"},
        {with(v, "/targets/depth_mm", json::parse("[0.9, 0.4]")), "/targets/depth_mm out_of_range"},
        {with(v, "/targets/depth_mm", json::parse("[0.4, 6]")), "/targets/depth_mm/1 above_maximum"},
        {with(v, "/weights/depth", 1001), "/weights/depth above_maximum"},
        {with(v, "/weights/depth", -1), "/weights/depth out_of_range"},
        {with(v, "/pass_score", 101), "/pass_score out_of_range"},
        {without(v, "", "pass_score"), "/pass_score missing_field"},
        {with(v, "/existing", json::parse(R"({"kind": "tattoo", "density_fraction": 0.3})")), "/existing/kind unknown_name"},
        {with(v, "/session", json::parse(R"({"density_fraction": 1.5})")), "/session/density_fraction out_of_range"},
        {with(v, "/critical", 0.05), "/critical wrong_type"},
    };
    for (const auto& [doc, expected] : cases) {
        INFO("document: " << doc.dump().substr(0, 300));
        CHECK(lesson(doc) == expected);
    }
    // Every point of every shape counts toward one budget: five 1000-point scars exceed 4000 together.
    json many = v;
    json strip = json::parse(R"({"kind": "strip", "width_mm": 2})");
    for (int i = 0; i < 1000; ++i) strip["path"].push_back({i * 0.1, 200.0});
    for (int k = 0; k < 5; ++k) many["scalp"]["scars"].push_back(strip);
    CHECK(lesson(many) == "/scalp/scars/4/path too_many_shape_points");
    json too_many = v;
    for (int i = 0; i < 1001; ++i) too_many["zone"].push_back({0, 0});
    CHECK(lesson(too_many) == "/zone too_many_items");
}

TEST_CASE("attempt and whole-file refusals carry their codes", "[formats][attempt][codes]") {
    const json v = valid_attempt_doc();
    auto attempt = [](const json& doc) { return code_of([](const json& d) { attempt_from_json(d, "attempt.json"); }, doc); };
    CHECK(attempt(with(v, "/format", "stipple-lesson/1")) == "/format wrong_format");
    CHECK(attempt(with(v, "/started", "yesterday")) == "/started bad_time");
    CHECK(attempt(with(v, "/input", "trackpad")) == "/input unknown_name");
    CHECK(attempt(with(v, "/mode", "test")) == "/mode unknown_name");
    CHECK(attempt(with(v, "/finished", "later")) == "/finished bad_time");
    CHECK(attempt(with(v, "/dots/0/depth_mm", 12)) == "/dots/0/depth_mm above_maximum");
    CHECK(attempt(with(v, "/dots/0/t", -1)) == "/dots/0/t out_of_range");
    CHECK(attempt(with(v, "/dots/0/t", 1e6 + 0.5)) == "/dots/0/t above_maximum");
    CHECK(attempt(with(v, "/dots/0/t", 1e20)) == "/dots/0/t above_maximum");
    CHECK(attempt(with(v, "/dots/0/t", 1e6)) == "accepted");
    CHECK(attempt(without(v, "/dots/1", "y")) == "/dots/1/y missing_field");

    test::ScratchDir dir;
    auto file_code = [](const std::string& path) {
        try {
            load_lesson(path);
        } catch (const InputError& e) {
            return std::string(error_code_name(e.code()));
        }
        return std::string("accepted");
    };
    CHECK(file_code((dir / "missing.json").string()) == "cannot_open");
    test::write_text(dir / "broken.json", "{ \"format\": ");
    CHECK(file_code((dir / "broken.json").string()) == "not_json");
    test::write_text(dir / "deep.json", std::string(100, '[') + std::string(100, ']'));
    CHECK(file_code((dir / "deep.json").string()) == "nested_too_deep");
    // The code, not the words, is what a caller reads: the same words under another code are another error.
    const InputError worded(ErrorCode::other, "x.json", "", "not valid JSON (as a message only)");
    CHECK(worded.code() == ErrorCode::other);
    CHECK(InputError("x.json", "", "anything").code() == ErrorCode::other);
}

TEST_CASE("a valid attempt is read", "[formats][attempt]") {
    const Attempt a = attempt_from_json(valid_attempt_doc(), "attempt.json");
    CHECK(a.lesson == "test-lesson");
    CHECK(*a.trainee == "ana");
    CHECK(a.input == "mouse");
    REQUIRE(a.dots.size() == 2);
    CHECK(a.dots[0].depth_mm == Approx(0.62));
    CHECK(*a.dots[0].t == Approx(0.41));
    CHECK_FALSE(a.dots[1].t);
    CHECK(a.events.is_array());
}

TEST_CASE("every attempt refusal names the file and the JSON pointer", "[formats][attempt]") {
    const json v = valid_attempt_doc();
    const std::vector<std::pair<json, std::string>> cases = {
        {json("text"), "attempt.json: /: expected an object"},
        {with(v, "/format", "stipple-lesson/1"), "attempt.json: /format: expected \"stipple-attempt/1\""},
        {without(v, "", "lesson"), "attempt.json: /lesson: required field is missing"},
        {with(v, "/trainee", ""), "attempt.json: /trainee: expected a non-empty string"},
        {with(v, "/started", "yesterday"), "attempt.json: /started: expected an ISO 8601 time"},
        {with(v, "/input", "trackpad"), "attempt.json: /input: expected \"mouse\", \"pen\" or \"generated\""},
        {with(v, "/dots", json::object()), "attempt.json: /dots: expected an array of dots"},
        {with(v, "/dots/1", 5), "attempt.json: /dots/1: expected an object"},
        {without(v, "/dots/1", "y"), "attempt.json: /dots/1/y: required field is missing"},
        {with(v, "/dots/0/depth_mm", 0), "attempt.json: /dots/0/depth_mm: expected a number greater than 0"},
        {with(v, "/dots/0/depth_mm", 12), "attempt.json: /dots/0/depth_mm: expected a depth of at most 10 mm"},
        {with(v, "/dots/0/x", "1.5"), "attempt.json: /dots/0/x: expected a number"},
        {with(v, "/dots/0/t", -1), "attempt.json: /dots/0/t: expected seconds since the start, >= 0"},
        {with(v, "/dots/0/t", 1e20), "attempt.json: /dots/0/t: expected at most 1000000 seconds since the start"},
        {with(v, "/events", "log"), "attempt.json: /events: expected an array of input events"},
        {with(v, "/mode", "test"), "attempt.json: /mode: expected \"practice\" or \"exam\""},
        {with(v, "/mode", 1), "attempt.json: /mode: expected a string"},
        {with(v, "/finished", "2026-11-24 10:00"), "attempt.json: /finished: expected an ISO 8601 time"},
        {with(v, "/seal", "mac"), "attempt.json: /seal: expected an object"},
    };
    for (const auto& [doc, expected] : cases) {
        INFO("document: " << doc.dump());
        CHECK_THAT(attempt_error(doc), Catch::Matchers::StartsWith(expected));
    }
}

TEST_CASE("an attempt survives a write and a read, events, mode, finish and seal included", "[formats][attempt][files]") {
    test::ScratchDir dir;
    json doc = valid_attempt_doc();
    doc["mode"] = "exam";
    doc["finished"] = "2026-11-24T10:05:00.000Z";
    doc["seal"] = {{"alg", "hmac-sha256"}, {"mac", "00"}, {"future", {1, 2}}};  // opaque to scoring
    const Attempt a = attempt_from_json(doc, "attempt.json");
    CHECK(a.mode == std::optional<std::string>("exam"));
    CHECK(a.finished == std::optional<std::string>("2026-11-24T10:05:00.000Z"));
    CHECK(a.seal == doc["seal"]);
    CHECK_FALSE(attempt_from_json(valid_attempt_doc(), "attempt.json").mode);  // absent: practice, by the reader's caller
    const std::string path = (dir / "attempt.json").string();
    save_attempt(path, a);
    const Attempt b = load_attempt(path);
    CHECK(b.dots.size() == 2);
    CHECK(b.dots[1].x == a.dots[1].x);
    CHECK(b.events == a.events);
    CHECK(b.mode == a.mode);
    CHECK(b.finished == a.finished);
    CHECK(b.seal == a.seal);
    CHECK(json::parse(attempt_to_json(a).dump()) == json::parse(attempt_to_json(b).dump()));
}

TEST_CASE("score reports round numbers and read back", "[formats][report]") {
    ScoreReport r;
    r.lesson = "test-lesson";
    r.total = 82.4449;
    r.passed = true;
    r.spacing = {88.04, {{"mean_nn_mm", 1.183333}, {"clark_evans_r", 1.51}}};
    r.depth = {79.15, {{"in_window_share", 0.93}}};
    r.feedback = {{"spacing", "Dots clump here", Point{12.54, 96.0}}, {"depth", "Too deep overall", std::nullopt}};
    const auto j = report_to_json(r);
    CHECK(j["format"] == "stipple-score/1");
    CHECK(j["total"].get<double>() == 82.4);
    CHECK(j["components"]["spacing"]["score"].get<double>() == 88.0);
    CHECK(j["components"]["spacing"]["mean_nn_mm"].get<double>() == 1.1833);
    CHECK(j["components"]["hairline"].is_null());
    CHECK(j["feedback"][0]["at"] == json::array({12.5, 96.0}));
    CHECK_FALSE(j["feedback"][1].contains("at"));

    const ScoreReport back = report_from_json(json::parse(j.dump()), "score.json");
    CHECK(back.total == Approx(82.4));
    CHECK(back.passed);
    CHECK_FALSE(back.hairline);
    CHECK(back.spacing.metrics.size() == 2);
    CHECK(back.feedback[0].at->x == Approx(12.5));
    CHECK(j["critical_errors"] == json::array());  // always written; empty when nothing critical
    CHECK(back.critical_errors.empty());
    CHECK_THROWS_WITH(report_from_json(json::parse(R"({"format": "x"})"), "score.json"),
                      Catch::Matchers::StartsWith("score.json: /format: expected"));
}

TEST_CASE("negative zero never appears in a report", "[formats][report]") {
    CHECK(std::signbit(round_to(-0.00001, 1)) == false);
}

TEST_CASE("a lesson without a hairline is written without a hairline weight", "[formats][lesson]") {
    json doc = valid_lesson_doc();
    doc.erase("hairline");
    const auto written = lesson_to_json(lesson_from_json(doc, "lesson.json"));
    CHECK(written["weights"].contains("spacing"));
    CHECK_FALSE(written["weights"].contains("hairline"));
    CHECK_FALSE(written.contains("hairline"));
}

TEST_CASE("critical errors are written and read back; reports without them still read", "[formats][report]") {
    ScoreReport r;
    r.lesson = "test-lesson";
    r.total = 82.9;
    r.passed = false;
    r.critical_errors = {{"blowout", "60 % of your dots are blown out (deeper than 0.90 mm)", Point{3.04, 96.66}},
                         {"unfinished", "You placed 1 of about 280 dots this session needs", std::nullopt}};
    const auto j = report_to_json(r);
    REQUIRE(j["critical_errors"].size() == 2);
    CHECK(j["critical_errors"][0]["code"] == "blowout");
    CHECK(j["critical_errors"][0]["at"] == json::array({3.0, 96.7}));
    CHECK_FALSE(j["critical_errors"][1].contains("at"));
    const ScoreReport back = report_from_json(json::parse(j.dump()), "score.json");
    REQUIRE(back.critical_errors.size() == 2);
    CHECK(back.critical_errors[0].code == "blowout");
    CHECK(back.critical_errors[0].message == r.critical_errors[0].message);
    CHECK(back.critical_errors[0].at->y == Approx(96.7));
    CHECK(back.critical_errors[1].code == "unfinished");
    CHECK_FALSE(back.critical_errors[1].at);

    json old_report = json::parse(j.dump());
    old_report.erase("critical_errors");  // stipple-score/1 before critical errors
    CHECK(report_from_json(old_report, "old.json").critical_errors.empty());
    json bad = json::parse(j.dump());
    bad["critical_errors"][1].erase("code");
    CHECK_THROWS_WITH(report_from_json(bad, "score.json"),
                      Catch::Matchers::StartsWith("score.json: /critical_errors/1/code: required field is missing"));
    bad["critical_errors"] = "blowout";
    CHECK_THROWS_WITH(report_from_json(bad, "score.json"),
                      Catch::Matchers::StartsWith("score.json: /critical_errors: expected an array"));
}

TEST_CASE("scalp.head is read, defaulted, refused at its pointer and written only when set", "[formats][lesson][head]") {
    json doc = valid_lesson_doc();
    const Lesson plain = lesson_from_json(doc, "lesson.json");
    CHECK(plain.scalp.head.form.empty());  // the head shape picks the form from the pattern
    CHECK(plain.scalp.head.face_length == 1.0);
    CHECK(plain.scalp.head.head_width == 1.0);
    CHECK_FALSE(lesson_to_json(plain)["scalp"].contains("head"));

    doc["scalp"]["head"] = {{"form", "female"}, {"head_width", 0.9}};
    const Lesson l = lesson_from_json(doc, "lesson.json");
    CHECK(l.scalp.head.form == "female");
    CHECK(l.scalp.head.face_length == 1.0);  // the one left out keeps its default
    CHECK(l.scalp.head.head_width == 0.9);
    const json written = json::parse(lesson_to_json(l).dump());
    CHECK(written["scalp"]["head"] == json::parse(R"({"form": "female", "face_length": 1.0, "head_width": 0.9})"));
    const Lesson back = lesson_from_json(written, "b.json");
    CHECK(back.scalp.head.form == "female");
    CHECK(back.scalp.head.head_width == 0.9);

    doc["scalp"]["head"] = json::object();  // every field optional
    CHECK(lesson_from_json(doc, "lesson.json").scalp.head.head_width == 1.0);

    const std::vector<std::pair<json, std::string>> refused = {
        {json::parse(R"({"form": "child"})"), "lesson.json: /scalp/head/form: expected \"male\" or \"female\""},
        {json::parse(R"({"form": 3})"), "lesson.json: /scalp/head/form: "},
        {json::parse(R"({"face_length": 1.2})"), "lesson.json: /scalp/head/face_length: expected a proportion from 0.85 to 1.15"},
        {json::parse(R"({"head_width": 0.84})"), "lesson.json: /scalp/head/head_width: expected a proportion from 0.85 to 1.15"},
        {json::parse(R"({"head_width": "wide"})"), "lesson.json: /scalp/head/head_width: "},
        {json::parse(R"([1, 2])"), "lesson.json: /scalp/head: "},
    };
    for (const auto& [head, message] : refused) {
        INFO(head.dump());
        doc["scalp"]["head"] = head;
        CHECK_THROWS_WITH(lesson_from_json(doc, "lesson.json"), Catch::Matchers::StartsWith(message));
    }
}
