// Scoring a case (see case_score.hpp). A question scores 1 when exactly the right options are picked; a
// choose-all-that-apply question scores (right picks - wrong picks) / right options, at least 0. A step's score
// is the mean of its questions, in percent; it passes only when every question is fully right. The numbing step
// scores 100 when the first dot waited out the clock, else the share of the wait respected, and passes only then.
#include "case_score.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "input_error.hpp"

namespace stipple {

namespace {

std::string one_decimal(double v) {
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(v == std::floor(v) ? 0 : 1);
    s << v;
    return s.str();
}

std::string answer_pointer(size_t question, size_t pick) {
    return "/" + std::to_string(question) + "/" + std::to_string(pick);
}

}  // namespace

StepResult score_question_step(const CaseStep& step, const StepAnswers& answers) {
    const std::string label = "step " + step.id;
    if (!is_question_step(step)) throw InputError(ErrorCode::out_of_range, label, "", "expected a question step, found kind \"" + step.kind + "\"");
    if (answers.size() != step.questions.size())
        throw InputError(ErrorCode::out_of_range, label, "", "expected answers to " + std::to_string(step.questions.size()) +
                                                              " questions, found " + std::to_string(answers.size()));
    StepResult result;
    result.step_id = step.id;
    result.kind = step.kind;
    double sum = 0.0;
    bool all_right = true;
    for (size_t qi = 0; qi < step.questions.size(); ++qi) {
        const StepQuestion& q = step.questions[qi];
        const std::vector<int>& picks = answers[qi];
        if (!q.many && picks.size() > 1)
            throw InputError(ErrorCode::too_many_items, label, "/" + std::to_string(qi), "expected one answer to question \"" + q.id + "\", found " +
                                                                          std::to_string(picks.size()));
        std::vector<bool> picked(q.options.size(), false);
        for (size_t k = 0; k < picks.size(); ++k) {
            const int p = picks[k];
            if (p < 0 || static_cast<size_t>(p) >= q.options.size())
                throw InputError(ErrorCode::out_of_range, label, answer_pointer(qi, k), "expected an option index from 0 to " +
                                                                       std::to_string(q.options.size() - 1) + ", found " + std::to_string(p));
            if (picked[static_cast<size_t>(p)])
                throw InputError(ErrorCode::out_of_range, label, answer_pointer(qi, k), "expected each option picked once, " + std::to_string(p) + " is picked twice");
            picked[static_cast<size_t>(p)] = true;
        }
        int right = 0, wrong = 0, correct = 0;
        for (size_t o = 0; o < q.options.size(); ++o) {
            const StepOption& opt = q.options[o];
            if (opt.correct) ++correct;
            if (picked[o] && opt.correct) ++right;
            if (picked[o] && !opt.correct) {
                ++wrong;
                result.explanations.push_back(q.prompt + " \"" + opt.text + "\" is wrong: " + opt.explanation);
            }
            if (!picked[o] && opt.correct)
                result.explanations.push_back(q.prompt + (q.many ? " Also right: \"" : " The right answer: \"") + opt.text +
                                              "\"" + (opt.explanation.empty() ? "" : ": " + opt.explanation));
        }
        const double score = q.many ? std::max(0.0, static_cast<double>(right - wrong) / correct) : (right == 1 && wrong == 0 ? 1.0 : 0.0);
        if (right != correct || wrong > 0) all_right = false;
        sum += score;
    }
    result.score = step.questions.empty() ? 100.0 : 100.0 * sum / static_cast<double>(step.questions.size());
    result.passed = all_right;
    return result;
}

StepResult score_numbing_step(const CaseStep& step, const Attempt& session_attempt) {
    StepResult result;
    result.step_id = step.id;
    result.kind = step.kind;
    std::optional<double> first;
    bool untimed = false;
    for (const Dot& d : session_attempt.dots) {
        if (!d.t) {
            untimed = true;
            continue;
        }
        if (!first || *d.t < *first) first = *d.t;
    }
    const double wait = step.numbing_wait_s;
    const std::string minutes = one_decimal(step.numbing_wait_min);
    if (!first) {
        result.explanations.push_back(session_attempt.dots.empty()
                                          ? "No dot was placed after the numbing step: the wait cannot be judged."
                                          : "The session's dots carry no times: the numbing wait cannot be shown to be respected.");
        return result;
    }
    if (untimed) {
        result.explanations.push_back("Some of the session's dots carry no time: the numbing wait cannot be shown to be respected.");
        return result;
    }
    if (*first >= wait) {
        result.score = 100.0;
        result.passed = true;
        return result;
    }
    const double share = std::clamp(*first / wait, 0.0, 1.0);
    result.score = 100.0 * share;
    result.explanations.push_back("The first dot came " + one_decimal(*first) + " s into the " + one_decimal(wait) +
                                  " s numbing clock, about " + one_decimal(share * step.numbing_wait_min) + " of the " + minutes +
                                  " minutes the cream needs: the client felt the needle. Wait for the clock before the first dot.");
    return result;
}

CaseReport combine_case(const Case& c, const std::vector<StepResult>& steps, const std::vector<SessionResult>& sessions) {
    CaseReport report;
    report.case_id = c.id;
    // The last result for a step counts (a step taken again replaces the earlier result).
    std::map<std::string, const StepResult*> step_result;
    std::map<std::string, const SessionResult*> session_result;
    std::map<std::string, const CaseStep*> step_of;
    for (const CaseStep& s : c.steps) step_of[s.id] = &s;
    const std::string label = "case " + c.id;
    for (const StepResult& r : steps) {
        const auto it = step_of.find(r.step_id);
        if (it == step_of.end() || is_lesson_step(*it->second))
            throw InputError(ErrorCode::unknown_name, label, "", "expected a result for a question or numbing step of the case, \"" + r.step_id + "\" is not one");
        step_result[r.step_id] = &r;
    }
    for (const SessionResult& r : sessions) {
        const auto it = step_of.find(r.step_id);
        if (it == step_of.end() || !is_lesson_step(*it->second))
            throw InputError(ErrorCode::unknown_name, label, "", "expected a result for a design, session or touchup step of the case, \"" + r.step_id + "\" is not one");
        if (r.lesson_id != it->second->lesson.id)
            throw InputError(ErrorCode::lesson_mismatch, label, "", "expected step \"" + r.step_id + "\" to be scored on lesson \"" +
                                                                       it->second->lesson.id + "\", found \"" + r.lesson_id + "\"");
        session_result[r.step_id] = &r;
    }
    bool complete = true, lessons_passed = true;
    double protocol_sum = 0.0, lesson_sum = 0.0;
    size_t protocol_count = 0, lesson_count = 0;
    for (const CaseStep& s : c.steps) {
        if (is_lesson_step(s)) {
            const auto it = session_result.find(s.id);
            if (it == session_result.end()) {
                if (!s.optional) complete = false;
                continue;
            }
            report.sessions.push_back(*it->second);
            lesson_sum += it->second->report.total;
            ++lesson_count;
            if (!it->second->report.passed) lessons_passed = false;
        } else {
            const auto it = step_result.find(s.id);
            if (it == step_result.end()) {
                complete = false;
                continue;
            }
            report.steps.push_back(*it->second);
            protocol_sum += it->second->score;
            ++protocol_count;
        }
    }
    report.protocol_score = protocol_count ? protocol_sum / static_cast<double>(protocol_count) : 0.0;
    const bool has_protocol = std::any_of(c.steps.begin(), c.steps.end(), [](const CaseStep& s) { return !is_lesson_step(s); });
    if (!has_protocol) report.protocol_score = 100.0;
    report.total = (report.protocol_score + lesson_sum) / static_cast<double>(1 + lesson_count);
    report.complete = complete;
    report.passed = complete && lessons_passed && report.protocol_score >= c.protocol_pass_score;
    return report;
}

}  // namespace stipple
