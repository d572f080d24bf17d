// The practice screens' ImGui panels (see practice_panels.hpp).
#include "sim/ui/practice_panels.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

#include "sim/flow/design_drawing.hpp"
#include "sim/flow/work_dialog.hpp"

#include "sim/flow/metric_targets.hpp"

#include "sim/flow/clock_text.hpp"
#include "sim/flow/hud_layout.hpp"

namespace stipple {

namespace {
constexpr float kPanelW = kLessonPanelWidthPx;  // sim/flow/hud_layout: the fitted view leaves room for it
}  // namespace

std::string time_left_text(double s) { return clock_text(whole_seconds_left(s)); }

// The needle and shade radio buttons: options only, never the lesson's reasons (choosing is the exercise).
static void draw_choice_panel(ChoicePanel& panel) {
    ImGui::Separator();
    ImGui::TextUnformatted("Before the first dot, choose for this client:");
    auto list = [](const char* title, const std::vector<std::string>& labels, int& picked) {
        if (labels.empty()) return;
        ImGui::TextDisabled("%s", title);
        ImGui::PushID(title);
        for (size_t i = 0; i < labels.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::RadioButton(labels[i].c_str(), picked == static_cast<int>(i))) picked = static_cast<int>(i);
            ImGui::PopID();
        }
        ImGui::PopID();
    };
    list("Needle (the follicle size it imitates)", panel.needle_labels, panel.needle);
    list("Pigment shade", panel.shade_labels, panel.shade);
    const std::string missing = choice_missing_text(panel);
    if (!missing.empty()) ImGui::TextColored(ImVec4(1, 0.7f, 0.4f, 1), "%s.", missing.c_str());
}

BriefChoice draw_brief_panel(const Lesson& lesson, bool exam, const std::optional<Autosave>& pending,
                             std::optional<double> pending_left_s, const std::string& note, ImFont* large_font,
                             float window_w, float window_h, ChoicePanel* choices) {
    BriefChoice choice = BriefChoice::None;
    ImGui::SetNextWindowPos(ImVec2(window_w / 2.0f, window_h / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(560, 0), ImGuiCond_Always);
    // Never taller than the window (a long brief in a small window scrolls instead of running off it).
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, window_h - 2 * kPanelMarginPx));
    ImGui::Begin("Lesson brief", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                              ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize);
    if (large_font) ImGui::PushFont(large_font);
    ImGui::TextWrapped("%s", lesson.title.c_str());
    if (large_font) ImGui::PopFont();
    ImGui::TextDisabled("%s%s", exam ? "Exam: no undo, no guides" : "Practice: undo and guides on",
                        lesson.time_limit_s && exam ? (", " + time_left_text(*lesson.time_limit_s) + " time limit").c_str() : "");
    ImGui::Separator();
    ImGui::TextWrapped("%s", lesson.brief.c_str());
    ImGui::Spacing();
    // Resumed work keeps the needle and shade it was started with: the panel is for new work only.
    const bool choosing = choices && offers_choice(*choices) && !(pending && pending->choice);
    if (lesson.design) {  // a hairline design lesson: the client, the rule of the height, the pencil's keys
        for (const std::string& line : design_brief_lines(*lesson.design)) ImGui::TextWrapped("%s", line.c_str());
        ImGui::Text("Mid-frontal point %.0f-%.0f mm above the glabella, pass at %.0f.",
                    lesson.design->rules.mid_frontal_min_mm, lesson.design->rules.mid_frontal_max_mm, lesson.pass_score);
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        for (const std::string& line : design_key_lines()) ImGui::TextWrapped("%s", line.c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::Text("%s, pass at %.0f.", session_targets_text(lesson).c_str(), lesson.pass_score);
        ImGui::TextWrapped("To pass, every part must also reach %.0f, at most %.0f %% of the dots may be blown out "
                           "(deeper than %.1f mm), and the work must be finished.", lesson.component_floor,
                           100.0 * lesson.critical.blowout_share, lesson.targets.depth_max_mm);
        ImGui::Separator();
        // Only the keys that work in this mode (an exam has no undo and no guides).
        for (const std::string& line : work_key_lines(exam)) ImGui::TextDisabled("%s", line.c_str());
        if (choosing) draw_choice_panel(*choices);
    }
    ImGui::Spacing();
    if (!note.empty()) ImGui::TextColored(ImVec4(1, 0.7f, 0.4f, 1), "%s", note.c_str());
    if (pending && exam) {  // an exam is never discarded: it resumes, its clock still running
        ImGui::TextColored(ImVec4(0.5f, 0.85f, 1, 1), "Exam in progress since %s: %zu %s.",
                           pending->started.value_or(pending->saved_at).c_str(), pending->dot_count,
                           dots_word(pending->dot_count));
        if (pending_left_s)
            ImGui::TextColored(ImVec4(1, 0.7f, 0.4f, 1), "Its clock kept running: %s left.", time_left_text(*pending_left_s).c_str());
        if (ImGui::Button("Resume the exam (Enter)", ImVec2(-1, 34))) choice = BriefChoice::Resume;
    } else if (pending) {
        if (pending->design_line)
            ImGui::TextColored(ImVec4(0.5f, 0.85f, 1, 1), "Unfinished hairline from %s: %zu points.",
                               pending->saved_at.c_str(), pending->design_line->size());
        else
            ImGui::TextColored(ImVec4(0.5f, 0.85f, 1, 1), "Unfinished work from %s: %zu dots.", pending->saved_at.c_str(),
                               pending->dot_count);
        if (ImGui::Button("Resume (Enter)", ImVec2(200, 34))) choice = BriefChoice::Resume;
        ImGui::SameLine();
        if (ImGui::Button("Discard it and start over", ImVec2(-1, 34))) choice = BriefChoice::Discard;
    } else {
        const bool ready = !choosing || choice_complete(*choices);
        if (!ready) ImGui::BeginDisabled();
        if (ImGui::Button("Start (Enter)", ImVec2(-1, 34))) choice = BriefChoice::Start;
        if (!ready) ImGui::EndDisabled();
    }
    ImGui::End();
    return choice;
}

