// The needle and shade of an attempt (issue 14, part D), pure: which needle and pigment dilution its dots were
// made with, and the judgement of the choice against the lesson's acceptable set.
//
// Effective needle: the lesson's needle option the attempt chose (Attempt::choice.needle names its config),
// else the lesson's own needle. Effective dilution: the chosen shade option's dilution, else the lesson's
// shade_dilution. A name the lesson does not offer changes nothing (it is judged below).
//
// The judgement, for each list the lesson offers (choices.needles, choices.shades):
//   - nothing chosen: the critical error "no_choice" (the trainee must choose before working);
//   - a name the lesson does not offer: "needle_choice" / "shade_choice" (an edited file is not a choice);
//   - an option marked not acceptable: "needle_choice" / "shade_choice", the message carrying the lesson's
//     reason in words;
//   - an acceptable option: no error; its reason is shown beside the verdict on the score screen.
// Lists the lesson does not offer are not judged, whatever the attempt says.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "attempt.hpp"
#include "lesson.hpp"
#include "score_report.hpp"

namespace stipple {

// The option the choice names, or nullptr (no choice, no such option, or the lesson offers none).
const NeedleOption* chosen_needle(const Lesson& lesson, const std::optional<SessionChoice>& choice);
const ShadeOption* chosen_shade(const Lesson& lesson, const std::optional<SessionChoice>& choice);

Needle effective_needle(const Lesson& lesson, const std::optional<SessionChoice>& choice);
double effective_dilution(const Lesson& lesson, const std::optional<SessionChoice>& choice);

// The lesson as the attempt's dots were made: its needle and shade_dilution set to the effective ones (every
// other field as it is). For drawing; score and record against the lesson itself.
Lesson lesson_as_chosen(const Lesson& lesson, const std::optional<SessionChoice>& choice);

// One line of the verdict per list the lesson offers.
struct ChoiceVerdict {
    std::string what;       // "needle" | "shade"
    std::string chosen;     // the option's name as chosen ("" = none)
    bool acceptable = false;
    std::string reason;     // the lesson's reason for the chosen option ("" when none or unknown)
    std::string message;    // the verdict in words, e.g. "Needle 3RL (0.35 mm): not right here: <reason>"
};
std::vector<ChoiceVerdict> choice_verdicts(const Lesson& lesson, const std::optional<SessionChoice>& choice);

// The critical errors of the verdicts: "no_choice", "needle_choice", "shade_choice" (empty when all is well).
std::vector<CriticalError> choice_errors(const Lesson& lesson, const std::optional<SessionChoice>& choice);

// Adds choice_errors to the report, with a "choice" feedback item for each, and fails it when there are any.
void judge_session_choice(const Lesson& lesson, const Attempt& attempt, ScoreReport& report);

}  // namespace stipple
