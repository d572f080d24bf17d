// The canonical text and content hash of an attempt's dots (see canonical_dots.hpp).
#include "academy/canonical_dots.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

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

}  // namespace stipple
