// Reading, validating and writing lessons (see lesson_io.hpp and the format in DESIGN.md).
#include "lesson_io.hpp"

#include <algorithm>
#include <cmath>

#include "atomic_file.hpp"
#include "design_io.hpp"
#include "choices_io.hpp"
#include "input_limits.hpp"
#include "json_reader.hpp"
#include "lesson_existing_io.hpp"
#include "lesson_regions.hpp"
#include "metric_support.hpp"
#include "scalp_patterns.hpp"

namespace stipple {

using nlohmann::json;

static_assert(kMaxCoordinateMm == kOnMapLimitMm, "lesson points must lie on the scalp map the metrics judge");

// Plain comparisons, no std::regex: its matcher recurses once per character and a long string overflows the stack.
namespace {

bool is_lesson_id(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

}  // namespace

// Points of one shape: at most kMaxPointsPerShape, each on the scalp map; counts toward the lesson's budget.
static std::vector<Point> read_shape(const JsonReader& r, const json& value, const std::string& ptr, size_t min_count,
                                     size_t& budget) {
    std::vector<Point> points = r.points(value, ptr, min_count, kMaxPointsPerShape);
    if (points.size() > budget)
        r.fail(ErrorCode::too_many_shape_points, ptr, "expected at most " + std::to_string(kMaxShapePointsPerLesson) +
                        " points in all the lesson's shapes together (zone, hairline curve and scars)");
    budget -= points.size();
    for (size_t i = 0; i < points.size(); ++i)
        if (!(std::abs(points[i].x) <= kMaxCoordinateMm && std::abs(points[i].y) <= kMaxCoordinateMm))
            r.fail(ErrorCode::off_map, child_pointer(ptr, i), "expected a point on the scalp map, x and y from -" +
                                              std::to_string(static_cast<int>(kMaxCoordinateMm)) + " to " +
                                              std::to_string(static_cast<int>(kMaxCoordinateMm)) + " mm");
    return points;
}

static Polygon read_polygon(const JsonReader& r, const json& value, const std::string& ptr, size_t& budget) {
    Polygon poly = read_shape(r, value, ptr, 3, budget);
    if (!is_simple(poly)) r.fail(ErrorCode::not_simple_polygon, ptr, "expected a simple polygon (edges must not cross or touch, no repeated points)");
    if (area_mm2(poly) <= 0) r.fail(ErrorCode::zero_area, ptr, "expected a polygon with positive area");
    return poly;
}

static double fraction(const JsonReader& r, const json& value, const std::string& ptr) {
    const double v = r.number(value, ptr);
    if (!(v > 0 && v <= 1)) r.fail(ErrorCode::out_of_range, ptr, "expected a fraction with 0 < value <= 1");
    return v;
}

static uint64_t read_seed(const JsonReader& r, const json& value, const std::string& ptr) {
    const long long v = r.integer(value, ptr);
    if (v < 0) r.fail(ErrorCode::out_of_range, ptr, "expected a whole number >= 0");
    return static_cast<uint64_t>(v);
}

static Scar read_scar(const JsonReader& r, const json& value, const std::string& ptr, size_t& budget) {
    Scar scar;
    scar.kind = r.string(r.require(value, ptr, "kind"), child_pointer(ptr, "kind"), kMaxNameChars);
    if (scar.kind == "strip") {
        scar.path = read_shape(r, r.require(value, ptr, "path"), child_pointer(ptr, "path"), 2, budget);
        scar.width_mm = r.positive_number(r.require(value, ptr, "width_mm"), child_pointer(ptr, "width_mm"));
    } else if (scar.kind == "punch") {
        scar.area = read_polygon(r, r.require(value, ptr, "area"), child_pointer(ptr, "area"), budget);
        const long long count = r.integer(r.require(value, ptr, "count"), child_pointer(ptr, "count"));
        if (count < 1 || count > 100000) r.fail(ErrorCode::out_of_range, child_pointer(ptr, "count"), "expected a whole number from 1 to 100000");
        scar.count = static_cast<int>(count);
        scar.diameter_mm = r.positive_number(r.require(value, ptr, "diameter_mm"), child_pointer(ptr, "diameter_mm"));
    } else if (scar.kind == "burn") {
        scar.area = read_polygon(r, r.require(value, ptr, "area"), child_pointer(ptr, "area"), budget);
    } else {
        r.fail(ErrorCode::unknown_name, child_pointer(ptr, "kind"), "expected \"strip\", \"punch\" or \"burn\"");
    }
    return scar;
}

// scalp.head: every field optional; an absent one keeps the default head (HeadForm). Proportions outside the
// range of adult heads are refused.
constexpr double kHeadProportionMin = 0.85, kHeadProportionMax = 1.15;

static HeadForm read_head(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    HeadForm head;
    if (const json* form = r.find(value, ptr, "form")) {
        head.form = r.string(*form, child_pointer(ptr, "form"), kMaxNameChars);
        if (head.form != "male" && head.form != "female")
            r.fail(ErrorCode::unknown_name, child_pointer(ptr, "form"), "expected \"male\" or \"female\"");
    }
    auto proportion = [&](const char* key, double& out) {
        if (const json* v = r.find(value, ptr, key)) {
            const std::string p = child_pointer(ptr, key);
            out = r.number(*v, p);
            if (!(out >= kHeadProportionMin && out <= kHeadProportionMax))
                r.fail(ErrorCode::out_of_range, p, "expected a proportion from 0.85 to 1.15 (1 = the average adult head)");
        }
    };
    proportion("face_length", head.face_length);
    proportion("head_width", head.head_width);
    return head;
}

static ScalpCase read_scalp(const JsonReader& r, const json& value, const std::string& ptr, size_t& budget) {
    r.expect_object(value, ptr);
    ScalpCase scalp;
    scalp.pattern = r.string(r.require(value, ptr, "pattern"), child_pointer(ptr, "pattern"), kMaxNameChars);
    if (!is_known_pattern(scalp.pattern))
        r.fail(ErrorCode::unknown_name, child_pointer(ptr, "pattern"), "expected one of " + scalp_pattern_list());
    scalp.skin = r.string(r.require(value, ptr, "skin"), child_pointer(ptr, "skin"), kMaxNameChars);
    if (!is_known_skin(scalp.skin)) r.fail(ErrorCode::unknown_name, child_pointer(ptr, "skin"), "expected " + skin_type_list());
    scalp.seed = read_seed(r, r.require(value, ptr, "seed"), child_pointer(ptr, "seed"));
    if (const json* scars = r.find(value, ptr, "scars")) {
        const std::string sp = child_pointer(ptr, "scars");
        r.expect_array(*scars, sp, "scars", kMaxScarsPerLesson);
        for (size_t i = 0; i < scars->size(); ++i)
            scalp.scars.push_back(read_scar(r, (*scars)[i], child_pointer(sp, i), budget));
    }
    if (const json* head = r.find(value, ptr, "head")) scalp.head = read_head(r, *head, child_pointer(ptr, "head"));
    return scalp;
}

// A zone whose expected dot count (the one rule, lesson_regions.hpp) is beyond kMaxExpectedDots cannot be
// worked, demonstrated or scored in reasonable time. The zone's area bounds the count from above, so the
// sampled count is only computed for zones that might be too large.
static void refuse_impossible_size(const JsonReader& r, const Lesson& lesson) {
    const double s = lesson.targets.spacing_mm;
    const double upper_bound = area_mm2(lesson.zone) * blue_noise_density_per_mm2(s);
    if (upper_bound <= 0.9 * kMaxExpectedDots) return;
    const double dots = expected_dot_count(lesson);
    if (!(dots <= kMaxExpectedDots)) {
        const std::string count = std::isfinite(dots) && dots < 1e15 ? std::to_string(std::llround(dots)) : "too many";
        r.fail(ErrorCode::too_many_dots, "/zone", "expected a zone of at most " + std::to_string(static_cast<long>(kMaxExpectedDots)) +
                            " dots at the target spacing, found about " + count +
                            " (make the zone smaller or the spacing larger)");
    }
}

Lesson lesson_from_json(const json& doc, const std::string& file) {
    const JsonReader r(file);
    const std::string root;
    r.expect_object(doc, root);
    Lesson lesson;
    size_t shape_budget = kMaxShapePointsPerLesson;

    const std::string format = r.string(r.require(doc, root, "format"), "/format", kMaxNameChars);
    if (format != kLessonFormat) r.fail(ErrorCode::wrong_format, "/format", std::string("expected \"") + kLessonFormat + "\", found \"" + format + "\"");
    if (const json* schema = r.find(doc, root, "$schema")) lesson.schema = r.string(*schema, "/$schema", kMaxPathChars);

    lesson.id = r.non_empty_string(r.require(doc, root, "id"), "/id", kMaxIdChars);
    if (!is_lesson_id(lesson.id))
        r.fail(ErrorCode::bad_id, "/id", "expected lower-case letters, digits and '-' only, found \"" + lesson.id + "\"");
    lesson.title = r.non_empty_string(r.require(doc, root, "title"), "/title", kMaxNameChars);
    lesson.brief = r.string(r.require(doc, root, "brief"), "/brief", kMaxTextChars);
    lesson.scalp = read_scalp(r, r.require(doc, root, "scalp"), "/scalp", shape_budget);

    const json& needle = r.require(doc, root, "needle");
    r.expect_object(needle, "/needle");
    lesson.needle.config = r.non_empty_string(r.require(needle, "/needle", "config"), "/needle/config", kMaxNameChars);
    lesson.needle.diameter_mm = r.positive_number(r.require(needle, "/needle", "diameter_mm"), "/needle/diameter_mm");
    if (lesson.needle.diameter_mm > 3) r.fail(ErrorCode::above_maximum, "/needle/diameter_mm", "expected a needle diameter of at most 3 mm");

    lesson.zone = read_polygon(r, r.require(doc, root, "zone"), "/zone", shape_budget);

    if (const json* hl = r.find(doc, root, "hairline"); hl && !hl->is_null()) {
        r.expect_object(*hl, "/hairline");
        Hairline hairline;
        hairline.curve = read_shape(r, r.require(*hl, "/hairline", "curve"), "/hairline/curve", 2, shape_budget);
        for (size_t i = 1; i < hairline.curve.size(); ++i)
            if (!(hairline.curve[i].x > hairline.curve[i - 1].x))
                r.fail(ErrorCode::not_left_to_right, child_pointer("/hairline/curve", i), "expected the curve to run left to right (x increasing)");
        hairline.transition_mm =
            r.positive_number(r.require(*hl, "/hairline", "transition_mm"), "/hairline/transition_mm");
        if (hairline.transition_mm > kMaxTransitionMm)
            r.fail(ErrorCode::above_maximum, "/hairline/transition_mm", "expected a transition of at most " +
                                                  std::to_string(static_cast<int>(kMaxTransitionMm)) + " mm");
        lesson.hairline = hairline;
    }

    const json& targets = r.require(doc, root, "targets");
    r.expect_object(targets, "/targets");
    lesson.targets.spacing_mm = r.positive_number(r.require(targets, "/targets", "spacing_mm"), "/targets/spacing_mm");
    // Dots closer than the needle's own dot would be placed on top of each other: no lesson can ask for that.
    if (lesson.targets.spacing_mm > kMaxSpacingMm)
        r.fail(ErrorCode::above_maximum, "/targets/spacing_mm",
               "expected a spacing of at most " + std::to_string(static_cast<int>(kMaxSpacingMm)) + " mm");
    if (lesson.targets.spacing_mm < lesson.needle.diameter_mm)
        r.fail(ErrorCode::spacing_below_needle, "/targets/spacing_mm", "expected a spacing of at least the needle's dot diameter (" +
                                          json(lesson.needle.diameter_mm).dump() + " mm)");
    const json& depth = r.require(targets, "/targets", "depth_mm");
    if (!depth.is_array() || depth.size() != 2 || !depth[0].is_number() || !depth[1].is_number())
        r.fail(ErrorCode::wrong_type, "/targets/depth_mm", "expected [min, max] with 0 < min < max");
    lesson.targets.depth_min_mm = r.number(depth[0], "/targets/depth_mm/0");
    lesson.targets.depth_max_mm = r.number(depth[1], "/targets/depth_mm/1");
    if (!(lesson.targets.depth_min_mm > 0 && lesson.targets.depth_min_mm < lesson.targets.depth_max_mm))
        r.fail(ErrorCode::out_of_range, "/targets/depth_mm", "expected [min, max] with 0 < min < max");
    if (lesson.targets.depth_max_mm > 5) r.fail(ErrorCode::above_maximum, "/targets/depth_mm/1", "expected a depth of at most 5 mm");

    if (const json* w = r.find(doc, root, "weights")) {
        r.expect_object(*w, "/weights");
        auto weight = [&](const char* key, double& out) {
            if (const json* v = r.find(*w, "/weights", key)) {
                const std::string p = child_pointer("/weights", key);
                out = r.number(*v, p);
                if (out < 0) r.fail(ErrorCode::out_of_range, p, "expected a weight >= 0");
                if (out > kMaxWeight)
                    r.fail(ErrorCode::above_maximum, p, "expected a weight of at most " + std::to_string(static_cast<int>(kMaxWeight)));
            }
        };
        weight("spacing", lesson.weights.spacing);
        weight("depth", lesson.weights.depth);
        weight("hairline", lesson.weights.hairline);
        weight("design", lesson.weights.design);
    }
    // A design lesson is judged on its design alone (scoring.hpp); any other on spacing, depth and hairline.
    if (const json* d = r.find(doc, root, "design"); d && !d->is_null()) lesson.design = read_design_brief(r, *d, "/design");
    const double used = lesson.design ? lesson.weights.design
                                      : lesson.weights.spacing + lesson.weights.depth + (lesson.hairline ? lesson.weights.hairline : 0);
    if (!(used > 0))
        r.fail(ErrorCode::out_of_range, "/weights", lesson.design ? "expected a design weight greater than 0 in a design lesson"
                                                                  : "expected at least one weight greater than 0");

    lesson.pass_score = r.number(r.require(doc, root, "pass_score"), "/pass_score");
    if (lesson.pass_score < 0 || lesson.pass_score > 100) r.fail(ErrorCode::out_of_range, "/pass_score", "expected a number from 0 to 100");

    if (const json* v = r.find(doc, root, "component_floor")) {
        lesson.component_floor = r.number(*v, "/component_floor");
        if (lesson.component_floor < 0 || lesson.component_floor > 100)
            r.fail(ErrorCode::out_of_range, "/component_floor", "expected a number from 0 to 100");
    }
    if (const json* c = r.find(doc, root, "critical")) {
        r.expect_object(*c, "/critical");
        auto share = [&](const char* key, double& out) {
            if (const json* v = r.find(*c, "/critical", key)) {
                const std::string p = child_pointer("/critical", key);
                out = r.number(*v, p);
                if (out < 0 || out > 1) r.fail(ErrorCode::out_of_range, p, "expected a share from 0 to 1");
            }
        };
        share("blowout_share", lesson.critical.blowout_share);
        share("completion_share", lesson.critical.completion_share);
    }

    if (const json* v = r.find(doc, root, "time_limit_s")) lesson.time_limit_s = r.positive_number(*v, "/time_limit_s");

    if (const json* s = r.find(doc, root, "session")) {
        r.expect_object(*s, "/session");
        if (const json* n = r.find(*s, "/session", "number")) {
            const long long number = r.integer(*n, "/session/number");
            if (number < 1 || number > 10) r.fail(ErrorCode::out_of_range, "/session/number", "expected a session number from 1 to 10");
            lesson.session.number = static_cast<int>(number);
        }
        if (const json* f = r.find(*s, "/session", "density_fraction"))
            lesson.session.density_fraction = fraction(r, *f, "/session/density_fraction");
    }

    if (const json* e = r.find(doc, root, "existing")) lesson.existing = read_existing(r, *e, "/existing");
    if (const json* v = r.find(doc, root, "numbing_wait_s")) lesson.numbing_wait_s = read_numbing_wait_s(r, *v, "/numbing_wait_s");

    if (const json* h = r.find(doc, root, "hand")) {
        r.expect_object(*h, "/hand");
        if (const json* v = r.find(*h, "/hand", "frequency_hz")) lesson.hand.frequency_hz = r.positive_number(*v, "/hand/frequency_hz");
        if (const json* v = r.find(*h, "/hand", "damping")) {
            lesson.hand.damping = r.number(*v, "/hand/damping");
            if (lesson.hand.damping < 0 || lesson.hand.damping > 5) r.fail(ErrorCode::out_of_range, "/hand/damping", "expected a damping ratio from 0 to 5");
        }
        if (const json* v = r.find(*h, "/hand", "tremor_mm")) {
            lesson.hand.tremor_mm = r.number(*v, "/hand/tremor_mm");
            if (lesson.hand.tremor_mm < 0 || lesson.hand.tremor_mm > 5) r.fail(ErrorCode::out_of_range, "/hand/tremor_mm", "expected a tremor from 0 to 5 mm");
        }
    }
    // Issue 14, part D: the shade and the needle/shade choices (choices_io.hpp).
    if (const json* v = r.find(doc, root, "shade_dilution")) lesson.shade_dilution = read_shade_dilution(r, *v, "/shade_dilution");
    if (const json* c = r.find(doc, root, "choices")) lesson.choices = read_choices(r, *c, "/choices", lesson);
    refuse_impossible_size(r, lesson);
    return lesson;
}

Lesson load_lesson(const std::string& path) { return lesson_from_json(parse_json_file(path), path); }

static json points_json(const std::vector<Point>& points) {
    json out = json::array();
    for (const Point& p : points) out.push_back({p.x, p.y});
    return out;
}

nlohmann::ordered_json lesson_to_json(const Lesson& l) {
    nlohmann::ordered_json j;
    if (!l.schema.empty()) j["$schema"] = l.schema;
    j["format"] = kLessonFormat;
    j["id"] = l.id;
    j["title"] = l.title;
    j["brief"] = l.brief;
    nlohmann::ordered_json scalp{{"pattern", l.scalp.pattern}, {"skin", l.scalp.skin}, {"seed", l.scalp.seed}};
    if (!l.scalp.scars.empty()) {
        nlohmann::ordered_json scars = nlohmann::ordered_json::array();
        for (const Scar& s : l.scalp.scars) {
            nlohmann::ordered_json sj{{"kind", s.kind}};
            if (s.kind == "strip") {
                sj["path"] = points_json(s.path);
                sj["width_mm"] = s.width_mm;
            } else if (s.kind == "punch") {
                sj["area"] = points_json(s.area);
                sj["count"] = s.count;
                sj["diameter_mm"] = s.diameter_mm;
            } else {
                sj["area"] = points_json(s.area);
            }
            scars.push_back(sj);
        }
        scalp["scars"] = scars;
    }
    const HeadForm default_head;
    if (!l.scalp.head.form.empty() || l.scalp.head.face_length != default_head.face_length ||
        l.scalp.head.head_width != default_head.head_width) {
        nlohmann::ordered_json head = nlohmann::ordered_json::object();
        if (!l.scalp.head.form.empty()) head["form"] = l.scalp.head.form;
        head["face_length"] = l.scalp.head.face_length;
        head["head_width"] = l.scalp.head.head_width;
        scalp["head"] = head;
    }
    j["scalp"] = scalp;
    j["needle"] = {{"config", l.needle.config}, {"diameter_mm", l.needle.diameter_mm}};
    j["zone"] = points_json(l.zone);
    if (l.hairline) j["hairline"] = {{"curve", points_json(l.hairline->curve)}, {"transition_mm", l.hairline->transition_mm}};
    j["targets"] = {{"spacing_mm", l.targets.spacing_mm}, {"depth_mm", {l.targets.depth_min_mm, l.targets.depth_max_mm}}};
    j["weights"] = {{"spacing", l.weights.spacing}, {"depth", l.weights.depth}};
    if (l.hairline) j["weights"]["hairline"] = l.weights.hairline;  // a lesson without a hairline has no such weight
    if (l.design) j["weights"]["design"] = l.weights.design;  // only design lessons have a design weight
    j["pass_score"] = l.pass_score;
    if (l.component_floor != Lesson{}.component_floor) j["component_floor"] = l.component_floor;
    const CriticalLimits default_critical;
    if (l.critical.blowout_share != default_critical.blowout_share ||
        l.critical.completion_share != default_critical.completion_share)
        j["critical"] = {{"blowout_share", l.critical.blowout_share}, {"completion_share", l.critical.completion_share}};
    if (l.time_limit_s) j["time_limit_s"] = *l.time_limit_s;
    const Session default_session;
    if (l.session.number != default_session.number || l.session.density_fraction != default_session.density_fraction)
        j["session"] = {{"number", l.session.number}, {"density_fraction", l.session.density_fraction}};
    if (l.existing) j["existing"] = existing_to_json(*l.existing);
    if (l.numbing_wait_s) j["numbing_wait_s"] = *l.numbing_wait_s;
    const Hand default_hand;
    if (l.hand.frequency_hz != default_hand.frequency_hz || l.hand.damping != default_hand.damping ||
        l.hand.tremor_mm != default_hand.tremor_mm)
        j["hand"] = {{"frequency_hz", l.hand.frequency_hz}, {"damping", l.hand.damping}, {"tremor_mm", l.hand.tremor_mm}};
    if (l.design) j["design"] = design_brief_json(*l.design);
    // Issue 14, part D (choices_io.hpp).
    if (l.shade_dilution != Lesson{}.shade_dilution) j["shade_dilution"] = l.shade_dilution;
    if (l.choices) j["choices"] = choices_to_json(*l.choices);
    return j;
}

void save_lesson(const std::string& path, const Lesson& lesson) {
    const nlohmann::ordered_json doc = lesson_to_json(lesson);
    lesson_from_json(json::parse(doc.dump()), path);  // refuse to write an invalid lesson
    write_file_atomically(path, doc.dump(2) + "\n");
}

}  // namespace stipple
