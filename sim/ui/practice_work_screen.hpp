// The practice work screen: the trainee places dots (mouse or pen), with the depth gauge, needle cursor,
// guides, loupe, undo, the exam clock and autosaves; Enter finishes and the score screen follows, Escape
// leaves (asking first when there are dots), closing the window autosaves.
#pragma once

#include <memory>

#include "sim/ui/practice_run.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

// Takes over a run whose work has started (start_work).
std::unique_ptr<Screen> make_practice_work_screen(std::unique_ptr<PracticeRun> run);

}  // namespace stipple
