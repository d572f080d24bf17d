// The canonical text and content hash of an attempt's dots (see canonical_dots.hpp).
#include "academy/canonical_dots.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "academy/sha256.hpp"

namespace stipple {

namespace {

// Whole thousandths of a millimetre, as a double so any finite coordinate fits; -0 becomes 0.
double thousandths(double mm) {
    const double r = std::nearbyint(mm * 1000.0);
    return r == 0.0 ? 0.0 : r;
}

void append_mm(std::string& out, double thousandths_mm) {
    char buf[400];  // %.3f of the largest double is 309 digits + ".000"
    std::snprintf(buf, sizeof buf, "%.3f", thousandths_mm / 1000.0);
    out += buf;
}

std::string quoted(const std::string& name) {
    return nlohmann::json(name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string canonical_dots_text(const std::string& lesson_id, const std::vector<Dot>& dots) {
    std::vector<std::array<double, 3>> rounded;
    rounded.reserve(dots.size());
    for (const Dot& d : dots) rounded.push_back({thousandths(d.x), thousandths(d.y), thousandths(d.depth_mm)});
    std::sort(rounded.begin(), rounded.end());
    std::string text = "stipple-dots/1\n" + lesson_id + "\n";
    text.reserve(text.size() + rounded.size() * 24);
    for (const auto& r : rounded) {
        append_mm(text, r[0]);
        text += ' ';
        append_mm(text, r[1]);
        text += ' ';
        append_mm(text, r[2]);
        text += '\n';
    }
    return text;
}

std::string content_hash(const std::string& lesson_id, const std::vector<Dot>& dots) {
    return sha256_hex(canonical_dots_text(lesson_id, dots));
}

std::string canonical_attempt_text(const Attempt& attempt) {
    std::string text = canonical_dots_text(attempt.lesson, attempt.dots);
    if (attempt.choice) text += "choice " + quoted(attempt.choice->needle) + " " + quoted(attempt.choice->shade) + "\n";
    if (attempt.design_line) {
        text += "design_line " + std::to_string(attempt.design_line->size()) + "\n";
        for (const Point& p : *attempt.design_line) {  // drawn order is the line's shape: never sorted
            append_mm(text, thousandths(p.x));
            text += ' ';
            append_mm(text, thousandths(p.y));
            text += '\n';
        }
    }
    return text;
}

std::string content_hash(const Attempt& attempt) { return sha256_hex(canonical_attempt_text(attempt)); }

}  // namespace stipple
