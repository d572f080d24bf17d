// Reading and writing a lesson's existing marks and numbing wait (see lesson_existing_io.hpp).
#include "lesson_existing_io.hpp"

#include <cmath>

#include "input_limits.hpp"

namespace stipple {

using nlohmann::json;

namespace {

constexpr double kMaxMarkDepthMm = 5.0, kMaxMarkDiameterMm = 3.0, kMinDilution = 0.1;
constexpr double kMaxNumbingWaitS = 600.0;

double within(const JsonReader& r, const json& value, const std::string& ptr, double lo, double hi, bool lo_open,
              const std::string& what) {
    const double v = r.number(value, ptr);
    if (!((lo_open ? v > lo : v >= lo) && v <= hi)) r.fail(ErrorCode::out_of_range, ptr, "expected " + what);
    return v;
}

ExistingMark read_mark(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    for (const auto& item : value.items()) {
        const std::string& k = item.key();
        if (k != "x" && k != "y" && k != "depth_mm" && k != "diameter_mm" && k != "dilution" && k != "healed_days" && k != "sun")
            r.fail(ErrorCode::unknown_name, child_pointer(ptr, k),
                   "unknown field \"" + k + "\" (expected x, y, depth_mm, diameter_mm, dilution, healed_days, sun)");
    }
    ExistingMark m;
    const std::string map = "a coordinate on the scalp map, from -" + std::to_string(static_cast<int>(kMaxCoordinateMm)) + " to " +
                            std::to_string(static_cast<int>(kMaxCoordinateMm)) + " mm";
    m.x = within(r, r.require(value, ptr, "x"), child_pointer(ptr, "x"), -kMaxCoordinateMm, kMaxCoordinateMm, false, map);
    m.y = within(r, r.require(value, ptr, "y"), child_pointer(ptr, "y"), -kMaxCoordinateMm, kMaxCoordinateMm, false, map);
    m.depth_mm = within(r, r.require(value, ptr, "depth_mm"), child_pointer(ptr, "depth_mm"), 0, kMaxMarkDepthMm, true,
                        "a depth with 0 < depth <= 5 mm");
    if (const json* v = r.find(value, ptr, "diameter_mm"))
        m.diameter_mm = within(r, *v, child_pointer(ptr, "diameter_mm"), 0, kMaxMarkDiameterMm, true, "a diameter with 0 < diameter <= 3 mm");
    if (const json* v = r.find(value, ptr, "dilution"))
        m.dilution = within(r, *v, child_pointer(ptr, "dilution"), kMinDilution, 1.0, false, "a dilution from 0.1 to 1");
    if (const json* v = r.find(value, ptr, "healed_days"))
        m.healed_days = within(r, *v, child_pointer(ptr, "healed_days"), 0, kMaxHealedDays, false, "from 0 to 7300 days");
    if (const json* v = r.find(value, ptr, "sun")) {
        if (!v->is_boolean()) r.fail(ErrorCode::wrong_type, child_pointer(ptr, "sun"), "expected true or false");
        m.sun = v->get<bool>();
    }
    return m;
}

}  // namespace

Existing read_existing(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    Existing existing;
    const std::string kind_ptr = child_pointer(ptr, "kind");
    existing.kind = r.string(r.require(value, ptr, "kind"), kind_ptr, kMaxNameChars);
    if (existing.kind != "dots" && existing.kind != "hair") r.fail(ErrorCode::unknown_name, kind_ptr, "expected \"dots\" or \"hair\"");
    const json* marks = r.find(value, ptr, "marks");
    auto fraction = [&](const json& v) {
        return within(r, v, child_pointer(ptr, "density_fraction"), 0, 1, true, "a fraction with 0 < value <= 1");
    };
    if (const json* f = marks ? r.find(value, ptr, "density_fraction") : &r.require(value, ptr, "density_fraction"))
        existing.density_fraction = fraction(*f);
    if (const json* seed = r.find(value, ptr, "seed")) {
        const long long v = r.integer(*seed, child_pointer(ptr, "seed"));
        if (v < 0) r.fail(ErrorCode::out_of_range, child_pointer(ptr, "seed"), "expected a whole number >= 0");
        existing.seed = static_cast<uint64_t>(v);
    }
    if (marks) {
        const std::string mp = child_pointer(ptr, "marks");
        if (existing.kind != "dots") r.fail(ErrorCode::out_of_range, mp, "expected marks only with \"kind\": \"dots\"");
        r.expect_array(*marks, mp, "marks", kMaxExistingMarks);
        if (marks->empty()) r.fail(ErrorCode::too_few_items, mp, "expected at least one mark (leave out \"existing\" when none is left)");
        existing.marks.reserve(marks->size());
        for (size_t i = 0; i < marks->size(); ++i) existing.marks.push_back(read_mark(r, (*marks)[i], child_pointer(mp, i)));
    }
    return existing;
}

nlohmann::ordered_json existing_to_json(const Existing& e) {
    if (e.marks.empty()) return {{"kind", e.kind}, {"density_fraction", e.density_fraction}, {"seed", e.seed}};
    const ExistingMark fresh;
    nlohmann::ordered_json marks = nlohmann::ordered_json::array();
    for (const ExistingMark& m : e.marks) {
        nlohmann::ordered_json mj{{"x", m.x}, {"y", m.y}, {"depth_mm", m.depth_mm}};
        if (m.diameter_mm != fresh.diameter_mm) mj["diameter_mm"] = m.diameter_mm;
        if (m.dilution != fresh.dilution) mj["dilution"] = m.dilution;
        if (m.healed_days != fresh.healed_days) mj["healed_days"] = m.healed_days;
        if (m.sun) mj["sun"] = true;
        marks.push_back(std::move(mj));
    }
    return {{"kind", e.kind}, {"marks", std::move(marks)}};
}

double read_numbing_wait_s(const JsonReader& r, const json& value, const std::string& ptr) {
    return within(r, value, ptr, 0, kMaxNumbingWaitS, true, "a numbing clock with 0 < seconds <= 600");
}

}  // namespace stipple
