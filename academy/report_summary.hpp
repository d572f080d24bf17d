// The summary an owner reads first: who and when the report covers, pass rates per lesson and the most
// common faults. Pure: computed from attempts already loaded (and filtered) by the caller.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"
#include "scoring/curriculum.hpp"

namespace stipple {

struct LessonSummary {
    std::string lesson_id;
    std::string title;
    bool in_curriculum = true;
    int attempts = 0;                       // counted attempts at this lesson
    int passes = 0;
    int trainees = 0;                       // trainees with at least one counted attempt here
    int first_attempt_passes = 0;           // trainees whose first counted attempt here passed
    std::optional<double> pass_rate;        // passes / attempts (0..1); none without attempts
    std::optional<double> first_attempt_pass_rate;  // first_attempt_passes / trainees
    std::optional<double> median_best;      // median over trainees of each one's best total
    std::string weakest_component;          // lowest mean score: spacing | depth | hairline; "" without attempts
    std::optional<double> weakest_mean;     // that component's mean score
};

// A fault: a critical error code ("blowout", "unfinished", ...) or "low <component>" for the lowest
// component of a failed attempt. Counted once per failed attempt it appears in.
struct FaultCount {
    std::string fault;
    int count = 0;
    double share = 0.0;  // count / failed attempts (0..1)
};

struct ReportSummary {
    std::string cohort;          // "" = every cohort
    std::string range;           // as the filter says it, e.g. "2026-03-01 to 2026-03-31", "all dates"
    int active_trainees = 0;     // trainees with at least one counted attempt
    int counted_attempts = 0;
    int unverified_attempts = 0; // recorded, shown greyed, never counted
    int failed_attempts = 0;     // counted attempts that did not pass
    std::vector<LessonSummary> lessons;  // curriculum order, then lessons it does not name (first seen)
    std::vector<FaultCount> faults;      // most common first (ties: by name), at most `max_faults`
};

// `counted`: the attempts that count (verified or recorded before verification), in time order, with
// score_json loaded for the critical errors (attempts without it contribute only their lowest component).
// Lessons of the curriculum without attempts still get a row (zero attempts).
ReportSummary summarize_attempts(const std::vector<AttemptRecord>& counted, int unverified_attempts,
                                 const Curriculum& curriculum, const std::string& cohort, const std::string& range,
                                 size_t max_faults = 8);

// A fault in an owner's words: "blowout" -> "blow-out (dots too deep)", "low depth" -> "depth the weakest
// component", an unknown code -> itself.
std::string fault_words(const std::string& fault);

// The lowest of the attempt's components (hairline only when scored): "spacing" | "depth" | "hairline".
std::string lowest_component(const AttemptRecord& attempt);
// The critical error codes in a stored stipple-score/1 text; none when it is empty or unreadable.
std::vector<std::string> critical_codes(const std::string& score_json);

}  // namespace stipple
