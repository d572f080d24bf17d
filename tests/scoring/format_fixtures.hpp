// Small valid documents of each format for the reader tests, and what the reader says of a document: each
// test changes one field and checks the message. One copy for every test of the scoring area.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"

namespace stipple::test {

// A stipple-lesson/1 with every required field and a hairline (20 x 30 mm zone, spacing 1.2 mm).
inline nlohmann::json valid_lesson_doc() {
    return nlohmann::json::parse(R"({
      "format": "stipple-lesson/1", "id": "test-lesson", "title": "Test", "brief": "A brief.",
      "scalp": { "pattern": "norwood-3", "skin": "fitzpatrick-3", "seed": 1 },
      "needle": { "config": "1RL", "diameter_mm": 0.25 },
      "zone": [[-10, 70], [10, 70], [10, 100], [-10, 100]],
      "hairline": { "curve": [[-10, 80], [0, 78], [10, 80]], "transition_mm": 8 },
      "targets": { "spacing_mm": 1.2, "depth_mm": [0.4, 0.9] },
      "weights": { "spacing": 1, "depth": 1, "hairline": 1 },
      "pass_score": 75 })");
}

// A stipple-attempt/1 for that lesson: two dots and one input event.
inline nlohmann::json valid_attempt_doc() {
    return nlohmann::json::parse(R"({ "format": "stipple-attempt/1", "lesson": "test-lesson", "trainee": "ana",
      "started": "2026-11-24T10:00:00Z", "input": "mouse",
      "dots": [ { "x": 1.5, "y": 80.2, "depth_mm": 0.62, "t": 0.41 }, { "x": 2.5, "y": 81, "depth_mm": 0.5 } ],
      "events": [ { "t": 0.1, "type": "down" } ] })");
}

// The one-line message of the InputError that reading `doc` as lesson.json / attempt.json raises, or "" when
// the reader accepts it.
inline std::string lesson_error(const nlohmann::json& doc) {
    try {
        lesson_from_json(doc, "lesson.json");
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}
inline std::string attempt_error(const nlohmann::json& doc) {
    try {
        attempt_from_json(doc, "attempt.json");
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace stipple::test
