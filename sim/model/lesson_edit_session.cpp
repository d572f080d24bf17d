// One editing session of the lesson editor (see lesson_edit_session.hpp).
#include "sim/model/lesson_edit_session.hpp"

#include <filesystem>
#include <stdexcept>

#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"

namespace stipple {

namespace {

// After undo/redo or a delete the selected index may no longer exist.
void keep_selection_valid(LessonEditSession& s) {
    if (s.selected && s.selected->index >= control_points(s.lesson, s.selected->set).size()) s.selected.reset();
}

}  // namespace

LessonEditSession open_lesson_for_editing(const std::string& path) {
    LessonEditSession s;
    s.path = path;
    std::error_code ec;
    if (!path.empty() && std::filesystem::exists(path, ec)) {
        s.lesson = load_lesson(path);
        s.saved_on_disk = true;
        s.status = "opened " + path;
    } else {
        s.lesson = lesson_template(path.empty() ? "new-lesson" : lesson_id_from_path(path));
        s.status = path.empty() ? "new lesson from the template" : "new lesson; it will be created at " + path;
    }
    s.saved = s.lesson;
    return s;
}

std::string default_save_path(const LessonEditSession& session) {
    if (!session.path.empty()) return session.path;
    return "./" + (session.lesson.id.empty() ? std::string("new-lesson") : session.lesson.id) + ".json";
}

void press_at(LessonEditSession& s, Point at_mm, double pick_radius_mm) {
    if (s.dragging) release(s);
    s.selected = pick_control_point(s.lesson, at_mm, pick_radius_mm);
    if (!s.selected) return;
    const Point p = control_points(s.lesson, s.selected->set)[s.selected->index];
    s.grab_offset_mm = Point{p.x - at_mm.x, p.y - at_mm.y};
    s.dragging = true;
    commit_edit(s.history, s.lesson);  // a field edit still pending is its own undo step, not part of the drag
    begin_edit(s.history, s.lesson);
}

void drag_to(LessonEditSession& s, Point at_mm) {
    if (!s.dragging || !s.selected) return;
    const EditResult r =
        move_control_point(s.lesson, *s.selected, Point{at_mm.x + s.grab_offset_mm.x, at_mm.y + s.grab_offset_mm.y});
    if (!r.message.empty()) s.status = r.message;
}

void release(LessonEditSession& s) {
    if (!s.dragging) return;
    s.dragging = false;
    commit_edit(s.history, s.lesson);
}

void double_click_at(LessonEditSession& s, Point at_mm, double pick_radius_mm) {
    if (s.dragging) release(s);
    if (const auto point = pick_control_point(s.lesson, at_mm, pick_radius_mm)) {
        s.selected = point;
        return;
    }
    const auto edge = pick_edge(s.lesson, at_mm, pick_radius_mm);
    if (!edge) return;
    const EditResult r = apply_edit(s.history, s.lesson, [&](Lesson& l) { return insert_on_edge(l, *edge); });
    if (r.ok) {
        s.selected = ControlPointRef{edge->set, edge->insert_index};
        s.status = std::string("inserted a ") + (edge->set == PointSet::zone ? "zone" : "hairline") + " point";
    } else {
        s.status = r.message;
    }
}

void delete_selected(LessonEditSession& s) {
    if (!s.selected) {
        s.status = "select a point first";
        return;
    }
    if (s.dragging) release(s);
    const ControlPointRef target = *s.selected;
    const EditResult r = apply_edit(s.history, s.lesson, [&](Lesson& l) { return delete_control_point(l, target); });
    if (r.ok) {
        s.selected.reset();
        s.status = std::string("deleted a ") + (target.set == PointSet::zone ? "zone" : "hairline") + " point";
    } else {
        s.status = r.message;
    }
}

bool undo_edit(LessonEditSession& s) {
    s.dragging = false;
    const bool done = undo(s.history, s.lesson);
    keep_selection_valid(s);
    s.status = done ? "undone" : "nothing to undo";
    return done;
}

bool redo_edit(LessonEditSession& s) {
    s.dragging = false;
    const bool done = redo(s.history, s.lesson);
    keep_selection_valid(s);
    s.status = done ? "redone" : "nothing to redo";
    return done;
}

bool has_unsaved_changes(const LessonEditSession& s) { return !s.saved_on_disk || !same_lesson(s.lesson, s.saved); }

bool save_session(LessonEditSession& s, const std::string& path) {
    const std::string target = path.empty() ? s.path : path;
    if (target.empty()) {
        s.status = "choose where to save the lesson";
        return false;
    }
    try {
        save_lesson(target, s.lesson);
    } catch (const InputError& e) {
        s.status = std::string("not saved: ") + e.what();
        return false;
    } catch (const std::exception& e) {
        s.status = std::string("not saved: ") + e.what();
        return false;
    }
    s.path = target;
    s.saved = s.lesson;
    s.saved_on_disk = true;
    s.status = "saved " + target;
    return true;
}

}  // namespace stipple
