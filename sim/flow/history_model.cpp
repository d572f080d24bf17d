// The history panel's rows and labels (see history_model.hpp).
#include "sim/flow/history_model.hpp"

#include "sim/flow/clock_text.hpp"
#include "sim/flow/count_words.hpp"

#include <cmath>
#include <cstdio>

#include "academy/progress.hpp"
#include "sim/flow/lesson_picker_model.hpp"

namespace stipple {

std::string when_label(const std::string& iso8601) {
    // YYYY-MM-DDTHH:MM...
    if (iso8601.size() < 16 || iso8601[4] != '-' || iso8601[7] != '-' || iso8601[10] != 'T' || iso8601[13] != ':')
        return iso8601;
    return iso8601.substr(0, 10) + " " + iso8601.substr(11, 5);
}

std::string duration_label(double seconds) {
    const long long total = whole_seconds_elapsed(seconds);  // as the replay's clock shows it
    const long long h = total / 3600, m = (total % 3600) / 60, s = total % 60;
    char text[48];
    if (h > 0)
        std::snprintf(text, sizeof text, "%lldh %02lldm %02llds", h, m, s);
    else if (m > 0)
        std::snprintf(text, sizeof text, "%lldm %02llds", m, s);
    else
        std::snprintf(text, sizeof text, "%llds", s);
    return text;
}

std::vector<HistoryRow> history_rows(const std::vector<AttemptRecord>& attempts, std::size_t max_rows) {
    std::vector<HistoryRow> rows;
    for (auto it = attempts.rbegin(); it != attempts.rend() && rows.size() < max_rows; ++it) {
        const AttemptRecord& a = *it;
        HistoryRow row;
        row.attempt_id = a.id;
        row.lesson_id = a.lesson_id;
        row.when_label = when_label(a.started.empty() ? a.recorded : a.started);
        row.lesson_title = a.lesson_title.empty() ? a.lesson_id : a.lesson_title;
        row.score_label = score_label(a.total);
        row.passed = a.passed;
        row.result_label = a.passed ? "passed" : "failed";
        row.mode_label = to_string(a.mode);
        row.detail_label = dots_text(a.dot_count);
        if (a.duration_s) row.detail_label += ", " + duration_label(*a.duration_s);
        if (const std::string why = not_counted_reason(a); !why.empty()) row.not_counted_label = "not counted: " + why;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace stipple
