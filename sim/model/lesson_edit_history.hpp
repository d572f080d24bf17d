// Undo and redo for the lesson editor: snapshots of the whole draft (a lesson is small), one per edit.
// A drag or a typed field is one edit: begin_edit when it starts, commit_edit when it ends.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "scoring/lesson.hpp"
#include "sim/model/lesson_edit.hpp"

namespace stipple {

struct EditHistory {
    std::vector<Lesson> undo_stack;  // states before each edit, oldest first
    std::vector<Lesson> redo_stack;  // states undone, most recently undone last
    std::optional<Lesson> pending;   // the state before an edit that is still going on (a drag, a text field)
    size_t limit = 500;              // oldest snapshots are dropped beyond this
};

// True when the two drafts would be written as the same file.
bool same_lesson(const Lesson& a, const Lesson& b);

// Runs one edit command on `lesson`; when it succeeds and changes something, the state before is recorded.
EditResult apply_edit(EditHistory& history, Lesson& lesson, const std::function<EditResult(Lesson&)>& edit);

// A continuous edit: remember the state when it starts (ignored if one is already pending) ...
void begin_edit(EditHistory& history, const Lesson& lesson);
// ... and record it when it ends, if the lesson changed. Returns whether an undo step was recorded.
bool commit_edit(EditHistory& history, const Lesson& lesson);

// Undo/redo the last edit (a pending edit is committed first). Return false when there is nothing to do.
bool undo(EditHistory& history, Lesson& lesson);
bool redo(EditHistory& history, Lesson& lesson);

}  // namespace stipple
