#include "sim/model/practice_notes.hpp"

#include <cmath>
#include <cstdio>

namespace stipple {

std::vector<std::string> PracticeNotes::update(const Lesson& lesson, const PracticeSession& session) {
    std::vector<std::string> lines;
    char line[160];
    const std::vector<Dot>& dots = session.dots();
    if (dots.size() < dots_said_) {
        std::snprintf(line, sizeof line, "undone: %zu dots", dots.size());
        lines.emplace_back(line);
    }
    for (size_t i = dots_said_; i < dots.size(); ++i) {
        std::snprintf(line, sizeof line, "dot %zu at (%.3f, %.3f) mm, depth %.3f mm", i + 1, dots[i].x, dots[i].y,
                      dots[i].depth_mm);
        lines.emplace_back(line);
    }
    dots_said_ = dots.size();

    const Point target = session.target_mm();
    if (!have_target_ || target.x != target_mm_.x || target.y != target_mm_.y) {
        have_target_ = true;
        target_mm_ = target;
        rest_said_ = false;
    }
    const Point tip = session.tip_mm();
    if (!rest_said_ && !session.button_down() &&
        std::hypot(tip.x - target.x, tip.y - target.y) <= kAtRestMm + lesson.hand.tremor_mm) {
        std::snprintf(line, sizeof line, "needle at rest on (%.2f, %.2f) mm", target.x, target.y);
        lines.emplace_back(line);
        rest_said_ = true;
    }

    if (!session.button_down()) {
        depth_said_ = false;
    } else if (!depth_said_ && session.current_depth_mm() >= lesson.targets.depth_min_mm) {
        std::snprintf(line, sizeof line, "depth %.3f mm: reached the window", session.current_depth_mm());
        lines.emplace_back(line);
        depth_said_ = true;
    }
    return lines;
}

}  // namespace stipple
