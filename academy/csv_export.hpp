// CSV export of attempts (RFC 4180): one row per attempt, for spreadsheets and learning records.
#pragma once

#include <string>
#include <vector>

#include "academy/gradebook.hpp"

namespace stipple {

// Header row then one row per attempt, CRLF line ends. Text cells that a spreadsheet would run as a
// formula (starting with = + - @) get a leading apostrophe.
std::string attempts_csv(const std::vector<AttemptRecord>& attempts);
std::string csv_cell(const std::string& text);  // quoted when needed

}  // namespace stipple
