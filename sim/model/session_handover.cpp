// From one step of a case to the next (see session_handover.hpp). Every dot of the previous attempt, and every
// earlier mark of the previous lesson, heals on by the next step's healed_days (with its sun) through
// pigment_retention; a dot that keeps less than kVisibleRetention of its pigment is gone (shallow work after
// 30-45 days), the rest become explicit existing marks with their depth (blow-outs stay, deep and blurred),
// needle diameter, dilution and age. The trainee's dots keep the attempt's effective needle and shade
// (scoring/session_choice: lesson_as_chosen). The next lesson's own `existing` section stood for "an earlier
// session": the trainee's own healed work replaces it. Generated earlier marks of the previous lesson are taken
// as mid-window dots healed about a month, as scalp_render draws them.
#include "session_handover.hpp"

#include <cmath>
#include <optional>

#include "pigment_model.hpp"
#include "scoring/existing_marks.hpp"
#include "scoring/input_error.hpp"
#include "scoring/input_limits.hpp"
#include "scoring/session_choice.hpp"
#include "virtual_scalp.hpp"

namespace stipple {

namespace {

// Below a tenth of its pigment a healed dot no longer reads as a follicle: it is gone (shallow, epidermal dots
// keep none after 30-45 days; good dots keep about 3/4 after six weeks, a fifth after four sunny years).
constexpr double kVisibleRetention = 0.1;
// The age scalp_render gives a lesson's generated earlier-session marks.
constexpr double kGeneratedMarkAgeDays = 30.0;

double round_mm(double v) { return std::round(v * 1000.0) / 1000.0; }

// The numbing wait of a numbing step between steps `from` (exclusive) and `to` (exclusive), if any.
std::optional<double> numbing_between(const Case& c, size_t from, size_t to) {
    std::optional<double> wait;
    for (size_t i = from; i < to; ++i)
        if (c.steps[i].kind == "numbing") wait = c.steps[i].numbing_wait_s;
    return wait;
}

// The designed line as the session's target hairline; refused (naming the attempt file) when it is no line.
Hairline designed_hairline(const Attempt& attempt, const Lesson& next, const std::string& attempt_file) {
    if (!attempt.design_line || attempt.design_line->size() < 2)
        throw InputError(ErrorCode::missing_field, attempt_file, "/design_line",
                         "expected the designed hairline (at least 2 points) for a session that works to the trainee's own design");
    const Polyline& line = *attempt.design_line;
    for (size_t i = 0; i < line.size(); ++i) {
        const std::string ptr = "/design_line/" + std::to_string(i);
        if (!(std::abs(line[i].x) <= kMaxCoordinateMm && std::abs(line[i].y) <= kMaxCoordinateMm))
            throw InputError(ErrorCode::off_map, attempt_file, ptr, "expected a point on the scalp map");
        if (i > 0 && !(line[i].x > line[i - 1].x))
            throw InputError(ErrorCode::not_left_to_right, attempt_file, ptr, "expected the designed line to run left to right (x increasing)");
    }
    Hairline h;
    if (next.hairline) h.transition_mm = next.hairline->transition_mm;
    h.curve = line;
    return h;
}

void add_if_visible(std::vector<ExistingMark>& out, ExistingMark m, const Lesson& lesson, const VirtualScalp& scalp) {
    const SkinSite site = skin_site(lesson, scalp, {m.x, m.y});
    if (pigment_retention(m.depth_mm, site, m.healed_days, m.sun) < kVisibleRetention) return;
    m.x = round_mm(m.x);
    m.y = round_mm(m.y);
    out.push_back(m);
}

}  // namespace

std::vector<ExistingMark> healed_marks(const Lesson& previous_lesson, const Attempt& previous_attempt, double days, bool sun) {
    std::vector<ExistingMark> marks;
    const bool has_dots = !previous_attempt.dots.empty();
    const bool has_earlier = previous_lesson.existing && previous_lesson.existing->kind == "dots";
    if (!has_dots && !has_earlier) return marks;
    const VirtualScalp scalp = generate_scalp(previous_lesson);
    if (has_earlier) {
        if (!previous_lesson.existing->marks.empty()) {
            for (ExistingMark m : previous_lesson.existing->marks) {
                m.healed_days += days;
                m.sun = m.sun || sun;
                add_if_visible(marks, m, previous_lesson, scalp);
            }
        } else {
            const double mid = 0.5 * (previous_lesson.targets.depth_min_mm + previous_lesson.targets.depth_max_mm);
            for (const Point p : existing_marks(previous_lesson))
                add_if_visible(marks, {p.x, p.y, mid, previous_lesson.needle.diameter_mm, previous_lesson.shade_dilution,
                                       kGeneratedMarkAgeDays + days, sun},
                               previous_lesson, scalp);
        }
    }
    // The trainee's dots keep the needle and shade they were made with: part D's one rule (session_choice).
    const Lesson as_chosen = lesson_as_chosen(previous_lesson, previous_attempt.choice);
    for (const Dot& d : previous_attempt.dots)
        add_if_visible(marks, {d.x, d.y, d.depth_mm, as_chosen.needle.diameter_mm, as_chosen.shade_dilution, days, sun},
                       previous_lesson, scalp);
    return marks;
}

NextSession first_session(const Case& c) {
    for (size_t i = 0; i < c.steps.size(); ++i) {
        if (!is_lesson_step(c.steps[i])) continue;
        NextSession next{i, c.steps[i].lesson};
        if (const auto wait = numbing_between(c, 0, i)) next.lesson.numbing_wait_s = *wait;
        return next;
    }
    throw InputError(ErrorCode::too_few_items, "case " + c.id, "/steps", "expected at least one session step");
}

NextSession next_session(const Case& c, const Lesson& previous_lesson, const Attempt& previous_attempt,
                         const std::string& attempt_file) {
    if (previous_lesson.id != previous_attempt.lesson)
        throw InputError(ErrorCode::lesson_mismatch, attempt_file, "/lesson",
                         "expected an attempt on lesson \"" + previous_lesson.id + "\", found \"" + previous_attempt.lesson + "\"");
    size_t prev = c.steps.size();
    for (size_t i = 0; i < c.steps.size(); ++i)
        if (is_lesson_step(c.steps[i]) && c.steps[i].lesson.id == previous_attempt.lesson) prev = i;
    if (prev == c.steps.size())
        throw InputError(ErrorCode::unknown_lesson, attempt_file, "/lesson",
                         "expected the lesson of a design, session or touchup step of case \"" + c.id + "\", found \"" +
                             previous_attempt.lesson + "\"");
    size_t to = prev + 1;
    while (to < c.steps.size() && !is_lesson_step(c.steps[to])) ++to;
    if (to == c.steps.size())
        throw InputError(ErrorCode::out_of_range, attempt_file, "/lesson",
                         "expected an attempt before the case's last lesson step, \"" + previous_attempt.lesson +
                             "\" is the last: there is no next session");
    const CaseStep& step = c.steps[to];
    NextSession next{to, step.lesson};
    Lesson& lesson = next.lesson;
    if (const auto wait = numbing_between(c, prev + 1, to)) lesson.numbing_wait_s = *wait;

    if (step.hairline_from_design) {
        if (c.steps[prev].kind == "design")
            lesson.hairline = designed_hairline(previous_attempt, lesson, attempt_file);
        else if (c.steps[prev].hairline_from_design && previous_lesson.hairline)
            lesson.hairline = previous_lesson.hairline;  // the design carried from session to session
    }

    std::vector<ExistingMark> marks = healed_marks(previous_lesson, previous_attempt, step.healed_days, step.sun);
    if (marks.size() > kMaxExistingMarks) marks.resize(kMaxExistingMarks);
    if (marks.empty()) {
        if (lesson.existing && lesson.existing->kind == "dots") lesson.existing.reset();  // nothing of it is left
    } else {
        Existing existing;
        existing.kind = "dots";
        existing.marks = std::move(marks);
        lesson.existing = std::move(existing);
    }
    return next;
}

}  // namespace stipple
