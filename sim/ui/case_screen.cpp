// The case screen (see case_screen.hpp): ImGui panels over the run that case_run keeps and case_results scores;
// a session step hands over to the practice screens and comes back here with the finished attempt.
#include "sim/ui/case_screen.hpp"

#include <exception>
#include <iostream>
#include <memory>
#include <utility>
#include <vector>

#include <imgui.h>

#include "academy/user_data.hpp"
#include "academy/uuid.hpp"
#include "scoring/case_score.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/flow/case_results.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/case_run.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/practice_screen.hpp"

namespace stipple {

namespace {

const ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse;
const ImVec4 kGood(0.55f, 0.85f, 0.45f, 1.0f);
const ImVec4 kBad(1.0f, 0.55f, 0.45f, 1.0f);
const ImVec4 kInfo(0.5f, 0.85f, 1.0f, 1.0f);

// The real numbing wait before lesson step `index` (the numbing step just before it), else the default.
double numbing_minutes_before(const Case& c, std::size_t index) {
    for (std::size_t i = index; i-- > 0;) {
        if (c.steps[i].kind == "numbing") return c.steps[i].numbing_wait_min;
        if (is_lesson_step(c.steps[i])) break;
    }
    return 30.0;
}

class CaseScreen final : public Screen {
public:
    CaseScreen(const Case& c, CaseScreenOptions options, Then<CaseExit> then)
        : case_(c), options_(std::move(options)), then_(std::move(then)) {}

    void enter(AppWindow& window) override {
        window.set_title("Stipple - case: " + case_.title);
        run_path_ = case_run_path(options_.data_dir, options_.trainee, case_.id).string();
        OpenedCaseRun opened = open_case_run(run_path_, case_, options_.trainee, random_uuid_v4(), now_iso8601_utc());
        run_ = std::move(opened.run);
        if (!opened.note.empty()) error_ = opened.note;
        refresh();
        note(std::string("case: ") + case_.id + (opened.resumed ? " resumed at " : " at ") + where());
    }

    void handle_event(AppWindow& window, const sf::Event& e) override {
        if (e.type == sf::Event::Closed) exit_ = CaseExit{true, "", false};
        if (e.type == sf::Event::KeyPressed && !window.imgui().wants_text_input() && e.key.code == sf::Keyboard::Escape)
            leave();
    }

    void draw(AppWindow& window) override {
        const sf::Vector2u size = window.size();
        const float W = float(size.x), H = float(size.y), pad = 10.0f;
        const float left_w = std::max(320.0f, (W - 3 * pad) * 0.34f);
        client_panel(window, pad, pad, left_w, H - 2 * pad);
        step_panel(window, 2 * pad + left_w, pad, W - 3 * pad - left_w, H - 2 * pad);
    }

    Next next() override {
        if (exit_) return Next::to(then_(*exit_));
        if (session_) return Next::to(std::move(session_));
        return Next::stay();
    }
    double next_frame_in_s() const override { return kNoFrameNeeded; }

private:
    void note(const std::string& line) const {
        if (options_.on_note) options_.on_note(line);
    }

    std::string where() const {
        const std::optional<std::size_t> i = next_step_index(case_, run_);
        if (!i) return "the summary";
        return "step " + std::to_string(*i + 1) + " of " + std::to_string(case_.steps.size()) + " (" +
               case_.steps[*i].id + ", " + case_.steps[*i].kind + ")";
    }

    // After every step: saved, scored and recorded (what can be); the report for the panels.
    void refresh() {
        try {
            report_ = run_report(case_, run_);
        } catch (const std::exception& e) {
            report_.reset();
            error_ = std::string("The case cannot be scored: ") + e.what();
            return;
        }
        if (options_.gradebook && options_.trainee) {
            const std::string refused = record_case_steps(*options_.gradebook, case_, run_, *report_);
            if (!refused.empty()) {
                error_ = "Not recorded in the gradebook: " + refused;
                std::cerr << "stipple: case step not recorded: " << refused << std::endl;
            }
        }
        save();
    }

    void save() {
        try {
            save_case_run(run_path_, run_);
        } catch (const std::exception& e) {
            error_ = std::string("The case run could not be saved: ") + e.what();
        }
    }

