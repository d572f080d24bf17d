// A trainee's standing in the curriculum, lesson by lesson: locked, open, passed or proficient.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"
#include "scoring/curriculum.hpp"

namespace stipple {

enum class LessonState { Locked, Open, Passed, Proficient };
const char* to_string(LessonState state);  // "locked" | "open" | "passed" | "proficient"

struct LessonProgress {
    std::string lesson_id;
    std::string title;                      // from the curriculum, else as last recorded
    LessonState state = LessonState::Locked;
    std::optional<double> best_total;       // none before the first attempt
    std::optional<double> last_total;
    int attempt_count = 0;
    int pass_count = 0;
    std::optional<double> pass_score;       // the lesson's pass mark (curriculum, else as last recorded)
    std::vector<std::string> missing_prerequisites;  // prerequisite ids not yet proficient
    int passes_in_a_row = 0;                // the passes since the last fail (the run toward proficiency)
    int passes_needed = 0;                  // the curriculum's consecutive passes for proficiency
    bool in_curriculum = true;  // false: recorded attempts at a lesson the curriculum no longer names
};

// Whether an attempt counts toward progress and certificates (attempt_integrity's verification rule:
// made by the app, sealed, or recorded before verification), and if not, why in words ("made by stipple demo").
bool attempt_counts(const AttemptRecord& attempt);
std::string not_counted_reason(const AttemptRecord& attempt);

// One entry per curriculum lesson in teaching order, then (in_curriculum = false, never Locked) each
// lesson the trainee has attempts at that the curriculum does not name. Attempts in both modes count, at
// every recorded version of a lesson id; attempts that do not count (attempt_counts) are skipped. Locked: a prerequisite is not proficient (even with attempts).
std::vector<LessonProgress> progress_for(const Gradebook& gradebook, const Curriculum& curriculum,
                                         const std::string& trainee);

// progress_for over attempts the caller already holds (time order, one trainee; e.g. filtered by dates).
std::vector<LessonProgress> progress_from_gradebook_attempts(const Gradebook& gradebook, const Curriculum& curriculum,
                                                             const std::vector<AttemptRecord>& attempts);

// Pure core of progress_for, for callers that already hold the attempts (time order, one trainee);
// pass_score of a lesson outside the curriculum stays empty here (progress_for fills it).
std::vector<LessonProgress> progress_from_attempts(const std::vector<AttemptRecord>& attempts,
                                                   const Curriculum& curriculum);

// Why a lesson is locked, in words, naming each missing prerequisite by its title in `all` and how far the
// trainee is toward it, then what is waiting here: "needs 'Hairline basics' proficient (2 of 3 passes in a
// row so far); your 4 passes here count once it is". Empty unless `lesson` is Locked.
std::string lock_reason(const LessonProgress& lesson, const std::vector<LessonProgress>& all);

// True when every curriculum lesson is Proficient (the certificate condition).
bool curriculum_complete(const std::vector<LessonProgress>& progress);

}  // namespace stipple
