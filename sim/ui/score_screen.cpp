// The score screen: layout data from the report, and its ImGui panel.
#include "sim/ui/score_screen.hpp"

#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "scoring/scoring.hpp"

namespace stipple {

namespace {

ScoreRow make_row(const std::string& key, const std::string& title, const ComponentScore* c, double weight) {
    ScoreRow row;
    row.key = key;
    row.title = title;
    row.weight = weight;
    if (c) {
        row.score = c->score;
        for (const Metric& m : c->metrics) row.metrics.emplace_back(metric_label(m.first), format_metric(m.second));
    }
    return row;
}

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
    return s;
}

ImVec4 score_colour(double score) {
    if (score >= 80) return ImVec4(0.35f, 0.85f, 0.45f, 1.0f);
    if (score >= 60) return ImVec4(0.95f, 0.80f, 0.30f, 1.0f);
    return ImVec4(0.95f, 0.40f, 0.35f, 1.0f);
}

}  // namespace

std::string format_metric(double value) {
    char buf[32];
    if (std::isnan(value)) return "-";
    if (std::abs(value) >= 100 || value == std::floor(value)) std::snprintf(buf, sizeof buf, "%.0f", value);
    else std::snprintf(buf, sizeof buf, "%.2f", value);
    return buf;
}

std::string metric_label(const std::string& name) {
    std::string base = name;
    std::string unit;
    for (const char* u : {"_mm2", "_mm", "_cm2", "_s", "_pct"}) {
        const std::string suffix = u;
        if (base.size() > suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0) {
            unit = suffix.substr(1);
            base.resize(base.size() - suffix.size());
            break;
        }
    }
    for (char& ch : base)
        if (ch == '_') ch = ' ';
    if (unit == "pct") unit = "%";
    else if (unit == "mm2") unit = "mm²";
    else if (unit == "cm2") unit = "cm²";
    return unit.empty() ? base : base + " (" + unit + ")";
}

ScoreScreenModel score_screen_model(const Lesson& lesson, const ScoreReport& report) {
    ScoreScreenModel m;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", report.total);
    m.total_text = buf;
    m.passed = report.passed;
    std::snprintf(buf, sizeof buf, "%.0f", lesson.pass_score);
    m.verdict = std::string(report.passed ? "Passed" : "Not yet") + " (needs " + buf + ")";
    if (!report.passed) {
        for (const CriticalError& e : report.critical_errors) m.fail_reasons.push_back(e.message);
        for (std::string& reason : score_shortfalls(lesson, report)) m.fail_reasons.push_back(std::move(reason));
    }
    m.rows.push_back(make_row("spacing", "Spacing", &report.spacing, lesson.weights.spacing));
    m.rows.push_back(make_row("depth", "Depth consistency", &report.depth, lesson.weights.depth));
    m.rows.push_back(make_row("hairline", "Hairline naturalness", report.hairline ? &*report.hairline : nullptr,
                              lesson.weights.hairline));
    int n = 0;
    for (const Feedback& f : report.feedback) {
        FeedbackRow row;
        row.component = f.component;
        row.text = std::to_string(++n) + ". " + capitalised(f.component) + ": " + f.message;
        row.at = f.at;
        m.feedback.push_back(row);
    }
    return m;
}

double healed_days(HealedStage stage) {
    switch (stage) {
        case HealedStage::Fresh: return 0.0;
        case HealedStage::OneMonth: return 30.0;
        case HealedStage::OneYear: return 365.0;
        case HealedStage::FourYears: return 4 * 365.25;
    }
    return 0.0;
}

const char* healed_label(HealedStage stage) {
    switch (stage) {
        case HealedStage::Fresh: return "Fresh";
        case HealedStage::OneMonth: return "1 month";
        case HealedStage::OneYear: return "1 year";
        case HealedStage::FourYears: return "4 years";
    }
    return "";
}

ScoreScreenAction draw_score_panel(const ScoreScreenModel& model, ScoreScreenState& state,
                                   const ScoreScreenInfo& info, ImFont* large_font, float window_h) {
    ScoreScreenAction action;
    const float width = 380.0f;
    ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, window_h - 20), ImGuiCond_Always);
    ImGui::Begin("Score", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
    ImGui::TextWrapped("%s", info.heading.c_str());
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
    ImGui::Spacing();

    for (const ScoreRow& row : model.rows) {
        ImGui::PushID(row.key.c_str());
        if (row.score) {
            char overlay[48];
            std::snprintf(overlay, sizeof overlay, "%.1f", *row.score);
            ImGui::TextUnformatted(row.title.c_str());
            ImGui::SameLine(width - 118);
            ImGui::TextDisabled("weight %s", format_metric(row.weight).c_str());
            ImGui::PushStyleColor(ImGuiCol_PlotHistogram, score_colour(*row.score));
            ImGui::ProgressBar(float(*row.score / 100.0), ImVec2(-1, 0), overlay);
            ImGui::PopStyleColor();
            if (!row.metrics.empty() && ImGui::TreeNode("metrics")) {
                if (ImGui::BeginTable("m", 2, ImGuiTableFlags_RowBg)) {
                    for (const auto& [label, value] : row.metrics) {
                        ImGui::TableNextRow();
                        ImGui::TableSetColumnIndex(0);
                        ImGui::TextUnformatted(label.c_str());
                        ImGui::TableSetColumnIndex(1);
                        ImGui::TextUnformatted(value.c_str());
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
    const float list_h = std::max(70.0f, ImGui::GetContentRegionAvail().y - 232.0f);
    ImGui::BeginChild("feedback", ImVec2(0, list_h), true);
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
    ImGui::EndChild();

    ImGui::TextUnformatted("Show");
    ImGui::Checkbox("Zone", &state.toggles.zone);
    ImGui::SameLine();
    ImGui::Checkbox("Target hairline", &state.toggles.hairline);
    ImGui::Checkbox("Density heat map", &state.toggles.heat_map);
    ImGui::SameLine();
    ImGui::Checkbox("Depth colours", &state.toggles.depth_colors);
    ImGui::TextUnformatted("Healed look");
    for (HealedStage s : {HealedStage::Fresh, HealedStage::OneMonth, HealedStage::OneYear, HealedStage::FourYears}) {
        if (s != HealedStage::Fresh) ImGui::SameLine();
        if (ImGui::RadioButton(healed_label(s), state.stage == s)) {
            state.stage = s;
            action.healed_changed = true;
        }
    }
    if (ImGui::Checkbox("Sun-exposed", &state.sun_exposed)) action.healed_changed = true;
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
