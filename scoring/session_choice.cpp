// The effective needle and shade of an attempt and the judgement of the choice (see session_choice.hpp).
#include "session_choice.hpp"

#include <cstdio>

namespace stipple {

namespace {

std::string mm(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::string needle_name(const Needle& n) { return n.config + " (" + mm(n.diameter_mm) + " mm)"; }

std::string shade_name(const ShadeOption& s) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f", s.dilution * 100.0);
    return "\"" + s.name + "\" (" + buf + " % strength)";
}

// One verdict for one offered list; `found` is the option chosen (nullptr when none or unknown).
template <class Option>
ChoiceVerdict verdict(const char* what, const std::string& chosen, const Option* found, const std::string& shown) {
    ChoiceVerdict v;
    v.what = what;
    v.chosen = chosen;
    const std::string What = std::string(1, static_cast<char>(what[0] - 'a' + 'A')) + (what + 1);
    if (chosen.empty()) {
        v.message = "No " + std::string(what) + " chosen: this session asks you to choose the " + what +
                    " before the first dot";
    } else if (!found) {
        v.message = What + " \"" + chosen + "\" is not one this lesson offers";
    } else {
        v.acceptable = found->acceptable;
        v.reason = found->reason;
        v.message = What + " " + shown + (found->acceptable ? ": a right choice: " : ": the wrong choice here: ") + found->reason;
    }
    return v;
}

}  // namespace

const NeedleOption* chosen_needle(const Lesson& lesson, const std::optional<SessionChoice>& choice) {
    if (!lesson.choices || !choice || choice->needle.empty()) return nullptr;
    for (const NeedleOption& o : lesson.choices->needles)
        if (o.needle.config == choice->needle) return &o;
    return nullptr;
}

const ShadeOption* chosen_shade(const Lesson& lesson, const std::optional<SessionChoice>& choice) {
    if (!lesson.choices || !choice || choice->shade.empty()) return nullptr;
    for (const ShadeOption& o : lesson.choices->shades)
        if (o.name == choice->shade) return &o;
    return nullptr;
}

Needle effective_needle(const Lesson& lesson, const std::optional<SessionChoice>& choice) {
    const NeedleOption* o = chosen_needle(lesson, choice);
    return o ? o->needle : lesson.needle;
}

double effective_dilution(const Lesson& lesson, const std::optional<SessionChoice>& choice) {
    const ShadeOption* o = chosen_shade(lesson, choice);
    return o ? o->dilution : lesson.shade_dilution;
}

Lesson lesson_as_chosen(const Lesson& lesson, const std::optional<SessionChoice>& choice) {
    Lesson out = lesson;
    out.needle = effective_needle(lesson, choice);
    out.shade_dilution = effective_dilution(lesson, choice);
    return out;
}

std::vector<ChoiceVerdict> choice_verdicts(const Lesson& lesson, const std::optional<SessionChoice>& choice) {
    std::vector<ChoiceVerdict> out;
    if (!lesson.choices) return out;
    if (!lesson.choices->needles.empty()) {
        const NeedleOption* n = chosen_needle(lesson, choice);
        out.push_back(verdict("needle", choice ? choice->needle : "", n, n ? needle_name(n->needle) : ""));
    }
    if (!lesson.choices->shades.empty()) {
        const ShadeOption* s = chosen_shade(lesson, choice);
        out.push_back(verdict("shade", choice ? choice->shade : "", s, s ? shade_name(*s) : ""));
    }
    return out;
}

std::vector<CriticalError> choice_errors(const Lesson& lesson, const std::optional<SessionChoice>& choice) {
    std::vector<CriticalError> out;
    for (const ChoiceVerdict& v : choice_verdicts(lesson, choice)) {
        if (v.acceptable) continue;
        const std::string code = v.chosen.empty() ? "no_choice" : v.what + "_choice";
        out.push_back({code, v.message, std::nullopt});
    }
    return out;
}

void judge_session_choice(const Lesson& lesson, const Attempt& attempt, ScoreReport& report) {
    for (CriticalError& e : choice_errors(lesson, attempt.choice)) {
        report.feedback.insert(report.feedback.begin(), Feedback{"choice", e.message, std::nullopt});
        report.critical_errors.push_back(std::move(e));
        report.passed = false;
    }
}

}  // namespace stipple
