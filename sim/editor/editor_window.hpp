// The lesson editor's window (`stipple edit`): the virtual scalp with the lesson's zone and hairline as
// draggable control points on the left, the ImGui lesson panel on the right.
#pragma once

#include <string>
#include <vector>

#include <SFML/System/Vector2.hpp>

#include "scoring/geometry.hpp"
#include "sim/model/view_transform.hpp"

namespace stipple {

struct EditorOptions {
    std::string path;          // lesson file; empty = new lesson, asks for a path on save
    unsigned width_px = 1280;  // window size
    unsigned height_px = 800;
};

// The panel's width for a window width, and the canvas (scalp) viewport left of it.
float editor_panel_width(unsigned window_width_px);
// The deterministic first view: the zone and hairline fitted into the canvas with a 60 px margin.
ViewTransform initial_editor_view(const std::vector<Point>& zone_and_curve, unsigned window_width_px,
                                  unsigned window_height_px);

// Opens the window and runs until it is closed; returns the process exit code. On start it prints the
// view (px per mm, centre) and every control point's screen position to stdout, so scripts can drive it;
// status messages (saved, refused) follow as "editor: ..." lines. Throws InputError for a broken lesson file
// and std::runtime_error without an X display (the file is read first).
int run_lesson_editor(const EditorOptions& options);

}  // namespace stipple