WorkPanelAction draw_work_panel(const Lesson& lesson, bool exam, const WorkPanelState& state, bool& guides,
                                bool& loupe) {
    WorkPanelAction action;
    ImGui::SetNextWindowPos(ImVec2(kPanelMarginPx, kPanelMarginPx), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(kPanelW, 0), ImGuiCond_Always);
    ImGui::Begin(exam ? "Exam" : "Practice", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::TextWrapped("%s", lesson.title.c_str());
    ImGui::Text("Dots: %zu", state.dots);
    if (state.time_left_s) {
        const double left = *state.time_left_s;
        ImGui::SameLine(150);
        ImGui::TextColored(left < 30 ? ImVec4(1, 0.4f, 0.3f, 1) : ImVec4(1, 1, 1, 1), "Time left %s",
                           time_left_text(left).c_str());
    } else {
        ImGui::SameLine(150);
        ImGui::TextDisabled("Time %s", clock_text(whole_seconds_elapsed(state.time_s)).c_str());
    }
    if (!state.numbing_line.empty()) {  // before the first dot: wait for the cream (orange), then green; early: red
        const bool early = state.numbing_line.find("early") != std::string::npos;
        const bool waiting = state.numbing_line.find("left") != std::string::npos;
        ImGui::TextColored(early ? ImVec4(1, 0.4f, 0.3f, 1) : waiting ? ImVec4(1, 0.7f, 0.3f, 1) : ImVec4(0.55f, 0.85f, 0.45f, 1),
                           "%s", state.numbing_line.c_str());
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", session_targets_text(lesson).c_str());  // this session's spacing (layering: wider)
    ImGui::PopStyleColor();
    if (ImGui::CollapsingHeader("Brief")) ImGui::TextWrapped("%s", lesson.brief.c_str());
    ImGui::Separator();
    if (!exam) {
        ImGui::BeginDisabled(!state.can_undo);
        if (ImGui::Button("Undo last dot (Ctrl+Z)", ImVec2(-1, 0))) action.undo = true;
        ImGui::EndDisabled();
        ImGui::Checkbox("Guides (G)", &guides);
        ImGui::SameLine();
    } else {
        ImGui::TextDisabled("Exam: pigment is permanent, no undo.");
    }
    ImGui::Checkbox("Loupe (L)", &loupe);
    if (ImGui::Button("Finish (Enter)", ImVec2(-1, 32))) action.finish = true;
    // (No frame rate: frames come only when something changes, app_window.cpp.)
    ImGui::TextDisabled("Zoom %.1f px/mm (wheel, F fits)", state.px_per_mm);
    ImGui::End();
    return action;
}

namespace {

constexpr const char* kLeaveTitle = "Leave this lesson?";
constexpr const char* kFinishTitle = "Finish and score?";

std::optional<WorkRequest> leave_dialog(std::size_t dots, bool exam, DialogWords words) {
    std::optional<WorkRequest> choice;
    if (words == DialogWords::HairlinePoints) {
        ImGui::Text("Your hairline has %zu %s and is not finished.", dots, dots == 1 ? "point" : "points");
        ImGui::TextDisabled("Leaving keeps it in an autosave: opening this lesson again offers to resume.");
    } else if (exam) {
        ImGui::Text("This exam has %zu %s and is not finished.", dots, dots_word(dots));
        ImGui::TextDisabled("Leaving keeps it: its clock runs on, and opening the lesson again resumes it.");
        ImGui::TextDisabled("Past its time limit it is finished as it stands (an abandoned exam fails).");
    } else {
        ImGui::Text("You have placed %zu %s and not finished.", dots, dots_word(dots));
        ImGui::TextDisabled("Leaving keeps them in an autosave: opening this lesson again offers to resume.");
    }
    if (ImGui::Button("Keep working (Esc)", ImVec2(180, 32))) choice = WorkRequest::KeepWorking;
    ImGui::SameLine();
    if (ImGui::Button(exam ? "Leave, the clock runs on" : "Leave, resume later", ImVec2(200, 32)))
        choice = WorkRequest::LeaveKeep;
    if (!exam) {  // pigment in an exam is permanent: no discard
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.6f, 0.2f, 0.2f, 1));
        if (ImGui::Button("Discard the work", ImVec2(160, 32))) choice = WorkRequest::Discard;
        ImGui::PopStyleColor();
    }
    return choice;
}

std::optional<WorkRequest> finish_dialog(std::size_t dots, DialogWords words) {
    std::optional<WorkRequest> choice;
    if (words == DialogWords::HairlinePoints)
        ImGui::Text("Finish with this hairline (%zu points)? The attempt is saved and scored; it cannot be changed after.",
                    dots);
    else
        ImGui::Text("Finish with %zu %s? The attempt is saved and scored; it cannot be changed after.", dots,
                    dots_word(dots));
    if (ImGui::Button("Finish and score (Enter)", ImVec2(220, 32))) choice = WorkRequest::ConfirmFinish;
    ImGui::SameLine();
    if (ImGui::Button("Keep working (Esc)", ImVec2(180, 32))) choice = WorkRequest::KeepWorking;
    return choice;
}

}  // namespace

