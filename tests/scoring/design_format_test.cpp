// The hairline design formats: a lesson's design brief and an attempt's design line are read strictly (errors
// name the field: /design_line/3), written back unchanged, and the score report carries the design component.
#include <catch2/catch.hpp>

#include "scoring/attempt_io.hpp"
#include "scoring/design_io.hpp"
#include "scoring/design_metric.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/report_io.hpp"
#include "scoring/scoring.hpp"
#include "scoring/unknown_fields.hpp"

using namespace stipple;
using nlohmann::json;

namespace {

json design_lesson_json() {
    return json::parse(R"({
      "format": "stipple-lesson/1", "id": "design-test", "title": "Design", "brief": "Draw the hairline.",
      "scalp": {"pattern": "norwood-3", "skin": "fitzpatrick-3", "seed": 1},
      "needle": {"config": "1RL", "diameter_mm": 0.25},
      "zone": [[-75, 55], [75, 55], [75, 115], [-75, 115]],
      "targets": {"spacing_mm": 1.2, "depth_mm": [0.4, 0.9]},
      "pass_score": 75,
      "design": {"client_age": 40, "face_shape": "round", "wishes": "soft",
                 "rules": {"mid_frontal_mm": [78, 90], "recession_mm": [7, 18], "asymmetry_max_mm": 2}}})");
}

json attempt_json(const json& line) {
    return json{{"format", "stipple-attempt/1"}, {"lesson", "design-test"}, {"input", "mouse"}, {"dots", json::array()},
                {"design_line", line}};
}

// The error's "pointer code" for a bad attempt.
std::string attempt_error(const json& doc) {
    try {
        attempt_from_json(doc, "a.json");
    } catch (const InputError& e) {
        return e.pointer() + " " + std::string(error_code_name(e.code()));
    }
    return "accepted";
}

std::string lesson_error(const json& doc) {
    try {
        lesson_from_json(doc, "l.json");
    } catch (const InputError& e) {
        return e.pointer() + " " + std::string(error_code_name(e.code()));
    }
    return "accepted";
}

}  // namespace

TEST_CASE("a design lesson's brief and rules are read, defaults kept, and written back the same", "[scoring][design]") {
    const Lesson l = lesson_from_json(design_lesson_json(), "l.json");
    REQUIRE(l.design);
    CHECK(l.design->client_age == 40);
    CHECK(l.design->face_shape == "round");
    CHECK(l.design->wishes == "soft");
    CHECK(l.design->rules.mid_frontal_min_mm == 78);
    CHECK(l.design->rules.mid_frontal_max_mm == 90);
    CHECK(l.design->rules.recession_max_mm == 18);
    CHECK(l.design->rules.asymmetry_max_mm == 2);
    CHECK(l.design->rules.frontal_width_min_mm == DesignRules{}.frontal_width_min_mm);  // absent: default
    const auto written = lesson_to_json(l);
    CHECK(written["weights"]["design"] == 1.0);
    const Lesson again = lesson_from_json(json::parse(written.dump()), "again.json");
    CHECK(lesson_to_json(again) == written);
    CHECK(again.design->rules.temporal_reach_max_mm == DesignRules{}.temporal_reach_max_mm);
    // A lesson with dots writes no design and no design weight.
    json plain = design_lesson_json();
    plain.erase("design");
    const auto plain_written = lesson_to_json(lesson_from_json(plain, "p.json"));
    CHECK_FALSE(plain_written.contains("design"));
    CHECK_FALSE(plain_written["weights"].contains("design"));
}

