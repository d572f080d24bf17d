// The lesson picker screen: the curriculum's lessons with their state for the signed-in trainee, best and
// last score, the selected lesson's brief (or why it is locked), and the history panel of past attempts
// with a replay button each. Enter or a click starts the selected lesson; Ctrl+Q quits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "scoring/curriculum.hpp"
#include "sim/flow/history_model.hpp"
#include "sim/flow/lesson_picker_model.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

struct PickerView {
    std::string trainee;
    const Curriculum* curriculum = nullptr;  // for titles and briefs
    std::vector<PickerRow> rows;
    std::vector<HistoryRow> history;
    std::string notice;
    bool notice_is_error = false;
    std::size_t selected = 0;   // kept by the caller between visits
    bool exam = false;          // the "exam mode" toggle, kept between visits
};

struct PickerChoice {
    enum class Kind { Start, Replay, SignOut, WindowClosed };
    Kind kind = Kind::WindowClosed;
    std::size_t row = 0;        // Start: index into rows (may be a locked row: the flow refuses it)
    int64_t attempt_id = 0;     // Replay
};

// Stays until the trainee chooses (then `then` gets the choice); updates view.selected and view.exam as
// they change (`view` outlives the screen: the caller keeps it between visits).
std::unique_ptr<Screen> make_lesson_picker_screen(PickerView& view, Then<PickerChoice> then);

}  // namespace stipple
