// The curriculum (format stipple-curriculum/1, lessons/curriculum.json): lesson order, prerequisites and
// the proficiency rule an academy certifies against.
#pragma once

#include <string>
#include <vector>

#include "case.hpp"
#include "lesson.hpp"

namespace stipple {

inline constexpr const char* kCurriculumFormat = "stipple-curriculum/1";
// The curriculum's file name in a lessons folder (the built-in one, an academy's own).
inline constexpr const char* kCurriculumFileName = "curriculum.json";

struct CurriculumEntry {
    std::string file;                   // lesson file, relative to the curriculum file's folder
    std::vector<std::string> requires_ids;  // lesson ids that must be proficient before this one opens
    Lesson lesson;                      // loaded and validated
};

// Proficiency: passed on `consecutive_passes` consecutive attempts (proficiency-based progression).
struct ProficiencyRule {
    int consecutive_passes = 2;
};

// A case in the curriculum ("cases": [{"file": ..., "requires": [...]}], issue 14 part E).
struct CurriculumCase {
    std::string file;                   // case file, relative to the curriculum file's folder
    std::vector<std::string> requires_ids;  // lesson ids that must be proficient before this case opens
    Case the_case;                      // loaded and validated, with its lessons
};

struct Curriculum {
    std::string title;
    ProficiencyRule proficiency;
    std::vector<CurriculumEntry> lessons;  // in teaching order
    std::vector<CurriculumCase> cases;     // in teaching order
};

// Loads and validates the curriculum and every lesson it names (InputError naming file and pointer).
// Refuses unknown prerequisite ids, prerequisites that come later in the order, and duplicate ids.
Curriculum load_curriculum(const std::string& path);

// True when `scores_in_order` (pass flags of one trainee's attempts at one lesson, oldest first)
// satisfies the rule.
bool is_proficient(const ProficiencyRule& rule, const std::vector<bool>& passes_in_order);

}  // namespace stipple
