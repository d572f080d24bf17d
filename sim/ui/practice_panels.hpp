// The practice screens' ImGui panels: the lesson brief (with the resume offer), the work panel (dots, clock,
// undo, guides, loupe, finish) and the leave dialog. Each draws one frame and returns what was clicked.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "scoring/lesson.hpp"
#include "sim/flow/autosave.hpp"

struct ImFont;

namespace stipple {

// "1:05": a time in minutes and seconds, rounded up.
std::string time_text(double s);

enum class BriefChoice { None, Start, Resume, Discard };
// Centred in the window; `pending` is an autosave offered for resuming, `note` why one could not be.
BriefChoice draw_brief_panel(const Lesson& lesson, bool exam, const std::optional<Autosave>& pending,
                             const std::string& note, ImFont* large_font, float window_w, float window_h);

struct WorkPanelState {
    std::size_t dots = 0;
    double time_s = 0.0;
    bool can_undo = false;
    double px_per_mm = 10.0;
};
struct WorkPanelAction {
    bool undo = false;
    bool finish = false;
};
// Top left; the guides and loupe checkboxes change `guides` and `loupe` (no guides in an exam).
WorkPanelAction draw_work_panel(const Lesson& lesson, bool exam, const WorkPanelState& state, bool& guides,
                                bool& loupe);

enum class LeaveChoice { None, KeepWorking, Leave, Discard };
// The modal "Leave this lesson?" dialog (Escape keeps working).
LeaveChoice draw_leave_dialog(std::size_t dots, float window_w, float window_h);

}  // namespace stipple
