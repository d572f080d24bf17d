// A hairline design lesson's marks and panel (see design_panel.hpp).
#include "sim/ui/design_panel.hpp"

#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "sim/flow/clock_text.hpp"
#include "sim/flow/hud_layout.hpp"
#include "sim/ui/practice_panels.hpp"

namespace stipple {

namespace {

ImU32 im_color(std::uint32_t rgba) {
    return IM_COL32((rgba >> 24) & 0xff, (rgba >> 16) & 0xff, (rgba >> 8) & 0xff, rgba & 0xff);
}

ImVec2 screen(const ViewTransform& view, Point mm) {
    const sf::Vector2f p = to_screen(view, mm);
    return ImVec2(p.x, p.y);
}

void polyline(ImDrawList* dl, const ViewTransform& view, const Polyline& line, ImU32 col, float thickness) {
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
        dl->AddLine(screen(view, line[i]), screen(view, line[i + 1]), col, thickness);
}

}  // namespace

DesignPanelAction draw_design_panel(const Lesson& lesson, bool exam, DesignDrawing& drawing,
                                    const DesignCalipers& calipers, double time_s,
                                    std::optional<double> time_left_s) {
    DesignPanelAction action;
    ImGui::SetNextWindowPos(ImVec2(kPanelMarginPx, kPanelMarginPx), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(kLessonPanelWidthPx, 0), ImGuiCond_Always);
    ImGui::Begin(exam ? "Exam: hairline design" : "Hairline design", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::TextWrapped("%s", lesson.title.c_str());
    if (lesson.design)
        for (const std::string& line : design_brief_lines(*lesson.design)) ImGui::TextWrapped("%s", line.c_str());
    ImGui::Text("Points: %zu", drawing.line.size());
    ImGui::SameLine(150);
    if (time_left_s) ImGui::Text("Time left %s", time_left_text(*time_left_s).c_str());
    else ImGui::TextDisabled("Time %s", clock_text(whole_seconds_elapsed(time_s)).c_str());
    if (ImGui::CollapsingHeader("Brief")) ImGui::TextWrapped("%s", lesson.brief.c_str());
    ImGui::Separator();
    ImGui::TextDisabled("Calipers from the glabella");
    const DesignRules rules = lesson.design ? lesson.design->rules : DesignRules{};
    for (const std::string& line : design_calipers_lines(calipers, rules)) ImGui::TextWrapped("%s", line.c_str());
    ImGui::Separator();
    ImGui::Checkbox("Symmetry guide (S)", &drawing.symmetry_guide);
    ImGui::BeginDisabled(drawing.undo_history.empty());
    if (ImGui::Button("Undo (Ctrl+Z)", ImVec2(-1, 0))) action.undo = true;
    ImGui::EndDisabled();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Click: add a point; drag a point: move it; Delete: remove the point under the pointer.");
    ImGui::PopStyleColor();
    if (ImGui::Button("Finish (Enter)", ImVec2(-1, 32))) action.finish = true;
    ImGui::End();
    return action;
}

void draw_design_on_map(const ViewTransform& view, const DesignDrawing& drawing, const DesignCalipers& calipers,
                        std::optional<std::size_t> hovered, float map_right_px, float window_h) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->PushClipRect(ImVec2(0, 0), ImVec2(map_right_px, window_h));
    if (drawing.symmetry_guide) {
        // The midline (faint, from the glabella up) and the mirrored line.
        dl->AddLine(screen(view, {0.0, 0.0}), screen(view, {0.0, 200.0}), im_color(kDesignGuideRgba), 1.0f);
        polyline(dl, view, mirrored_line(drawing.line), im_color(kDesignGuideRgba), 1.5f);
    }
    if (calipers.mid_frontal_mm) {
        // The ruler: glabella -> mid-frontal point, a tick every 10 mm, the height written beside its top.
        const ImU32 ruler = IM_COL32(120, 220, 255, 230);
        const Point top = *calipers.mid_frontal_mm;
        dl->AddLine(screen(view, {-2.0, 0.0}), screen(view, top), ruler, 1.5f);
        for (double y = 10.0; y < top.y; y += 10.0) {
            const float half = std::fmod(y, 50.0) == 0.0 ? 3.0f : 1.5f;
            dl->AddLine(screen(view, {-2.0 - half, y}), screen(view, {-2.0 + half, y}), ruler, 1.0f);
        }
        dl->AddCircle(screen(view, {0.0, 0.0}), 4.0f, ruler, 12, 1.5f);
        char text[64];
        std::snprintf(text, sizeof text, "%.0f mm", top.y);
        if (calipers.straight_mm) std::snprintf(text, sizeof text, "%.0f mm skin, %.0f mm straight", top.y, *calipers.straight_mm);
        // Left of the ruler, halfway up it: clear of the line, which runs across its top.
        const ImVec2 mid = screen(view, {0.0, top.y / 2.0});
        const ImVec2 size = ImGui::CalcTextSize(text);
        dl->AddRectFilled(ImVec2(mid.x - size.x - 14, mid.y - 2), ImVec2(mid.x - 6, mid.y + size.y + 2), IM_COL32(0, 0, 0, 120), 3.0f);
        dl->AddText(ImVec2(mid.x - size.x - 10, mid.y), ruler, text);
    }
    const ImU32 pencil = im_color(kDesignLineRgba);
    polyline(dl, view, drawing.line, pencil, 2.5f);
    for (std::size_t i = 0; i < drawing.line.size(); ++i) {
        const bool big = (hovered && *hovered == i) || (drawing.dragging && *drawing.dragging == i);
        dl->AddCircleFilled(screen(view, drawing.line[i]), big ? 6.0f : 4.0f, pencil, 12);
        if (big) dl->AddCircle(screen(view, drawing.line[i]), 8.0f, IM_COL32(255, 255, 255, 220), 16, 1.5f);
    }
    dl->PopClipRect();
}

void draw_design_line(const ViewTransform& view, const Polyline& line, float map_right_px, float window_h) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->PushClipRect(ImVec2(0, 0), ImVec2(map_right_px, window_h));
    polyline(dl, view, line, im_color(kDesignLineRgba), 2.5f);
    dl->PopClipRect();
}

}  // namespace stipple
