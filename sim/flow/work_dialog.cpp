// The practice work's key and dialog decisions (see work_dialog.hpp).
#include "sim/flow/work_dialog.hpp"

namespace stipple {

namespace {

WorkStep stay(WorkDialog open) {
    WorkStep s;
    s.dialog = open;
    return s;
}

WorkStep ask_to_finish(std::size_t dots) {
    WorkStep s;
    if (dots == 0) s.refusal = kNothingToFinish;
    else s.dialog = WorkDialog::ConfirmFinish;
    return s;
}

}  // namespace

WorkStep work_step(WorkDialog open, WorkRequest request, std::size_t dots, bool exam) {
    // Nothing worth keeping: practice with no dots leaves at once (an exam has started its clock: it asks).
    const bool nothing_to_keep = dots == 0 && !exam;
    WorkStep s;
    switch (request) {
        case WorkRequest::EnterKey:
            if (open == WorkDialog::Leave) return stay(open);  // Enter answers nothing here: Esc, then Enter never submits
            if (open == WorkDialog::ConfirmFinish) {
                if (dots == 0) return ask_to_finish(dots);
                s.finish = true;
                return s;
            }
            return ask_to_finish(dots);
        case WorkRequest::FinishButton:
            if (open != WorkDialog::None) return stay(open);
            return ask_to_finish(dots);
        case WorkRequest::ConfirmFinish:
            if (open != WorkDialog::ConfirmFinish) return stay(open);
            if (dots == 0) return ask_to_finish(dots);
            s.finish = true;
            return s;
        case WorkRequest::EscapeKey:
            if (open != WorkDialog::None) return s;  // a dialog open: Esc cancels it (keep working)
            if (nothing_to_keep) s.leave = true;
            else s.dialog = WorkDialog::Leave;
            return s;
        case WorkRequest::KeepWorking: return s;
        case WorkRequest::LeaveKeep:
            if (open != WorkDialog::Leave) return stay(open);
            s.leave = true;
            return s;
        case WorkRequest::Discard:
            if (open != WorkDialog::Leave) return stay(open);
            if (exam) {
                s.dialog = open;
                s.refusal = "An exam cannot be discarded: leaving keeps it, and its clock runs on.";
                return s;
            }
            s.leave = s.discard = true;
            return s;
        case WorkRequest::CloseWindow:
            // Closing twice (or with the leave dialog showing, or nothing to keep) closes; else ask once.
            if (open == WorkDialog::Leave || nothing_to_keep) s.leave = true;
            else s.dialog = WorkDialog::Leave;
            return s;
    }
    return stay(open);
}

std::vector<std::string> work_key_lines(bool exam) {
    std::vector<std::string> lines{"Left click or pen: place a dot (hold longer or press harder = deeper)",
                                   "Wheel: zoom   Right drag / arrows: pan   L: loupe   F: fit   F12: screenshot"};
    if (exam) lines.push_back("Enter: finish (asks first)   Esc: leave (the exam is kept, its clock runs on)");
    else lines.push_back("G: guides   Ctrl+Z: undo   Enter: finish (asks first)   Esc: leave");
    return lines;
}

std::string work_dialog_note(WorkDialog dialog) {
    switch (dialog) {
        case WorkDialog::Leave: return "dialog: leave";
        case WorkDialog::ConfirmFinish: return "dialog: finish";
        case WorkDialog::None: break;
    }
    return "dialog: none";
}

}  // namespace stipple
