// A case run's sessions, scores, summary and gradebook rows (see case_results.hpp).
#include "sim/flow/case_results.hpp"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "academy/case_records.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"

namespace stipple {

namespace {

std::string one_decimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

const StepResult* step_result(const CaseReport& report, const std::string& step_id) {
    for (const StepResult& r : report.steps)
        if (r.step_id == step_id) return &r;
    return nullptr;
}

const SessionResult* session_result(const CaseReport& report, const std::string& step_id) {
    for (const SessionResult& r : report.sessions)
        if (r.step_id == step_id) return &r;
    return nullptr;
}

}  // namespace

NextSession plan_session(const Case& c, const CaseRun& run, std::size_t step_index) {
    const std::optional<std::size_t> previous = last_lesson_step_done(c, run);
    NextSession next;
    if (!previous) {
        next = first_session(c);
    } else {
        const CaseStepRun& done = run.steps[*previous];
        const Lesson previous_lesson = load_lesson(done.lesson_path);
        const Attempt previous_attempt = load_attempt(done.attempt_path);
        next = next_session(c, previous_lesson, previous_attempt, done.attempt_path);
    }
    if (next.step_index != step_index)
        throw InputError(ErrorCode::record_mismatch, c.id, "/steps/" + std::to_string(step_index),
                         "the case's next session is step " + std::to_string(next.step_index) + ", not " +
                             std::to_string(step_index));
    return next;
}

CaseReport run_report(const Case& c, const CaseRun& run) {
    std::vector<StepResult> steps;
    std::vector<SessionResult> sessions;
    std::vector<Attempt> attempts(run.steps.size());
    for (std::size_t i = 0; i < run.steps.size() && i < c.steps.size(); ++i) {
        const CaseStep& step = c.steps[i];
        if (!is_lesson_step(step)) continue;
        const CaseStepRun& done = run.steps[i];
        const Lesson lesson = load_lesson(done.lesson_path);
        attempts[i] = load_attempt(done.attempt_path);
        sessions.push_back({step.id, lesson.id, score_attempt(lesson, attempts[i])});
    }
    for (std::size_t i = 0; i < run.steps.size() && i < c.steps.size(); ++i) {
        const CaseStep& step = c.steps[i];
        if (is_question_step(step)) {
            steps.push_back(score_question_step(step, run.steps[i].answers));
        } else if (step.kind == "numbing") {
            const std::optional<std::size_t> session = session_after(c, i);
            if (session && *session < run.steps.size()) steps.push_back(score_numbing_step(step, attempts[*session]));
        }
    }
    return combine_case(c, steps, sessions);
}

std::vector<CaseSummaryRow> case_summary_rows(const Case& c, const CaseReport& report) {
    std::vector<CaseSummaryRow> rows;
    for (const CaseStep& step : c.steps) {
        CaseSummaryRow row;
        row.title = step.title.empty() ? step.id : step.title;
        row.kind = step.kind;
        row.score_label = "-";
        if (const StepResult* r = step_result(report, step.id)) {
            row.scored = true;
            row.passed = r->passed;
            row.score_label = one_decimal(r->score);
        } else if (const SessionResult* s = session_result(report, step.id)) {
            row.scored = true;
            row.passed = s->report.passed;
            row.score_label = one_decimal(s->report.total);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string case_verdict_line(const Case& c, const CaseReport& report, std::size_t steps_done) {
    if (!report.complete)
        return "Case in progress: " + std::to_string(steps_done) + " of " + std::to_string(c.steps.size()) + " steps";
    return std::string(report.passed ? "Case passed: " : "Case not passed: ") + one_decimal(report.total) +
           " (protocol " + one_decimal(report.protocol_score) + ")";
}

std::string record_case_steps(Gradebook& gradebook, const Case& c, CaseRun& run, const CaseReport& report) {
    if (!run.trainee) return "no trainee signed in";
    for (const std::size_t i : steps_to_record(c, run)) {
        const CaseStep& step = c.steps[i];
        CaseStepRun& done = run.steps[i];
        CaseStepInput input;
        input.trainee = *run.trainee;
        input.case_id = c.id;
        input.case_title = c.title;
        input.run_id = run.run_id;
        input.step_id = step.id;
        input.kind = step.kind;
        input.finished = done.finished;
        input.detail_json = "{}";
        if (const StepResult* r = step_result(report, step.id)) {
            input.score = r->score;
            input.passed = r->passed;
            if (is_question_step(step))
                input.detail_json = nlohmann::json{{"answers", done.answers}, {"explanations", r->explanations}}.dump();
        } else if (const SessionResult* s = session_result(report, step.id)) {
            input.score = s->report.total;
            input.passed = s->report.passed;
            input.attempt_id = done.attempt_id;
        } else {
            continue;  // not scored yet (nothing to say about it)
        }
        try {
            record_case_step(gradebook, input);
            done.recorded = true;
        } catch (const std::exception& e) {
            return e.what();
        }
    }
    return "";
}

}  // namespace stipple
