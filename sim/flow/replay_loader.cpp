// Loading a recorded attempt for replay (see replay_loader.hpp).
#include "sim/flow/replay_loader.hpp"

#include <string>

#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/report_io.hpp"
#include "sim/model/practice_session.hpp"

namespace stipple {

bool same_dots(const std::vector<Dot>& a, const std::vector<Dot>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].x != b[i].x || a[i].y != b[i].y || a[i].depth_mm != b[i].depth_mm || a[i].t != b[i].t) return false;
    }
    return true;
}

ReplayPlan load_replay(const Gradebook& gradebook, int64_t attempt_id) {
    const std::string label = gradebook.path() + ": attempt " + std::to_string(attempt_id);
    std::optional<AttemptRecord> record = gradebook.attempt(attempt_id);
    if (!record) throw InputError(ErrorCode::unknown_record, gradebook.path(), "", "no attempt " + std::to_string(attempt_id) + " in this gradebook");
    ReplayPlan plan;
    plan.lesson = gradebook.lesson_as_recorded(record->lesson_hash);
    plan.attempt = attempt_from_json(parse_json_text(record->attempt_json, label), label);
    if (!record->score_json.empty())
        plan.report = report_from_json(parse_json_text(record->score_json, label + " score"), label + " score");
    if (plan.attempt.events.is_array() && !plan.attempt.events.empty()) {
        plan.dots = replay_dots(plan.lesson, plan.attempt.events, label);
        plan.from_event_log = true;
        plan.matches_recorded = same_dots(plan.dots, plan.attempt.dots);
    } else {
        plan.dots = plan.attempt.dots;
    }
    plan.record = std::move(*record);
    return plan;
}

}  // namespace stipple
