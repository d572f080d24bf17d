// One editing session of the lesson editor, headless: the draft, its undo history, the selected control
// point and drag, the file it belongs to, and what pointer gestures and keys do to it (all in scalp mm).
// The window (sim/editor) only turns SFML events into these calls and draws the result.
#pragma once

#include <optional>
#include <string>

#include "scoring/lesson.hpp"
#include "sim/model/lesson_edit.hpp"
#include "sim/model/lesson_edit_history.hpp"

namespace stipple {

struct LessonEditSession {
    Lesson lesson;                             // the draft being edited
    EditHistory history;
    Lesson saved;                              // as last loaded or saved, for "unsaved changes"
    bool saved_on_disk = false;                // false for a new lesson not yet written
    std::string path;                          // empty: ask where to save
    std::optional<ControlPointRef> selected;
    bool dragging = false;                     // the selected point follows the pointer
    Point grab_offset_mm;                      // point minus pointer at the press, so it does not jump
    std::string status;                        // the last message for the user (refusals, saves)
};

// A session for an existing file, or a new lesson from the template when the file does not exist (it is
// created on save; the id comes from its name). An empty path starts a new lesson with no file yet.
// Throws InputError when the file exists but is not a valid lesson.
LessonEditSession open_lesson_for_editing(const std::string& path);

// The path Save offers when the session has none: ./<id>.json.
std::string default_save_path(const LessonEditSession& session);

// Pointer gestures, at a place on the scalp in mm; pick_radius_mm is the grab tolerance (a few px).
// Press: grabs the control point under the pointer (selects it, starts a drag) or clears the selection.
void press_at(LessonEditSession& session, Point at_mm, double pick_radius_mm);
// Moves the dragged point with the pointer (hairline points stay ordered left to right).
void drag_to(LessonEditSession& session, Point at_mm);
// Ends the drag: the whole drag becomes one undo step (nothing is recorded if the point did not move).
void release(LessonEditSession& session);
// Double-click: on an edge inserts a point there and selects it; on a point just selects it.
void double_click_at(LessonEditSession& session, Point at_mm, double pick_radius_mm);

// Keys: Delete removes the selected point (refusals go to status); undo/redo keep the selection valid.
void delete_selected(LessonEditSession& session);
bool undo_edit(LessonEditSession& session);
bool redo_edit(LessonEditSession& session);

// True when the draft differs from what was last loaded or saved, or is new and never saved.
bool has_unsaved_changes(const LessonEditSession& session);

// Saves to `path` (or the session's path when empty) through save_lesson: an invalid lesson is refused and
// no file is touched. On success the session takes the path and counts as saved. The outcome, one line,
// goes to status; returns whether the file was written.
bool save_session(LessonEditSession& session, const std::string& path = "");

}  // namespace stipple
