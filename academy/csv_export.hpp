// CSV export of attempts (RFC 4180): one row per attempt, for spreadsheets and learning records.
#pragma once

#include <string>
#include <vector>

#include "academy/gradebook.hpp"

namespace stipple {

// The UTF-8 byte order mark Excel on Windows needs to read a CSV as UTF-8 (`academy export --bom`).
inline constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

struct CsvOptions {
    bool bom = false;  // start with kUtf8Bom
};

// Header row then one row per attempt, CRLF line ends. Every text cell is csv_text_cell().
std::string attempts_csv(const std::vector<AttemptRecord>& attempts, const CsvOptions& options = {});

// A text cell a spreadsheet shows as text: printable_text() (valid UTF-8, no C0/DEL/C1 controls), then a
// leading apostrophe when it would start a formula, then csv_cell().
std::string csv_text_cell(const std::string& text);
// True when a spreadsheet would read `text` as a formula: it starts with = + - @ TAB CR or one of their
// full-width (＝ ＋ － ＠) or small (﹦ ﹢ ﹣ ﹫) forms.
bool starts_like_formula(const std::string& text);
std::string csv_cell(const std::string& text);  // quoted when needed (, " CR LF), quotes doubled

}  // namespace stipple
