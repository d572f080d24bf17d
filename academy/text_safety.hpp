// Text that leaves the gradebook safely: valid UTF-8 (invalid bytes become U+FFFD), without the control
// characters (C0, DEL, C1) that would move a terminal's cursor, split a CSV cell or corrupt a JSON export.
// The exports (CSV, xAPI), the review comments, progress tables and import messages all use these rules.
// Whether text is valid UTF-8 at all is trainee_name.hpp's is_valid_utf8 (names are refused, not repaired).
#pragma once

#include <string>
#include <string_view>

namespace stipple {

// `text` with every ill-formed sequence (overlong forms, surrogates, above U+10FFFF, stray or missing
// continuation bytes) replaced by U+FFFD, one per maximal bad subpart as Unicode recommends; well-formed text
// comes back unchanged.
std::string valid_utf8_or_replace(std::string_view text);

enum class LineBreaks { strip, keep };

// valid_utf8_or_replace(text) without C0 controls (U+0000-U+001F), DEL (U+007F) and C1 controls
// (U+0080-U+009F); with LineBreaks::keep, "\n" stays (comments keep their lines; "\r" never does).
std::string printable_text(std::string_view text, LineBreaks line_breaks = LineBreaks::strip);

// True when `text` has a C0, DEL or C1 control other than the line breaks `line_breaks` allows.
bool has_control_characters(std::string_view text, LineBreaks line_breaks = LineBreaks::strip);

}  // namespace stipple
