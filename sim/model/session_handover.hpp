// From one step of a case to the next: the next session's lesson starts on the trainee's own previous work,
// healed by the pigment model for the weeks between (pigment_retention: shallow dots are gone, blow-outs stay),
// as explicit existing marks; a designed hairline becomes the session's target; a numbing step before it sets
// the session's numbing clock. `stipple case next` and the app's case flow both use it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/case.hpp"

namespace stipple {

struct NextSession {
    std::size_t step_index = 0;   // the case step the lesson belongs to
    Lesson lesson;                // ready to practise: existing.marks, hairline, numbing_wait_s filled in
};

// The previous lesson's earlier marks and the previous attempt's dots, healed `days` more (with sun exposure when
// `sun`), as explicit marks: those still visible (pigment_retention of at least a tenth), coordinates rounded to
// 0.001 mm. Deterministic.
std::vector<ExistingMark> healed_marks(const Lesson& previous_lesson, const Attempt& previous_attempt, double days, bool sun);

// The first lesson step's lesson as the trainee meets it (the numbing wait applied; nothing healed yet).
NextSession first_session(const Case& c);

// The lesson step after the one `previous_attempt` was made for (found by its lesson id). `previous_lesson` is
// the lesson that attempt was made on (its own existing marks heal on too). Throws InputError naming
// `attempt_file` when the attempt belongs to no lesson step of the case, or to its last one.
NextSession next_session(const Case& c, const Lesson& previous_lesson, const Attempt& previous_attempt,
                         const std::string& attempt_file);

}  // namespace stipple
