// The lesson editor's ImGui panel (see editor_panel.hpp).
#include "sim/editor/editor_panel.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "scoring/scalp_patterns.hpp"

namespace stipple {

namespace {

const ImVec4 kErrorText{1.0f, 0.42f, 0.38f, 1.0f};
const ImVec4 kWarningText{1.0f, 0.82f, 0.35f, 1.0f};
const ImVec4 kOkText{0.45f, 0.9f, 0.55f, 1.0f};
const ImVec4 kDimText{0.7f, 0.7f, 0.72f, 1.0f};

// A combo over fixed names bound to a string; an unknown value shows as itself until one is chosen.
void name_combo(const char* label, std::string& value, std::span<const std::string_view> names) {
    if (ImGui::BeginCombo(label, value.c_str())) {
        for (std::string_view name : names) {
            const std::string item(name);
            const bool chosen = value == item;
            if (ImGui::Selectable(item.c_str(), chosen)) value = item;
            if (chosen) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
}

// The pattern names of the one table of scalp cases (scoring/scalp_patterns.hpp), in its order.
const std::vector<std::string_view>& pattern_names() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (const ScalpPattern& p : kScalpPatterns) out.push_back(p.name);
        return out;
    }();
    return names;
}

void number(const char* label, double& value, double step, const char* format = "%.2f") {
    ImGui::InputDouble(label, &value, step, step * 10, format);
}

// scalp.head.form: empty (chosen by the pattern: female for ludwig, male otherwise), male or female.
void head_form_combo(std::string& form) {
    const char* const by_pattern = "by pattern";
    if (ImGui::BeginCombo("head form", form.empty() ? by_pattern : form.c_str())) {
        for (const char* f : {"", "male", "female"})
            if (ImGui::Selectable(*f ? f : by_pattern, form == f)) form = f;
        ImGui::EndCombo();
    }
}

// Field widgets edit a copy; a change starts (or continues) one pending undo step on the session.
template <typename Widgets>
void edit_fields(LessonEditSession& s, Widgets&& widgets) {
    Lesson draft = s.lesson;
    widgets(draft);
    if (same_lesson(draft, s.lesson)) return;
    begin_edit(s.history, s.lesson);
    s.lesson = std::move(draft);
}

void file_section(LessonEditSession& s, EditorPanelState& panel) {
    ImGui::TextColored(kDimText, "%s", s.path.empty() ? "(new lesson, not saved yet)" : s.path.c_str());
    if (has_unsaved_changes(s)) {
        ImGui::SameLine();
        ImGui::TextColored(kWarningText, "unsaved");
    }
    if (ImGui::Button("Save (Ctrl+S)")) request_save(s, panel);
    ImGui::SameLine();
    if (ImGui::Button("Save as...")) {
        panel.save_as_path = default_save_path(s);
        panel.open_save_as = true;
        s.status = "choose where to save the lesson";
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(s.history.undo_stack.empty() && !s.history.pending);
    if (ImGui::Button("Undo")) undo_edit(s);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(s.history.redo_stack.empty());
    if (ImGui::Button("Redo")) redo_edit(s);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Fit")) panel.fit_view = true;
    if (!s.status.empty()) ImGui::TextWrapped("%s", s.status.c_str());
}

void validation_section(const LessonCheck& check) {
    if (check.fault) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorText);
        ImGui::TextWrapped("Cannot save: %s: %s", check.fault->pointer.empty() ? "/" : check.fault->pointer.c_str(),
                           check.fault->message.c_str());
        ImGui::PopStyleColor();
        if (!check.hint.empty()) ImGui::TextWrapped("Hint: %s", check.hint.c_str());
    } else {
        ImGui::TextColored(kOkText, "Valid lesson");
    }
    if (!check.warnings.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarningText);
        for (const LessonFault& w : check.warnings) ImGui::TextWrapped("%s: %s", w.pointer.c_str(), w.message.c_str());
        ImGui::PopStyleColor();
    }
}

