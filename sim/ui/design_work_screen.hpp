// The work screen of a hairline design lesson (issue 14): the trainee draws the hairline with a pencil on the
// map or on the 3D head beside it (the head's pick gives the map point, as for dots): a click adds a point, a
// drag moves one, Delete removes the point under the pointer, Ctrl+Z undoes, S switches the symmetry guide;
// the ruler and calipers from the glabella and the client's brief are in the panel (sim/ui/design_panel).
// Enter asks "Finish and score?" (refused until the line can be measured: sim/flow/design_drawing), Esc
// leaves; the line is autosaved and goes into the attempt (Attempt::design_line); the score screen follows,
// with the line on the map and on the head.
#pragma once

#include <memory>

#include "sim/ui/practice_run.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

// Takes over a run of a design lesson (lesson.design) whose work has started (start_work).
std::unique_ptr<Screen> make_design_work_screen(std::unique_ptr<PracticeRun> run);

}  // namespace stipple
