// The lesson picker's rows, labels and selection rules (see lesson_picker_model.hpp).
#include "sim/flow/lesson_picker_model.hpp"

#include <algorithm>
#include <cstdio>

namespace stipple {

namespace {

const LessonProgress* find_progress(const std::vector<LessonProgress>& progress, const std::string& id) {
    for (const LessonProgress& p : progress)
        if (p.in_curriculum && p.lesson_id == id) return &p;
    return nullptr;
}

std::string title_of(const Curriculum& curriculum, const std::string& id) {
    for (const CurriculumEntry& e : curriculum.lessons)
        if (e.lesson.id == id) return e.lesson.title.empty() ? id : e.lesson.title;
    return id;
}

std::string sentence_case(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

const char* state_label(LessonState state) {
    switch (state) {
        case LessonState::Locked: return "Locked";
        case LessonState::Open: return "Open";
        case LessonState::Passed: return "Passed";
        case LessonState::Proficient: return "Proficient";
    }
    return "Locked";
}

std::string score_label(const std::optional<double>& total) {
    if (!total) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", *total);
    return text;
}

std::string locked_reason(const Curriculum& curriculum, const std::vector<std::string>& missing_ids) {
    if (missing_ids.empty()) return "";
    std::string names;
    for (std::size_t i = 0; i < missing_ids.size(); ++i) {
        if (i > 0) names += (i + 1 == missing_ids.size()) ? " and " : ", ";
        names += title_of(curriculum, missing_ids[i]);
    }
    return "Needs " + names + " proficient first";
}

std::vector<PickerRow> picker_rows(const Curriculum& curriculum, const std::vector<LessonProgress>& progress) {
    std::vector<PickerRow> rows;
    rows.reserve(curriculum.lessons.size());
    for (std::size_t i = 0; i < curriculum.lessons.size(); ++i) {
        const CurriculumEntry& entry = curriculum.lessons[i];
        PickerRow row;
        row.curriculum_index = i;
        row.lesson_id = entry.lesson.id;
        row.title = entry.lesson.title.empty() ? entry.lesson.id : entry.lesson.title;
        std::vector<std::string> missing;
        if (const LessonProgress* p = find_progress(progress, entry.lesson.id)) {
            row.state = p->state;
            row.best_label = score_label(p->best_total);
            row.last_label = score_label(p->last_total);
            row.attempts_label = p->attempt_count == 0
                                     ? "no attempts yet"
                                     : plural(p->attempt_count, "attempt", "attempts") + ", " +
                                           std::to_string(p->pass_count) + " passed";
            missing = p->missing_prerequisites;
        } else {
            missing = entry.requires_ids;
            row.state = missing.empty() ? LessonState::Open : LessonState::Locked;
            row.best_label = row.last_label = score_label(std::nullopt);
            row.attempts_label = "no attempts yet";
        }
        row.state_label = state_label(row.state);
        row.startable = row.state != LessonState::Locked;
        if (!row.startable) {
            const LessonProgress* p = find_progress(progress, entry.lesson.id);
            row.locked_reason = p ? sentence_case(lock_reason(*p, progress)) : locked_reason(curriculum, missing);
            if (row.locked_reason.empty()) row.locked_reason = "Locked by its prerequisites";
        }
        rows.push_back(std::move(row));
    }
    for (std::size_t i = 0; i < curriculum.cases.size(); ++i) {
        const CurriculumCase& entry = curriculum.cases[i];
        PickerRow row;
        row.is_case = true;
        row.curriculum_index = i;
        row.lesson_id = entry.the_case.id;
        row.title = "Case: " + (entry.the_case.title.empty() ? entry.the_case.id : entry.the_case.title);
        std::vector<std::string> missing;
        for (const std::string& id : entry.requires_ids) {
            const LessonProgress* p = find_progress(progress, id);
            if (!p || p->state != LessonState::Proficient) missing.push_back(id);
        }
        row.state = missing.empty() ? LessonState::Open : LessonState::Locked;
        row.state_label = state_label(row.state);
        row.best_label = row.last_label = score_label(std::nullopt);
        row.attempts_label = plural(static_cast<int>(entry.the_case.steps.size()), "step", "steps");
        row.startable = missing.empty();
        row.locked_reason = locked_reason(curriculum, missing);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<std::size_t> default_selection(const std::vector<PickerRow>& rows,
                                             const std::optional<std::string>& remembered_lesson_id) {
    if (rows.empty()) return std::nullopt;
    if (remembered_lesson_id) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i].lesson_id == *remembered_lesson_id && rows[i].startable) return i;
    }
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].state == LessonState::Open) return i;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].startable) return i;
    return 0;
}

std::size_t move_selection(std::size_t current, int step, std::size_t row_count) {
    if (row_count == 0) return 0;
    const long long last = static_cast<long long>(row_count) - 1;
    const long long next = std::clamp(static_cast<long long>(current) + step, 0LL, last);
    return static_cast<std::size_t>(next);
}

}  // namespace stipple