    void leave() {
        CaseExit exit;
        if (report_ && report_->complete) exit.notice = case_verdict_line(case_, *report_, run_.steps.size());
        exit_ = exit;
    }

    void client_panel(AppWindow& window, float x, float y, float w, float h) {
        ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
        ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Always);
        ImGui::Begin("Client", nullptr, kPanelFlags);
        if (window.imgui().large_font()) ImGui::PushFont(window.imgui().large_font());
        ImGui::TextWrapped("%s", case_.title.c_str());
        if (window.imgui().large_font()) ImGui::PopFont();
        ImGui::PushStyleColor(ImGuiCol_Text, kInfo);
        ImGui::TextWrapped("%s", client_line(case_.client).c_str());
        ImGui::PopStyleColor();
        ImGui::Separator();
        ImGui::TextWrapped("%s", case_.brief.c_str());
        ImGui::Separator();
        const std::vector<CaseSummaryRow> rows =
            report_ ? case_summary_rows(case_, *report_) : std::vector<CaseSummaryRow>{};
        const std::optional<std::size_t> next = next_step_index(case_, run_);
        for (std::size_t i = 0; i < case_.steps.size(); ++i) {
            const std::string title = case_.steps[i].title.empty() ? case_.steps[i].id : case_.steps[i].title;
            const bool here = next && *next == i;
            const bool scored = i < rows.size() && rows[i].scored;
            if (scored)
                ImGui::TextColored(rows[i].passed ? kGood : kBad, "%zu. %s  %s", i + 1, title.c_str(),
                                   rows[i].score_label.c_str());
            else if (i < run_.steps.size())
                ImGui::TextColored(kGood, "%zu. %s  done", i + 1, title.c_str());
            else if (here)
                ImGui::TextColored(kInfo, "%zu. %s  <- now", i + 1, title.c_str());
            else
                ImGui::TextDisabled("%zu. %s%s", i + 1, title.c_str(), case_.steps[i].optional ? " (optional)" : "");
        }
        ImGui::End();
    }

    void step_panel(AppWindow& window, float x, float y, float w, float h) {
        ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
        ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Always);
        const std::optional<std::size_t> next = show_summary_ ? std::nullopt : next_step_index(case_, run_);
        ImGui::Begin(next ? "Step" : "Case summary", nullptr, kPanelFlags);
        ImGui::BeginChild("body", ImVec2(0, -(ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().ItemSpacing.y + 40)));
        if (!next) {
            summary();
        } else {
            const CaseStep& step = case_.steps[*next];
            if (window.imgui().large_font()) ImGui::PushFont(window.imgui().large_font());
            ImGui::TextWrapped("Step %zu of %zu: %s", *next + 1, case_.steps.size(),
                               (step.title.empty() ? step.id : step.title).c_str());
            if (window.imgui().large_font()) ImGui::PopFont();
            const std::string later = is_lesson_step(step) ? healing_words(step.healed_days) : "";
            if (!later.empty()) ImGui::TextColored(kInfo, "%s%s", later.c_str(), step.sun ? " (a sunny summer)" : "");
            ImGui::TextWrapped("%s", step.text.c_str());
            ImGui::Separator();
            if (is_question_step(step)) questions(*next, step);
            else if (step.kind == "numbing") numbing(*next, step);
            else if (is_lesson_step(step)) lesson_step(*next, step);
        }
        if (!error_.empty()) ImGui::TextColored(kBad, "%s", error_.c_str());
        ImGui::EndChild();
        ImGui::Separator();
        if (ImGui::Button("Back to lessons (Esc): the case is kept", ImVec2(-1, 34))) leave();
        ImGui::End();
    }

