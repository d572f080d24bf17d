// The caps on what the readers accept (lessons, attempts, curricula): far above anything real, low enough
// that no file can make Stipple crash, hang or print nonsense. One place for every limit; lessons/README.md
// ("Limits") and the JSON Schema (maxLength / maxItems) state the same numbers.
#pragma once

#include <cstddef>

namespace stipple {

// Whole documents.
inline constexpr std::size_t kMaxJsonFileBytes = 256u * 1024u * 1024u;  // 256 MiB
inline constexpr std::size_t kMaxJsonDepth = 64;          // arrays/objects inside each other (a lesson uses 5)

// Strings (characters counted as UTF-8 bytes).
inline constexpr std::size_t kMaxIdChars = 64;            // lesson id, an attempt's lesson id
inline constexpr std::size_t kMaxNameChars = 200;         // titles, trainee names, needle config, ...
inline constexpr std::size_t kMaxTextChars = 20000;       // a lesson's brief
inline constexpr std::size_t kMaxPathChars = 4096;        // file names in a curriculum, "$schema"

// Attempts.
inline constexpr std::size_t kMaxDotsPerAttempt = 500000;
inline constexpr std::size_t kMaxEventsPerAttempt = 2000000;
inline constexpr double kMaxAttemptSeconds = 1e6;         // a dot's t (11.6 days; a real attempt is minutes)

// Lessons: shapes and what they ask for.
// Real shapes have a few dozen points; the work per dot and per map sample grows with the points (a zone of
// 10 000 points made `lesson check` take 10 s), so 1000 per shape and 4000 in all.
inline constexpr std::size_t kMaxPointsPerShape = 1000;  // zone, hairline curve, one scar's path or area
inline constexpr std::size_t kMaxScarsPerLesson = 100;
inline constexpr std::size_t kMaxShapePointsPerLesson = 4000;  // zone + curve + every scar together
inline constexpr double kMaxCoordinateMm = 2000.0;        // |x|, |y| of every lesson point (the scalp map)
inline constexpr double kMaxExpectedDots = 100000.0;      // expected_dot_count of a lesson
inline constexpr double kMaxWeight = 1000.0;              // each of /weights
inline constexpr double kMaxSpacingMm = 100.0;            // targets.spacing_mm (natural: 1.0-1.3)
inline constexpr double kMaxTransitionMm = 100.0;         // hairline.transition_mm (natural: 5-10)
inline constexpr std::size_t kMaxChoiceOptions = 12;      // each of choices.needles, choices.shades (a kit has 3-5)
inline constexpr double kMinShadeDilution = 0.1;          // shade dilution: share of full-strength pigment, 0.1..1

// Curricula.
inline constexpr std::size_t kMaxCurriculumLessons = 500;

// Cases (stipple-case/1) and the explicit existing marks a case's next session carries (issue 14, part E).
inline constexpr std::size_t kMaxCaseSteps = 50;
inline constexpr std::size_t kMaxQuestionsPerStep = 50;
inline constexpr std::size_t kMaxOptionsPerQuestion = 20;
inline constexpr std::size_t kMaxCurriculumCases = 100;
inline constexpr double kMaxHealedDays = 7300.0;           // 20 years: a touch-up comes after 3-5
inline constexpr std::size_t kMaxExistingMarks = 200000;   // a lesson's existing.marks (a whole head is ~60 000)

}  // namespace stipple
