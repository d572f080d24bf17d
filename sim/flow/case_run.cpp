// A trainee's run through a case: the stipple-case-run/1 file (written atomically, read strictly), where it
// lives, and which step comes next.
#include "sim/flow/case_run.hpp"

#include <cmath>
#include <set>
#include <stdexcept>

#include "academy/user_data.hpp"
#include "scoring/atomic_file.hpp"
#include "scoring/input_error.hpp"
#include "scoring/input_limits.hpp"
#include "scoring/json_reader.hpp"

namespace stipple {

using json = nlohmann::json;

namespace {

// The most steps a run may hold (a case has a handful; this only bounds a damaged file).
constexpr std::size_t kMaxRunSteps = 200;
constexpr std::size_t kMaxAnswerLists = 200;

void refuse_unknown(const JsonReader& r, const json& obj, const std::string& pointer,
                    const std::set<std::string>& known) {
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (known.count(it.key()) == 0)
            r.fail(ErrorCode::unknown_name, child_pointer(pointer, it.key()), "not a field of " + std::string(kCaseRunFormat));
}

CaseStepRun step_from_json(const JsonReader& r, const json& v, const std::string& p) {
    r.expect_object(v, p);
    refuse_unknown(r, v, p, {"step", "kind", "answers", "lesson", "attempt", "attempt_id", "recorded", "finished"});
    CaseStepRun s;
    s.step_id = r.non_empty_string(r.require(v, p, "step"), child_pointer(p, "step"), kMaxIdChars);
    s.kind = r.non_empty_string(r.require(v, p, "kind"), child_pointer(p, "kind"), kMaxIdChars);
    if (const json* a = r.find(v, p, "answers")) {
        const std::string ap = child_pointer(p, "answers");
        r.expect_array(*a, ap, "answer lists", kMaxAnswerLists);
        for (std::size_t q = 0; q < a->size(); ++q) {
            const std::string qp = child_pointer(ap, q);
            r.expect_array((*a)[q], qp, "option indexes", kMaxAnswerLists);
            std::vector<int> picks;
            for (std::size_t k = 0; k < (*a)[q].size(); ++k) {
                const long long i = r.integer((*a)[q][k], child_pointer(qp, k));
                if (i < 0 || i >= static_cast<long long>(kMaxAnswerLists))
                    r.fail(ErrorCode::out_of_range, child_pointer(qp, k), "expected an option index >= 0");
                picks.push_back(static_cast<int>(i));
            }
            s.answers.push_back(std::move(picks));
        }
    }
    if (const json* x = r.find(v, p, "lesson")) s.lesson_path = r.string(*x, child_pointer(p, "lesson"), kMaxPathChars);
    if (const json* x = r.find(v, p, "attempt")) s.attempt_path = r.string(*x, child_pointer(p, "attempt"), kMaxPathChars);
    if (const json* x = r.find(v, p, "attempt_id")) {
        const long long id = r.integer(*x, child_pointer(p, "attempt_id"));
        if (id <= 0) r.fail(ErrorCode::out_of_range, child_pointer(p, "attempt_id"), "expected an attempt id > 0");
        s.attempt_id = id;
    }
    if (const json* x = r.find(v, p, "recorded")) {
        if (!x->is_boolean()) r.fail(ErrorCode::wrong_type, child_pointer(p, "recorded"), "expected true or false");
        s.recorded = x->get<bool>();
    }
    if (const json* x = r.find(v, p, "finished")) s.finished = r.string(*x, child_pointer(p, "finished"), kMaxNameChars);
    return s;
}

const CaseStep& step_at(const Case& c, std::size_t index) {
    if (index >= c.steps.size()) throw std::logic_error("case step " + std::to_string(index) + " out of range");
    return c.steps[index];
}

void require_next(const CaseRun& run, const Case& c, std::size_t step_index, bool kind_ok, const char* what) {
    if (step_index != run.steps.size() || step_index >= c.steps.size())
        throw std::logic_error("case step " + std::to_string(step_index) + " is not the next step of the run");
    if (!kind_ok) throw std::logic_error("case step " + c.steps[step_index].id + " is not " + what);
}

}  // namespace

json case_run_to_json(const CaseRun& run) {
    json j = json::object();
    j["format"] = kCaseRunFormat;
    j["case"] = run.case_id;
    j["run"] = run.run_id;
    if (run.trainee) j["trainee"] = *run.trainee;
    j["started"] = run.started;
    json steps = json::array();
    for (const CaseStepRun& s : run.steps) {
        json o = json::object();
        o["step"] = s.step_id;
        o["kind"] = s.kind;
        if (!s.answers.empty()) o["answers"] = s.answers;
        if (!s.lesson_path.empty()) o["lesson"] = s.lesson_path;
        if (!s.attempt_path.empty()) o["attempt"] = s.attempt_path;
        if (s.attempt_id) o["attempt_id"] = *s.attempt_id;
        o["recorded"] = s.recorded;
        o["finished"] = s.finished;
        steps.push_back(std::move(o));
    }
    j["steps"] = std::move(steps);
    return j;
}

CaseRun case_run_from_json(const json& doc, const std::string& file) {
    const JsonReader r(file);
    r.expect_object(doc, "");
    refuse_unknown(r, doc, "", {"format", "case", "run", "trainee", "started", "steps"});
    if (r.string(r.require(doc, "", "format"), "/format") != kCaseRunFormat)
        r.fail(ErrorCode::wrong_format, "/format", std::string("expected \"") + kCaseRunFormat + "\"");
    CaseRun run;
    run.case_id = r.non_empty_string(r.require(doc, "", "case"), "/case", kMaxIdChars);
    run.run_id = r.non_empty_string(r.require(doc, "", "run"), "/run", kMaxIdChars);
    if (const json* v = r.find(doc, "", "trainee")) run.trainee = r.string(*v, "/trainee", kMaxNameChars);
    if (const json* v = r.find(doc, "", "started")) run.started = r.string(*v, "/started", kMaxNameChars);
    const json& steps = r.require(doc, "", "steps");
    r.expect_array(steps, "/steps", "steps done", kMaxRunSteps);
    for (std::size_t i = 0; i < steps.size(); ++i) run.steps.push_back(step_from_json(r, steps[i], child_pointer("/steps", i)));
    return run;
}

std::filesystem::path case_run_path(const std::filesystem::path& data_dir, const std::optional<std::string>& trainee,
                                    const std::string& case_id) {
    std::filesystem::path p = autosave_path(data_dir, trainee, "case-" + case_id);
    p.replace_extension(".case-run.json");
    return p;
}

std::filesystem::path case_session_lesson_path(const std::filesystem::path& data_dir, const CaseRun& run,
                                               const std::string& step_id) {
    return data_dir / "cases" / run.run_id / (step_id + ".lesson.json");
}

void save_case_run(const std::string& path, const CaseRun& run) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) create_private_folder(parent);
    write_file_atomically(path, case_run_to_json(run).dump(1) + "\n", kPrivateFileMode);  // a trainee's work
}

