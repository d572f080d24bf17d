// The lessons tests build on, one copy each for every test area: a shipped lesson by id, the classic adult
// hairline built in code (no file), a square patch, and a sound patch lesson as a JSON document. A test
// changes only the fields it is about on a copy of one of these.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "scoring/lesson.hpp"
#include "scoring/lesson_io.hpp"
#include "tests/test_support.hpp"

namespace stipple::test {

// lessons/ID.json, as the program loads it.
inline Lesson shipped_lesson(const std::string& id) { return load_lesson((lessons_dir() / (id + ".json")).string()); }

// A side x side mm square patch (0..side in x and y), spacing 1.2 mm, depth window 0.4-0.9 mm, no hairline.
inline Lesson patch_lesson(double side_mm = 40.0) {
    Lesson l;
    l.id = "patch";
    l.title = "Patch";
    l.zone = {{0, 0}, {side_mm, 0}, {side_mm, side_mm}, {0, side_mm}};
    l.targets.spacing_mm = 1.2;
    return l;
}

// The classic adult hairline, built here so a test does not depend on a lesson file: the patch's spacing on a
// 64 x 30 mm frontal zone (x -32..32, y 72..102) with a seven-point curve whose mid-frontal point is at
// y = 80, rising to 86 at the temples (x = +-30), and an 8 mm transition.
inline Lesson hairline_lesson() {
    Lesson l = patch_lesson();
    l.id = "hairline-test";
    l.title = "Hairline";
    l.zone = {{-32, 72}, {32, 72}, {32, 102}, {-32, 102}};
    l.hairline = Hairline{{{-30, 86}, {-22, 82.5}, {-12, 80.6}, {0, 80}, {12, 80.6}, {22, 82.5}, {30, 86}}, 8.0};
    return l;
}

// A sound stipple-lesson/1 document with nothing to warn about: a 30 x 30 mm patch (x 0..30, y 100..130) on a
// Norwood 6 scalp, spacing 1.2 mm (about 456 dots), depth window 0.4-0.9 mm, no hairline.
inline nlohmann::json patch_lesson_doc(const std::string& id = "patch") {
    nlohmann::json doc = nlohmann::json::parse(R"({
      "format": "stipple-lesson/1", "id": "patch", "title": "Patch", "brief": "Fill it.",
      "scalp": {"pattern": "norwood-6", "skin": "fitzpatrick-3", "seed": 1},
      "needle": {"config": "1RL", "diameter_mm": 0.25},
      "zone": [[0, 100], [30, 100], [30, 130], [0, 130]],
      "targets": {"spacing_mm": 1.2, "depth_mm": [0.4, 0.9]},
      "pass_score": 75
    })");
    doc["id"] = id;
    return doc;
}

}  // namespace stipple::test
