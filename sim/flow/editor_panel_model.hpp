// The lesson editor panel's decisions, before any drawing: what Save does (write to the lesson's file, or
// ask for one at ./<id>.json), whether closing asks first (only with unsaved changes), and when the expert
// demo is made again (a valid draft, once an edit is done). sim/editor/editor_panel draws the panel and its
// dialogs from this state.
#pragma once

#include <optional>
#include <string>

#include "scoring/lesson.hpp"
#include "sim/model/lesson_edit_check.hpp"
#include "sim/model/lesson_edit_session.hpp"

namespace stipple {

struct EditorPanelState {
    bool show_demo = true;
    std::optional<DemoPreview> demo;
    std::optional<Lesson> demo_of;   // the draft the demo was made for; a changed draft gets a new one
    bool open_save_as = false;       // open the "Save lesson as" dialog next frame
    std::string save_as_path;
    std::string overwrite_confirmed_for;  // another existing file: the first Save asks, the second replaces it
    bool refocus_save_path = false;
    bool open_close_prompt = false;  // open the "Unsaved changes" dialog next frame
    bool close_after_save = false;   // the dialog's "Save and close" is waiting for a path
    bool quit = false;               // the window should close
    bool fit_view = false;           // the window should fit the view to the zone
};

// Ctrl+S / the Save button: saves to the session's path, or asks for one (default ./<id>.json).
void request_save(LessonEditSession& session, EditorPanelState& panel);
// Closing the window / Ctrl+Q: asks first when there are unsaved changes.
void request_close(const LessonEditSession& session, EditorPanelState& panel);

// Makes or drops the demo preview to match the draft (only for a valid draft, not during a drag).
void refresh_demo(const LessonEditSession& session, const LessonCheck& check, EditorPanelState& panel);

}  // namespace stipple
