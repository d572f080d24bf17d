// The user's data: the folder the program keeps its files in, what lives there (the gradebook, finished
// attempts, autosaves of unfinished work, screenshots), the cache folder (things the program can always make
// again, such as baked scalp pictures), the one naming scheme for attempt, autosave and
// screenshot files, private folders, and "now" as the ISO 8601 text every record carries. The only code that reads the clock or the
// XDG/HOME environment; everything else here is pure and takes the folder as a parameter.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stipple {

// $XDG_DATA_HOME/stipple when XDG_DATA_HOME is an absolute path (a relative one is ignored, as the XDG
// spec says), else $HOME/.local/share/stipple. Not created here. std::runtime_error when neither is set.
std::filesystem::path user_data_dir();
// $XDG_CACHE_HOME/stipple when XDG_CACHE_HOME is an absolute path, else $HOME/.cache/stipple (XDG rules, as
// user_data_dir). Not created here. std::runtime_error when neither is set.
std::filesystem::path user_cache_dir();
// user_cache_dir()/scalp: baked scalp pictures (sim/flow/scalp_cache).
std::filesystem::path scalp_cache_dir(const std::filesystem::path& cache_dir);

// user_data_dir()/gradebook.sqlite: every command's `--db` default.
std::string default_gradebook_path();

// Creates `folder` and its missing parents; every folder it creates is 0700 (only the user can list or
// enter it), so attempts, autosaves, screenshots and the gradebook are private from the start. Folders that
// exist keep their mode. std::runtime_error naming the folder when it cannot be created.
void create_private_folder(const std::filesystem::path& folder);
inline constexpr unsigned kPrivateFolderMode = 0700;

// The data folder a gradebook file belongs to: its folder ("." for a bare file name). Attempts and
// autosaves live beside the gradebook they are recorded in.
std::filesystem::path data_dir_of(const std::filesystem::path& gradebook_path);
std::filesystem::path attempts_dir(const std::filesystem::path& data_dir);     // DATA/attempts
std::filesystem::path autosaves_dir(const std::filesystem::path& data_dir);    // DATA/autosave
std::filesystem::path screenshots_dir(const std::filesystem::path& data_dir);  // DATA/screenshots

// The one file-naming scheme: "[<trainee>-]<lesson>-<time>.json" for attempts, "[<trainee>-]<lesson>.json"
// for autosaves ("[<trainee>-]<lesson>.exam.json" for exams). Names are reduced to [a-z0-9-] (a given trainee whose name reduces to nothing is
// "trainee", an empty lesson id "lesson"); the time is the ISO 8601 text's letters and digits
// ("2026-11-24T10:00:05Z" -> "20261124T100005Z", "undated" when empty). No trainee: no trainee part.
std::string attempt_file_name(const std::optional<std::string>& trainee, const std::string& lesson_id,
                              const std::string& time_iso8601);
// DATA/attempts/<attempt_file_name>, with -2, -3 ... before ".json" when that file exists already.
std::filesystem::path new_attempt_path(const std::filesystem::path& data_dir,
                                       const std::optional<std::string>& trainee, const std::string& lesson_id,
                                       const std::string& time_iso8601);
// DATA/autosave/[<trainee>-]<lesson>.json: one trainee's unfinished work on one lesson (per trainee, so
// nobody is offered someone else's work to resume).
std::filesystem::path autosave_path(const std::filesystem::path& data_dir,
                                    const std::optional<std::string>& trainee, const std::string& lesson_id);
// DATA/autosave/[<trainee>-]<lesson>.exam.json: an exam in progress, apart from practice work on the same
// lesson (practice never overwrites an exam, whose clock runs on until it is finished).
std::filesystem::path exam_autosave_path(const std::filesystem::path& data_dir,
                                         const std::optional<std::string>& trainee, const std::string& lesson_id);

// Screenshots: "stipple-<YYYYMMDD>-<HHMMSS>.png" from the ISO 8601 time's digits ("2026-11-24T10:00:05.250Z"
// -> "stipple-20261124-100005.png"; "stipple-undated.png" when it has none).
std::string screenshot_file_name(const std::string& time_iso8601);
// FOLDER/<screenshot_file_name>, with -2, -3 ... before ".png" when that file exists already (two in one
// second). FOLDER is the screenshots folder itself (screenshots_dir(data_dir) in the app).
std::filesystem::path new_screenshot_path(const std::filesystem::path& folder, const std::string& time_iso8601);

// Now, as "YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC; format_iso8601_utc in scoring/iso_time.hpp).
std::string now_iso8601_utc();

}  // namespace stipple
