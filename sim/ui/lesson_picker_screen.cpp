// The lesson picker's screen object and panels (see lesson_picker_screen.hpp); rows come from lesson_picker_model.
// Nothing is cut off at 1024x640: titles wrap in their rows (lessons and history), the selected lesson's text scrolls above a foot
// that always shows the exam switch and the Start button.
#include "sim/ui/lesson_picker_screen.hpp"

#include <optional>
#include <string>

#include <imgui.h>

#include "sim/flow/case_run.hpp"
#include "sim/flow/metric_targets.hpp"
#include "sim/ui/app_window.hpp"

namespace stipple {

namespace {

ImVec4 state_colour(LessonState state) {
    switch (state) {
        case LessonState::Locked: return ImVec4(0.55f, 0.55f, 0.58f, 1.0f);
        case LessonState::Open: return ImVec4(0.45f, 0.75f, 1.0f, 1.0f);
        case LessonState::Passed: return ImVec4(0.55f, 0.85f, 0.45f, 1.0f);
        case LessonState::Proficient: return ImVec4(1.0f, 0.82f, 0.35f, 1.0f);
    }
    return ImVec4(1, 1, 1, 1);
}

const ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse;

void lessons_panel(PickerView& view, std::optional<PickerChoice>& choice, bool& scroll_to_selected, float x, float y,
                   float w, float h) {
    ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Always);
    ImGui::Begin("Lessons", nullptr, kPanelFlags);
    if (view.curriculum) ImGui::TextDisabled("%s", view.curriculum->title.c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
    if (ImGui::BeginTable("lessons", 4, flags, ImVec2(0, 0))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Lesson", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("State", ImGuiTableColumnFlags_WidthFixed, 90);
        ImGui::TableSetupColumn("Best", ImGuiTableColumnFlags_WidthFixed, 50);
        ImGui::TableSetupColumn("Last", ImGuiTableColumnFlags_WidthFixed, 50);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < view.rows.size(); ++i) {
            const PickerRow& row = view.rows[i];
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushID(static_cast<int>(i));
            const std::string label = std::to_string(i + 1) + ". " + row.title;
            // A selectable as tall as the wrapped title, with the title drawn over it.
            const float wrap = ImGui::GetContentRegionAvail().x;
            const ImVec2 text_size = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
            const ImVec2 at = ImGui::GetCursorPos();
            if (ImGui::Selectable("##row", view.selected == i,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick,
                                  ImVec2(0, text_size.y))) {
                view.selected = i;
                if (ImGui::IsMouseDoubleClicked(0)) choice = PickerChoice{PickerChoice::Kind::Start, i, 0};
            }
            const ImVec2 after = ImGui::GetCursorPos();
            ImGui::SetCursorPos(at);
            if (!row.startable) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.6f, 0.6f, 0.63f, 1.0f));
            ImGui::PushTextWrapPos(at.x + wrap);
            ImGui::TextUnformatted(label.c_str());
            ImGui::PopTextWrapPos();
            if (!row.startable) ImGui::PopStyleColor();
            ImGui::SetCursorPos(after);
            if (scroll_to_selected && view.selected == i) ImGui::SetScrollHereY(0.5f);
            ImGui::PopID();
            ImGui::TableSetColumnIndex(1);
            ImGui::TextColored(state_colour(row.state), "%s", row.state_label.c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(row.best_label.c_str());
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(row.last_label.c_str());
        }
        ImGui::EndTable();
    }
    scroll_to_selected = false;
    ImGui::End();
}

