// Live validation of the lesson being edited (see lesson_edit_check.hpp).
#include "sim/model/lesson_edit_check.hpp"

#include <nlohmann/json.hpp>

#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"

namespace stipple {

LessonCheck check_lesson_draft(const Lesson& draft) {
    LessonCheck check;
    try {
        const Lesson parsed = lesson_from_json(nlohmann::json::parse(lesson_to_json(draft).dump()), "lesson");
        (void)parsed;
    } catch (const InputError& e) {
        check.fault = LessonFault{e.pointer(), e.message()};
    }
    return check;
}

}  // namespace stipple