    void questions(std::size_t index, const CaseStep& step) {
        if (answers_.size() != step.questions.size()) answers_.assign(step.questions.size(), {});
        const bool judged = shown_.has_value();
        ImGui::BeginDisabled(judged);
        for (std::size_t q = 0; q < step.questions.size(); ++q) {
            const StepQuestion& question = step.questions[q];
            ImGui::PushID(static_cast<int>(q));
            ImGui::TextWrapped("%zu. %s%s", q + 1, question.prompt.c_str(), question.many ? " (choose all that apply)" : "");
            for (std::size_t o = 0; o < question.options.size(); ++o) {
                ImGui::PushID(static_cast<int>(o));
                std::vector<int>& picks = answers_[q];
                const int oi = static_cast<int>(o);
                bool picked = std::find(picks.begin(), picks.end(), oi) != picks.end();
                if (question.many) {
                    if (ImGui::Checkbox(question.options[o].text.c_str(), &picked)) {
                        if (picked) picks.push_back(oi);
                        else picks.erase(std::remove(picks.begin(), picks.end(), oi), picks.end());
                        std::sort(picks.begin(), picks.end());
                    }
                } else if (ImGui::RadioButton(question.options[o].text.c_str(), picked)) {
                    picks = {oi};
                }
                ImGui::PopID();
            }
            ImGui::Spacing();
            ImGui::PopID();
        }
        ImGui::EndDisabled();
        if (!judged) {
            bool all = true;
            for (const std::vector<int>& picks : answers_) all = all && !picks.empty();
            ImGui::BeginDisabled(!all);
            if (ImGui::Button("Submit answers", ImVec2(220, 32))) {
                try {
                    shown_ = score_question_step(step, answers_);
                    note("case: " + step.id + " answered: " + one_line_score(*shown_) + ", " +
                         std::to_string(shown_->explanations.size()) + " explained");
                } catch (const std::exception& e) {
                    error_ = e.what();
                }
            }
            ImGui::EndDisabled();
            return;
        }
        ImGui::TextColored(shown_->passed ? kGood : kBad, "%s", one_line_score(*shown_).c_str());
        for (const std::string& why : shown_->explanations) {
            ImGui::PushStyleColor(ImGuiCol_Text, kBad);
            ImGui::Bullet();
            ImGui::TextWrapped("%s", why.c_str());
            ImGui::PopStyleColor();
        }
        if (ImGui::Button("Continue", ImVec2(220, 32))) {
            record_answers(run_, case_, index, answers_, now_iso8601_utc());
            answers_.clear();
            shown_.reset();
            error_.clear();
            refresh();
            note("case: at " + where());
        }
    }

    static std::string one_line_score(const StepResult& r) {
        char text[64];
        std::snprintf(text, sizeof text, "%.0f / 100, %s", r.score, r.passed ? "passed" : "not passed");
        return text;
    }

    void numbing(std::size_t index, const CaseStep& step) {
        ImGui::TextWrapped("The cream needs %.0f minutes to work. In the next session a numbing clock counts them "
                           "down (compressed: %.0f s); your first dot before it runs out is judged too early.",
                           step.numbing_wait_min, step.numbing_wait_s);
        if (ImGui::Button("The cream is on: continue", ImVec2(260, 32))) {
            record_numbing_read(run_, case_, index, now_iso8601_utc());
            error_.clear();
            refresh();
            note("case: at " + where());
        }
    }

    void lesson_step(std::size_t index, const CaseStep& step) {
        const std::optional<std::size_t> previous = last_lesson_step_done(case_, run_);
        if (previous)
            ImGui::TextWrapped("This session starts on your own work from \"%s\", healed as the pigment heals.",
                               case_.steps[*previous].title.c_str());
        if (ImGui::Button(step.kind == "design" ? "Start the design" : "Start the session", ImVec2(260, 34)))
            start_session(index);
        if (step.optional) {
            ImGui::SameLine();
            if (ImGui::Button("Finish the case without it", ImVec2(260, 34))) show_summary_ = true;
        }
    }

