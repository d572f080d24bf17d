// Loading an attempt from the gradebook for replay: the lesson exactly as recorded, the attempt, its
// stored score, and the dots re-run from its event log (replay_dots), checked against the recorded dots.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "academy/gradebook.hpp"
#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"

namespace stipple {

struct ReplayPlan {
    AttemptRecord record;                // with its documents
    Lesson lesson;                       // as recorded (later edits of the lesson do not matter)
    Attempt attempt;                     // as recorded
    std::optional<ScoreReport> report;   // as recorded
    std::vector<Dot> dots;               // what the replay draws, in placing order
    bool from_event_log = false;         // false: the attempt has no event log; its recorded dots are shown
    bool matches_recorded = true;        // the event log reproduced the recorded dots exactly
};

// Throws InputError ("GRADEBOOK: attempt N: ...") for an unknown attempt or broken stored documents.
ReplayPlan load_replay(const Gradebook& gradebook, int64_t attempt_id);

// Bit-for-bit equality of two dot lists (positions, depths and times, in order).
bool same_dots(const std::vector<Dot>& a, const std::vector<Dot>& b);

}  // namespace stipple
