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

// Parses both documents strictly; InputError names `label` and the JSON pointer of a fault.
AttemptColumns derive_attempt_columns(const std::string& attempt_json, const std::string& score_json,
                                      const std::string& label);

}  // namespace stipple
