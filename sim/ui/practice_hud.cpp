// The practice screen's heads-up display, drawn with ImGui draw lists over the scalp.
#include "sim/ui/practice_hud.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "sim/flow/hud_layout.hpp"

namespace stipple {

namespace {
ImVec2 v2(sf::Vector2f p) { return ImVec2(p.x, p.y); }
}  // namespace

void draw_depth_gauge(float window_w, const Lesson& lesson, bool pressing, double depth_mm,
                      std::optional<double> last_dot_depth_mm) {
    const float w = kDepthGaugeWidthPx, h = kDepthGaugeHeightPx;
    ImGui::SetNextWindowPos(ImVec2(window_w - w - kPanelMarginPx, kPanelMarginPx), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Always);
    // NoInputs: the gauge only shows; a click over it goes to the scalp beneath (ImGui does not claim it).
    ImGui::Begin("Depth", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoInputs);
    const double lo = lesson.targets.depth_min_mm, hi = lesson.targets.depth_max_mm;
    const GaugeLayout g = gauge_layout(depth_mm, lo, hi);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float bar_x = origin.x + 4, bar_w = 34, bar_h = h - 90;
    auto y_of = [&](float f) { return origin.y + f * bar_h; };
    dl->AddRectFilled(ImVec2(bar_x, origin.y), ImVec2(bar_x + bar_w, origin.y + bar_h), IM_COL32(120, 70, 60, 255));
    dl->AddRectFilled(ImVec2(bar_x, origin.y), ImVec2(bar_x + bar_w, y_of(g.epidermis)), IM_COL32(225, 180, 150, 255));
    dl->AddRectFilled(ImVec2(bar_x, y_of(g.window_top)), ImVec2(bar_x + bar_w, y_of(g.window_bottom)),
                      IM_COL32(70, 190, 100, 255));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", lo);
    dl->AddText(ImVec2(bar_x + bar_w + 6, y_of(g.window_top) - 8), IM_COL32(200, 230, 200, 255), buf);
    std::snprintf(buf, sizeof buf, "%.1f mm", hi);
    dl->AddText(ImVec2(bar_x + bar_w + 6, y_of(g.window_bottom) - 8), IM_COL32(200, 230, 200, 255), buf);
    std::snprintf(buf, sizeof buf, "%.1f", g.scale_max_mm);
    dl->AddText(ImVec2(bar_x + bar_w + 6, origin.y + bar_h - 16), IM_COL32(180, 180, 180, 255), buf);
    if (last_dot_depth_mm) {
        const float y = y_of(gauge_layout(*last_dot_depth_mm, lo, hi).marker);
        dl->AddTriangleFilled(ImVec2(bar_x - 2, y - 5), ImVec2(bar_x - 2, y + 5), ImVec2(bar_x + 7, y),
                              IM_COL32(240, 240, 240, 255));
    }
    if (pressing) {
        const bool inside = depth_mm >= lo && depth_mm <= hi;
        const ImU32 col = inside ? IM_COL32(255, 255, 255, 255) : IM_COL32(255, 80, 60, 255);
        const float y = y_of(g.marker);
        dl->AddRectFilled(ImVec2(bar_x - 4, y - 2), ImVec2(bar_x + bar_w + 4, y + 2), col);
    }
    ImGui::Dummy(ImVec2(w - 24, bar_h + 4));
    if (pressing) ImGui::Text("%.2f mm", depth_mm);
    else if (last_dot_depth_mm) ImGui::TextDisabled("last %.2f mm", *last_dot_depth_mm);
    else ImGui::TextDisabled("hold to go deeper");
    ImGui::End();
}

void draw_scale_bar(const ViewTransform& view, float window_w, float window_h) {
    const ScaleBar bar = scale_bar_for(view.px_per_mm, 160.0f);
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float x1 = window_w - 30, x0 = x1 - bar.length_px, y = window_h - 30;
    dl->AddRectFilled(ImVec2(x0 - 10, y - 26), ImVec2(x1 + 10, y + 10), IM_COL32(20, 20, 24, 170), 4.0f);
    dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), IM_COL32(255, 255, 255, 255), 3.0f);
    dl->AddLine(ImVec2(x0, y - 6), ImVec2(x0, y + 4), IM_COL32(255, 255, 255, 255), 2.0f);
    dl->AddLine(ImVec2(x1, y - 6), ImVec2(x1, y + 4), IM_COL32(255, 255, 255, 255), 2.0f);
    const ImVec2 ts = ImGui::CalcTextSize(bar.label.c_str());
    dl->AddText(ImVec2((x0 + x1 - ts.x) / 2, y - 24), IM_COL32(255, 255, 255, 255), bar.label.c_str());
}

