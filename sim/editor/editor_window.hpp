// The lesson editor's window (`stipple edit`): the virtual scalp with the lesson's zone and hairline as
// draggable control points on the left, the ImGui lesson panel on the right. (Its first view and the
// panel's width: sim/flow/view_options.)
#pragma once

#include <string>

namespace stipple {

struct EditorOptions {
    std::string path;          // lesson file; empty = new lesson, asks for a path on save
    unsigned width_px = 1280;  // window size
    unsigned height_px = 800;
    bool size_given = false;   // --window: kept (clamped to the screen), not fitted to the work area
};

// Opens the window and runs until it is closed; returns the process exit code. On start it prints the
// view (px per mm, centre) and every control point's screen position to stdout, so scripts can drive it;
// status messages (saved, refused) follow as "editor: ..." lines. Throws InputError for a broken lesson file
// and std::runtime_error without an X display (the file is read first).
int run_lesson_editor(const EditorOptions& options);

}  // namespace stipple
