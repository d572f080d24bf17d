// The score screen's ImGui panel, drawn from its model (sim/flow/score_screen_model): everything but the back
// button scrolls, the back button stays at the panel's foot (reachable at any window height).
#include "sim/ui/score_screen.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "sim/flow/hud_layout.hpp"

namespace stipple {

namespace {

ImVec4 score_colour(double score) {
    if (score >= 80) return ImVec4(0.35f, 0.85f, 0.45f, 1.0f);
    if (score >= 60) return ImVec4(0.95f, 0.80f, 0.30f, 1.0f);
    return ImVec4(0.95f, 0.40f, 0.35f, 1.0f);
}

// What an overlay's colours mean: a swatch and a line for each (sim/flow/overlay_colors.hpp).
void draw_legend(const std::vector<LegendEntry>& legend) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight();
    for (const LegendEntry& e : legend) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(p.x + 4, p.y + 2), ImVec2(p.x + 4 + h, p.y + h - 1),
                          IM_COL32(e.color.r, e.color.g, e.color.b, 255), 2.0f);
        ImGui::Dummy(ImVec2(h + 8, h));
        ImGui::SameLine();
        ImGui::TextUnformatted(e.label.c_str());
    }
}

}  // namespace

ScoreScreenAction draw_score_panel(const ScoreScreenModel& model, ScoreScreenState& state,
                                   const ScoreScreenInfo& info, ImFont* large_font, float window_h) {
    ScoreScreenAction action;
    const float width = kScorePanelWidthPx;
    ImGui::SetNextWindowPos(ImVec2(kPanelMarginPx, kPanelMarginPx), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, window_h - 2 * kPanelMarginPx), ImGuiCond_Always);
    ImGui::Begin("Score", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                       ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    // The foot: the saved note (wrapped) and the back button, always in view; the rest scrolls above it.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float note_h = info.saved_note.empty()
                             ? 0.0f
                             : ImGui::CalcTextSize(info.saved_note.c_str(), nullptr, false,
                                                   ImGui::GetContentRegionAvail().x).y + style.ItemSpacing.y;
    const float foot_h = note_h + 34.0f + style.ItemSpacing.y;
    ImGui::BeginChild("scroll", ImVec2(0, -foot_h), false);
    ImGui::TextWrapped("%s", info.heading.c_str());
    if (info.design_line)  // a design lesson: the line, no dots
        ImGui::TextDisabled("%s, a hairline of %zu points", info.exam ? "Exam" : "Practice", info.design_line->size());
    else
        ImGui::TextDisabled("%s, %zu dots", info.exam ? "Exam" : "Practice", info.dot_count);
    ImGui::Separator();
    if (large_font) ImGui::PushFont(large_font);
    ImGui::TextColored(model.passed ? ImVec4(0.35f, 0.85f, 0.45f, 1) : ImVec4(0.95f, 0.45f, 0.35f, 1), "%s",
                       model.total_text.c_str());
    ImGui::SameLine();
    ImGui::TextUnformatted(model.passed ? "PASS" : "FAIL");
    if (large_font) ImGui::PopFont();
    ImGui::TextUnformatted(model.verdict.c_str());
    for (const std::string& reason : model.fail_reasons) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.45f, 0.35f, 1));
        ImGui::Bullet();
        ImGui::TextWrapped("%s", reason.c_str());
        ImGui::PopStyleColor();
    }
    if (!model.choice_line.empty()) {  // the needle and shade chosen, with the lesson's reasons
        ImGui::PushStyleColor(ImGuiCol_Text, model.choice_acceptable ? ImVec4(0.75f, 0.85f, 0.75f, 1)
                                                                     : ImVec4(0.95f, 0.45f, 0.35f, 1));
        ImGui::TextWrapped("%s", model.choice_line.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();

    for (const ScoreRow& row : model.rows) {
        ImGui::PushID(row.key.c_str());
        if (row.score) {
            char overlay[48];
            std::snprintf(overlay, sizeof overlay, "%.1f", *row.score);
            ImGui::TextUnformatted(row.title.c_str());
            const std::string weight = "weight " + format_metric(row.weight);  // right-aligned, beside any scrollbar
            ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(weight.c_str()).x);
            ImGui::TextDisabled("%s", weight.c_str());
            ImGui::PushStyleColor(ImGuiCol_PlotHistogram, score_colour(*row.score));
            ImGui::ProgressBar(float(*row.score / 100.0), ImVec2(-1, 0), overlay);
            ImGui::PopStyleColor();
            if (!row.metrics.empty() && ImGui::TreeNode("metrics")) {
                // Each value with its unit, its target beside it. Value and target columns as wide as their widest text; the label wraps in the rest.
                float value_w = ImGui::CalcTextSize("value").x, target_w = ImGui::CalcTextSize("target").x;
                for (const MetricLine& m : row.metrics) {
                    value_w = std::max(value_w, ImGui::CalcTextSize(m.value.c_str()).x);
                    target_w = std::max(target_w, ImGui::CalcTextSize(m.target.c_str()).x);
                }
                if (ImGui::BeginTable("m", 3, ImGuiTableFlags_RowBg)) {
                    ImGui::TableSetupColumn("metric", ImGuiTableColumnFlags_WidthStretch);
                    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, value_w);
                    ImGui::TableSetupColumn("target", ImGuiTableColumnFlags_WidthFixed, target_w);
                    ImGui::TableHeadersRow();
                    for (const MetricLine& m : row.metrics) {
                        ImGui::TableNextRow();
                        ImGui::TableSetColumnIndex(0);
                        ImGui::TextWrapped("%s", m.label.c_str());
                        ImGui::TableSetColumnIndex(1);
                        ImGui::TextUnformatted(m.value.c_str());
                        ImGui::TableSetColumnIndex(2);
                        ImGui::TextDisabled("%s", m.target.c_str());
                    }
                    ImGui::EndTable();
                }
                ImGui::TreePop();
            }
        } else {
            ImGui::TextDisabled("%s: not part of this lesson", row.title.c_str());
        }
        ImGui::PopID();
    }

    ImGui::Separator();
    ImGui::Text("Feedback (%zu)", model.feedback.size());
    if (model.feedback.empty()) ImGui::TextDisabled("Nothing to point out.");
    for (size_t i = 0; i < model.feedback.size(); ++i) {
        const FeedbackRow& f = model.feedback[i];
        ImGui::PushID(int(i));
        // A selectable as tall as the wrapped message, with the message drawn over it.
        const float wrap = ImGui::GetContentRegionAvail().x;
        const ImVec2 text_size = ImGui::CalcTextSize(f.text.c_str(), nullptr, false, wrap);
        const ImVec2 at = ImGui::GetCursorPos();
        if (ImGui::Selectable("##item", state.selected_feedback == int(i), 0, ImVec2(0, text_size.y))) {
            state.selected_feedback = int(i);
            if (f.at) action.center_on = f.at;
        }
        const ImVec2 after = ImGui::GetCursorPos();
        ImGui::SetCursorPos(at);
        ImGui::PushTextWrapPos(at.x + wrap);
        if (f.at) ImGui::TextUnformatted(f.text.c_str());
        else ImGui::TextDisabled("%s", f.text.c_str());  // nothing to show on the scalp
        ImGui::PopTextWrapPos();
        ImGui::SetCursorPos(after);
        ImGui::PopID();
    }
    ImGui::Separator();

    ImGui::TextUnformatted("Show (G)");
    ImGui::Checkbox("Zone", &state.toggles.zone);
    ImGui::SameLine();
    ImGui::Checkbox("Target hairline", &state.toggles.hairline);
    ImGui::Checkbox("Density heat map", &state.toggles.heat_map);
    ImGui::SameLine();
    ImGui::Checkbox("Depth colours", &state.toggles.depth_colors);
    if (state.toggles.heat_map) {
        ImGui::TextDisabled("Heat map: dots per cell / what the cell needs");
        draw_legend(model.heat_legend);
    }
    if (state.toggles.depth_colors) {
        ImGui::TextDisabled("Depth colours (ring round each dot)");
        draw_legend(model.depth_legend);
    }
    ImGui::TextUnformatted("Healed look");
    for (HealedStage s : {HealedStage::Fresh, HealedStage::OneMonth, HealedStage::OneYear, HealedStage::FourYears}) {
        if (s != HealedStage::Fresh) ImGui::SameLine();
        if (ImGui::RadioButton(healed_label(s), state.stage == s)) {
            state.stage = s;
            action.healed_changed = true;
        }
    }
    if (ImGui::Checkbox("Sun-exposed", &state.sun_exposed)) action.healed_changed = true;
    ImGui::TextDisabled("G: all overlays on/off   F: fit   wheel: zoom");
    ImGui::TextDisabled("Head: drag turns it, 1-7 views, H hides it");
    ImGui::EndChild();
    if (!info.saved_note.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", info.saved_note.c_str());
        ImGui::PopStyleColor();
    }
    if (ImGui::Button(info.back_label.c_str(), ImVec2(-1, 34))) action.back = true;
    ImGui::End();
    return action;
}

}  // namespace stipple
