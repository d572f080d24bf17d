// The editor panel's save, close and demo decisions (see editor_panel_model.hpp).
#include "sim/flow/editor_panel_model.hpp"

namespace stipple {

void request_save(LessonEditSession& session, EditorPanelState& panel) {
    commit_edit(session.history, session.lesson);
    if (session.path.empty()) {
        panel.save_as_path = default_save_path(session);
        panel.open_save_as = true;
        session.status = "choose where to save the lesson";
        return;
    }
    save_session(session);
}

void request_close(const LessonEditSession& session, EditorPanelState& panel) {
    if (has_unsaved_changes(session)) panel.open_close_prompt = true;
    else panel.quit = true;
}

void refresh_demo(const LessonEditSession& session, const LessonCheck& check, EditorPanelState& panel) {
    if (!panel.show_demo || !check.valid()) {
        panel.demo.reset();
        panel.demo_of.reset();
        return;
    }
    if (session.dragging || session.history.pending) return;  // wait until the edit is done
    if (panel.demo_of && same_lesson(*panel.demo_of, session.lesson)) return;
    panel.demo = preview_demo(session.lesson);
    panel.demo_of = session.lesson;
}

}  // namespace stipple
