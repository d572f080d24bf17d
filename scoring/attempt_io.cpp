// Reading, validating and writing attempts (see attempt_io.hpp and DESIGN.md).
#include "attempt_io.hpp"

#include "atomic_file.hpp"
#include "input_limits.hpp"
#include "json_reader.hpp"

namespace stipple {

using nlohmann::json;

namespace {

bool digits(const std::string& s, size_t from, size_t count) {
    if (from + count > s.size()) return false;
    for (size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

}  // namespace

// YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm), checked by hand: std::regex recurses once per character and
// a long fraction overflows the stack.
bool is_iso_time(const std::string& s) {
    if (!(digits(s, 0, 4) && s.size() > 4 && s[4] == '-' && digits(s, 5, 2) && s.size() > 7 && s[7] == '-' &&
          digits(s, 8, 2) && s.size() > 10 && s[10] == 'T' && digits(s, 11, 2) && s.size() > 13 && s[13] == ':' &&
          digits(s, 14, 2) && s.size() > 16 && s[16] == ':' && digits(s, 17, 2)))
        return false;
    size_t i = 19;
    if (i < s.size() && s[i] == '.') {
        const size_t start = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == start) return false;
    }
    if (i < s.size() && s[i] == 'Z') return i + 1 == s.size();
    return i + 6 == s.size() && (s[i] == '+' || s[i] == '-') && digits(s, i + 1, 2) && s[i + 3] == ':' &&
           digits(s, i + 4, 2);
}

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
        }
        a.dots.push_back(dot);
    }
    if (const json* ev = r.find(doc, "", "events"); ev && !ev->is_null()) {
        r.expect_array(*ev, "/events", "input events", kMaxEventsPerAttempt);
        a.events = *ev;
    }
    return a;
}

Attempt load_attempt(const std::string& path) { return attempt_from_json(parse_json_file(path), path); }

nlohmann::ordered_json attempt_to_json(const Attempt& a) {
    nlohmann::ordered_json j;
    j["format"] = kAttemptFormat;
    j["lesson"] = a.lesson;
    if (a.trainee) j["trainee"] = *a.trainee;
    if (a.started) j["started"] = *a.started;
    j["input"] = a.input;
    nlohmann::ordered_json dots = nlohmann::ordered_json::array();
    for (const Dot& d : a.dots) {
        nlohmann::ordered_json dj{{"x", d.x}, {"y", d.y}, {"depth_mm", d.depth_mm}};
        if (d.t) dj["t"] = *d.t;
        dots.push_back(std::move(dj));
    }
    j["dots"] = std::move(dots);
    if (!a.events.is_null()) j["events"] = a.events;
    return j;
}

void save_attempt(const std::string& path, const Attempt& attempt) {
    write_file_atomically(path, attempt_to_json(attempt).dump(1) + "\n");
}

}  // namespace stipple
