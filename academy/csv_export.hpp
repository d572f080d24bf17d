// CSV export (RFC 4180) for spreadsheets and learning records: one row per attempt, and (a separate file) one row
// per case step.
#pragma once

#include <string>
#include <vector>

#include "academy/case_records.hpp"
#include "academy/gradebook.hpp"

namespace stipple {

// The UTF-8 byte order mark Excel on Windows needs to read a CSV as UTF-8 (`academy export --bom`).
inline constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

struct CsvOptions {
    bool bom = false;  // start with kUtf8Bom
};

// Header row then one row per attempt, CRLF line ends. Every text cell is csv_text_cell().
std::string attempts_csv(const std::vector<AttemptRecord>& attempts, const CsvOptions& options = {});
// Header row then one row per case step (issue 14), CRLF line ends: step_record_id, run_id, trainee, cohort
// (today's; looked up in `cohort_of`, "" when absent), case_id, case_title, step_id, kind, score, passed,
// attempt_id (a session's row in the attempts CSV, else empty), finished, recorded.
std::string case_steps_csv(const std::vector<CaseStepRecord>& steps, const std::vector<Trainee>& cohort_of,
                           const CsvOptions& options = {});

// A text cell a spreadsheet shows as text: printable_text() (valid UTF-8, no C0/DEL/C1 controls), then a
// leading apostrophe when it would start a formula, then csv_cell().
std::string csv_text_cell(const std::string& text);
// True when a spreadsheet would read `text` as a formula: it starts with = + - @ TAB CR or one of their
// full-width (＝ ＋ － ＠) or small (﹦ ﹢ ﹣ ﹫) forms.
bool starts_like_formula(const std::string& text);
std::string csv_cell(const std::string& text);  // quoted when needed (, " CR LF), quotes doubled

}  // namespace stipple
