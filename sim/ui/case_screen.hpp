// The case screen: a client's course, step by step (case_run.hpp keeps the run): the client card and brief,
// question steps (pick, submit; each wrong pick explained), the numbing step, each session ("6 weeks later":
// the next session built from the trainee's own saved, healed attempt) on the ordinary practice screens, and
// finally the case summary (every step's and session's score, the whole verdict). Each step done is saved and,
// with a gradebook and a trainee, recorded (academy/case_records).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "academy/gradebook.hpp"
#include "scoring/case.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

struct CaseScreenOptions {
    std::optional<std::string> trainee;
    std::filesystem::path data_dir;          // required: the run, its sessions' lessons and attempts go below it
    Gradebook* gradebook = nullptr;          // steps and sessions are recorded here (with a trainee)
    std::function<void(const std::string&)> on_note;  // one line per step done (scripts wait for them)
};

struct CaseExit {
    bool window_closed = false;
    std::string notice;        // for the picker: the verdict, or why something could not be saved
    bool notice_is_error = false;
};

// Stays until the trainee goes back to the lessons (the run is kept and resumes next time) or closes the
// window. `c` must outlive the screens.
std::unique_ptr<Screen> make_case_screen(const Case& c, const CaseScreenOptions& options, Then<CaseExit> then);

}  // namespace stipple
