// Undo and redo for the lesson editor (see lesson_edit_history.hpp).
#include "sim/model/lesson_edit_history.hpp"

#include "scoring/lesson_io.hpp"

namespace stipple {

namespace {

void record(EditHistory& history, Lesson before) {
    history.undo_stack.push_back(std::move(before));
    if (history.undo_stack.size() > history.limit)
        history.undo_stack.erase(history.undo_stack.begin(),
                                 history.undo_stack.begin() +
                                     static_cast<std::ptrdiff_t>(history.undo_stack.size() - history.limit));
    history.redo_stack.clear();
}

}  // namespace

bool same_lesson(const Lesson& a, const Lesson& b) {
    // dump() keeps NaN distinct from numbers (as null), so a half-typed value still counts as a change.
    return lesson_to_json(a).dump() == lesson_to_json(b).dump();
}

EditResult apply_edit(EditHistory& history, Lesson& lesson, const std::function<EditResult(Lesson&)>& edit) {
    commit_edit(history, lesson);
    Lesson before = lesson;
    const EditResult result = edit(lesson);
    if (!result.ok) {
        lesson = std::move(before);  // refused edits leave nothing half-done
        return result;
    }
    if (!same_lesson(before, lesson)) record(history, std::move(before));
    return result;
}

void begin_edit(EditHistory& history, const Lesson& lesson) {
    if (!history.pending) history.pending = lesson;
}

bool commit_edit(EditHistory& history, const Lesson& lesson) {
    if (!history.pending) return false;
    Lesson before = std::move(*history.pending);
    history.pending.reset();
    if (same_lesson(before, lesson)) return false;
    record(history, std::move(before));
    return true;
}

bool undo(EditHistory& history, Lesson& lesson) {
    commit_edit(history, lesson);
    if (history.undo_stack.empty()) return false;
    history.redo_stack.push_back(std::move(lesson));
    lesson = std::move(history.undo_stack.back());
    history.undo_stack.pop_back();
    return true;
}

bool redo(EditHistory& history, Lesson& lesson) {
    commit_edit(history, lesson);
    if (history.redo_stack.empty()) return false;
    history.undo_stack.push_back(std::move(lesson));
    lesson = std::move(history.redo_stack.back());
    history.redo_stack.pop_back();
    return true;
}

}  // namespace stipple
