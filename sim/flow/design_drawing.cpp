// A hairline design lesson's drawing (see design_drawing.hpp): editing, mirror, finish rule, calipers.
#include "sim/flow/design_drawing.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace stipple {

namespace {

bool finite(Point p) { return std::isfinite(p.x) && std::isfinite(p.y); }

void remember(DesignDrawing& d) {
    d.undo_history.push_back(d.line);
    if (d.undo_history.size() > kDesignUndoDepth) d.undo_history.erase(d.undo_history.begin());
    ++d.edits;
}

// Where the line crosses x = 0 first, along it.
std::optional<Point> midline_crossing(const Polyline& line) {
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const Point a = line[i], b = line[i + 1];
        if ((a.x > 0.0 && b.x > 0.0) || (a.x < 0.0 && b.x < 0.0)) continue;
        if (a.x == b.x) return Point{0.0, std::min(a.y, b.y)};  // along the midline itself (a.x == 0)
        const double t = (0.0 - a.x) / (b.x - a.x);
        return Point{0.0, a.y + t * (b.y - a.y)};
    }
    if (line.size() == 1 && line[0].x == 0.0) return line[0];
    return std::nullopt;
}

std::string mm_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f mm", v);
    return buf;
}

}  // namespace

std::optional<std::size_t> design_point_near(const Polyline& line, Point at_mm, double grab_mm) {
    std::optional<std::size_t> best;
    double best_d = grab_mm;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const double d = distance_mm(line[i], at_mm);
        if (d <= best_d) {
            best_d = d;
            best = i;
        }
    }
    return best;
}

std::optional<std::size_t> design_insert_index(const Polyline& line, Point at_mm) {
    std::size_t i = 0;
    while (i < line.size() && line[i].x < at_mm.x) ++i;
    if (i > 0 && at_mm.x - line[i - 1].x < kDesignMinGapMm) return std::nullopt;
    if (i < line.size() && line[i].x - at_mm.x < kDesignMinGapMm) return std::nullopt;
    return i;
}

bool design_press(DesignDrawing& d, Point at_mm, double grab_mm) {
    d.dragging.reset();
    if (!finite(at_mm)) return false;
    if (const std::optional<std::size_t> near = design_point_near(d.line, at_mm, grab_mm)) {
        d.dragging = *near;
        d.drag_remembered = false;  // a grab that never moves changes nothing
        return true;
    }
    if (d.line.size() >= kDesignMaxPoints) return false;
    const std::optional<std::size_t> at = design_insert_index(d.line, at_mm);
    if (!at) return false;
    remember(d);
    d.line.insert(d.line.begin() + std::ptrdiff_t(*at), at_mm);
    d.dragging = *at;
    d.drag_remembered = true;  // dragging the new point on is part of adding it
    return true;
}

void design_drag(DesignDrawing& d, Point at_mm) {
    if (!d.dragging || *d.dragging >= d.line.size() || !finite(at_mm)) return;
    const std::size_t i = *d.dragging;
    // Between its neighbours: the line stays left to right.
    if (i > 0) at_mm.x = std::max(at_mm.x, d.line[i - 1].x + kDesignMinGapMm);
    if (i + 1 < d.line.size()) at_mm.x = std::min(at_mm.x, d.line[i + 1].x - kDesignMinGapMm);
    Point& p = d.line[i];
    if (p.x == at_mm.x && p.y == at_mm.y) return;
    if (!d.drag_remembered) {
        remember(d);
        d.drag_remembered = true;
    } else {
        ++d.edits;
    }
    p = at_mm;
}

void design_release(DesignDrawing& d) {
    d.dragging.reset();
    d.drag_remembered = false;
}

bool design_delete_near(DesignDrawing& d, Point at_mm, double grab_mm) {
    const std::optional<std::size_t> near = design_point_near(d.line, at_mm, grab_mm);
    if (!near) return false;
    remember(d);
    d.line.erase(d.line.begin() + std::ptrdiff_t(*near));
    design_release(d);
    return true;
}

bool design_undo(DesignDrawing& d) {
    if (d.undo_history.empty()) return false;
    d.line = std::move(d.undo_history.back());
    d.undo_history.pop_back();
    design_release(d);
    ++d.edits;
    return true;
}

Polyline mirrored_line(const Polyline& line) {
    Polyline m;
    m.reserve(line.size());
    for (const Point& p : line) m.push_back({-p.x, p.y});
    return m;
}

std::string design_finish_refusal(const Polyline& line) {
    if (line.size() < kDesignMinPoints)
        return "Draw the hairline first: at least " + std::to_string(kDesignMinPoints) +
               " points, from one temple across the forehead to the other.";
    if (!midline_crossing(line)) return "The hairline must cross the middle of the forehead (the midline) to be measured.";
    return "";
}

DesignCalipers design_calipers(const Polyline& line, const HeadMap& head) {
    DesignCalipers c;
    if (line.size() >= 2) {
        const Bounds b = bounds_of(line);
        c.width_mm = b.width();
    }
    c.mid_frontal_mm = midline_crossing(line);
    if (!c.mid_frontal_mm) return c;
    c.skin_mm = c.mid_frontal_mm->y;  // the map's y is the arc length along the midline from the glabella
    const std::optional<SurfacePoint> glabella = head_surface_at(head, {0.0, 0.0});
    const std::optional<SurfacePoint> mid = head_surface_at(head, *c.mid_frontal_mm);
    if (glabella && mid) c.straight_mm = length(mid->position_mm - glabella->position_mm);
    return c;
}

std::vector<std::string> design_calipers_lines(const DesignCalipers& c, const DesignRules& rules) {
    char window[64];
    std::snprintf(window, sizeof window, " (lesson: %.0f-%.0f mm)", rules.mid_frontal_min_mm, rules.mid_frontal_max_mm);
    std::vector<std::string> lines;
    lines.push_back(c.skin_mm ? "mid-frontal " + mm_text(*c.skin_mm) + " along the skin" + window
                              : std::string("mid-frontal: draw across the midline") + window);
    lines.push_back("straight from the glabella: " + (c.straight_mm ? mm_text(*c.straight_mm) : std::string("-")));
    lines.push_back("width " + mm_text(c.width_mm));
    return lines;
}

std::vector<std::string> design_key_lines() {
    return {"left click (map or head): a point of the line where it fits; drag a point to move it",
            "Delete: the point under the pointer; Ctrl+Z: undo",
            "S: symmetry guide (the line mirrored) on/off; wheel, right drag: zoom, pan",
            "Enter: finish and score (asks first); Esc: leave (the line is kept)"};
}

std::vector<std::string> design_brief_lines(const DesignBrief& brief) {
    std::string client = "Client: " + std::to_string(brief.client_age) + " years, " + brief.face_shape + " face";
    if (!brief.loss_stage.empty()) client += ", " + brief.loss_stage;
    std::vector<std::string> lines{client};
    if (!brief.wishes.empty()) lines.push_back("Wishes: " + brief.wishes);
    return lines;
}

}  // namespace stipple
