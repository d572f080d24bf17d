// What a practice session tells whoever drives its window (stdout of `stipple practice` and of the app), one
// line when something changes, never one per frame: the needle tip came to rest on the pointer, the depth
// being held reached the lesson's window, a dot was placed, dots were undone. Scripts wait on these lines
// instead of sleeping through a hand's settling or a hold.
#pragma once

#include <string>
#include <vector>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "sim/model/practice_session.hpp"

namespace stipple {

// The tip counts as at rest on the pointer within this distance (plus the lesson hand's tremor amplitude).
inline constexpr double kAtRestMm = 0.02;

class PracticeNotes {
public:
    // The lines for what changed since the last call; call once per frame after the frame's input:
    //   "needle at rest on (X, Y) mm"           the tip reached a new pointer position (button up)
    //   "depth D mm: reached the window"        the depth held reached the window's minimum (button down)
    //   "dot N at (X, Y) mm, depth D mm"        a dot was placed (N counts from 1)
    //   "undone: N dots"                        undo left N dots
    std::vector<std::string> update(const Lesson& lesson, const PracticeSession& session);

private:
    bool have_target_ = false;
    Point target_mm_;
    bool rest_said_ = false;
    bool depth_said_ = false;
    size_t dots_said_ = 0;
};

}  // namespace stipple
