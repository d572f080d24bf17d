// The searchable columns the gradebook keeps beside each stored attempt and score report text.
#pragma once

#include <optional>
#include <string>

#include "scoring/attempt.hpp"
#include "scoring/score_report.hpp"

namespace stipple {

struct AttemptColumns {
    Attempt attempt;       // parsed and validated attempt
    ScoreReport report;    // parsed and validated score report
    int dot_count = 0;
    std::optional<double> last_dot_t;  // seconds, when the dots carry times
};

// How long the attempt took, as its replay shows it: the attempt's own clock at its last dot when the dots
// carry times (the replay plays them on that clock, which does not count the brief nor the time the lesson was
// closed between autosave and resume), else finished - started (wall time) when both are known (seconds since
// the epoch), else nullopt.
std::optional<double> attempt_duration_s(const AttemptColumns& columns, std::optional<double> started_s,
                                         std::optional<double> finished_s);

// Parses both documents strictly; InputError names `label` and the JSON pointer of a fault.
AttemptColumns derive_attempt_columns(const std::string& attempt_json, const std::string& score_json,
                                      const std::string& label);

}  // namespace stipple