void lesson_fields(LessonEditSession& s) {
    edit_fields(s, [](Lesson& l) {
        ImGui::InputText("id", &l.id);
        ImGui::InputText("title", &l.title);
        ImGui::TextUnformatted("Brief (shown to the trainee)");
        ImGui::InputTextMultiline("##brief", &l.brief, ImVec2(-1, ImGui::GetTextLineHeight() * 5),
                                  ImGuiInputTextFlags_NoHorizontalScroll);
        if (ImGui::CollapsingHeader("Scalp case and needle", ImGuiTreeNodeFlags_DefaultOpen)) {
            name_combo("pattern", l.scalp.pattern, pattern_names());
            name_combo("skin", l.scalp.skin, kSkinTypes);
            ImGui::InputScalar("seed", ImGuiDataType_U64, &l.scalp.seed);
            head_form_combo(l.scalp.head.form);
            number("face length", l.scalp.head.face_length, 0.01);
            number("head width", l.scalp.head.head_width, 0.01);
            ImGui::InputText("needle", &l.needle.config);
            number("needle mm", l.needle.diameter_mm, 0.01, "%.3f");
        }
        if (ImGui::CollapsingHeader("Targets, weights, pass mark", ImGuiTreeNodeFlags_DefaultOpen)) {
            number("spacing mm", l.targets.spacing_mm, 0.05);
            number("depth min mm", l.targets.depth_min_mm, 0.05);
            number("depth max mm", l.targets.depth_max_mm, 0.05);
            number("weight spacing", l.weights.spacing, 0.1);
            number("weight depth", l.weights.depth, 0.1);
            ImGui::BeginDisabled(!l.hairline);
            number("weight hairline", l.weights.hairline, 0.1);
            ImGui::EndDisabled();
            number("pass score", l.pass_score, 1.0, "%.0f");
            number("component floor", l.component_floor, 1.0, "%.0f");
            number("blow-out share", l.critical.blowout_share, 0.01, "%.2f");
            number("completion share", l.critical.completion_share, 0.05, "%.2f");
        }
        if (ImGui::CollapsingHeader("Hairline", ImGuiTreeNodeFlags_DefaultOpen)) {
            bool has = l.hairline.has_value();
            if (ImGui::Checkbox("lesson builds a hairline", &has)) {
                if (has) add_hairline(l);
                else remove_hairline(l);
            }
            if (l.hairline) number("transition mm", l.hairline->transition_mm, 0.5, "%.1f");
        }
        if (ImGui::CollapsingHeader("Session, time, existing marks, hand")) {
            bool timed = l.time_limit_s.has_value();
            if (ImGui::Checkbox("time limit", &timed)) l.time_limit_s = timed ? std::optional<double>(600.0) : std::nullopt;
            if (l.time_limit_s) number("limit s", *l.time_limit_s, 30.0, "%.0f");
            ImGui::InputInt("session number", &l.session.number);
            number("density fraction", l.session.density_fraction, 0.05);
            bool existing = l.existing.has_value();
            if (ImGui::Checkbox("existing marks", &existing)) l.existing = existing ? std::optional<Existing>(Existing{}) : std::nullopt;
            if (l.existing) {
                static constexpr std::array<std::string_view, 2> kinds = {"dots", "hair"};
                name_combo("kind", l.existing->kind, kinds);
                number("existing fraction", l.existing->density_fraction, 0.05);
                ImGui::InputScalar("existing seed", ImGuiDataType_U64, &l.existing->seed);
            }
            number("hand Hz", l.hand.frequency_hz, 0.5, "%.1f");
            number("hand damping", l.hand.damping, 0.1);
            number("tremor mm", l.hand.tremor_mm, 0.05);
        }
    });
}

void point_section(LessonEditSession& s) {
    if (!s.selected) {
        ImGui::TextColored(kDimText, "Click a handle to select it; double-click an edge to add a point.");
        return;
    }
    const ControlPointRef ref = *s.selected;
    ImGui::Text("Selected: %s point %zu", ref.set == PointSet::zone ? "zone" : "hairline", ref.index);
    edit_fields(s, [&](Lesson& l) {
        const std::vector<Point>& points = control_points(l, ref.set);
        if (ref.index >= points.size()) return;
        Point p = points[ref.index];
        const bool changed_x = ImGui::InputDouble("x mm", &p.x, 0.5, 5.0, "%.2f");
        const bool changed_y = ImGui::InputDouble("y mm", &p.y, 0.5, 5.0, "%.2f");
        if (changed_x || changed_y) {
            const EditResult r = move_control_point(l, ref, p);
            if (!r.message.empty()) s.status = r.message;
        }
    });
    if (ImGui::Button("Delete point (Del)")) delete_selected(s);
}

