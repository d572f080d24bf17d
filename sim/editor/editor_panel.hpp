// The lesson editor's ImGui panel: file actions, every lesson field (scalp case, skin, needle, targets,
// weights, pass mark, brief, hairline, selected point), live validation and advice, the expert demo's score,
// and the "save as" and "unsaved changes" dialogs. Field edits are undoable (one step per field edit). What
// Save, closing and the demo preview decide is headless (sim/flow/editor_panel_model).
#pragma once

#include "sim/flow/editor_panel_model.hpp"
#include "sim/model/lesson_edit_check.hpp"
#include "sim/model/lesson_edit_session.hpp"

namespace stipple {

// Draws the panel as a fixed ImGui window at x..x+width over the full height. Call between the bridge's
// new_frame and render. Pending field edits are committed as undo steps once no widget is active.
void draw_editor_panel(LessonEditSession& session, EditorPanelState& panel, const LessonCheck& check, float x,
                       float width, float height);

}  // namespace stipple
