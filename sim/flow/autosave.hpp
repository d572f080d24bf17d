// Work in progress, kept safe: the autosave file (format stipple-autosave/1) holding an unfinished attempt
// with its event log (a hairline design lesson's: the line drawn so far), written atomically every few seconds
// and on close, offered again on the next start.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "scoring/geometry.hpp"
#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"
#include "sim/model/practice_session.hpp"

namespace stipple {

inline constexpr const char* kAutosaveFormat = "stipple-autosave/1";
inline constexpr double kAutosaveIntervalS = 10.0;

struct Autosave {
    std::string lesson_id;
    std::string saved_at;                   // ISO 8601 UTC
    std::optional<std::string> trainee;
    std::optional<std::string> started;
    bool exam = false;
    size_t dot_count = 0;                   // for the resume offer; the dots come back by replaying events
    nlohmann::json events = nlohmann::json::array();  // PracticeSession::event_log()
    std::optional<Polyline> design_line;    // a design lesson's line so far, map mm ("design_line": [[x, y], ...])
    std::optional<SessionChoice> choice;    // the needle and shade chosen on the brief (lessons offering them)
};

nlohmann::json autosave_to_json(const Autosave& autosave);
// Throws InputError naming `file` and the field.
Autosave autosave_from_json(const nlohmann::json& doc, const std::string& file);

// Writes atomically, creating the folder.
void save_autosave(const std::string& path, const Autosave& autosave);
// nullopt when there is no file or it belongs to another lesson; InputError when it is damaged.
std::optional<Autosave> load_autosave(const std::string& path, const std::string& lesson_id);
void remove_autosave(const std::string& path);

// What the practice screen offers when it opens: the autosave at `path` for this lesson when there is one of
// the same kind (exam work resumes only as an exam, practice only as practice; the other kind is left where it
// is), else nothing. A damaged file is set aside as PATH.damaged (never deleted) and `note` says so.
struct OpenedAutosave {
    std::optional<Autosave> pending;  // offered for resuming
    std::string note;                 // for the trainee: why an autosave could not be offered; "" = nothing to say
};
OpenedAutosave open_autosave(const std::string& path, const std::string& lesson_id, bool exam);

// An exam autosave kept at the practice path by an older Stipple (before exams had their own file): moved to
// `exam_path` when that holds nothing yet, so it is resumed (or settled) as an exam and practice never
// overwrites it. True when moved; anything else (no file, practice work, another lesson, damaged) is left.
bool adopt_exam_autosave(const std::string& practice_path, const std::string& exam_path, const std::string& lesson_id);

// The autosave of a session in progress, or nullopt when a practice session has no dots yet (nothing worth
// keeping). An exam is kept from its start, dots or not: its start is what its wall clock counts from.
std::optional<Autosave> autosave_of(const PracticeSession& session, const std::string& lesson_id,
                                    const std::optional<std::string>& trainee, const std::string& started,
                                    bool exam, const std::string& saved_at);

// A design lesson's work in progress: the session's autosave (autosave_of) with the line drawn so far; nullopt
// when a practice has neither dots nor a line.
std::optional<Autosave> design_autosave_of(const PracticeSession& session, const Polyline& line,
                                           const std::string& lesson_id, const std::optional<std::string>& trainee,
                                           const std::string& started, bool exam, const std::string& saved_at);

// Told while a resume replays: events replayed so far of all (the replay of a 10 000-dot attempt takes
// seconds: the window shows how far it is).
using ResumeProgress = std::function<void(std::size_t replayed, std::size_t total)>;
// Progress is told every this many events, and once at the end.
inline constexpr std::size_t kResumeProgressEvents = 500;

// Rebuilds the session by replaying the autosave's events (the seed and exam flag come from its header),
// telling `on_progress` (when given) as it goes. Throws InputError naming `file` when an event is damaged.
std::unique_ptr<PracticeSession> resume_session(const Lesson& lesson, const VirtualScalp& scalp,
                                                const Autosave& autosave, const std::string& file,
                                                const ResumeProgress& on_progress = {});
// The line the window shows while resuming, from the events replayed and the autosave's dot count:
// "Resuming your work... 40% (10000 dots)".
std::string resume_progress_text(std::size_t replayed, std::size_t total, std::size_t dot_count);

// True when there is new work (events since the last save) and the interval has passed.
bool autosave_due(size_t events_now, size_t events_saved, double now_s, double last_save_s);

}  // namespace stipple
