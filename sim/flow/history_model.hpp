// What the history panel lists, as pure data: a trainee's past attempts, newest first, with readable
// labels (when, lesson, score, result, dots and duration) and the id to replay each one by.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"

namespace stipple {

struct HistoryRow {
    int64_t attempt_id = 0;
    std::string lesson_id;
    std::string when_label;     // "2026-11-24 10:00" (UTC), from started, else recorded
    std::string lesson_title;
    std::string score_label;    // "82.4"
    std::string result_label;   // "passed" | "failed"
    std::string mode_label;     // "practice" | "exam"
    std::string detail_label;   // "412 dots, 3m 05s" (duration left out when unknown)
    std::string not_counted_label;  // "" when it counts; "not counted: made by stipple demo" (progress.hpp's reason)
    bool passed = false;
};

// Newest first (the gradebook lists oldest first), at most `max_rows` of them.
std::vector<HistoryRow> history_rows(const std::vector<AttemptRecord>& attempts, std::size_t max_rows = 200);

// "2026-11-24T10:00:05.000Z" -> "2026-11-24 10:00"; text that is not such a timestamp comes back as is.
std::string when_label(const std::string& iso8601);
// 185.2 -> "3m 05s"; 42 -> "42s"; 3725 -> "1h 02m 05s".
std::string duration_label(double seconds);

}  // namespace stipple
