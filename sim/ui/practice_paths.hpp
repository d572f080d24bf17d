// Where the simulator keeps its files: the user's data folder, attempts, autosaves and screenshots.
#pragma once

#include <filesystem>
#include <string>

namespace stipple {

// $XDG_DATA_HOME/stipple, else $HOME/.local/share/stipple (not created here).
std::filesystem::path stipple_data_dir();
std::filesystem::path practice_attempts_dir();     // <data>/attempts
std::filesystem::path practice_screenshots_dir();  // <data>/screenshots
// <data>/autosave/<lesson id>.json: the work in progress on one lesson.
std::filesystem::path practice_autosave_path(const std::string& lesson_id);
// <data>/attempts/<lesson id>-<YYYYMMDD-HHMMSS>.json (UTC), with -2, -3 ... when that name is taken.
std::filesystem::path new_attempt_path(const std::string& lesson_id);
// ISO 8601 UTC "2026-11-24T10:00:00Z" for now.
std::string utc_now_iso8601();

}  // namespace stipple
