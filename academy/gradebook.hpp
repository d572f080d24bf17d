// The gradebook: the academy's records (trainees, cohorts, lessons as recorded, attempts) in one SQLite file
// or one PostgreSQL database, behind the SqlConnection seam.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"
#include "academy/sql_connection.hpp"
#include "scoring/score_report.hpp"

struct sqlite3;

namespace stipple {

// PRAGMA application_id of every Stipple gradebook ("STPL"); a file with another id is refused untouched.
inline constexpr int32_t kGradebookApplicationId = 0x5354504C;

enum class AttemptMode { Practice, Exam };
const char* to_string(AttemptMode mode);                          // "practice" | "exam"
std::optional<AttemptMode> attempt_mode_from_string(const std::string& text);

// How far a recorded attempt can be trusted (stored as text in attempts.verification). Only app, sealed and
// legacy attempts count toward progress (the rule is counts_toward_progress() in attempt_integrity).
enum class Verification { App, Sealed, Pending, Unverified, Legacy };
const char* to_string(Verification verification);  // "app" | "sealed" | "pending" | "unverified" | "legacy"
std::optional<Verification> verification_from_string(const std::string& text);

// The judgement recorded with an attempt (judge_attempt() makes it); unjudged input counts for nothing.
struct AttemptVerdict {
    Verification verification = Verification::Unverified;
    std::string note;  // why, in words: "no integrity record", "same work as attempt 7 (ana)", ...
};

struct Trainee {
    int64_t id = 0;
    std::string name;        // unique in the gradebook
    std::string cohort;      // empty when in no cohort
    bool archived = false;   // archived trainees keep their history but leave lists and cannot record
    std::string created;     // ISO 8601 UTC
    std::string uid;         // stable UUID v8 of (database_id, "trainee/<id>"); never changes on rename
};

// Everything one finished attempt leaves in the gradebook. make_record_input() fills it from the objects.
struct RecordInput {
    Lesson lesson;
    std::string lesson_hash;     // SHA-256 (hex) of the canonical lesson JSON; empty = computed from `lesson`
    std::string trainee;         // name of an existing, not archived trainee
    AttemptMode mode = AttemptMode::Practice;
    std::string started;         // ISO 8601 (any offset; stored as UTC); may be empty when unknown
    std::string finished;        // ISO 8601; may be empty
    std::string input_device;    // mouse | pen | generated
    std::string attempt_json;    // the stipple-attempt/1 file text
    std::string score_json;      // the stipple-score/1 report text
    double total = 0.0;          // must agree with score_json
    bool passed = false;         // must agree with score_json
    AttemptVerdict verdict;      // stored as verification + verification_note
};

RecordInput make_record_input(const Lesson& lesson, const Attempt& attempt, const ScoreReport& report,
                              const std::string& trainee, AttemptMode mode, const std::string& started,
                              const std::string& finished);

struct AttemptRecord {
    int64_t id = 0;              // grows in recording order
    std::string registration;    // UUID, fixed at record time (xAPI context.registration)
    std::string trainee;
    std::string cohort;
    std::string lesson_id;
    std::string lesson_hash;
    std::string lesson_title;
    AttemptMode mode = AttemptMode::Practice;
    std::string started;         // UTC "YYYY-MM-DDTHH:MM:SS.mmmZ" or empty
    std::string finished;        // same, or empty
    std::optional<double> duration_s;  // attempt_duration_s: the last dot's time (as the replay), else finished - started
    std::string recorded;        // when the gradebook stored it (UTC)
    std::string input_device;
    double total = 0.0;
    bool passed = false;
    double spacing_score = 0.0;
    double depth_score = 0.0;
    std::optional<double> hairline_score;
    int dot_count = 0;
    std::string attempt_json;    // empty unless AttemptFilter::with_documents
    std::string score_json;      // empty unless AttemptFilter::with_documents
    std::string content_hash;    // canonical dots hash (duplicates are found by content, not bytes)
    Verification verification = Verification::Legacy;
    std::string verification_note;
    std::string trainee_uid;     // the trainee's uid at record time (the xAPI actor)
    std::string cohort_at_record;  // the cohort when recorded (xAPI), unlike `cohort` (today's)
};

// Empty fields match everything. Results are in time order: started (else recorded), then id.
struct AttemptFilter {
    std::optional<std::string> trainee;
    std::optional<std::string> lesson_id;
    std::optional<AttemptMode> mode;
    std::optional<std::string> cohort;  // the trainee's cohort today
    std::optional<std::string> from;    // UTC ISO time: started (else recorded) >= from
    std::optional<std::string> to;      // UTC ISO time: started (else recorded) < to (half open)
    bool counted_only = false;          // only attempts that count toward progress (app, sealed, legacy)
    bool include_archived = true;   // attempts of archived trainees
    bool with_documents = false;    // also load attempt_json and score_json
};

// A lesson exactly as it was when an attempt was recorded (for replay and reports after later edits).
struct RecordedLesson {
    std::string lesson_id;
    std::string hash;
    std::string title;
    std::string lesson_json;  // canonical stipple-lesson/1 text
};

// RAII over one connection (SqlConnection). Open, migrate and write from any number of processes at once:
// SQLite in WAL mode with a busy timeout, PostgreSQL under an advisory lock for migrations; every write is one
// transaction (committed = durable).
// Errors: InputError("PATH", "", ...) for a file that is not a Stipple gradebook, a gradebook newer than
// this program, an unknown or archived trainee, inconsistent input; std::runtime_error for I/O faults.
class Gradebook {
public:
    // Creates the file (and its folders) when missing. A foreign or corrupt file is refused untouched:
    // "PATH: not a Stipple gradebook (...)". Migrates an older schema to the current one.
    static Gradebook open(const std::string& path);
    // Like open(), but refuses a missing file ("PATH: no gradebook here") instead of creating one.
    static Gradebook open_existing(const std::string& path);
    // Opens as one signed-in person. On PostgreSQL the connection itself authenticates as that person's login
    // role (row-level security then applies); on SQLite it is open_existing() and people.* checks the secret.
    static Gradebook open_as(const std::string& location, const std::string& login, const std::string& secret);

