// The lesson editor's editing model: template, hit testing and edit commands (see lesson_edit.hpp).
#include "sim/model/lesson_edit.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>

namespace stipple {

namespace {

const std::vector<Point> kNoPoints;

// Inserting closer than this to an existing point would make a repeated point (an invalid polygon).
constexpr double kMinInsertGapMm = 0.05;

std::vector<Point>* mutable_points(Lesson& lesson, PointSet set) {
    if (set == PointSet::zone) return &lesson.zone;
    return lesson.hairline ? &lesson.hairline->curve : nullptr;
}

Point nearest_on_segment(Point p, Point a, Point b) {
    const double vx = b.x - a.x, vy = b.y - a.y;
    const double len2 = vx * vx + vy * vy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * vx + (p.y - a.y) * vy) / len2, 0.0, 1.0) : 0.0;
    return Point{a.x + t * vx, a.y + t * vy};
}

}  // namespace

Lesson lesson_template(const std::string& id) {
    Lesson lesson;
    lesson.id = id;
    lesson.title = "New hairline lesson";
    lesson.brief =
        "Build a soft, natural front hairline. Keep the edge on the curve, feather the first 8 mm so density "
        "ramps up softly, scatter the dots about 1.2 mm apart (never in rows) and hold every deposit in the "
        "upper dermis (0.4 to 0.9 mm).";
    lesson.scalp = ScalpCase{};  // the default pattern and skin (scalp_patterns.hpp), seed 1
    lesson.needle = Needle{"1RL", 0.25};
    lesson.zone = {{-20, 74}, {20, 74}, {20, 96}, {-20, 96}};
    lesson.hairline = Hairline{{{-18, 84}, {-9, 81}, {0, 80}, {9, 81}, {18, 84}}, 8};
    lesson.targets = Targets{1.2, 0.4, 0.9};
    lesson.weights = Weights{1, 1, 1};
    lesson.pass_score = 75;
    return lesson;
}

std::string lesson_id_from_path(const std::string& path) {
    const std::string stem = std::filesystem::path(path).stem().string();
    std::string id;
    for (const char c : stem) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 128) {
            id += static_cast<char>(std::tolower(u));
        } else if (!id.empty() && id.back() != '-') {
            id += '-';
        }
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id.empty() ? "new-lesson" : id;
}

const std::vector<Point>& control_points(const Lesson& lesson, PointSet set) {
    if (set == PointSet::zone) return lesson.zone;
    return lesson.hairline ? lesson.hairline->curve : kNoPoints;
}

std::optional<ControlPointRef> pick_control_point(const Lesson& lesson, Point at_mm, double radius_mm) {
    std::optional<ControlPointRef> best;
    double best_d = radius_mm;
    for (const PointSet set : {PointSet::hairline, PointSet::zone}) {
        const std::vector<Point>& points = control_points(lesson, set);
        for (size_t i = 0; i < points.size(); ++i) {
            const double d = distance_mm(points[i], at_mm);
            if (d <= radius_mm && (!best || d < best_d)) {
                best = ControlPointRef{set, i};
                best_d = d;
            }
        }
    }
    return best;
}

std::optional<EdgeHit> pick_edge(const Lesson& lesson, Point at_mm, double radius_mm) {
    std::optional<EdgeHit> best;
    auto consider = [&](PointSet set, Point a, Point b, size_t insert_index) {
        const Point on = nearest_on_segment(at_mm, a, b);
        const double d = distance_mm(on, at_mm);
        if (d <= radius_mm && (!best || d < best->distance_mm)) best = EdgeHit{set, insert_index, on, d};
    };
    if (lesson.hairline) {
        const Polyline& curve = lesson.hairline->curve;
        for (size_t i = 0; i + 1 < curve.size(); ++i) consider(PointSet::hairline, curve[i], curve[i + 1], i + 1);
    }
    const Polygon& zone = lesson.zone;
    if (zone.size() >= 2)
        for (size_t i = 0; i < zone.size(); ++i) consider(PointSet::zone, zone[i], zone[(i + 1) % zone.size()], i + 1);
    return best;
}

