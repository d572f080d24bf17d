// Formatting progress tables with aligned columns.
#include "academy/progress_table.hpp"
#include "academy/number_text.hpp"

#include <algorithm>
#include <cstdio>

namespace stipple {

namespace {

using Row = std::vector<std::string>;

std::string score(const std::optional<double>& v) {
    if (!v) return "-";
    return one_decimal(*v);
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
    return out;
}

// Left-aligns text columns and right-aligns the columns flagged numeric.
std::string render(const std::vector<Row>& rows, const std::vector<bool>& numeric) {
    std::vector<size_t> width(rows.front().size(), 0);
    for (const Row& r : rows)
        for (size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], display_width(r[c]));
    std::string out;
    for (size_t i = 0; i < rows.size(); ++i) {
        std::string line;
        for (size_t c = 0; c < rows[i].size(); ++c) {
            const std::string pad(width[c] - display_width(rows[i][c]), ' ');
            const bool right = c < numeric.size() && numeric[c];
            line += (c ? "  " : "") + (right ? pad + rows[i][c] : rows[i][c] + (c + 1 < rows[i].size() ? pad : ""));
        }
        out += line + "\n";
        if (i == 0) {
            size_t total = 0;
            for (size_t w : width) total += w;
            out += std::string(total + 2 * (width.size() - 1), '-') + "\n";
        }
    }
    return out;
}

int proficient_count(const std::vector<LessonProgress>& lessons, int& in_curriculum) {
    int n = 0;
    in_curriculum = 0;
    for (const LessonProgress& p : lessons) {
        if (!p.in_curriculum) continue;
        ++in_curriculum;
        if (p.state == LessonState::Proficient) ++n;
    }
    return n;
}

const char* state_mark(LessonState state) {
    switch (state) {
        case LessonState::Proficient: return "*";
        case LessonState::Passed: return "P";
        case LessonState::Open: return "o";
        case LessonState::Locked: return ".";
    }
    return "?";
}

}  // namespace

size_t display_width(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string trainee_progress_table(const TraineeProgress& tp) {
    std::string out = "Trainee: " + tp.trainee.name;
    if (!tp.trainee.cohort.empty()) out += " (cohort " + tp.trainee.cohort + ")";
    if (tp.trainee.archived) out += " [archived]";
    out += "\n";
    std::vector<Row> rows{{"Lesson", "Title", "State", "Best", "Last", "Attempts", "Passes", "Needs"}};
    for (const LessonProgress& p : tp.lessons) {
        rows.push_back({p.lesson_id + (p.in_curriculum ? "" : " *"), p.title, to_string(p.state), score(p.best_total),
                        score(p.last_total), std::to_string(p.attempt_count), std::to_string(p.pass_count),
                        join(p.missing_prerequisites, ", ")});
    }
    out += render(rows, {false, false, false, true, true, true, true, false});
    int total = 0;
    const int proficient = proficient_count(tp.lessons, total);
    out += std::to_string(proficient) + " of " + std::to_string(total) + " curriculum lessons proficient";
    out += curriculum_complete(tp.lessons) ? " - CURRICULUM COMPLETE\n" : "\n";
    if (std::any_of(tp.lessons.begin(), tp.lessons.end(), [](const LessonProgress& p) { return !p.in_curriculum; }))
        out += "* not in the curriculum (attempts recorded at a lesson it no longer names)\n";
    for (const LessonProgress& p : tp.lessons)
        if (p.state == LessonState::Locked) out += p.lesson_id + " locked: " + lock_reason(p, tp.lessons) + "\n";
    return out;
}

std::string cohort_progress_table(const std::vector<TraineeProgress>& all, const Curriculum& curriculum) {
    if (all.empty()) return "No trainees yet: add one with `stipple academy trainees add NAME`.\n";
    // Lessons become numbered columns (a legend follows) so fourteen lessons still fit a terminal.
    Row header{"Trainee", "Cohort"};
    for (size_t i = 0; i < curriculum.lessons.size(); ++i) header.push_back(std::to_string(i + 1));
    header.push_back("Proficient");
    std::vector<Row> rows{header};
    std::vector<bool> numeric(header.size(), true);
    numeric[0] = numeric[1] = false;
    for (const TraineeProgress& tp : all) {
        Row r{tp.trainee.name, tp.trainee.cohort.empty() ? "-" : tp.trainee.cohort};
        for (const LessonProgress& p : tp.lessons)
            if (p.in_curriculum) r.push_back(state_mark(p.state));
        int total = 0;
        const int proficient = proficient_count(tp.lessons, total);
        r.push_back(std::to_string(proficient) + "/" + std::to_string(total));
        rows.push_back(std::move(r));
    }
    std::string out = render(rows, numeric);
    out += "\n* proficient   P passed   o open   . locked\n";
    for (size_t i = 0; i < curriculum.lessons.size(); ++i)
        out += (i + 1 < 10 ? " " : "") + std::to_string(i + 1) + "  " + curriculum.lessons[i].lesson.id + "  " +
               curriculum.lessons[i].lesson.title + "\n";
    return out;
}

}  // namespace stipple