std::optional<CaseRun> load_case_run(const std::string& path, const std::string& case_id) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    CaseRun run = case_run_from_json(parse_json_file(path), path);
    if (run.case_id != case_id) return std::nullopt;
    return run;
}

OpenedCaseRun open_case_run(const std::string& path, const Case& c, const std::optional<std::string>& trainee,
                            const std::string& new_run_id, const std::string& now_iso8601) {
    OpenedCaseRun opened;
    std::string aside;
    try {
        if (std::optional<CaseRun> saved = load_case_run(path, c.id)) {
            aside = ".stale";
            check_run_fits(c, *saved, path);
            opened.run = std::move(*saved);
            opened.resumed = true;
            return opened;
        }
    } catch (const InputError& e) {
        if (aside.empty()) aside = ".damaged";
        opened.note = std::string(aside == ".stale" ? "A saved run no longer fits the case and was set aside: "
                                                    : "A saved run could not be read and was set aside: ") + e.what();
        std::error_code ec;
        std::filesystem::rename(path, path + aside, ec);
    }
    opened.run.case_id = c.id;
    opened.run.run_id = new_run_id;
    opened.run.trainee = trainee;
    opened.run.started = now_iso8601;
    return opened;
}

void check_run_fits(const Case& c, const CaseRun& run, const std::string& file) {
    if (run.steps.size() > c.steps.size())
        throw InputError(ErrorCode::record_mismatch, file, "/steps",
                         "the run has " + std::to_string(run.steps.size()) + " steps, the case " + c.id + " only " +
                             std::to_string(c.steps.size()));
    for (std::size_t i = 0; i < run.steps.size(); ++i) {
        const CaseStep& step = c.steps[i];
        const CaseStepRun& done = run.steps[i];
        const std::string p = child_pointer("/steps", i);
        if (done.step_id != step.id || done.kind != step.kind)
            throw InputError(ErrorCode::record_mismatch, file, p,
                             "expected step " + step.id + " (" + step.kind + ") of case " + c.id + ", found " +
                                 done.step_id + " (" + done.kind + ")");
        if (is_question_step(step) && done.answers.size() != step.questions.size())
            throw InputError(ErrorCode::record_mismatch, file, child_pointer(p, "answers"),
                             "expected " + std::to_string(step.questions.size()) + " answer lists");
        if (is_lesson_step(step) && (done.lesson_path.empty() || done.attempt_path.empty()))
            throw InputError(ErrorCode::missing_field, file, p, "a session step needs its lesson and attempt");
    }
}

