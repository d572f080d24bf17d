// Hints for lesson and curriculum errors: each error gets one that says how to fix it, chosen by the error's
// code and place, never by the wording of its message.
#include <catch2/catch.hpp>

#include "scoring/input_error.hpp"
#include "scoring/lesson_hints.hpp"
#include "scoring/lesson_io.hpp"
#include "tests/scoring/format_fixtures.hpp"

namespace stipple {
namespace {

using nlohmann::json;

std::string hint_for(const json& doc) {
    try {
        lesson_from_json(doc, "t.json");
    } catch (const InputError& e) {
        return hint_for_error(e);
    }
    return "accepted";
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("every error gets a hint that says how to fix it", "[advice]") {
    json doc = test::valid_lesson_doc();
    doc["scalp"]["skin"] = "olive";
    CHECK(has(hint_for(doc), "Fitzpatrick skin type I-VI"));

    doc = test::valid_lesson_doc();
    doc["scalp"]["pattern"] = "norwood-9";  // the pattern hint lists the one table of scalp cases
    CHECK(has(hint_for(doc), "none, norwood-1..norwood-7, ludwig-1..ludwig-3, diffuse, alopecia-areata"));

    doc = test::valid_lesson_doc();
    doc["zone"] = {{0, 0}, {10, 10}, {10, 0}, {0, 10}};  // a bow tie
    CHECK(has(hint_for(doc), "never crosses itself"));

    doc = test::valid_lesson_doc();
    doc["hairline"]["curve"] = {{10, 80}, {0, 78}};
    CHECK(has(hint_for(doc), "from the left temple to the right"));

    doc = test::valid_lesson_doc();
    doc.erase("pass_score");
    CHECK(has(hint_for(doc), "75 is usual"));

    doc = test::valid_lesson_doc();
    doc["scalp"]["scars"] = {{{"kind", "punch"}, {"area", {{0, 100}, {9, 100}, {9, 109}}}, {"count", 5}, {"diameter_mm", -1}}};
    CHECK(has(hint_for(doc), "FUE punches"));

    CHECK(has(hint_for(json::array()), "one JSON object"));
    CHECK(has(hint_for_error(InputError(ErrorCode::not_json, "x.json", "", "not valid JSON (parse error at line 3)")),
              "missing comma"));
    CHECK(has(hint_for_error(InputError("x.json", "/whatever", "odd")), "lessons/README.md"));
}

TEST_CASE("hints switch on the code, not on the message's words", "[advice][codes]") {
    // The words of one error under another code get that code's hint, and the same code gets the same hint
    // whatever the words say.
    const std::string syntax = hint_for_error(InputError(ErrorCode::not_json, "x.json", "", "anything at all"));
    CHECK(has(syntax, "missing comma"));
    CHECK_FALSE(has(hint_for_error(InputError(ErrorCode::other, "x.json", "", "not valid JSON (line 3)")), "missing comma"));
    CHECK(has(hint_for_error(InputError(ErrorCode::cannot_open, "x.json", "", "")), "file's name and folder"));
    CHECK(has(hint_for_error(InputError(ErrorCode::too_long, "x.json", "/title", "")), "shorten it"));
    CHECK(has(hint_for_error(InputError(ErrorCode::too_many_items, "x.json", "/zone", "")), "far more than any lesson"));
    CHECK(has(hint_for_error(InputError(ErrorCode::off_map, "x.json", "/zone/3", "")), "typing mistake"));
    CHECK(has(hint_for_error(InputError(ErrorCode::above_maximum, "x.json", "/weights/depth", "")), "small numbers"));
    // A pointer-scoped code elsewhere falls through to the field's own hint.
    CHECK(has(hint_for_error(InputError(ErrorCode::above_maximum, "x.json", "/targets/spacing_mm", "")),
              "natural scalps have 1.0-1.3 mm"));
    CHECK(has(hint_for_error(InputError(ErrorCode::zero_area, "x.json", "/zone", "")), "all lie on one line"));
    CHECK(has(hint_for_error(InputError(ErrorCode::not_simple_polygon, "x.json", "/zone", "")), "never crosses itself"));
    // The curriculum's hints read the code for whole-file errors too.
    CHECK(has(hint_for_curriculum_error(InputError(ErrorCode::not_json, "c.json", "", "")), "missing comma"));
    CHECK_FALSE(has(hint_for_curriculum_error(InputError(ErrorCode::other, "c.json", "", "not valid JSON")), "missing comma"));
}

TEST_CASE("curriculum errors get curriculum hints", "[advice]") {
    CHECK(has(hint_for_curriculum_error(InputError(ErrorCode::wrong_format, "c.json", "/format", "expected ...")),
              "stipple-curriculum/1"));
    CHECK(has(hint_for_curriculum_error(InputError(ErrorCode::required_later, "c.json", "/lessons/4/requires/0", "")),
              "taught earlier"));
    CHECK(has(hint_for_curriculum_error(InputError(ErrorCode::out_of_range, "c.json", "/proficiency/consecutive_passes", "")),
              "passes in a row"));
}

}  // namespace stipple