TEST_CASE("bad design briefs are refused with the field's pointer", "[scoring][design]") {
    auto with = [](const char* pointer, json value) {
        json doc = design_lesson_json();
        doc[json::json_pointer(pointer)] = std::move(value);
        return doc;
    };
    CHECK(lesson_error(with("/design/client_age", 15)) == "/design/client_age out_of_range");
    CHECK(lesson_error(with("/design/client_age", 40.5)) == "/design/client_age wrong_type");
    CHECK(lesson_error(with("/design/face_shape", "egg")) == "/design/face_shape unknown_name");
    CHECK(lesson_error(with("/design/rules/mid_frontal_mm", json::array({90, 80}))) == "/design/rules/mid_frontal_mm out_of_range");
    CHECK(lesson_error(with("/design/rules/recession_mm", json::array({5, 301}))) == "/design/rules/recession_mm/1 above_maximum");
    CHECK(lesson_error(with("/design/rules/asymmetry_max_mm", 0)) == "/design/rules/asymmetry_max_mm out_of_range");
    CHECK(lesson_error(with("/design/rules", 3)) == "/design/rules wrong_type");
    CHECK(lesson_error(with("/design/rules/frontal_width_mm", json::array({160, 200}))) == "/design/rules/frontal_width_mm out_of_range");
    // A design lesson needs a design weight: the dots' weights do not count there.
    CHECK(lesson_error(with("/weights", json{{"design", 0}})) == "/weights out_of_range");
    CHECK(lesson_error(with("/weights", json{{"spacing", 0}, {"depth", 0}, {"design", 1}})) == "accepted");
}

TEST_CASE("unknown design fields are warned about with a suggestion", "[scoring][design]") {
    json doc = design_lesson_json();
    doc["design"]["client_ag"] = 3;
    doc["design"]["rules"]["recession"] = json::array({1, 2});
    const std::vector<LessonWarning> w = unknown_field_warnings(doc);
    REQUIRE(w.size() == 2);
    CHECK(w[0].pointer == "/design/client_ag");
    CHECK(w[0].message.find("\"client_age\"") != std::string::npos);
    CHECK(w[1].pointer == "/design/rules/recession");
    CHECK(w[1].message.find("\"recession_mm\"") != std::string::npos);
}

TEST_CASE("an attempt's design line is read left to right on the map, with the point at fault named", "[scoring][design]") {
    const json line = json::array({json::array({-60, 85}), json::array({-40, 92}), json::array({0, 80}),
                                   json::array({40, 91}), json::array({60, 84})});
    const Attempt a = attempt_from_json(attempt_json(line), "a.json");
    REQUIRE(a.design_line);
    CHECK(a.design_line->size() == 5);
    CHECK(a.design_line->at(3) == Point{40, 91});
    const auto written = attempt_to_json(a);
    CHECK(written["design_line"] == line);
    CHECK(attempt_from_json(json::parse(written.dump()), "b.json").design_line == a.design_line);
    // An attempt without one writes none.
    Attempt plain = a;
    plain.design_line.reset();
    CHECK_FALSE(attempt_to_json(plain).contains("design_line"));

    json back = line;
    back[3] = json::array({-10, 91});
    CHECK(attempt_error(attempt_json(back)) == "/design_line/3 not_left_to_right");
    json same_x = line;
    same_x[2] = json::array({-40, 80});
    CHECK(attempt_error(attempt_json(same_x)) == "/design_line/2 not_left_to_right");
    json off = line;
    off[4] = json::array({60, 5000});
    CHECK(attempt_error(attempt_json(off)) == "/design_line/4 off_map");
    json text = line;
    text[1] = "here";
    CHECK(attempt_error(attempt_json(text)) == "/design_line/1 wrong_type");
    CHECK(attempt_error(attempt_json(json::array({json::array({0, 80})}))) == "/design_line too_few_items");
    CHECK(attempt_error(attempt_json(json{{"x", 1}})) == "/design_line wrong_type");
    json many = json::array();
    for (size_t i = 0; i <= kMaxDesignLinePoints; ++i) many.push_back(json::array({static_cast<double>(i) * 0.1 - 50, 80}));
    CHECK(attempt_error(attempt_json(many)) == "/design_line too_many_items");
    json null_line = attempt_json(nullptr);
    CHECK_FALSE(attempt_from_json(null_line, "n.json").design_line.has_value());
}