std::optional<std::size_t> next_step_index(const Case& c, const CaseRun& run) {
    if (run.steps.size() >= c.steps.size()) return std::nullopt;
    return run.steps.size();
}

bool run_complete(const Case& c, const CaseRun& run) { return !next_step_index(c, run).has_value(); }

void record_answers(CaseRun& run, const Case& c, std::size_t step_index, const StepAnswers& answers,
                    const std::string& now_iso8601) {
    require_next(run, c, step_index, is_question_step(step_at(c, step_index)), "a question step");
    CaseStepRun s;
    s.step_id = c.steps[step_index].id;
    s.kind = c.steps[step_index].kind;
    s.answers = answers;
    s.finished = now_iso8601;
    run.steps.push_back(std::move(s));
}

void record_numbing_read(CaseRun& run, const Case& c, std::size_t step_index, const std::string& now_iso8601) {
    require_next(run, c, step_index, step_at(c, step_index).kind == "numbing", "a numbing step");
    CaseStepRun s;
    s.step_id = c.steps[step_index].id;
    s.kind = c.steps[step_index].kind;
    s.finished = now_iso8601;
    run.steps.push_back(std::move(s));
}

void record_session(CaseRun& run, const Case& c, std::size_t step_index, const std::string& lesson_path,
                    const std::string& attempt_path, std::optional<int64_t> attempt_id,
                    const std::string& now_iso8601) {
    require_next(run, c, step_index, is_lesson_step(step_at(c, step_index)), "a lesson step");
    CaseStepRun s;
    s.step_id = c.steps[step_index].id;
    s.kind = c.steps[step_index].kind;
    s.lesson_path = lesson_path;
    s.attempt_path = attempt_path;
    s.attempt_id = attempt_id;
    s.finished = now_iso8601;
    run.steps.push_back(std::move(s));
}

std::optional<std::size_t> last_lesson_step_done(const Case& c, const CaseRun& run) {
    std::optional<std::size_t> last;
    for (std::size_t i = 0; i < run.steps.size() && i < c.steps.size(); ++i)
        if (is_lesson_step(c.steps[i])) last = i;
    return last;
}

std::optional<std::size_t> session_after(const Case& c, std::size_t numbing_index) {
    for (std::size_t i = numbing_index + 1; i < c.steps.size(); ++i)
        if (is_lesson_step(c.steps[i])) return i;
    return std::nullopt;
}

std::vector<std::size_t> steps_to_record(const Case& c, const CaseRun& run) {
    std::vector<std::size_t> due;
    for (std::size_t i = 0; i < run.steps.size() && i < c.steps.size(); ++i) {
        const CaseStepRun& done = run.steps[i];
        if (done.recorded) continue;
        if (is_lesson_step(c.steps[i]) && !done.attempt_id) continue;
        if (c.steps[i].kind == "numbing") {
            const std::optional<std::size_t> session = session_after(c, i);
            if (session && *session >= run.steps.size()) continue;
        }
        due.push_back(i);
    }
    return due;
}

std::string healing_words(double healed_days) {
    if (!(healed_days > 0.0)) return "";
    auto words = [](long n, const char* unit) {
        return std::to_string(n) + " " + unit + (n == 1 ? "" : "s") + " later";
    };
    if (healed_days >= 365.0) return words(std::lround(healed_days / 365.0), "year");
    if (healed_days >= 14.0 && std::fmod(healed_days, 7.0) < 1e-9) return words(std::lround(healed_days / 7.0), "week");
    if (healed_days >= 60.0) return words(std::lround(healed_days / 30.4), "month");
    if (healed_days >= 14.0) return words(std::lround(healed_days / 7.0), "week");
    return words(std::lround(healed_days), "day");
}

std::string client_line(const CaseClient& client) {
    std::string s = client.name.empty() ? std::string("The client") : client.name;
    s += ", " + std::to_string(client.age);
    if (!client.sex.empty()) s += ", " + client.sex;
    std::string traits;
    if (!client.face_shape.empty()) traits += "face: " + client.face_shape;
    if (!client.loss_stage.empty()) traits += (traits.empty() ? "" : "; ") + std::string("loss: ") + client.loss_stage;
    if (!traits.empty()) s += "; " + traits;
    s += ".";
    if (!client.wishes.empty()) s += " Wishes: " + client.wishes;
    return s;
}

}  // namespace stipple
