// ISO 8601 times, the one rule for every file and record: the attempt reader's "started" check, the gradebook's
// stored times and the exports' timestamps and durations. Pure text <-> seconds (the clock is read in
// academy/user_data.hpp: now_iso8601_utc). Hand-written, no std::regex (it recurses once per character).
#pragma once

#include <optional>
#include <string>

namespace stipple {

// "YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)", a real calendar date and time -> seconds since
// 1970-01-01T00:00:00Z; nullopt for anything else (no zone, "+hhmm", a space for the T, 31 February, ...).
std::optional<double> parse_iso8601(const std::string& text);
inline bool is_iso_time(const std::string& text) { return parse_iso8601(text).has_value(); }
// Seconds since the epoch -> "YYYY-MM-DDTHH:MM:SS.mmmZ" (fixed width, so text order is time order).
std::string format_iso8601_utc(double epoch_s);
// xAPI / ISO 8601 duration: 75.25 -> "PT1M15.25S"; 1e6 -> "PT277H46M40S"; 0, negative, NaN, inf -> "PT0S".
// Any finite value gives a well-formed, non-negative duration (from 1e15 s on, in whole seconds).
std::string iso8601_duration(double seconds);

}  // namespace stipple