void demo_section(EditorPanelState& panel, const LessonCheck& check) {
    ImGui::Checkbox("Show the expert demo", &panel.show_demo);
    if (!panel.show_demo) return;
    if (!check.valid()) {
        ImGui::TextColored(kDimText, "(the demo needs a valid lesson)");
        return;
    }
    if (!panel.demo) return;
    const ScoreReport& r = panel.demo->report;
    ImGui::Text("%zu dots, total %.1f: ", panel.demo->attempt.dots.size(), r.total);
    ImGui::SameLine();
    if (r.passed) ImGui::TextColored(kOkText, "passes");
    else ImGui::TextColored(kErrorText, "FAILS: lower the pass mark or fix the lesson");
    ImGui::Text("spacing %.1f   depth %.1f   hairline %s", r.spacing.score, r.depth.score,
                r.hairline ? std::to_string(static_cast<int>(r.hairline->score + 0.5)).c_str() : "-");
}

void help_section() {
    ImGui::TextColored(kDimText,
                       "Drag handles to move. Double-click an edge: insert. Del: delete.\n"
                       "Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo, Ctrl+S save, Ctrl+Q quit.\n"
                       "Right/middle drag: pan. Wheel: zoom. Esc: deselect.");
}

void save_as_dialog(LessonEditSession& s, EditorPanelState& panel) {
    if (panel.open_save_as) {
        ImGui::OpenPopup("Save lesson as");
        panel.open_save_as = false;
    }
    if (!ImGui::BeginPopupModal("Save lesson as", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("File:");
    ImGui::SetNextItemWidth(360);
    if (ImGui::IsWindowAppearing() || panel.refocus_save_path) ImGui::SetKeyboardFocusHere();
    panel.refocus_save_path = false;
    const bool enter = ImGui::InputText("##path", &panel.save_as_path, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!s.status.empty()) ImGui::TextWrapped("%s", s.status.c_str());
    if (ImGui::Button("Save") || enter) {
        std::error_code ec;
        const bool other_file = panel.save_as_path != s.path && std::filesystem::exists(panel.save_as_path, ec);
        if (other_file && panel.overwrite_confirmed_for != panel.save_as_path) {
            s.status = panel.save_as_path + " exists: press Save again to replace it";
            panel.overwrite_confirmed_for = panel.save_as_path;
            panel.refocus_save_path = true;  // so Enter again confirms
        } else if (save_session(s, panel.save_as_path)) {
            panel.overwrite_confirmed_for.clear();
            ImGui::CloseCurrentPopup();
            if (panel.close_after_save) panel.quit = true;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        panel.close_after_save = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void close_dialog(LessonEditSession& s, EditorPanelState& panel) {
    if (panel.open_close_prompt) {
        ImGui::OpenPopup("Unsaved changes");
        panel.open_close_prompt = false;
    }
    if (!ImGui::BeginPopupModal("Unsaved changes", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("The lesson has unsaved changes.");
    if (ImGui::Button("Save and close")) {
        ImGui::CloseCurrentPopup();
        if (s.path.empty()) {
            panel.close_after_save = true;
            panel.save_as_path = default_save_path(s);
            panel.open_save_as = true;
            s.status = "choose where to save the lesson";
        } else if (save_session(s)) {
            panel.quit = true;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Close without saving")) {
        ImGui::CloseCurrentPopup();
        panel.quit = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void draw_editor_panel(LessonEditSession& s, EditorPanelState& panel, const LessonCheck& check, float x, float width,
                       float height) {
    ImGui::SetNextWindowPos(ImVec2(x, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::Begin("Lesson", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushItemWidth(width * 0.5f);
    file_section(s, panel);
    ImGui::Separator();
    validation_section(check);
    ImGui::Separator();
    demo_section(panel, check);
    ImGui::Separator();
    point_section(s);
    ImGui::Separator();
    lesson_fields(s);
    ImGui::Separator();
    help_section();
    ImGui::PopItemWidth();
    save_as_dialog(s, panel);
    close_dialog(s, panel);
    ImGui::End();
    // A field edit is one undo step: record it once no widget is being edited any more.
    if (s.history.pending && !s.dragging && !ImGui::IsAnyItemActive()) commit_edit(s.history, s.lesson);
}

}  // namespace stipple
