// What kind of step a case step is (see case.hpp).
#include "case.hpp"

namespace stipple {

bool is_question_step(const CaseStep& step) {
    return step.kind == "consultation" || step.kind == "precare" || step.kind == "setup" || step.kind == "aftercare";
}

bool is_lesson_step(const CaseStep& step) {
    return step.kind == "design" || step.kind == "session" || step.kind == "touchup";
}

const CaseStep* find_lesson_step(const Case& c, const std::string& lesson_id) {
    for (const CaseStep& step : c.steps)
        if (is_lesson_step(step) && step.lesson.id == lesson_id) return &step;
    return nullptr;
}

}  // namespace stipple
