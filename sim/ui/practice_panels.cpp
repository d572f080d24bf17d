// The practice screens' ImGui panels (see practice_panels.hpp).
#include "sim/ui/practice_panels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

namespace stipple {

namespace {
constexpr float kPanelW = 320.0f;
}  // namespace

std::string time_text(double s) {
    const int total = std::max(0, int(std::ceil(s)));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d:%02d", total / 60, total % 60);
    return buf;
}

BriefChoice draw_brief_panel(const Lesson& lesson, bool exam, const std::optional<Autosave>& pending,
                             const std::string& note, ImFont* large_font, float window_w, float window_h) {
    BriefChoice choice = BriefChoice::None;
    ImGui::SetNextWindowPos(ImVec2(window_w / 2.0f, window_h / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(560, 0), ImGuiCond_Always);
    ImGui::Begin("Lesson brief", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                              ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize);
    if (large_font) ImGui::PushFont(large_font);
    ImGui::TextWrapped("%s", lesson.title.c_str());
    if (large_font) ImGui::PopFont();
    ImGui::TextDisabled("%s%s", exam ? "Exam: no undo, no guides" : "Practice: undo and guides on",
                        lesson.time_limit_s && exam ? (", " + time_text(*lesson.time_limit_s) + " time limit").c_str() : "");
    ImGui::Separator();
    ImGui::TextWrapped("%s", lesson.brief.c_str());
    ImGui::Spacing();
    ImGui::Text("Spacing about %.1f mm, depth %.1f-%.1f mm, pass at %.0f.", lesson.targets.spacing_mm,
                lesson.targets.depth_min_mm, lesson.targets.depth_max_mm, lesson.pass_score);
    ImGui::TextWrapped("To pass, every part must also reach %.0f, at most %.0f %% of the dots may be blown out "
                       "(deeper than %.1f mm), and the work must be finished.", lesson.component_floor,
                       100.0 * lesson.critical.blowout_share, lesson.targets.depth_max_mm);
    ImGui::Separator();
    ImGui::TextDisabled("Left click or pen: place a dot (hold longer or press harder = deeper)");
    ImGui::TextDisabled("Wheel: zoom   Right drag / arrows: pan   L: loupe   F: fit");
    ImGui::TextDisabled("Ctrl+Z: undo   Enter: finish   Esc: leave   F12: screenshot");
    ImGui::Spacing();
    if (!note.empty()) ImGui::TextColored(ImVec4(1, 0.7f, 0.4f, 1), "%s", note.c_str());
    if (pending) {
        ImGui::TextColored(ImVec4(0.5f, 0.85f, 1, 1), "Unfinished work from %s: %zu dots.", pending->saved_at.c_str(),
                           pending->dot_count);
        if (ImGui::Button("Resume (Enter)", ImVec2(200, 34))) choice = BriefChoice::Resume;
        ImGui::SameLine();
        if (ImGui::Button("Discard it and start over", ImVec2(-1, 34))) choice = BriefChoice::Discard;
    } else if (ImGui::Button("Start (Enter)", ImVec2(-1, 34))) {
        choice = BriefChoice::Start;
    }
    ImGui::End();
    return choice;
}

WorkPanelAction draw_work_panel(const Lesson& lesson, bool exam, const WorkPanelState& state, bool& guides,
                                bool& loupe) {
    WorkPanelAction action;
    ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(kPanelW, 0), ImGuiCond_Always);
    ImGui::Begin(exam ? "Exam" : "Practice", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::TextWrapped("%s", lesson.title.c_str());
    ImGui::Text("Dots: %zu", state.dots);
    if (exam && lesson.time_limit_s) {
        const double left = *lesson.time_limit_s - state.time_s;
        ImGui::SameLine(150);
        ImGui::TextColored(left < 30 ? ImVec4(1, 0.4f, 0.3f, 1) : ImVec4(1, 1, 1, 1), "Time left %s",
                           time_text(left).c_str());
    } else {
        ImGui::SameLine(150);
        ImGui::TextDisabled("Time %s", time_text(state.time_s).c_str());
    }
    ImGui::TextDisabled("Spacing %.1f mm, depth %.1f-%.1f mm", lesson.targets.spacing_mm,
                        lesson.targets.depth_min_mm, lesson.targets.depth_max_mm);
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

LeaveChoice draw_leave_dialog(std::size_t dots, float window_w, float window_h) {
    LeaveChoice choice = LeaveChoice::None;
    ImGui::OpenPopup("Leave this lesson?");
    ImGui::SetNextWindowPos(ImVec2(window_w / 2.0f, window_h / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Leave this lesson?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("You have placed %zu dots and not finished.", dots);
        ImGui::TextDisabled("Leaving keeps them in an autosave: opening this lesson again offers to resume.");
        // Escape answers "keep working", but not the press that opened the dialog (same frame).
        const bool escape = !ImGui::IsWindowAppearing() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
        if (ImGui::Button("Keep working", ImVec2(160, 32)) || escape) {
            choice = LeaveChoice::KeepWorking;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Leave, resume later", ImVec2(180, 32))) choice = LeaveChoice::Leave;
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.6f, 0.2f, 0.2f, 1));
        if (ImGui::Button("Discard the work", ImVec2(160, 32))) choice = LeaveChoice::Discard;
        ImGui::PopStyleColor();
        ImGui::EndPopup();
    }
    return choice;
}

}  // namespace stipple
