// The numbing clock on a case session's work screen: the cream's real wait (minutes, said in words) runs on a
// compressed clock (Lesson::numbing_wait_s seconds of session time) before the first dot; case_score judges the
// first dot's time against it. Pure: the line the work panel shows, from the session's clock and first dot.
#pragma once

#include <optional>
#include <string>

namespace stipple {

// Whole real minutes still to wait at session time `session_s` (rounded up: 0.1 min left is 1 min), 0 once over.
long long numbing_minutes_left(double wait_s, double real_wait_min, double session_s);

// "numbing: 12 min left" before the first dot while the wait runs; "numbing: done, you may start" once it is
// over; after the first dot "numbing: first dot 12 min early" when it came too soon, else "numbing: waited".
// Empty when the lesson has no numbing wait.
std::string numbing_clock_line(const std::optional<double>& wait_s, double real_wait_min, double session_s,
                               const std::optional<double>& first_dot_s);

}  // namespace stipple
