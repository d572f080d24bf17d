// Advice for lesson authors (see lesson_advice.hpp): domain-based warnings and fix-it hints for errors.
#include "lesson_advice.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>

#include "blue_noise.hpp"
#include "json_reader.hpp"
#include "lesson_regions.hpp"

namespace stipple {

using nlohmann::json;

namespace {

std::string mm(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", std::round(v * 100) / 100);
    return buf;
}

// ---- unknown fields -----------------------------------------------------------------------------------

size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

void warn_unknown_keys(const json& object, const std::string& ptr, const std::vector<std::string>& known,
                       std::vector<LessonWarning>& out) {
    if (!object.is_object()) return;
    for (const auto& [key, value] : object.items()) {
        (void)value;
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        if (key == "$comment" || (!key.empty() && key[0] == '_')) continue;  // authors' notes
        std::string best;
        size_t best_distance = std::clamp<size_t>(key.size() / 3, 1, 3) + 1;  // suggest only close misspellings
        for (const std::string& k : known) {
            const bool unit_missing = k.rfind(key + "_", 0) == 0;  // "spacing" for "spacing_mm"
            const size_t d = unit_missing ? 1 : edit_distance(key, k);
            if (d < best_distance) {
                best_distance = d;
                best = k;
            }
        }
        std::string message = "unknown field, ignored";
        message += best.empty() ? " (start a note's name with \"_\" to keep it silently)"
                                : "; did you mean \"" + best + "\"?";
        out.push_back({child_pointer(ptr, key), message});
    }
}

void warn_unknown_fields(const json& doc, std::vector<LessonWarning>& out) {
    warn_unknown_keys(doc, "",
                      {"format", "$schema", "id", "title", "brief", "scalp", "needle", "zone", "hairline", "targets",
                       "weights", "pass_score", "component_floor", "critical", "time_limit_s", "session", "existing",
                       "hand"},
                      out);
    const std::map<std::string, std::vector<std::string>> nested = {
        {"scalp", {"pattern", "skin", "seed", "scars"}},
        {"needle", {"config", "diameter_mm"}},
        {"hairline", {"curve", "transition_mm"}},
        {"targets", {"spacing_mm", "depth_mm"}},
        {"weights", {"spacing", "depth", "hairline"}},
        {"session", {"number", "density_fraction"}},
        {"existing", {"kind", "density_fraction", "seed"}},
        {"hand", {"frequency_hz", "damping", "tremor_mm"}},
        {"critical", {"blowout_share", "completion_share"}},
    };
    for (const auto& [name, keys] : nested)
        if (doc.contains(name)) warn_unknown_keys(doc[name], "/" + name, keys, out);
    if (doc.contains("scalp") && doc["scalp"].is_object() && doc["scalp"].contains("scars") &&
        doc["scalp"]["scars"].is_array()) {
        const json& scars = doc["scalp"]["scars"];
        for (size_t i = 0; i < scars.size(); ++i)
            warn_unknown_keys(scars[i], child_pointer("/scalp/scars", i),
                              {"kind", "path", "width_mm", "area", "count", "diameter_mm"}, out);
    }
}

// ---- geometry helpers -----------------------------------------------------------------------------------

bool polyline_touches_polygon(const Polyline& line, const Polygon& polygon) {
    for (const Point& p : line)
        if (contains(polygon, p)) return true;
    for (size_t i = 1; i < line.size(); ++i)
        for (size_t k = 0; k < polygon.size(); ++k)
            if (segments_intersect(line[i - 1], line[i], polygon[k], polygon[(k + 1) % polygon.size()])) return true;
    return false;
}

bool polygons_overlap(const Polygon& a, const Polygon& b) {
    Polyline closed = a;
    closed.push_back(a.front());
    if (polyline_touches_polygon(closed, b)) return true;
    return std::any_of(b.begin(), b.end(), [&](Point p) { return contains(a, p); });
}

bool inside_or_on(const Polygon& zone, Point p) { return contains(zone, p) || distance_to_boundary_mm(zone, p) < 0.5; }

// ---- the warnings, one group per concern ----------------------------------------------------------------

void warn_depth(const Lesson& l, const AdviceLimits& lim, std::vector<LessonWarning>& out) {
    if (l.targets.depth_min_mm < lim.dermis_top_mm)
        out.push_back({"/targets/depth_mm/0",
                       "the window starts at " + mm(l.targets.depth_min_mm) + " mm, above the upper dermis (" +
                           mm(lim.dermis_top_mm) + "-" + mm(lim.dermis_bottom_mm) +
                           " mm): pigment that shallow sits in the epidermis and is gone within 30-45 days"});
    if (l.targets.depth_max_mm > lim.skin_thickness_mm)
        out.push_back({"/targets/depth_mm/1", "the window reaches " + mm(l.targets.depth_max_mm) +
                                                  " mm, through the whole skin (about 1.7-1.9 mm on the scalp)"});
    else if (l.targets.depth_max_mm > lim.dermis_bottom_mm)
        out.push_back({"/targets/depth_mm/1",
                       "the window reaches " + mm(l.targets.depth_max_mm) + " mm, below the upper dermis (" +
                           mm(lim.dermis_top_mm) + "-" + mm(lim.dermis_bottom_mm) +
                           " mm): deposits that deep blow out into enlarged, blurry, blue-green dots"});
}

void warn_spacing(const Lesson& l, const AdviceLimits& lim, std::vector<LessonWarning>& out) {
    const double s = l.targets.spacing_mm;
    if (s < lim.natural_spacing_min_mm || s > lim.natural_spacing_max_mm)
        out.push_back({"/targets/spacing_mm",
                       mm(s) + " mm is a spacing no natural scalp has: follicles sit about 1.0-1.3 mm apart "
                               "(60-100 follicular units per cm2)"});
    if (l.needle.diameter_mm > lim.needle_max_mm)
        out.push_back({"/needle/diameter_mm", "a " + mm(l.needle.diameter_mm) +
                                                  " mm needle makes dots larger than a follicle (fresh dots are "
                                                  "0.15-0.3 mm) and they will look like dots, not hair"});
    else if (2 * l.needle.diameter_mm > s)
        out.push_back({"/needle/diameter_mm", "dots of " + mm(l.needle.diameter_mm) + " mm at " + mm(s) +
                                                  " mm spacing will merge as they heal and spread"});
}

// How far the zone may reach past the hairline curve's ends before lesson check warns.
constexpr double kCurveEndReachMm = 5.0;

void warn_hairline(const Lesson& l, std::vector<LessonWarning>& out) {
    if (!l.hairline) return;
    const Polyline& curve = l.hairline->curve;
    size_t outside = 0;
    for (const Point& p : curve) outside += inside_or_on(l.zone, p) ? 0 : 1;
    if (outside == curve.size()) {
        out.push_back({"/hairline/curve", "the whole curve lies outside the zone, so the trainee cannot work on it"});
    } else {
        for (size_t i = 0; i < curve.size(); ++i)
            if (!inside_or_on(l.zone, curve[i]))
                out.push_back({child_pointer("/hairline/curve", i),
                               "the point [" + mm(curve[i].x) + ", " + mm(curve[i].y) +
                                   "] lies outside the zone; the trainee cannot place dots there"});
    }
    double min_y = curve.front().y, max_y = curve.front().y;
    for (const Point& p : curve) {
        min_y = std::min(min_y, p.y);
        max_y = std::max(max_y, p.y);
    }
    if (curve.size() >= 2 && max_y - min_y < 2.0)
        out.push_back({"/hairline/curve", "the curve is ruler-straight; natural hairlines curve back toward the "
                                          "temples and are never straight"});
    double mid_y = 0;
    if (polyline_y_at(curve, 0.0, mid_y) && (mid_y < 70 || mid_y > 110))
        out.push_back({"/hairline/curve", "the mid-frontal point is " + mm(mid_y) +
                                              " mm above the glabella; adult hairlines sit near 80 mm (70-110)"});
    // Beyond the curve's ends the hairline is carried on straight along its end directions (lesson_regions);
    // a zone that reaches far past them leaves the author's intent there to a guess.
    const Bounds zone_box = bounds_of(l.zone);
    const double past_left = curve.front().x - zone_box.min.x, past_right = zone_box.max.x - curve.back().x;
    if (outside < curve.size() && std::max(past_left, past_right) > kCurveEndReachMm) {
        std::string where = past_left > kCurveEndReachMm ? mm(past_left) + " mm past the curve's left end" : "";
        if (past_right > kCurveEndReachMm)
            where += (where.empty() ? "" : " and ") + mm(past_right) + " mm past its right end";
        out.push_back({"/hairline/curve", "the zone reaches " + where +
                                              "; there the hairline is carried on straight along the curve's end "
                                              "direction: extend the curve to the zone's edge to say where it runs"});
    }
    const double t = l.hairline->transition_mm;
    if (t < 5 || t > 10)
        out.push_back({"/hairline/transition_mm", mm(t) + " mm is outside the 5-10 mm soft transition a natural "
                                                          "hairline has"});
}

bool nothing_left_to_place(const Lesson& l) {
    return l.existing && l.existing->density_fraction >= l.session.density_fraction;
}

void warn_size(const Lesson& l, const AdviceLimits& lim, std::vector<LessonWarning>& out) {
    const double dots = std::min(expected_dot_count(l), 1e12);  // printable whatever the lesson (lround)
    const double seconds = dots / lim.dots_per_second;
    const auto minutes = static_cast<long>(std::lround(seconds / 60));
    const std::string duration = minutes >= 60 ? std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min"
                                               : std::to_string(minutes) + " min";
    const std::string count = std::to_string(std::lround(dots));
    if (dots > lim.max_dots)
        out.push_back({"/zone", "about " + count + " dots, roughly " + duration + " at " + mm(lim.dots_per_second) +
                                    " dot/s; a practicable lesson has a few hundred to about 2000: make the zone "
                                    "smaller or split the lesson"});
    else if (dots < lim.min_dots && !nothing_left_to_place(l))  // that case has its own warning
        out.push_back({"/zone", "about " + count + " dots are too few to judge spacing; enlarge the zone"});
    if (l.time_limit_s && *l.time_limit_s < seconds)
        out.push_back({"/time_limit_s", mm(*l.time_limit_s) + " s is less than the " + std::to_string(std::lround(seconds)) +
                                            " s an expert needs for about " + count + " dots at " +
                                            mm(lim.dots_per_second) + " dot/s"});
}

void warn_session(const Lesson& l, std::vector<LessonWarning>& out) {
    if (l.existing) {
        if (l.existing->kind == "dots" && l.session.number == 1)
            out.push_back({"/existing/kind", "earlier-session dots on session 1; set /session/number to the "
                                             "session this is"});
        if (nothing_left_to_place(l))
            out.push_back({"/existing/density_fraction",
                           "the marks already on the scalp reach this session's density (" +
                               mm(l.session.density_fraction) + "), so nothing is left to place"});
    } else if (l.session.number > 1) {
        out.push_back({"/session/number", "a later session starts from earlier dots; add \"existing\": "
                                          "{\"kind\": \"dots\", ...} so the trainee sees them"});
    }
}

void warn_scars(const Lesson& l, std::vector<LessonWarning>& out) {
    for (size_t i = 0; i < l.scalp.scars.size(); ++i) {
        const Scar& scar = l.scalp.scars[i];
        const bool touches = scar.kind == "strip" ? polyline_touches_polygon(scar.path, l.zone)
                                                  : polygons_overlap(scar.area, l.zone);
        if (!touches)
            out.push_back({child_pointer("/scalp/scars", i), "the " + scar.kind +
                                                                 " scar lies outside the zone, so the trainee never "
                                                                 "works on it"});
    }
}

void warn_misc(const Lesson& l, const json& doc, const AdviceLimits& lim, std::vector<LessonWarning>& out) {
    if (l.brief.empty()) out.push_back({"/brief", "the brief is empty; the trainee starts without instructions"});
    if (l.pass_score < lim.min_pass_score)
        out.push_back({"/pass_score", "a pass at " + mm(l.pass_score) + " accepts work a client would not; 70-80 is usual"});
    if (!l.hairline && doc.is_object() && doc.contains("weights") && doc["weights"].is_object() &&
        doc["weights"].contains("hairline"))
        out.push_back({"/weights/hairline", "ignored: the lesson has no hairline"});
}

// ---- hints ----------------------------------------------------------------------------------------------

// "/scalp/scars/3/kind" -> "/scalp/scars/*/kind"
std::string generic_pointer(const std::string& pointer) {
    std::string out;
    size_t i = 0;
    while (i < pointer.size()) {
        const size_t next = pointer.find('/', i + 1);
        const std::string token = pointer.substr(i, next == std::string::npos ? std::string::npos : next - i);
        const bool index = token.size() > 1 && std::all_of(token.begin() + 1, token.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
        out += index ? "/*" : token;
        if (next == std::string::npos) break;
        i = next;
    }
    return out;
}

bool starts_with_segment(const std::string& pointer, const std::string& prefix) {
    return pointer == prefix || (pointer.rfind(prefix, 0) == 0 && pointer[prefix.size()] == '/');
}

struct HintRule {
    const char* pointer;   // generic pointer prefix ("" matches all)
    const char* message;   // substring the error message must contain ("" matches all)
    const char* hint;
};

const char* kPolygonHint =
    "list the corners in order around the area so the outline never crosses itself, and do not repeat the first "
    "point at the end";

const HintRule kHintRules[] = {
    {"", "not valid JSON", "look near the line and column given for a missing comma, quote or bracket; JSON allows "
                           "no comments and no comma after the last item"},
    {"", "cannot open file", "check the file's name and folder (relative paths start from the current folder)"},
    // The caps of input_limits.hpp and the impossible lessons (lessons/README.md, "Limits").
    {"", "nested at most", "a lesson nests objects and arrays only a few levels deep; look for brackets opened "
                           "many times over at the place named"},
    {"", "MiB", "a lesson or attempt is a few hundred kB at most; this is not a file Stipple wrote"},
    {"", "points in all the lesson's shapes", "the zone, the hairline curve and the scars need a few dozen corners "
                                              "each; simplify the outlines"},
    {"", "on the scalp map", "a head spans about -150..150 mm across and 0..300 mm back from the glabella; a "
                             "point thousands of mm away is a typing mistake"},
    {"/zone", "dots at the target spacing", "an hour's session is about 3600 dots; split the area into several "
                                            "lessons or raise /targets/spacing_mm"},
    {"/targets/spacing_mm", "needle's dot", "dots closer than the needle's own dot land on top of each other: make "
                                            "the spacing larger than /needle/diameter_mm (natural: 1.0-1.3 mm)"},
    {"/weights", "weight of at most", "weights compare the parts with each other, so small numbers do: e.g. 1, 1 and 1.5"},
    {"", "expected at most", "this is far more than any lesson needs; see \"Limits\" in lessons/README.md"},
    {"", "characters, found", "shorten it; see \"Limits\" in lessons/README.md"},
    {"/format", "", "the first field must read \"format\": \"stipple-lesson/1\""},
    {"/$schema", "", "\"$schema\" is the path to the JSON Schema, e.g. \"./stipple-lesson-1.schema.json\""},
    {"/id", "", "a short unique name such as \"hairline-classic\": lower-case letters, digits and dashes"},
    {"/title", "", "the lesson's name as the trainee sees it in the lesson picker, e.g. \"Classic adult hairline\""},
    {"/brief", "", "the instructions shown before the trainee starts: what to do, the spacing, the depth window"},
    {"/scalp/pattern", "", "the client's hair loss: norwood-1..7 (men), ludwig-1..3 (women), diffuse, "
                           "alopecia-areata, or none"},
    {"/scalp/skin", "", "Fitzpatrick skin type I-VI: fitzpatrick-1 (very fair) to fitzpatrick-6 (deeply pigmented)"},
    {"/scalp/seed", "", "any whole number from 0; another seed gives another, equally repeatable, scalp"},
    {"/scalp/scars/*/kind", "", "\"strip\" needs path and width_mm; \"punch\" needs area, count and diameter_mm; "
                                "\"burn\" needs area"},
    {"/scalp/scars/*/path", "", "the strip scar's centre line: at least 2 points [x, y] in mm, e.g. across the back "
                                "of the head near y = 225"},
    {"/scalp/scars/*/width_mm", "", "the strip scar's full width in mm; donor strip scars are usually 2-10 mm"},
    {"/scalp/scars/*/area", "simple polygon", kPolygonHint},
    {"/scalp/scars/*/area", "", "the outline the scars are scattered in: at least 3 corners [x, y] in mm"},
    {"/scalp/scars/*/count", "", "how many punch scars there are, from 1; an FUE harvest leaves hundreds"},
    {"/scalp/scars/*/diameter_mm", "", "the diameter of one punch scar in mm; FUE punches are about 0.8-1.0 mm"},
    {"/scalp/scars", "", "a list of scars: [{\"kind\": \"strip\", \"path\": [[-40, 225], [40, 225]], "
                         "\"width_mm\": 4}]"},
    {"/scalp", "", "the virtual client: {\"pattern\": \"norwood-3\", \"skin\": \"fitzpatrick-3\", \"seed\": 1}"},
    {"/needle/diameter_mm", "", "the needle's diameter in mm; SMP uses about 0.25-0.35 mm (fresh dots 0.15-0.3 mm)"},
    {"/needle", "", "the needle: {\"config\": \"1RL\", \"diameter_mm\": 0.25}"},
    {"/zone", "simple polygon", kPolygonHint},
    {"/zone", "positive area", "the corners must not all lie on one line; list them in order around the area"},
    {"/zone", "", "the treatment area: at least 3 corners [x, y] in mm; x across the head (0 = midline, negative = "
                  "left), y back from the glabella (hairline near 80, crown near 190)"},
    {"/hairline/curve/*", "left to right", "each point's x must be larger than the one before: list the points from "
                                           "the left temple to the right"},
    {"/hairline/curve", "", "the target front edge: at least 2 points [x, y] from left to right, the mid-frontal "
                            "point near [0, 80]"},
    {"/hairline/transition_mm", "", "the soft zone behind the curve where density ramps up, in mm: 5-10 mm is "
                                    "natural"},
    {"/hairline", "", "{\"curve\": [[x, y], ...], \"transition_mm\": 8}; leave it out for a lesson without a hairline"},
    {"/targets/spacing_mm", "", "the distance between neighbouring dots where density is full, in mm: natural "
                                "scalps have 1.0-1.3 mm"},
    {"/targets/depth_mm", "", "the acceptable depth window [min, max] in mm; pigment belongs in the upper dermis, "
                              "e.g. [0.4, 0.9]"},
    {"/targets", "", "what the trainee aims for: {\"spacing_mm\": 1.2, \"depth_mm\": [0.4, 0.9]}"},
    {"/weights", "", "how much each part counts, numbers from 0: {\"spacing\": 1, \"depth\": 1, \"hairline\": 1.5}; "
                     "a missing weight counts 1"},
    {"/pass_score", "", "the total from 0 to 100 a trainee needs to pass; 75 is usual"},
    {"/component_floor", "", "the score from 0 to 100 every part (spacing, depth, hairline) must reach to pass; "
                             "50 if left out"},
    {"/critical/blowout_share", "", "the largest share of dots allowed too deep, from 0 to 1: 0.05 accepts 5 %"},
    {"/critical/completion_share", "", "the share of the session's target density the zone must reach, from 0 to "
                                       "1: 0.8 is usual"},
    {"/critical", "", "{\"blowout_share\": 0.05, \"completion_share\": 0.8}; leave it out for these defaults"},
    {"/time_limit_s", "", "the time allowed in seconds (more than 0); leave it out for no limit"},
    {"/session/number", "", "which session of the treatment this is: 1 to 10 (usually 1, 2 or 3)"},
    {"/session/density_fraction", "", "the share of full density to reach by the end of this session: 0.3 after "
                                      "the first, 0.7 after the second, 1 when finished"},
    {"/session", "", "{\"number\": 1, \"density_fraction\": 0.3}; leave it out for a single full-density session"},
    {"/existing/kind", "", "\"dots\" for pigment from an earlier session, \"hair\" for the client's remaining hair"},
    {"/existing/density_fraction", "", "how dense the marks already are, as a share of full density: more than 0, "
                                       "at most 1 (e.g. 0.3)"},
    {"/existing/seed", "", "any whole number from 0; another seed scatters the marks differently"},
    {"/existing", "", "{\"kind\": \"dots\", \"density_fraction\": 0.3}; leave it out for bare skin"},
    {"/hand/frequency_hz", "", "how quickly the virtual hand follows the pointer, in Hz (more than 0); 6 is "
                               "a steady hand"},
    {"/hand/damping", "", "0 to 5; 0.8 follows without wobble, lower values overshoot"},
    {"/hand/tremor_mm", "", "the amplitude of a slight tremor in mm, 0 to 5; 0 for a steady hand"},
    {"/hand", "", "{\"frequency_hz\": 6, \"damping\": 0.8, \"tremor_mm\": 0}; leave it out for a steady hand"},
    {"/", "expected an object", "a lesson file is one JSON object: { \"format\": \"stipple-lesson/1\", ... }"},
};

}  // namespace

std::vector<LessonWarning> lesson_warnings(const Lesson& lesson, const json& doc, const AdviceLimits& limits) {
    std::vector<LessonWarning> out;
    warn_unknown_fields(doc, out);
    warn_depth(lesson, limits, out);
    warn_spacing(lesson, limits, out);
    warn_hairline(lesson, out);
    warn_size(lesson, limits, out);
    warn_session(lesson, out);
    warn_scars(lesson, out);
    warn_misc(lesson, doc, limits, out);
    return out;
}

std::string hint_for_error(const InputError& error) {
    const std::string pointer = generic_pointer(error.pointer());
    for (const HintRule& rule : kHintRules) {
        const std::string prefix = rule.pointer;
        const bool pointer_ok = prefix.empty() || (prefix == "/" ? pointer == "/" : starts_with_segment(pointer, prefix));
        if (pointer_ok && error.message().find(rule.message) != std::string::npos) return rule.hint;
    }
    return "see lessons/README.md for every field, its unit and an example";
}

std::string hint_for_curriculum_error(const InputError& error) {
    const std::string pointer = generic_pointer(error.pointer());
    const std::string& message = error.message();
    if (message.find("not valid JSON") != std::string::npos || message.find("cannot open file") != std::string::npos)
        return hint_for_error(error);
    if (starts_with_segment(pointer, "/format")) return "the first field must read \"format\": \"stipple-curriculum/1\"";
    if (starts_with_segment(pointer, "/title")) return "the curriculum's name as trainees and instructors see it";
    if (starts_with_segment(pointer, "/proficiency"))
        return "{\"consecutive_passes\": 2}: how many passes in a row prove a lesson mastered (1 to 20)";
    if (starts_with_segment(pointer, "/lessons/*/file"))
        return "the lesson file's name, relative to the curriculum's folder, e.g. \"hairline-classic.json\"";
    if (starts_with_segment(pointer, "/lessons/*/requires"))
        return "list the ids of lessons taught earlier in the order that must be mastered first";
    if (starts_with_segment(pointer, "/lessons"))
        return "the lessons in teaching order: [{\"file\": \"first-dots.json\", \"requires\": []}, ...]";
    return "see \"The curriculum\" in lessons/README.md";
}

}  // namespace stipple
