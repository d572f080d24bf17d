// The practice screens' ImGui panels: the lesson brief (with the resume offer), the work panel (dots, clock,
// undo, guides, loupe, finish), the leave dialog and the "Finish and score?" dialog. Each draws one frame and
// returns what was clicked (the keys are answered by the work screen: sim/flow/work_dialog.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "scoring/lesson.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/flow/choice_panel.hpp"
#include "sim/flow/count_words.hpp"
#include "sim/flow/work_dialog.hpp"

struct ImFont;

namespace stipple {

// "1:05": a time that is left (an exam's limit or countdown), in whole seconds begun (sim/flow/clock_text).
std::string time_left_text(double s);

enum class BriefChoice { None, Start, Resume, Discard };
// Centred in the window; `pending` is an autosave offered for resuming (an exam's: resume only, never
// discard; `pending_left_s` its wall-clock time left), `note` why one could not be.
// `choices` (lessons offering a needle or shade, else nullptr): radio buttons pick into it; Start is
// greyed until every offered list has a pick (sim/flow/choice_panel.hpp).
BriefChoice draw_brief_panel(const Lesson& lesson, bool exam, const std::optional<Autosave>& pending,
                             std::optional<double> pending_left_s, const std::string& note, ImFont* large_font,
                             float window_w, float window_h, ChoicePanel* choices = nullptr);

struct WorkPanelState {
    std::size_t dots = 0;
    double time_s = 0.0;
    std::optional<double> time_left_s;  // an exam with a limit: wall-clock time left (exam_clock.hpp)
    bool can_undo = false;
    double px_per_mm = 10.0;
    std::string numbing_line;  // a case session's numbing clock (numbing_clock.hpp); "" = none
};
struct WorkPanelAction {
    bool undo = false;
    bool finish = false;
};
// Top left; the guides and loupe checkboxes change `guides` and `loupe` (no guides in an exam).
WorkPanelAction draw_work_panel(const Lesson& lesson, bool exam, const WorkPanelState& state, bool& guides,
                                bool& loupe);

// The work's dialog that is `open` ("Leave this lesson?": keep working, leave with the work kept, discard
// (practice only); "Finish and score?": finish, keep working), modal and centred; a dialog no longer open is
// closed. Returns the button clicked, as a request for work_step (Enter and Esc are the screen's).
// `words`: what the work is counted in (a design lesson's line: its points).
enum class DialogWords { Dots, HairlinePoints };
std::optional<WorkRequest> draw_work_dialog(WorkDialog open, std::size_t dots, bool exam, float window_w,
                                            float window_h, DialogWords words = DialogWords::Dots);
// Closes the work's dialogs in ImGui at once, in a frame or between frames (the work screen calls it when a
// dialog is answered or the time runs out, so no modal outlives its question).
void close_work_dialogs();

}  // namespace stipple