EditResult move_control_point(Lesson& lesson, ControlPointRef point, Point to_mm) {
    std::vector<Point>* points = mutable_points(lesson, point.set);
    if (!points || point.index >= points->size()) return {false, "no such point"};
    if (!std::isfinite(to_mm.x) || !std::isfinite(to_mm.y)) return {false, "the new place is not a finite position"};
    EditResult result;
    if (point.set == PointSet::hairline) {
        double lo = -INFINITY, hi = INFINITY;
        if (point.index > 0) lo = (*points)[point.index - 1].x + kHairlineMinGapMm;
        if (point.index + 1 < points->size()) hi = (*points)[point.index + 1].x - kHairlineMinGapMm;
        const double x = lo <= hi ? std::clamp(to_mm.x, lo, hi) : (lo + hi) / 2;
        if (x != to_mm.x) result.message = "hairline points stay in left-to-right order";
        to_mm.x = x;
    }
    (*points)[point.index] = to_mm;
    return result;
}

EditResult insert_control_point(Lesson& lesson, PointSet set, size_t index, Point at_mm) {
    std::vector<Point>* points = mutable_points(lesson, set);
    if (!points) return {false, "the lesson has no hairline; add one first"};
    if (index > points->size()) return {false, "no such place to insert a point"};
    if (!std::isfinite(at_mm.x) || !std::isfinite(at_mm.y)) return {false, "the new point is not a finite position"};
    for (const Point& p : *points)
        if (distance_mm(p, at_mm) < kMinInsertGapMm) return {false, "too close to an existing point"};
    if (set == PointSet::hairline) {
        if (index > 0 && !(at_mm.x >= (*points)[index - 1].x + kHairlineMinGapMm))
            return {false, "a hairline point must lie to the right of the point before it"};
        if (index < points->size() && !(at_mm.x <= (*points)[index].x - kHairlineMinGapMm))
            return {false, "a hairline point must lie to the left of the point after it"};
    }
    points->insert(points->begin() + static_cast<std::ptrdiff_t>(index), at_mm);
    return {};
}

EditResult insert_on_edge(Lesson& lesson, const EdgeHit& edge) {
    return insert_control_point(lesson, edge.set, edge.insert_index, edge.on_edge);
}

EditResult delete_control_point(Lesson& lesson, ControlPointRef point) {
    std::vector<Point>* points = mutable_points(lesson, point.set);
    if (!points || point.index >= points->size()) return {false, "no such point"};
    if (point.set == PointSet::zone && points->size() <= 3)
        return {false, "the zone needs at least 3 points; move this one instead"};
    if (point.set == PointSet::hairline && points->size() <= 2)
        return {false, "the hairline needs at least 2 points; remove the hairline instead"};
    points->erase(points->begin() + static_cast<std::ptrdiff_t>(point.index));
    return {};
}

EditResult add_hairline(Lesson& lesson) {
    if (lesson.hairline) return {false, "the lesson already has a hairline"};
    Bounds b = bounds_of(lesson.zone);
    if (lesson.zone.size() < 3 || b.width() <= 0 || b.height() <= 0) b = Bounds{{-20, 74}, {20, 96}};
    const double cx = (b.min.x + b.max.x) / 2;
    const double half = b.width() * 0.45;
    const double front = b.min.y + b.height() * 0.25;
    const double arch = b.height() * 0.2;
    Hairline hairline;
    for (int i = 0; i <= 4; ++i) {
        const double u = (i - 2) / 2.0;  // -1 .. 1
        hairline.curve.push_back(Point{cx + u * half, front + arch * u * u});
    }
    lesson.hairline = hairline;
    return {};
}

EditResult remove_hairline(Lesson& lesson) {
    if (!lesson.hairline) return {false, "the lesson has no hairline"};
    lesson.hairline.reset();
    return {};
}

}  // namespace stipple
