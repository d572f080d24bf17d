// What the keys and the work panel's buttons do on the practice work screen, headless: Esc opens the leave
// dialog, which stays open until it is answered (Esc again keeps working); Enter asks "Finish and score?"
// and only Enter again (or its button) finishes, Esc cancels; finishing with no dots is refused with a
// message, never recorded as a 0; an exam is never discarded (leaving or closing keeps it, its clock runs
// on). The work screen draws the dialog that is open and performs the step.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace stipple {

enum class WorkDialog { None, Leave, ConfirmFinish };

// What the trainee did: a key, the panel's Finish button, a dialog's button, or closing the window.
enum class WorkRequest {
    EnterKey,      // finish (asks first); in the finish dialog: confirm
    EscapeKey,     // leave (asks first when there is work to keep); in a dialog: cancel it
    FinishButton,  // the work panel's Finish: like Enter
    KeepWorking,   // a dialog's "Keep working"
    ConfirmFinish, // the finish dialog's "Finish and score"
    LeaveKeep,     // the leave dialog's "Leave, resume later" (the work stays in the autosave)
    Discard,       // the leave dialog's "Discard the work" (practice only: refused in an exam)
    CloseWindow,   // the window's close button (the work is autosaved first, whatever happens)
};

struct WorkStep {
    WorkDialog dialog = WorkDialog::None;  // the dialog open after this request
    bool finish = false;                   // finish now: save, score, record
    bool leave = false;                    // leave now, the work kept in the autosave (an exam's clock runs on)
    bool discard = false;                  // leave now and remove the autosave (practice only)
    std::string refusal;                   // nothing happened, and why (shown as a toast); "" = not refused
};

// The refusal of a finish with no dots.
inline constexpr const char* kNothingToFinish = "Place at least one dot before finishing: an empty attempt is not scored.";

// The step for `request` with `open` showing, `dots` placed so far, in an exam or not.
WorkStep work_step(WorkDialog open, WorkRequest request, std::size_t dots, bool exam);

// The keys the brief lists: only those that work in this mode (an exam has no undo and no guides).
std::vector<std::string> work_key_lines(bool exam);

// The line scripts wait on when a dialog opens or closes ("dialog: leave", "dialog: finish", "dialog: none").
std::string work_dialog_note(WorkDialog dialog);

}  // namespace stipple