// A case row: the client, the brief and the steps; Start begins the case or resumes the trainee's run.
void case_detail(PickerView& view, ImGuiBridge& imgui, std::optional<PickerChoice>& choice, const PickerRow& row) {
    const Case& c = view.curriculum->cases[row.curriculum_index].the_case;
    const float foot_h = ImGui::GetFrameHeight() + 36.0f + 2 * ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("text", ImVec2(0, -foot_h), false);
    if (imgui.large_font()) ImGui::PushFont(imgui.large_font());
    ImGui::TextWrapped("%s", row.title.c_str());
    if (imgui.large_font()) ImGui::PopFont();
    ImGui::TextColored(state_colour(row.state), "%s", row.state_label.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", row.attempts_label.c_str());
    ImGui::TextColored(ImVec4(0.5f, 0.85f, 1, 1), "%s", client_line(c.client).c_str());
    ImGui::Separator();
    ImGui::TextWrapped("%s", c.brief.c_str());
    ImGui::Spacing();
    for (std::size_t i = 0; i < c.steps.size(); ++i)
        ImGui::TextDisabled("%zu. %s%s", i + 1, (c.steps[i].title.empty() ? c.steps[i].id : c.steps[i].title).c_str(),
                            c.steps[i].optional ? " (optional)" : "");
    ImGui::EndChild();
    if (!row.startable) ImGui::TextColored(ImVec4(1.0f, 0.7f, 0.4f, 1.0f), "Locked: %s", row.locked_reason.c_str());
    else ImGui::TextDisabled("Your run is kept between visits: Start resumes it.");
    ImGui::BeginDisabled(!row.startable);
    if (ImGui::Button(row.startable ? "Start the case (Enter)" : "Locked", ImVec2(-1, 36)))
        choice = PickerChoice{PickerChoice::Kind::Start, view.selected, 0};
    ImGui::EndDisabled();
}

void detail_panel(PickerView& view, ImGuiBridge& imgui, std::optional<PickerChoice>& choice, float x, float y, float w,
                  float h) {
    ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Always);
    ImGui::Begin("Selected lesson", nullptr, kPanelFlags | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (view.selected < view.rows.size() && view.curriculum) {
        const PickerRow& row = view.rows[view.selected];
        if (row.is_case) {
            case_detail(view, imgui, choice, row);
            ImGui::End();
            return;
        }
        const Lesson& lesson = view.curriculum->lessons[row.curriculum_index].lesson;
        // The foot (why it is locked, the exam switch, Start) stays in view; the lesson's text scrolls above it.
        const ImGuiStyle& style = ImGui::GetStyle();
        const std::string locked = row.startable ? std::string() : "Locked: " + row.locked_reason;
        const float locked_h =
            locked.empty() ? 0.0f
                           : ImGui::CalcTextSize(locked.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y +
                                 style.ItemSpacing.y;
        const float foot_h = locked_h + ImGui::GetFrameHeight() + 36.0f + 2 * style.ItemSpacing.y;
        ImGui::BeginChild("text", ImVec2(0, -foot_h), false);
        if (imgui.large_font()) ImGui::PushFont(imgui.large_font());
        ImGui::TextWrapped("%s", row.title.c_str());
        if (imgui.large_font()) ImGui::PopFont();
        ImGui::TextColored(state_colour(row.state), "%s", row.state_label.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("best %s, last %s, %s", row.best_label.c_str(), row.last_label.c_str(),
                            row.attempts_label.c_str());
        ImGui::Separator();
        ImGui::TextWrapped("%s", lesson.brief.c_str());
        ImGui::Spacing();
        ImGui::TextDisabled("%s, pass at %.0f.", session_targets_text(lesson).c_str(), lesson.pass_score);
        ImGui::EndChild();
        if (!locked.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.7f, 0.4f, 1.0f));
            ImGui::TextWrapped("%s", locked.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::Checkbox("Exam mode (no undo, no guides, time limit)", &view.exam);
        ImGui::BeginDisabled(!row.startable);
        if (ImGui::Button(row.startable ? "Start (Enter)" : "Locked", ImVec2(-1, 36)))
            choice = PickerChoice{PickerChoice::Kind::Start, view.selected, 0};
        ImGui::EndDisabled();
    }
    ImGui::End();
}

void history_panel(PickerView& view, std::optional<PickerChoice>& choice, float x, float y, float w, float h) {
    ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Always);
    ImGui::Begin("History", nullptr, kPanelFlags);
    if (view.history.empty()) {
        ImGui::TextDisabled("No attempts yet. Finished attempts are recorded here.");
    } else if (ImGui::BeginTable("history", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY, ImVec2(0, 0))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed, 130);
        // The lesson and the dots share what is left (wrapped): a narrow window still shows whole words.
        ImGui::TableSetupColumn("Lesson", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, 100);
        ImGui::TableSetupColumn("Dots", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 60);
        ImGui::TableHeadersRow();
        for (const HistoryRow& row : view.history) {
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(row.attempt_id));
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(row.when_label.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::TextWrapped("%s", row.lesson_title.c_str());
            if (row.mode_label == "exam") {
                ImGui::SameLine();
                ImGui::TextDisabled("(exam)");
            }
            ImGui::TableSetColumnIndex(2);
            ImGui::TextColored(row.passed ? ImVec4(0.55f, 0.85f, 0.45f, 1) : ImVec4(1.0f, 0.55f, 0.45f, 1), "%s %s",
                               row.score_label.c_str(), row.result_label.c_str());
            if (!row.not_counted_label.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ImGui::TextWrapped("%s", row.not_counted_label.c_str());
                ImGui::PopStyleColor();
            }
            ImGui::TableSetColumnIndex(3);
            ImGui::TextWrapped("%s", row.detail_label.c_str());
            ImGui::TableSetColumnIndex(4);
            if (ImGui::SmallButton("Replay")) choice = PickerChoice{PickerChoice::Kind::Replay, 0, row.attempt_id};
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

class LessonPickerScreen final : public Screen {
public:
    LessonPickerScreen(PickerView& view, Then<PickerChoice> then) : view_(view), then_(std::move(then)) {}

    void enter(AppWindow& window) override { window.set_title("Stipple - lessons"); }

    void handle_event(AppWindow& window, const sf::Event& e) override {
        if (e.type == sf::Event::Closed) choice_ = PickerChoice{PickerChoice::Kind::WindowClosed, 0, 0};
        // No text field here: the keys are the picker's (wants_keyboard is stale between idle frames).
        if (e.type != sf::Event::KeyPressed || window.imgui().wants_text_input()) return;
        switch (e.key.code) {
            case sf::Keyboard::Enter: pending_ = PickerChoice{PickerChoice::Kind::Start, view_.selected, 0}; break;
            case sf::Keyboard::Up:
                view_.selected = move_selection(view_.selected, -1, view_.rows.size());
                scroll_to_selected_ = true;
                break;
            case sf::Keyboard::Down:
                view_.selected = move_selection(view_.selected, 1, view_.rows.size());
                scroll_to_selected_ = true;
                break;
            case sf::Keyboard::Q:
                if (e.key.control) choice_ = PickerChoice{PickerChoice::Kind::WindowClosed, 0, 0};
                break;
            default: break;
        }
    }

    void draw(AppWindow& window) override {
        const sf::Vector2u size = window.size();
        const float W = float(size.x), H = float(size.y), pad = 10.0f, top = 54.0f;

        ImGui::SetNextWindowPos(ImVec2(pad, pad), ImGuiCond_Always);
        ImGui::SetNextWindowSize(ImVec2(W - 2 * pad, top - pad), ImGuiCond_Always);
        ImGui::Begin("##top", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar);
        ImGui::Text("Signed in as %s", view_.trainee.c_str());
        if (!view_.notice.empty()) {
            ImGui::SameLine(0, 24);
            ImGui::TextColored(view_.notice_is_error ? ImVec4(1.0f, 0.55f, 0.4f, 1) : ImVec4(0.55f, 0.85f, 0.45f, 1),
                               "%s", view_.notice.c_str());
        }
        ImGui::SameLine(W - 2 * pad - 110);
        if (ImGui::Button("Sign out", ImVec2(90, 0))) pending_ = PickerChoice{PickerChoice::Kind::SignOut, 0, 0};
        ImGui::End();

        const float left_w = std::max(360.0f, (W - 3 * pad) * 0.45f);
        const float right_w = W - 3 * pad - left_w;
        const float history_h = std::max(160.0f, (H - top - 2 * pad) * 0.42f);
        lessons_panel(view_, pending_, scroll_to_selected_, pad, top + pad, left_w, H - top - 2 * pad);
        detail_panel(view_, window.imgui(), pending_, 2 * pad + left_w, top + pad, right_w, H - top - 3 * pad - history_h);
        history_panel(view_, pending_, 2 * pad + left_w, H - pad - history_h, right_w, history_h);
    }

    // A choice made by key or click this frame is taken once the frame is on screen.
    void after_frame(AppWindow&) override {
        if (pending_) choice_ = pending_;
    }

    Next next() override { return choice_ ? Next::to(then_(*choice_)) : Next::stay(); }
    double next_frame_in_s() const override { return kNoFrameNeeded; }  // nothing moves without input

private:
    PickerView& view_;
    Then<PickerChoice> then_;
    bool scroll_to_selected_ = true;
    std::optional<PickerChoice> pending_;
    std::optional<PickerChoice> choice_;
};

}  // namespace

std::unique_ptr<Screen> make_lesson_picker_screen(PickerView& view, Then<PickerChoice> then) {
    return std::make_unique<LessonPickerScreen>(view, std::move(then));
}

}  // namespace stipple
