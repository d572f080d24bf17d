// Warnings for lessons that are valid but unwise, one group per concern (see lesson_warnings.hpp).
#include "lesson_warnings.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "blue_noise.hpp"
#include "design_metric.hpp"
#include "json_reader.hpp"
#include "lesson_regions.hpp"
#include "unknown_fields.hpp"

namespace stipple {

using nlohmann::json;

namespace {

std::string mm(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", std::round(v * 100) / 100);
    return buf;
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
    return l.existing && existing_density_fraction(l) >= l.session.density_fraction;
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
                                    " dot/s; more than a whole head needs (a Norwood 7 from the hairline into the "
                                    "fringe is about 15000): make the zone smaller or split the lesson"});
    else if (dots < lim.min_dots && !nothing_left_to_place(l))  // that case has its own warning
        out.push_back({"/zone", "about " + count + " dots are too few to judge spacing; enlarge the zone"});
    // Work beyond an hour is done over several sittings (the autosave resumes it), while an exam's clock counts
    // wall time from the start, breaks included (sim/flow/exam_clock): a limit there ends the exam in a break.
    if (l.time_limit_s && dots > lim.sitting_dots && *l.time_limit_s >= seconds)
        out.push_back({"/time_limit_s", "about " + count + " dots take " + duration + ", several sittings; an exam's "
                                            "clock runs on through the breaks between them: leave the limit out"});
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

// A design lesson: no target hairline to copy, and rules some line can meet for this client.
void warn_design(const Lesson& l, std::vector<LessonWarning>& out) {
    if (!l.design) return;
    if (l.hairline)
        out.push_back({"/hairline", "a design lesson judges the trainee's own line; a target hairline shows the answer "
                                    "(and is not judged): leave it out"});
    const DesignRules& r = l.design->rules;
    const double third = face_third_mm(l.scalp.head, l.scalp.pattern);
    const double floor = conservative_mid_frontal_min_mm(third, l.design->client_age);
    if (r.mid_frontal_max_mm < floor)
        out.push_back({"/design/rules/mid_frontal_mm", "the whole range lies below the conservative floor for a client of " +
                                                           std::to_string(l.design->client_age) + " on this head (" + mm(floor) +
                                                           " mm): no line can pass"});
    else if (r.mid_frontal_min_mm < third)
        out.push_back({"/design/rules/mid_frontal_mm", "the range starts below a third of the face (" + mm(third) +
                                                           " mm above the glabella on this head); no hairline sits that low"});
}

}  // namespace

std::vector<LessonWarning> lesson_warnings(const Lesson& lesson, const json& doc, const AdviceLimits& limits) {
    std::vector<LessonWarning> out = unknown_field_warnings(doc);
    warn_depth(lesson, limits, out);
    warn_spacing(lesson, limits, out);
    warn_hairline(lesson, out);
    if (!lesson.design) warn_size(lesson, limits, out);  // a design lesson places no dots
    warn_design(lesson, out);
    warn_session(lesson, out);
    warn_scars(lesson, out);
    warn_misc(lesson, doc, limits, out);
    return out;
}

}  // namespace stipple
