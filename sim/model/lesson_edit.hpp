// The lesson editor's headless editing model: control points of the zone polygon and the hairline curve,
// hit testing in mm, and the edit commands (move, insert, delete, add/remove hairline) on a Lesson draft.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"

namespace stipple {

// Which editable point list a control point belongs to.
enum class PointSet { zone, hairline };

struct ControlPointRef {
    PointSet set = PointSet::zone;
    size_t index = 0;
    friend bool operator==(const ControlPointRef&, const ControlPointRef&) = default;
};

// A place on an edge where a new point can go: it becomes point `insert_index` of `set`
// (for the zone's closing edge, insert_index == zone.size(), i.e. appended).
struct EdgeHit {
    PointSet set = PointSet::zone;
    size_t insert_index = 0;
    Point on_edge;            // the nearest point on the edge, in mm
    double distance_mm = 0;   // from the picked place to the edge
};

// What an edit did: refused edits leave the lesson untouched and say why in one line.
struct EditResult {
    bool ok = true;
    std::string message;  // empty when there is nothing to say
};

// The hairline's points stay ordered left to right: a dragged point keeps at least this gap to its neighbours.
inline constexpr double kHairlineMinGapMm = 0.2;

// A new lesson to start from: a small frontal zone with a classic hairline, default targets.
Lesson lesson_template(const std::string& id);
// A lesson id from a file name: the stem lower-cased, other characters turned into '-'; "new-lesson" if empty.
std::string lesson_id_from_path(const std::string& path);

// The points of a set (the hairline's curve is empty when the lesson has none).
const std::vector<Point>& control_points(const Lesson& lesson, PointSet set);

// The control point nearest to `at_mm` within `radius_mm` (hairline points win ties: they sit on top).
std::optional<ControlPointRef> pick_control_point(const Lesson& lesson, Point at_mm, double radius_mm);
// The edge nearest to `at_mm` within `radius_mm` (zone edges include the closing edge).
std::optional<EdgeHit> pick_edge(const Lesson& lesson, Point at_mm, double radius_mm);

// Moves a point. Hairline points are clamped in x between their neighbours (kHairlineMinGapMm) so the
// curve keeps running left to right; the message says so when that happened. Zone moves are free
// (a self-crossing zone shows up in validation and cannot be saved).
EditResult move_control_point(Lesson& lesson, ControlPointRef point, Point to_mm);
// Inserts a point at `index` of the set; a hairline point must fit strictly between its neighbours in x.
EditResult insert_control_point(Lesson& lesson, PointSet set, size_t index, Point at_mm);
EditResult insert_on_edge(Lesson& lesson, const EdgeHit& edge);
// Refuses to leave the zone with fewer than 3 points or the hairline with fewer than 2.
EditResult delete_control_point(Lesson& lesson, ControlPointRef point);

// Adds a gently arched hairline across the front of the zone (refused when there already is one).
EditResult add_hairline(Lesson& lesson);
EditResult remove_hairline(Lesson& lesson);

}  // namespace stipple
