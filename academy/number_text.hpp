// Numbers as the academy's pages, tables and messages print them: scores and lengths to one decimal.
#pragma once

#include <cstdio>
#include <string>

namespace stipple {

// 82.45 -> "82.5" (printf rounding); what every report, table, export and message shows of a score.
inline std::string one_decimal(double value) {
    char text[64];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

}  // namespace stipple
