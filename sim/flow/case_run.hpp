// A trainee's run through a case (format stipple-case-run/1): which steps are done, the answers picked, the
// lesson each session was worked on (its healed marks) and the attempt file it ended in, and which steps the
// gradebook has. Saved atomically beside the autosaves (DATA/autosave/[<trainee>-]case-<id>.case-run.json) after
// every step, so a run resumes where it stopped. Pure bookkeeping: scoring and the next session's lesson are
// case_results.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "scoring/case.hpp"
#include "scoring/case_score.hpp"

namespace stipple {

inline constexpr const char* kCaseRunFormat = "stipple-case-run/1";

// One step done, in case order.
struct CaseStepRun {
    std::string step_id;
    std::string kind;
    StepAnswers answers;                 // question steps: the options picked per question, by index
    std::string lesson_path;             // lesson steps: the lesson as worked (healed marks, numbing wait)
    std::string attempt_path;            // lesson steps: the finished attempt file
    std::optional<int64_t> attempt_id;   // lesson steps: the gradebook's attempt, when it was recorded
    bool recorded = false;               // this step's case record is in the gradebook
    std::string finished;                // ISO 8601
};

struct CaseRun {
    std::string case_id;
    std::string run_id;                  // a UUID: one trainee may run a case again
    std::optional<std::string> trainee;
    std::string started;                 // ISO 8601
    std::vector<CaseStepRun> steps;      // the case's first steps.size() steps, done
};

nlohmann::json case_run_to_json(const CaseRun& run);
// Strict: unknown fields refused; throws InputError naming `file` and the pointer (/steps/2/answers/0/1).
CaseRun case_run_from_json(const nlohmann::json& doc, const std::string& file);

// DATA/autosave/[<trainee>-]case-<case id>.case-run.json (per trainee, like the autosaves).
std::filesystem::path case_run_path(const std::filesystem::path& data_dir, const std::optional<std::string>& trainee,
                                    const std::string& case_id);
// DATA/cases/<run id>/<step id>.lesson.json: the lesson a session step was worked on.
std::filesystem::path case_session_lesson_path(const std::filesystem::path& data_dir, const CaseRun& run,
                                               const std::string& step_id);

// Writes atomically (0600, folders created 0700).
void save_case_run(const std::string& path, const CaseRun& run);
// nullopt when there is no file or it is another case's; InputError when it is damaged.
std::optional<CaseRun> load_case_run(const std::string& path, const std::string& case_id);

// The run the case screen opens on: the saved one of this case when it fits the case as it is now, else a new
// one. A damaged file, or a run whose steps no longer match the case (the instructor changed it), is set aside
// as PATH.damaged / PATH.stale and `note` says so.
struct OpenedCaseRun {
    CaseRun run;
    bool resumed = false;
    std::string note;
};
OpenedCaseRun open_case_run(const std::string& path, const Case& c, const std::optional<std::string>& trainee,
                            const std::string& new_run_id, const std::string& now_iso8601);

// Throws InputError(record_mismatch) naming `file` and /steps/I when the run's steps are not the case's first
// steps in order (ids and kinds), or a question step's answers do not have one list per question.
void check_run_fits(const Case& c, const CaseRun& run, const std::string& file);

// The step to do next (index into c.steps), nullopt when the run is complete.
std::optional<std::size_t> next_step_index(const Case& c, const CaseRun& run);
bool run_complete(const Case& c, const CaseRun& run);

// Marking the next step done. Each throws std::logic_error when the step is not the next one or not of the
// right kind (the flow asks next_step_index first).
void record_answers(CaseRun& run, const Case& c, std::size_t step_index, const StepAnswers& answers,
                    const std::string& now_iso8601);
void record_numbing_read(CaseRun& run, const Case& c, std::size_t step_index, const std::string& now_iso8601);
void record_session(CaseRun& run, const Case& c, std::size_t step_index, const std::string& lesson_path,
                    const std::string& attempt_path, std::optional<int64_t> attempt_id,
                    const std::string& now_iso8601);

// The index of the run's last finished lesson step (design/session/touchup), nullopt before the first.
std::optional<std::size_t> last_lesson_step_done(const Case& c, const CaseRun& run);
// The lesson step after step `numbing_index` (its attempt judges the numbing wait), nullopt when there is none.
std::optional<std::size_t> session_after(const Case& c, std::size_t numbing_index);

// The done steps whose case record the gradebook does not have yet, in case order. A numbing step waits for
// the session after it (that session's first dot is its score); a lesson step needs its attempt recorded first.
std::vector<std::size_t> steps_to_record(const Case& c, const CaseRun& run);

// "6 weeks later", "10 days later", "2 years later" for a step's healed_days (empty for 0).
std::string healing_words(double healed_days);

// The text on the case's client card: "Mark, 42, male; face: oval; loss: Norwood 3. Wishes: ...".
std::string client_line(const CaseClient& client);

}  // namespace stipple
