// Writing attempts as CSV, every text cell defused (see csv_export.hpp).
#include "academy/csv_export.hpp"
#include "academy/number_text.hpp"

#include <array>
#include <cmath>
#include <cstdio>

#include "academy/attempt_integrity.hpp"
#include "academy/text_safety.hpp"

namespace stipple {

namespace {

std::string number(double value) {
    if (!std::isfinite(value)) return "";  // an edited row: never "-inf", which a spreadsheet would evaluate
    return one_decimal(value);
}

// Characters a spreadsheet reads as the start of a formula, as UTF-8.
constexpr std::array<const char*, 14> kFormulaStarts = {
    "=", "+", "-", "@", "\t", "\r",
    "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0",   // ＝ ＋ － ＠ (U+FF1D FF0B FF0D FF20)
    "\xEF\xB9\xA6", "\xEF\xB9\xA2", "\xEF\xB9\xA3", "\xEF\xB9\xAB"};  // ﹦ ﹢ ﹣ ﹫ (U+FE66 FE62 FE63 FE6B)

}  // namespace

bool starts_like_formula(const std::string& text) {
    for (const char* start : kFormulaStarts)
        if (text.rfind(start, 0) == 0) return true;
    return false;
}

std::string csv_text_cell(const std::string& value) {
    const std::string printable = printable_text(value);
    return csv_cell(starts_like_formula(printable) ? "'" + printable : printable);
}

std::string csv_cell(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string attempts_csv(const std::vector<AttemptRecord>& attempts, const CsvOptions& options) {
    std::string out = options.bom ? kUtf8Bom : "";
    out += "attempt_id,registration,trainee,cohort,lesson_id,lesson_hash,lesson_title,mode,started,finished,"
           "duration_s,recorded,input_device,dots,total,passed,spacing_score,depth_score,hairline_score,verification,"
           "counts\r\n";
    const auto text = csv_text_cell;
    for (const AttemptRecord& a : attempts) {
        out += std::to_string(a.id) + "," + text(a.registration) + "," + text(a.trainee) + "," + text(a.cohort) +
               "," + text(a.lesson_id) + "," + text(a.lesson_hash) + "," + text(a.lesson_title) + "," +
               to_string(a.mode) + "," + text(a.started) + "," + text(a.finished) + "," +
               (a.duration_s ? number(*a.duration_s) : "") + "," + text(a.recorded) + "," + text(a.input_device) +
               "," + std::to_string(a.dot_count) + "," + number(a.total) + "," + (a.passed ? "true" : "false") +
               "," + number(a.spacing_score) + "," + number(a.depth_score) + "," +
               (a.hairline_score ? number(*a.hairline_score) : "") + "," + to_string(a.verification) + "," +
               (counts_toward_progress(a.verification) ? "true" : "false") + "\r\n";
    }
    return out;
}

std::string case_steps_csv(const std::vector<CaseStepRecord>& steps, const std::vector<Trainee>& trainees,
                           const CsvOptions& options) {
    std::string out = options.bom ? kUtf8Bom : "";
    out += "step_record_id,run_id,trainee,cohort,case_id,case_title,step_id,kind,score,passed,attempt_id,finished,"
           "recorded\r\n";
    const auto text = csv_text_cell;
    for (const CaseStepRecord& s : steps) {
        std::string cohort;
        for (const Trainee& t : trainees)
            if (t.name == s.trainee) cohort = t.cohort;
        out += std::to_string(s.id) + "," + text(s.run_id) + "," + text(s.trainee) + "," + text(cohort) + "," +
               text(s.case_id) + "," + text(s.case_title) + "," + text(s.step_id) + "," + text(s.kind) + "," +
               number(s.score) + "," + (s.passed ? "true" : "false") + "," +
               (s.attempt_id ? std::to_string(*s.attempt_id) : "") + "," + text(s.finished) + "," + text(s.recorded) +
               "\r\n";
    }
    return out;
}

}  // namespace stipple