void close_work_dialogs() {
    // Between frames too (a key answered the dialog): ImGui's own CloseCurrentPopup needs the popup's frame.
    if (ImGui::GetCurrentContext() && GImGui->OpenPopupStack.Size > 0) ImGui::ClosePopupToLevel(0, false);
}

std::optional<WorkRequest> draw_work_dialog(WorkDialog open, std::size_t dots, bool exam, float window_w,
                                            float window_h, DialogWords words) {
    std::optional<WorkRequest> choice;
    for (const char* title : {kLeaveTitle, kFinishTitle}) {
        const bool wanted = title == (open == WorkDialog::Leave ? kLeaveTitle : open == WorkDialog::ConfirmFinish ? kFinishTitle : nullptr);
        if (!wanted && !ImGui::IsPopupOpen(title)) continue;
        if (wanted) ImGui::OpenPopup(title);  // every frame it is wanted: it stays until it is answered
        ImGui::SetNextWindowPos(ImVec2(window_w / 2.0f, window_h / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) continue;
        if (!wanted) ImGui::CloseCurrentPopup();  // answered (by a key or a button): gone, no longer modal
        else if (open == WorkDialog::Leave) choice = leave_dialog(dots, exam, words);
        else choice = finish_dialog(dots, words);
        ImGui::EndPopup();
    }
    return choice;
}

}  // namespace stipple