    void start_session(std::size_t index) {
        auto lesson = std::make_shared<Lesson>();
        std::string lesson_path;
        try {
            NextSession planned = plan_session(case_, run_, index);
            *lesson = std::move(planned.lesson);
            lesson_path = case_session_lesson_path(options_.data_dir, run_, case_.steps[index].id).string();
            create_private_folder(std::filesystem::path(lesson_path).parent_path());
            save_lesson(lesson_path, *lesson);
        } catch (const std::exception& e) {
            error_ = std::string("The session cannot start: ") + e.what();
            return;
        }
        const std::size_t marks = lesson->existing ? lesson->existing->marks.size() : 0;
        note("case: session " + case_.steps[index].id + " on lesson " + lesson->id + " with " + std::to_string(marks) +
             " healed marks" + (lesson->numbing_wait_s ? ", numbing clock " + std::to_string(int(*lesson->numbing_wait_s)) + " s" : ""));
        PracticeOptions po;
        po.trainee = options_.trainee;
        po.data_dir = options_.data_dir;
        po.autosave_path = autosave_path(options_.data_dir, options_.trainee, lesson->id).string();
        po.gradebook = options_.gradebook;
        po.numbing_wait_min = numbing_minutes_before(case_, index);
        po.on_note = options_.on_note;
        const Case& c = case_;
        CaseScreenOptions options = options_;
        Then<CaseExit> then = then_;
        std::string run_path = run_path_;
        session_ = make_practice_screen(*lesson, po, [lesson, lesson_path, index, &c, options, then,
                                                      run_path](const PracticeOutcome& outcome) -> std::unique_ptr<Screen> {
            if (outcome.window_closed) return then(CaseExit{true, "", false});
            if (outcome.finished) {
                print_record_outcome(std::cout, std::cerr, outcome.result, options.trainee.value_or(""), lesson->id);
                try {
                    std::optional<CaseRun> run = load_case_run(run_path, c.id);
                    if (run && next_step_index(c, *run) == index) {
                        record_session(*run, c, index, lesson_path, outcome.result.saved_path, outcome.result.recorded_id,
                                       now_iso8601_utc());
                        save_case_run(run_path, *run);
                    }
                } catch (const std::exception& e) {
                    std::cerr << "stipple: the case run could not be saved: " << e.what() << std::endl;
                }
            }
            return make_case_screen(c, options, then);
        });
    }

    void summary() {
        if (!report_) return;
        ImGui::TextColored(report_->passed ? kGood : (report_->complete ? kBad : kInfo), "%s",
                           case_verdict_line(case_, *report_, run_.steps.size()).c_str());
        if (!summary_noted_) {
            summary_noted_ = true;
            note("case: summary: " + case_verdict_line(case_, *report_, run_.steps.size()));
        }
        if (ImGui::BeginTable("summary", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
            ImGui::TableSetupColumn("Step", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, 110);
            ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, 110);
            ImGui::TableHeadersRow();
            for (const CaseSummaryRow& row : case_summary_rows(case_, *report_)) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextWrapped("%s", row.title.c_str());
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(row.kind.c_str());
                ImGui::TableSetColumnIndex(2);
                if (row.scored) ImGui::TextColored(row.passed ? kGood : kBad, "%s %s", row.score_label.c_str(), row.passed ? "passed" : "failed");
                else ImGui::TextDisabled("%s", row.score_label.c_str());
            }
            ImGui::EndTable();
        }
        if (report_->complete && ImGui::Button("Run the case again (a new run; this one stays in the gradebook)", ImVec2(-1, 32))) {
            run_ = CaseRun{case_.id, random_uuid_v4(), options_.trainee, now_iso8601_utc(), {}};
            show_summary_ = summary_noted_ = false;
            error_.clear();
            refresh();
            note("case: " + case_.id + " again at " + where());
            return;
        }
        for (const StepResult& r : report_->steps)
            for (const std::string& why : r.explanations) {
                ImGui::PushStyleColor(ImGuiCol_Text, kBad);
                ImGui::Bullet();
                ImGui::TextWrapped("%s: %s", r.step_id.c_str(), why.c_str());
                ImGui::PopStyleColor();
            }
    }

    const Case& case_;
    CaseScreenOptions options_;
    Then<CaseExit> then_;
    std::string run_path_;
    CaseRun run_;
    std::optional<CaseReport> report_;
    std::vector<std::vector<int>> answers_;
    std::optional<StepResult> shown_;
    std::string error_;
    bool show_summary_ = false;
    bool summary_noted_ = false;
    std::optional<CaseExit> exit_;
    std::unique_ptr<Screen> session_;
};

}  // namespace

std::unique_ptr<Screen> make_case_screen(const Case& c, const CaseScreenOptions& options, Then<CaseExit> then) {
    return std::make_unique<CaseScreen>(c, options, std::move(then));
}

}  // namespace stipple
