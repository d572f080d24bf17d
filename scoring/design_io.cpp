// Reading and writing a lesson's design brief and an attempt's design line (see design_io.hpp).
#include "design_io.hpp"

#include <cmath>

#include "input_limits.hpp"

namespace stipple {

using nlohmann::json;

namespace {

constexpr double kMaxRuleMm = 300.0;

// A [min, max] pair of millimetres at `ptr`.
void read_range(const JsonReader& r, const json& parent, const std::string& parent_ptr, const char* key, double& lo,
                double& hi) {
    const json* v = r.find(parent, parent_ptr, key);
    if (!v) return;
    const std::string p = child_pointer(parent_ptr, key);
    if (!v->is_array() || v->size() != 2)
        r.fail(ErrorCode::wrong_type, p, "expected [min, max] in mm with 0 <= min < max");
    const double a = r.number((*v)[0], child_pointer(p, 0)), b = r.number((*v)[1], child_pointer(p, 1));
    if (!(a >= 0 && a < b)) r.fail(ErrorCode::out_of_range, p, "expected [min, max] in mm with 0 <= min < max");
    if (b > kMaxRuleMm) r.fail(ErrorCode::above_maximum, child_pointer(p, 1), "expected at most 300 mm");
    lo = a;
    hi = b;
}

}  // namespace

DesignBrief read_design_brief(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    DesignBrief brief;
    const long long age = r.integer(r.require(value, ptr, "client_age"), child_pointer(ptr, "client_age"));
    if (age < kMinClientAge || age > kMaxClientAge)
        r.fail(ErrorCode::out_of_range, child_pointer(ptr, "client_age"), "expected an age in whole years from 16 to 100");
    brief.client_age = static_cast<int>(age);
    brief.face_shape = r.string(r.require(value, ptr, "face_shape"), child_pointer(ptr, "face_shape"), kMaxNameChars);
    bool known = false;
    for (const char* s : kFaceShapes) known = known || brief.face_shape == s;
    if (!known)
        r.fail(ErrorCode::unknown_name, child_pointer(ptr, "face_shape"),
               "expected \"oval\", \"round\", \"square\", \"long\" or \"heart\"");
    if (const json* v = r.find(value, ptr, "loss_stage"))
        brief.loss_stage = r.string(*v, child_pointer(ptr, "loss_stage"), kMaxNameChars);
    if (const json* v = r.find(value, ptr, "wishes")) brief.wishes = r.string(*v, child_pointer(ptr, "wishes"), kMaxTextChars);
    if (const json* rules = r.find(value, ptr, "rules")) {
        const std::string rp = child_pointer(ptr, "rules");
        r.expect_object(*rules, rp);
        DesignRules& d = brief.rules;
        read_range(r, *rules, rp, "mid_frontal_mm", d.mid_frontal_min_mm, d.mid_frontal_max_mm);
        read_range(r, *rules, rp, "recession_mm", d.recession_min_mm, d.recession_max_mm);
        read_range(r, *rules, rp, "temporal_forward_mm", d.temporal_forward_min_mm, d.temporal_forward_max_mm);
        read_range(r, *rules, rp, "frontal_width_mm", d.frontal_width_min_mm, d.frontal_width_max_mm);
        read_range(r, *rules, rp, "temporal_reach_mm", d.temporal_reach_min_mm, d.temporal_reach_max_mm);
        if (const json* v = r.find(*rules, rp, "asymmetry_max_mm")) {
            d.asymmetry_max_mm = r.positive_number(*v, child_pointer(rp, "asymmetry_max_mm"));
            if (d.asymmetry_max_mm > 50)
                r.fail(ErrorCode::above_maximum, child_pointer(rp, "asymmetry_max_mm"), "expected at most 50 mm");
        }
        // The corners lie within the reach: a width wider than twice the largest reach cannot be drawn.
        if (d.frontal_width_min_mm > 2 * d.temporal_reach_max_mm)
            r.fail(ErrorCode::out_of_range, child_pointer(rp, "frontal_width_mm"),
                   "expected a frontal width no wider than twice the temporal reach (the corners lie inside the ends)");
    }
    return brief;
}

nlohmann::ordered_json design_brief_json(const DesignBrief& b) {
    nlohmann::ordered_json j;
    j["client_age"] = b.client_age;
    j["face_shape"] = b.face_shape;
    if (!b.loss_stage.empty()) j["loss_stage"] = b.loss_stage;
    if (!b.wishes.empty()) j["wishes"] = b.wishes;
    const DesignRules& d = b.rules;
    j["rules"] = {{"mid_frontal_mm", {d.mid_frontal_min_mm, d.mid_frontal_max_mm}},
                  {"recession_mm", {d.recession_min_mm, d.recession_max_mm}},
                  {"temporal_forward_mm", {d.temporal_forward_min_mm, d.temporal_forward_max_mm}},
                  {"frontal_width_mm", {d.frontal_width_min_mm, d.frontal_width_max_mm}},
                  {"temporal_reach_mm", {d.temporal_reach_min_mm, d.temporal_reach_max_mm}},
                  {"asymmetry_max_mm", d.asymmetry_max_mm}};
    return j;
}

Polyline read_design_line(const JsonReader& r, const json& value, const std::string& ptr) {
    Polyline line = r.points(value, ptr, 2, kMaxDesignLinePoints);
    for (size_t i = 0; i < line.size(); ++i) {
        if (!(std::abs(line[i].x) <= kMaxCoordinateMm && std::abs(line[i].y) <= kMaxCoordinateMm))
            r.fail(ErrorCode::off_map, child_pointer(ptr, i), "expected a point on the scalp map, x and y from -2000 to 2000 mm");
        if (i > 0 && !(line[i].x > line[i - 1].x))
            r.fail(ErrorCode::not_left_to_right, child_pointer(ptr, i),
                   "expected the design line to run left to right (x increasing)");
    }
    return line;
}

}  // namespace stipple
