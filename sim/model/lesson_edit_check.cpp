// Live validation of the lesson being edited (see lesson_edit_check.hpp).
#include "sim/model/lesson_edit_check.hpp"

#include <nlohmann/json.hpp>

#include "scoring/demo_attempt.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_hints.hpp"
#include "scoring/lesson_warnings.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"

namespace stipple {

LessonCheck check_lesson_draft(const Lesson& draft) {
    LessonCheck check;
    const nlohmann::json doc = nlohmann::json::parse(lesson_to_json(draft).dump());
    try {
        const Lesson parsed = lesson_from_json(doc, "lesson");
        for (const LessonWarning& w : lesson_warnings(parsed, doc)) check.warnings.push_back(LessonFault{w.pointer, w.message});
    } catch (const InputError& e) {
        check.fault = LessonFault{e.pointer(), e.message()};
        check.hint = hint_for_error(e);
    }
    return check;
}

DemoPreview preview_demo(const Lesson& draft) {
    DemoPreview preview;
    preview.attempt = demo_attempt(draft);
    preview.report = score_attempt(draft, preview.attempt);
    return preview;
}

}  // namespace stipple
