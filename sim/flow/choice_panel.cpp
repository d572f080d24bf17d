// The brief's needle and shade panel as data (see choice_panel.hpp).
#include "sim/flow/choice_panel.hpp"

#include <cstdio>

namespace stipple {

ChoicePanel choice_panel(const Lesson& lesson) {
    ChoicePanel panel;
    if (!lesson.choices) return panel;
    char buf[64];
    for (const NeedleOption& o : lesson.choices->needles) {
        std::snprintf(buf, sizeof buf, ", %.2f mm dot", o.needle.diameter_mm);
        panel.needle_labels.push_back(o.needle.config + buf);
    }
    for (const ShadeOption& o : lesson.choices->shades) {
        std::snprintf(buf, sizeof buf, " (%.0f %% strength)", o.dilution * 100.0);
        panel.shade_labels.push_back(o.name + buf);
    }
    return panel;
}

ChoicePanel choice_panel(const Lesson& lesson, const std::optional<SessionChoice>& earlier) {
    ChoicePanel panel = choice_panel(lesson);
    if (!lesson.choices || !earlier) return panel;
    for (size_t i = 0; i < lesson.choices->needles.size(); ++i)
        if (lesson.choices->needles[i].needle.config == earlier->needle) panel.needle = static_cast<int>(i);
    for (size_t i = 0; i < lesson.choices->shades.size(); ++i)
        if (lesson.choices->shades[i].name == earlier->shade) panel.shade = static_cast<int>(i);
    return panel;
}

bool offers_choice(const ChoicePanel& panel) { return !panel.needle_labels.empty() || !panel.shade_labels.empty(); }

bool choice_complete(const ChoicePanel& panel) {
    return (panel.needle_labels.empty() || panel.needle >= 0) && (panel.shade_labels.empty() || panel.shade >= 0);
}

std::string choice_missing_text(const ChoicePanel& panel) {
    const bool needle = !panel.needle_labels.empty() && panel.needle < 0;
    const bool shade = !panel.shade_labels.empty() && panel.shade < 0;
    if (needle && shade) return "Choose a needle and a shade to start";
    if (needle) return "Choose a needle to start";
    if (shade) return "Choose a shade to start";
    return "";
}

std::optional<SessionChoice> panel_choice(const Lesson& lesson, const ChoicePanel& panel) {
    if (!lesson.choices) return std::nullopt;
    SessionChoice choice;
    const auto& needles = lesson.choices->needles;
    const auto& shades = lesson.choices->shades;
    if (panel.needle >= 0 && static_cast<size_t>(panel.needle) < needles.size()) choice.needle = needles[panel.needle].needle.config;
    if (panel.shade >= 0 && static_cast<size_t>(panel.shade) < shades.size()) choice.shade = shades[panel.shade].name;
    return choice;
}

}  // namespace stipple
