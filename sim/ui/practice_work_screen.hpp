// The practice work screen: the trainee places dots (mouse or pen) on the map or on the 3D head beside it
// (sim/ui/head_pane: the same session input), with the depth gauge, needle cursor, guides, loupe, undo, the
// exam clock (wall time) and autosaves; Enter asks "Finish and score?" and Enter
// again finishes (the score screen follows), Escape leaves (asking first when there is work to keep; the
// dialog stays until answered), closing the window autosaves (sim/flow/work_dialog.hpp has the rules).
#pragma once

#include <memory>

#include "sim/ui/practice_run.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

// Takes over a run whose work has started (start_work).
std::unique_ptr<Screen> make_practice_work_screen(std::unique_ptr<PracticeRun> run);

}  // namespace stipple
