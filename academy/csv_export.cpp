// Writing attempts as CSV.
#include "academy/csv_export.hpp"

#include <cstdio>

namespace stipple {

namespace {

std::string number(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", value);
    return buf;
}

std::string text(const std::string& value) {
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@'))
        return csv_cell("'" + value);
    return csv_cell(value);
}

}  // namespace

std::string csv_cell(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string attempts_csv(const std::vector<AttemptRecord>& attempts) {
    std::string out =
        "attempt_id,registration,trainee,cohort,lesson_id,lesson_hash,lesson_title,mode,started,finished,"
        "duration_s,recorded,input_device,dots,total,passed,spacing_score,depth_score,hairline_score\r\n";
    for (const AttemptRecord& a : attempts) {
        out += std::to_string(a.id) + "," + a.registration + "," + text(a.trainee) + "," + text(a.cohort) + "," +
               text(a.lesson_id) + "," + a.lesson_hash + "," + text(a.lesson_title) + "," + to_string(a.mode) + "," +
               a.started + "," + a.finished + "," + (a.duration_s ? number(*a.duration_s) : "") + "," + a.recorded +
               "," + text(a.input_device) + "," + std::to_string(a.dot_count) + "," + number(a.total) + "," +
               (a.passed ? "true" : "false") + "," + number(a.spacing_score) + "," + number(a.depth_score) + "," +
               (a.hairline_score ? number(*a.hairline_score) : "") + "\r\n";
    }
    return out;
}

}  // namespace stipple
