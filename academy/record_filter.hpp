// Which records a report, an export or a progress table covers: a cohort and a range of the academy's calendar
// days (`--cohort NAME --from DATE --to DATE`, --to inclusive). Days are local to the academy's time zone
// (empty: the TZ environment), turned into half-open UTC bounds that compare as text with stored times.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"

namespace stipple {

struct RecordFilterOptions {
    std::string cohort;  // "" = every cohort
    std::string from;    // "YYYY-MM-DD" or ""
    std::string to;      // "YYYY-MM-DD" (inclusive) or ""
};

// [from_utc, to_utc): "YYYY-MM-DDTHH:MM:SS.000Z"; an absent side is open.
struct UtcRange {
    std::optional<std::string> from_utc;
    std::optional<std::string> to_utc;
};

// Local midnight starting `from` and local midnight after `to`, in `time_zone` (an IANA name such as
// "Europe/Paris"; "" = TZ). InputError naming the option for anything but a real YYYY-MM-DD date, an unknown
// zone, or --from after --to.
UtcRange local_day_range(const std::string& from, const std::string& to, const std::string& time_zone);

// The range in words for the report: "2026-03-01 to 2026-03-31", "from 2026-03-01", "until 2026-03-31",
// "all dates".
std::string range_label(const RecordFilterOptions& options);

// True when `utc` (a stored "YYYY-MM-DDTHH:MM:SS.mmmZ" time) is in the range.
bool in_range(const UtcRange& range, const std::string& utc);

// The filter ready to apply: the cohort, the UTC bounds and the words for the report.
struct RecordScope {
    std::string cohort;  // "" = every cohort
    UtcRange range;
    std::string label;   // range_label()
};
RecordScope record_scope(const RecordFilterOptions& options, const std::string& time_zone);

// A trainee is in scope when in the cohort (their cohort today; "" matches everyone).
bool trainee_in_scope(const RecordScope& scope, const Trainee& trainee);
// An attempt is in scope when its time (started, else recorded) is in the range.
bool attempt_in_scope(const RecordScope& scope, const AttemptRecord& attempt);

// The attempts `base` selects, of trainees in scope, in the range (time order).
std::vector<AttemptRecord> attempts_in_scope(const Gradebook& gradebook, const RecordScope& scope,
                                             const AttemptFilter& base);

}  // namespace stipple