    Gradebook(Gradebook&& other) noexcept;
    Gradebook& operator=(Gradebook&& other) noexcept;
    Gradebook(const Gradebook&) = delete;
    Gradebook& operator=(const Gradebook&) = delete;
    ~Gradebook();

    const std::string& path() const { return path_; }
    int schema_version() const;
    std::string database_id() const;      // random UUID fixed when the file was created
    std::string academy_home() const;     // academy identity URL (xAPI actor homePage, base of IRIs)
    void set_academy_home(const std::string& url);
    // The 32-byte key attempts are sealed with (secrets.seal_key, stored as hex); empty before schema 4.
    std::string seal_key() const;

    // Trainees. Names are unique, 1-64 printable characters. Throw InputError on a clash or unknown name.
    Trainee add_trainee(const std::string& name, const std::string& cohort = "");
    std::vector<Trainee> trainees(bool include_archived = false) const;  // by name
    std::optional<Trainee> find_trainee(const std::string& name) const;
    // The trainee who is about to work: found, or added when new (a bad name: InputError bad_name); an
    // archived one is refused with InputError trainee_archived. Practice, sign-in and import all use it.
    Trainee ensure_active_trainee(const std::string& name);
    void rename_trainee(const std::string& old_name, const std::string& new_name);
    void set_cohort(const std::string& name, const std::string& cohort);  // "" removes from the cohort
    void archive_trainee(const std::string& name, bool archived = true);
    std::vector<std::string> cohorts() const;  // names, sorted

    // Records one attempt in one transaction and returns its id. Recording the very same attempt text
    // for the same trainee again records nothing and returns the existing id (imports are repeatable).
    int64_t record_attempt(const RecordInput& input);
    std::optional<int64_t> find_attempt(const std::string& trainee, const std::string& attempt_json) const;
    std::vector<AttemptRecord> attempts(const AttemptFilter& filter = {}) const;
    std::optional<AttemptRecord> attempt(int64_t id) const;  // with documents

    std::optional<RecordedLesson> recorded_lesson(const std::string& hash) const;
    Lesson lesson_as_recorded(const std::string& hash) const;  // throws InputError when unknown

    SqlConnection& sql() const { return *sql_; }
    sqlite3* handle() const;  // SQLite only (nullptr on PostgreSQL): for PRAGMA tests

private:
    Gradebook(std::string path, std::unique_ptr<SqlConnection> sql);
    static Gradebook open_file(const std::string& path, bool create);
    static Gradebook open_pg(const std::string& location, bool create, const std::string& user,
                             const std::string& password);
    std::string path_;
    std::unique_ptr<SqlConnection> sql_;
};

// The default academy identity until `--academy-home` sets another.
inline constexpr const char* kDefaultAcademyHome = "https://stipple.example";

}  // namespace stipple
