// A hairline design lesson's drawing, headless (issue 14): the pencil line the trainee draws on the map or on
// the 3D head (map mm), always left to right as the attempt keeps it (Attempt::design_line: x strictly
// increasing, scoring/design_io): a press adds a point in its place across the line, or grabs a point near it
// to drag (it stays between its neighbours); a point can be deleted; every change can be undone. Also the
// symmetry guide (the line mirrored across the midline, shown faint, switched off and on), the ruler and
// calipers from the glabella (the line's mid-frontal height along the skin and in a straight line through
// the head, sim/head) and what a finish needs. sim/ui/design_work_screen draws it and maps the pointer onto
// these functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "scoring/geometry.hpp"
#include "scoring/design_io.hpp"
#include "scoring/lesson.hpp"
#include "sim/head/head_map.hpp"

namespace stipple {

// A line needs this many points to be finished (fewer cannot say where the temples and the middle are).
inline constexpr std::size_t kDesignMinPoints = 3;
// At most this many points (what an attempt's design_line may hold): a press beyond it adds nothing.
inline constexpr std::size_t kDesignMaxPoints = kMaxDesignLinePoints;
// Two points are at least this far apart across (x): a point dragged onto a neighbour stops short of it.
inline constexpr double kDesignMinGapMm = 0.1;
// A press within this many screen pixels of a point grabs it (the screen divides by its px per mm).
inline constexpr double kDesignGrabRadiusPx = 9.0;
// At most this many earlier lines are kept for undo.
inline constexpr std::size_t kDesignUndoDepth = 200;

struct DesignDrawing {
    Polyline line;                          // map mm, x strictly increasing (left to right)
    std::vector<Polyline> undo_history;     // the line before each change, newest last
    std::optional<std::size_t> dragging;    // the point a press grabbed (moves with design_drag)
    bool drag_remembered = false;           // the grab's change is already one undo step
    bool symmetry_guide = true;             // the mirrored line is shown
    std::size_t edits = 0;                  // changes so far (the autosave writes when it moved on)
};

// The index of the point of `line` nearest to `at_mm` within `grab_mm`, or nullopt.
std::optional<std::size_t> design_point_near(const Polyline& line, Point at_mm, double grab_mm);
// Where a new point goes across the line: the index of the first point right of it. nullopt when a point
// lies within kDesignMinGapMm of it across (straight above or below another: the line runs left to right).
std::optional<std::size_t> design_insert_index(const Polyline& line, Point at_mm);

// A pencil press at `at_mm`: grabs the point within `grab_mm` (a drag begins; the line is unchanged until it
// moves), else adds a point (design_insert_index) and grabs it. False when nothing happened (the line is full,
// the point is not finite, or straight above or below another).
bool design_press(DesignDrawing& drawing, Point at_mm, double grab_mm);
// The grabbed point follows the pencil, across only as far as kDesignMinGapMm short of its neighbours (the
// first move of a grab is one undo step).
void design_drag(DesignDrawing& drawing, Point at_mm);
// The pencil lifts: the grab ends.
void design_release(DesignDrawing& drawing);
// Deletes the point within `grab_mm` of `at_mm`; false when there is none.
bool design_delete_near(DesignDrawing& drawing, Point at_mm, double grab_mm);
// Back to the line before the last change; false when there is none.
bool design_undo(DesignDrawing& drawing);

// The line mirrored across the midline (x -> -x), in the same order along it.
Polyline mirrored_line(const Polyline& line);

// The refusal of a finish with this line, "" when it may be finished: at least kDesignMinPoints points, and the
// line must cross the midline (the mid-frontal point is where the design is measured from).
std::string design_finish_refusal(const Polyline& line);

// The ruler and calipers from the glabella (map (0, 0)).
struct DesignCalipers {
    std::optional<Point> mid_frontal_mm;   // where the line crosses the midline (x = 0), when it does
    std::optional<double> skin_mm;         // its height along the skin from the glabella (= its map y: the
                                           // map is arc length along the midline)
    std::optional<double> straight_mm;     // the straight line from the glabella to it through the head (sim/head)
    double width_mm = 0.0;                 // the line's extent across (map x), 0 with fewer than two points
};
DesignCalipers design_calipers(const Polyline& line, const HeadMap& head);
// The calipers in words for the work panel, with the lesson's window for the mid-frontal height:
// {"mid-frontal 84 mm along the skin (lesson: 70-100 mm)", "straight from the glabella: 78 mm",
//  "width 142 mm"}; until the line crosses the midline: "mid-frontal: draw across the midline (lesson: ...)"
// and "straight from the glabella: -".
std::vector<std::string> design_calipers_lines(const DesignCalipers& calipers, const DesignRules& rules);

// The pencil's keys and clicks as the brief lists them.
std::vector<std::string> design_key_lines();

// The client in words for the brief: "Client: 34 years, oval face, norwood-3", then the wishes.
std::vector<std::string> design_brief_lines(const DesignBrief& brief);

}  // namespace stipple
