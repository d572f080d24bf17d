// An attempt (format stipple-attempt/1): the dots a trainee placed for one lesson, plus the raw input log, the
// mode fixed when it started, and an optional integrity record that only academy/ reads (scoring never sees a key).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stipple {

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
};

}  // namespace stipple
