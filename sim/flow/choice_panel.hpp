// The needle and shade panel of the brief (issue 14, part D), as pure data: the options a lesson offers, in
// words the trainee reads (never the lesson's reasons: choosing is the exercise), which are picked, whether
// the work may start, and the SessionChoice the attempt records. sim/ui/practice_panels draws it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"

namespace stipple {

struct ChoicePanel {
    std::vector<std::string> needle_labels;  // "1RL, 0.25 mm dot" (empty: the lesson offers no needle choice)
    std::vector<std::string> shade_labels;   // "diluted 1:1 (50 % strength)"
    int needle = -1;                         // the picked option, -1 = none yet
    int shade = -1;
};

// Nothing picked; empty lists when the lesson offers no choice.
ChoicePanel choice_panel(const Lesson& lesson);
bool offers_choice(const ChoicePanel& panel);
// Every offered list has a pick (true when nothing is offered).
bool choice_complete(const ChoicePanel& panel);
// What is still to pick, in words ("Choose a needle and a shade to start"); "" when complete.
std::string choice_missing_text(const ChoicePanel& panel);
// The attempt's choice: nullopt when the lesson offers none, else the picked options' names ("" = not picked).
std::optional<SessionChoice> panel_choice(const Lesson& lesson, const ChoicePanel& panel);
// The panel as an earlier choice left it (a resumed autosave): names the lesson does not offer stay unpicked.
ChoicePanel choice_panel(const Lesson& lesson, const std::optional<SessionChoice>& earlier);

}  // namespace stipple
