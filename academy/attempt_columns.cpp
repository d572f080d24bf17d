// Deriving the gradebook's per-attempt columns from the stored documents.
#include "academy/attempt_columns.hpp"

#include <algorithm>

#include "scoring/attempt_io.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/report_io.hpp"

namespace stipple {

AttemptColumns derive_attempt_columns(const std::string& attempt_json, const std::string& score_json,
                                      const std::string& label) {
    AttemptColumns c;
    c.attempt = attempt_from_json(parse_json_text(attempt_json, label + " (attempt)"), label + " (attempt)");
    c.report = report_from_json(parse_json_text(score_json, label + " (score)"), label + " (score)");
    c.dot_count = static_cast<int>(c.attempt.dots.size());
    for (const Dot& d : c.attempt.dots)
        if (d.t) c.last_dot_t = std::max(c.last_dot_t.value_or(0.0), *d.t);
    return c;
}

std::optional<double> attempt_duration_s(const AttemptColumns& columns, std::optional<double> started_s,
                                         std::optional<double> finished_s) {
    if (columns.last_dot_t) return columns.last_dot_t;
    if (started_s && finished_s && *finished_s >= *started_s) return *finished_s - *started_s;
    return std::nullopt;
}

}  // namespace stipple
