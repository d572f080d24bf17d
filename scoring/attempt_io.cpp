// Reading, validating and writing attempts (see attempt_io.hpp and DESIGN.md).
#include "attempt_io.hpp"

#include "atomic_file.hpp"
#include "design_io.hpp"
#include "choices_io.hpp"
#include "input_limits.hpp"
#include "iso_time.hpp"
#include "json_reader.hpp"

namespace stipple {

using nlohmann::json;

Attempt attempt_from_json(const json& doc, const std::string& file) {
    const JsonReader r(file);
    r.expect_object(doc, "");
    Attempt a;
    const std::string format = r.string(r.require(doc, "", "format"), "/format", kMaxNameChars);
    if (format != kAttemptFormat) r.fail(ErrorCode::wrong_format, "/format", std::string("expected \"") + kAttemptFormat + "\", found \"" + format + "\"");
    a.lesson = r.non_empty_string(r.require(doc, "", "lesson"), "/lesson", kMaxIdChars);
    if (const json* v = r.find(doc, "", "trainee"); v && !v->is_null())
        a.trainee = r.non_empty_string(*v, "/trainee", kMaxNameChars);
    if (const json* v = r.find(doc, "", "started"); v && !v->is_null()) {
        a.started = r.string(*v, "/started");
        if (!is_iso_time(*a.started) || a.started->size() > kMaxNameChars)
            r.fail(ErrorCode::bad_time, "/started", "expected an ISO 8601 time such as 2026-11-24T10:00:00Z");
    }
    if (const json* v = r.find(doc, "", "finished"); v && !v->is_null()) {
        a.finished = r.string(*v, "/finished");
        if (!is_iso_time(*a.finished) || a.finished->size() > kMaxNameChars)
            r.fail(ErrorCode::bad_time, "/finished", "expected an ISO 8601 time such as 2026-11-24T10:20:00Z");
    }
    if (const json* v = r.find(doc, "", "mode"); v && !v->is_null()) {
        a.mode = r.string(*v, "/mode", kMaxNameChars);
        if (*a.mode != "practice" && *a.mode != "exam")
            r.fail(ErrorCode::unknown_name, "/mode", "expected \"practice\" or \"exam\"");
    }
    a.input = r.string(r.require(doc, "", "input"), "/input", kMaxNameChars);
    if (a.input != "mouse" && a.input != "pen" && a.input != "generated")
        r.fail(ErrorCode::unknown_name, "/input", "expected \"mouse\", \"pen\" or \"generated\"");
    const json& dots = r.require(doc, "", "dots");
    r.expect_array(dots, "/dots", "dots", kMaxDotsPerAttempt);
    a.dots.reserve(dots.size());
    for (size_t i = 0; i < dots.size(); ++i) {
        const std::string p = child_pointer("/dots", i);
        const json& d = dots[i];
        Dot dot;
        dot.x = r.number(r.require(d, p, "x"), p + "/x");
        dot.y = r.number(r.require(d, p, "y"), p + "/y");
        dot.depth_mm = r.positive_number(r.require(d, p, "depth_mm"), p + "/depth_mm");
        if (dot.depth_mm > 10) r.fail(ErrorCode::above_maximum, p + "/depth_mm", "expected a depth of at most 10 mm");
        if (const json* t = r.find(d, p, "t"); t && !t->is_null()) {
            dot.t = r.number(*t, p + "/t");
            if (*dot.t < 0) r.fail(ErrorCode::out_of_range, p + "/t", "expected seconds since the start, >= 0");
            if (*dot.t > kMaxAttemptSeconds)
                r.fail(ErrorCode::above_maximum, p + "/t", "expected at most 1000000 seconds since the start");
        }
        a.dots.push_back(dot);
    }
    if (const json* ev = r.find(doc, "", "events"); ev && !ev->is_null()) {
        r.expect_array(*ev, "/events", "input events", kMaxEventsPerAttempt);
        a.events = *ev;
    }
    if (const json* line = r.find(doc, "", "design_line"); line && !line->is_null())
        a.design_line = read_design_line(r, *line, "/design_line");
    if (const json* seal = r.find(doc, "", "seal"); seal && !seal->is_null()) {
        r.expect_object(*seal, "/seal");
        a.seal = *seal;
    }
    if (const json* c = r.find(doc, "", "choice"); c && !c->is_null()) a.choice = read_session_choice(r, *c, "/choice");
    return a;
}

Attempt load_attempt(const std::string& path) { return attempt_from_json(parse_json_file(path), path); }

nlohmann::ordered_json attempt_to_json(const Attempt& a) {
    nlohmann::ordered_json j;
    j["format"] = kAttemptFormat;
    j["lesson"] = a.lesson;
    if (a.trainee) j["trainee"] = *a.trainee;
    if (a.started) j["started"] = *a.started;
    if (a.finished) j["finished"] = *a.finished;
    if (a.mode) j["mode"] = *a.mode;
    j["input"] = a.input;
    nlohmann::ordered_json dots = nlohmann::ordered_json::array();
    for (const Dot& d : a.dots) {
        nlohmann::ordered_json dj{{"x", d.x}, {"y", d.y}, {"depth_mm", d.depth_mm}};
        if (d.t) dj["t"] = *d.t;
        dots.push_back(std::move(dj));
    }
    j["dots"] = std::move(dots);
    if (a.design_line) {
        nlohmann::ordered_json line = nlohmann::ordered_json::array();
        for (const Point& p : *a.design_line) line.push_back({p.x, p.y});
        j["design_line"] = std::move(line);
    }
    if (!a.events.is_null()) j["events"] = a.events;
    if (!a.seal.is_null()) j["seal"] = a.seal;
    if (a.choice) j["choice"] = session_choice_to_json(*a.choice);
    return j;
}

void save_attempt(const std::string& path, const Attempt& attempt) {
    write_file_atomically(path, attempt_to_json(attempt).dump(1) + "\n", kPrivateFileMode);  // a trainee's work: 0600
}

}  // namespace stipple
