// Plain-text tables of progress for the terminal (`stipple academy progress`).
#pragma once

#include <string>
#include <vector>

#include "academy/gradebook.hpp"
#include "academy/progress.hpp"

namespace stipple {

struct TraineeProgress {
    Trainee trainee;
    std::vector<LessonProgress> lessons;
};

// One trainee, one row per lesson: state, best, last, attempts, passes, missing prerequisites; then one
// line per locked lesson saying why in words (lock_reason).
std::string trainee_progress_table(const TraineeProgress& progress);
// Everyone at once: one row per trainee, one numbered column per curriculum lesson (its state as
// * P o .), then "n/m" proficient, then the legend of states and lesson numbers.
std::string cohort_progress_table(const std::vector<TraineeProgress>& all, const Curriculum& curriculum);

size_t display_width(const std::string& utf8);  // code points, a fair terminal width for names

}  // namespace stipple