void draw_needle_cursor(const ViewTransform& view, const Lesson& lesson, Point tip_mm, Point target_mm, bool pressing) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const ImVec2 tip = v2(to_screen(view, tip_mm));
    const ImVec2 target = v2(to_screen(view, target_mm));
    const float r = std::max(4.0f, float(lesson.needle.diameter_mm * 0.5 * view.px_per_mm) + 3.0f);
    const float dx = tip.x - target.x, dy = tip.y - target.y;
    if (dx * dx + dy * dy > 9.0f) {
        dl->AddLine(tip, target, IM_COL32(255, 255, 255, 70), 1.0f);
        dl->AddCircle(target, 3.0f, IM_COL32(255, 255, 255, 110), 12, 1.0f);
    }
    const ImU32 col = pressing ? IM_COL32(255, 120, 90, 255) : IM_COL32(90, 220, 255, 230);
    dl->AddCircle(tip, r, col, 20, 1.5f);
    dl->AddLine(ImVec2(tip.x - r - 5, tip.y), ImVec2(tip.x - r + 2, tip.y), col, 1.5f);
    dl->AddLine(ImVec2(tip.x + r - 2, tip.y), ImVec2(tip.x + r + 5, tip.y), col, 1.5f);
    dl->AddLine(ImVec2(tip.x, tip.y - r - 5), ImVec2(tip.x, tip.y - r + 2), col, 1.5f);
    dl->AddLine(ImVec2(tip.x, tip.y + r - 2), ImVec2(tip.x, tip.y + r + 5), col, 1.5f);
}

void draw_feedback_markers(const ViewTransform& view, const std::vector<FeedbackRow>& feedback, int selected) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    // One numbered marker on each place an item points at (the dots at fault, one per cluster).
    for (size_t i = 0; i < feedback.size(); ++i) {
        const bool sel = int(i) == selected;
        const float r = sel ? 15.0f : 11.0f;
        const ImU32 fill = sel ? IM_COL32(255, 210, 60, 240) : IM_COL32(250, 250, 250, 215);
        const std::string label = std::to_string(i + 1);
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        for (const Point& place : feedback[i].places) {
            const ImVec2 c = v2(to_screen(view, place));
            dl->AddCircleFilled(c, r, fill, 24);
            dl->AddCircle(c, r, IM_COL32(30, 30, 30, 255), 24, 2.0f);
            if (sel) dl->AddCircle(c, r + 8, IM_COL32(255, 210, 60, 200), 32, 2.5f);
            dl->AddText(ImVec2(c.x - ts.x / 2, c.y - ts.y / 2), IM_COL32(20, 20, 20, 255), label.c_str());
        }
    }
}

void draw_toast(const std::string& text, float window_w, float window_h) {
    if (text.empty()) return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    const ImVec2 a((window_w - ts.x) / 2 - 12, window_h - 70), b((window_w + ts.x) / 2 + 12, window_h - 70 + ts.y + 14);
    dl->AddRectFilled(a, b, IM_COL32(20, 20, 24, 220), 6.0f);
    dl->AddText(ImVec2(a.x + 12, a.y + 7), IM_COL32(255, 255, 255, 255), text.c_str());
}

}  // namespace stipple
