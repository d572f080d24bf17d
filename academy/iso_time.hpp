// ISO 8601 timestamps and durations as the gradebook stores and exports them (always UTC, "Z"); pure
// text <-> seconds (the clock is read in academy/user_data.hpp: now_iso8601_utc).
#pragma once

#include <optional>
#include <string>

namespace stipple {

// "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM|+HHMM)" -> seconds since 1970-01-01T00:00:00Z.
std::optional<double> parse_iso8601(const std::string& text);
// Seconds since the epoch -> "YYYY-MM-DDTHH:MM:SS.mmmZ" (fixed width, so text order is time order).
std::string format_iso8601_utc(double epoch_s);
// xAPI / ISO 8601 duration: 75.25 -> "PT1M15.25S"; 0 -> "PT0S".
std::string iso8601_duration(double seconds);

}  // namespace stipple