TEST_CASE("the score report carries the design component and reads it back", "[scoring][design]") {
    const Lesson l = lesson_from_json(design_lesson_json(), "l.json");
    Attempt a;
    a.lesson = l.id;
    a.design_line = expert_design_line(l);
    const ScoreReport r = score_attempt(l, a);
    REQUIRE(r.design);
    CHECK(r.passed);
    CHECK(r.total == r.design->score);
    CHECK(r.spacing.metrics.empty());
    CHECK_FALSE(r.hairline);
    const auto j = report_to_json(r);
    CHECK(j["components"]["design"]["score"] == round_to(r.design->score, 1));
    CHECK(j["components"]["design"].contains("mid_frontal_mm"));
    const ScoreReport back = report_from_json(json::parse(j.dump()), "r.json");
    REQUIRE(back.design);
    CHECK(back.design->metrics.size() == r.design->metrics.size());
    // A report of a lesson with dots has no design key at all (older reports stay byte for byte the same).
    ScoreReport dots = r;
    dots.design.reset();
    CHECK_FALSE(report_to_json(dots)["components"].contains("design"));
    // The pass rule's floor speaks of the design in a design lesson.
    ScoreReport weak = r;
    weak.design->score = 40;
    weak.total = 40;
    const std::vector<std::string> why = score_shortfalls(l, weak);
    REQUIRE(why.size() == 2);
    CHECK(why[1] == "Design scored 40.0: every part must reach 50 to pass");
}

TEST_CASE("the conservative floor rises with the client's age from a third of the face", "[scoring][design]") {
    const double third = face_third_mm(HeadForm{});
    CHECK(third == Approx(61.7).margin(0.01));
    CHECK(face_third_mm(HeadForm{}, "ludwig-2") == Approx(56.1).margin(0.01));
    CHECK(face_third_mm(HeadForm{"female", 1.0, 1.0}) == Approx(56.1).margin(0.01));
    CHECK(face_third_mm(HeadForm{"male", 1.15, 1.0}) > face_third_mm(HeadForm{"male", 0.85, 1.0}) + 14);
    CHECK(conservative_mid_frontal_min_mm(third, 20) == Approx(third + 8));
    CHECK(conservative_mid_frontal_min_mm(third, 25) == Approx(third + 8));
    CHECK(conservative_mid_frontal_min_mm(third, 45) == Approx(third + 16));
    CHECK(conservative_mid_frontal_min_mm(third, 55) == Approx(third + 20));
    CHECK(conservative_mid_frontal_min_mm(third, 90) == Approx(third + 20));
}

TEST_CASE("the design metric survives hostile lines without crashing", "[scoring][design]") {
    const Lesson l = lesson_from_json(design_lesson_json(), "l.json");
    const std::vector<Polyline> lines = {
        {{-1e-9, 80}, {1e-9, 80}},                      // a line of no width
        {{-1999, -1999}, {1999, 1999}},                 // corner to corner of the map
        {{-60, 80}, {0, 1e-300}, {60, 80}},             // tiny numbers
        {{-5, 80}, {0, 81}, {5, 80}},                   // a tick at the midline only
    };
    for (const Polyline& line : lines) {
        Attempt a;
        a.lesson = l.id;
        a.design_line = line;
        const ScoreReport r = score_attempt(l, a);
        CHECK(r.total >= 0);
        CHECK(r.total <= 100);
        CHECK_FALSE(r.passed);
        for (const auto& [name, value] : r.design->metrics) CHECK(std::isfinite(value));
    }
    // Out of order (a caller that skipped the reader): refused as no usable line, not misjudged.
    Attempt a;
    a.lesson = l.id;
    a.design_line = Polyline{{60, 80}, {0, 80}, {-60, 80}};
    CHECK(score_attempt(l, a).critical_errors.front().code == "no_design_line");
}
