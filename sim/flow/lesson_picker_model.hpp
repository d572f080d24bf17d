// What the lesson picker shows, as pure data: one row per curriculum lesson with its state for the
// signed-in trainee (locked / open / passed / proficient), best and last score, whether it can start and,
// when locked, which prerequisite holds it back. Also the default selection and keyboard moves.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "academy/progress.hpp"
#include "scoring/curriculum.hpp"

namespace stipple {

struct PickerRow {
    bool is_case = false;              // a case (issue 14): curriculum_index is into Curriculum::cases
    std::size_t curriculum_index = 0;  // into Curriculum::lessons (a case: Curriculum::cases)
    std::string lesson_id;             // a case: the case id
    std::string title;
    LessonState state = LessonState::Locked;
    std::string state_label;   // "Locked", "Open", "Passed", "Proficient"
    std::string best_label;    // "82.4", or "-" before the first attempt
    std::string last_label;    // same
    std::string attempts_label;  // "3 attempts, 2 passed"; "no attempts yet"
    bool startable = false;    // every state but Locked
    std::string locked_reason;  // Locked: lock_reason() in words ("Needs 'Crown fill' proficient (1 of 2 passes in a
                                // row so far)"), or locked_reason() without progress; else empty
};

// One row per curriculum lesson, in teaching order, then one per case ("Case: " before its title; Open, or Locked
// while a required lesson is not proficient; "N steps" for its attempts label). `progress` comes from progress_for(); lessons it
// does not mention are Open when they have no prerequisites, else Locked. Rows for lessons the
// curriculum no longer names are left out (their attempts stay in the history).
std::vector<PickerRow> picker_rows(const Curriculum& curriculum, const std::vector<LessonProgress>& progress);

// "82.4" (one decimal), "-" when there is no score.
std::string score_label(const std::optional<double>& total);
const char* state_label(LessonState state);  // "Locked" | "Open" | "Passed" | "Proficient"
// Why a lesson is locked, naming the missing prerequisites by title: "Needs Crown fill proficient first"
// ("Needs A and B proficient first", "Needs A, B and C ...").
std::string locked_reason(const Curriculum& curriculum, const std::vector<std::string>& missing_ids);

// The row the picker opens on: the first Open lesson (the default lesson), else the first startable
// one, else the first row; nullopt only when there are no rows. A remembered lesson id wins when it
// is still startable (coming back from a lesson keeps it selected).
std::optional<std::size_t> default_selection(const std::vector<PickerRow>& rows,
                                             const std::optional<std::string>& remembered_lesson_id = {});

// Up/Down: the row `step` rows away, clamped to the list (locked rows can be selected, to read why).
std::size_t move_selection(std::size_t current, int step, std::size_t row_count);

}  // namespace stipple
