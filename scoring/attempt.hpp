// An attempt (format stipple-attempt/1): the dots a trainee placed for one lesson, plus the raw input log, the
// mode fixed when it started, and an optional integrity record that only academy/ reads (scoring never sees a key).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "geometry.hpp"

namespace stipple {

// The needle and shade a trainee chose for a session (issue 14, part D), by the lesson's option names.
struct SessionChoice {
    std::string needle;     // NeedleOption::needle.config
    std::string shade;      // ShadeOption::name
};

// One deposit of pigment: where (mm on the scalp map), how deep, and when.
struct Dot {
    double x = 0.0;
    double y = 0.0;
    double depth_mm = 0.0;
    std::optional<double> t;  // seconds since the attempt started
};

struct Attempt {
    std::string lesson;               // lesson id
    std::optional<std::string> trainee;
    std::optional<std::string> started;   // ISO 8601
    std::string input = "mouse";      // mouse | pen | generated
    std::vector<Dot> dots;
    nlohmann::json events = nullptr;  // optional raw input log, owned by the simulator; scoring ignores it
    // Added later, so positional initialisers above keep working:
    std::optional<std::string> finished;  // ISO 8601, written when the attempt is finished
    std::optional<std::string> mode;  // practice | exam, written when the session starts; absent = practice
    nlohmann::json seal = nullptr;    // optional integrity record (academy/attempt_seal), an object kept opaque here
    // Issue 14:
    std::optional<Polyline> design_line = {};   // a design lesson's drawn hairline, map mm, left to right (part B/C)
    std::optional<SessionChoice> choice = {};   // the needle and shade chosen (part D), when the lesson offers them
};

}  // namespace stipple
