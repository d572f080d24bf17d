// Live validation of the lesson being edited: exactly what `lesson check` and save would say (the first
// fault, by JSON pointer), plus the curriculum's advice warnings for a lesson that is valid but unwise.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"

namespace stipple {

struct LessonFault {
    std::string pointer;  // JSON pointer of the field at fault, e.g. "/zone" or "/targets/depth_mm"
    std::string message;  // what was expected
};

struct LessonCheck {
    std::optional<LessonFault> fault;   // the lesson cannot be saved while there is one
    std::string hint;                   // how to fix the fault, in one sentence (empty when valid)
    std::vector<LessonFault> warnings;  // advice (scoring/lesson_warnings.hpp); saving is still allowed
    bool valid() const { return !fault.has_value(); }
};

// Round-trips the draft through lesson_to_json and lesson_from_json (the same rules save_lesson applies).
LessonCheck check_lesson_draft(const Lesson& draft);

// The expert demo attempt for the draft and its score, so the instructor sees the lesson is passable.
struct DemoPreview {
    Attempt attempt;
    ScoreReport report;
};
// Only for a valid draft (check_lesson_draft(draft).valid()).
DemoPreview preview_demo(const Lesson& draft);

}  // namespace stipple
