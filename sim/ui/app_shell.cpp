// The app shell (see app_shell.hpp): one window whose loop runs the screens in turn; each screen's result
// goes through app_shell_flow's next_state, and the state says which screen comes next.
#include "sim/ui/app_shell.hpp"

#include <algorithm>
#include <exception>
#include <iostream>
#include <stdexcept>

#include "academy/progress.hpp"
#include "academy/user_data.hpp"
#include "sim/flow/app_shell_flow.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/flow/exam_clock.hpp"
#include "sim/flow/history_model.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/case_screen.hpp"
#include "sim/flow/lesson_picker_catalog.hpp"
#include "sim/flow/lesson_picker_model.hpp"
#include "sim/ui/lesson_picker_screen.hpp"
#include "sim/ui/practice_screen.hpp"
#include "sim/flow/replay_loader.hpp"
#include "sim/ui/replay_screen.hpp"
#include "sim/ui/signin_screen.hpp"

namespace stipple {

namespace {

const Lesson* find_lesson(const Curriculum& curriculum, const std::string& id) {
    for (const CurriculumEntry& e : curriculum.lessons)
        if (e.lesson.id == id) return &e.lesson;
    return nullptr;
}

// Everything the shell holds while it runs (no globals), and the screen for each state of the flow.
struct Shell {
    const AppShellConfig& config;
    Curriculum curriculum;
    Gradebook gradebook;
    PickerView picker;
    ShellState state;

    // The flow moves on with what a screen ended with; the new state's screen (none: quit).
    std::unique_ptr<Screen> after(const ShellEvent& event) {
        state = next_state(state, event);
        return screen_for_state();
    }

    std::unique_ptr<Screen> screen_for_state() {
        switch (state.screen) {
            case ShellScreen::SignIn: return sign_in();
            case ShellScreen::Picker: return pick();
            case ShellScreen::Practice: return practise();
            case ShellScreen::Replay: return replay();
            case ShellScreen::Case: return run_case();
            case ShellScreen::Quit: break;
        }
        return nullptr;
    }

    std::unique_ptr<Screen> sign_in() {
        return make_signin_screen(gradebook, [this](const SignInResult& r) -> std::unique_ptr<Screen> {
            if (r.window_closed || !r.trainee) return after(WindowClosed{});
            std::cout << "signed in: " << *r.trainee << std::endl;
            return after(SignedIn{*r.trainee});
        });
    }

    std::unique_ptr<Screen> pick() {
        picker.trainee = state.trainee;
        picker.curriculum = &curriculum;
        picker.notice = state.notice;
        picker.notice_is_error = state.notice_is_error;
        settle_abandoned(picker);
        try {
            picker.rows = picker_rows(curriculum, progress_for(gradebook, curriculum, state.trainee));
            AttemptFilter mine;
            mine.trainee = state.trainee;
            picker.history = history_rows(gradebook.attempts(mine));
        } catch (const std::exception& e) {  // a damaged gradebook: still let them practise
            picker.rows = picker_rows(curriculum, {});
            picker.history.clear();
            picker.notice = e.what();
            picker.notice_is_error = true;
        }
        const std::optional<std::string> remembered =
            state.lesson_id.empty() ? std::nullopt : std::optional<std::string>(state.lesson_id);
        picker.selected = default_selection(picker.rows, remembered).value_or(0);
        for (std::size_t i = 0; state.notice_is_error && i < picker.rows.size(); ++i)
            if (picker.rows[i].lesson_id == state.lesson_id) picker.selected = i;  // keep a refused lesson in view
        if (picker.selected < picker.rows.size()) {  // one line per visit, for scripts and logs
            const PickerRow& row = picker.rows[picker.selected];
            std::cout << "picker: " << state.trainee << ": selected " << row.lesson_id << " (" << row.state_label
                      << ", best " << row.best_label << ", last " << row.last_label << ", " << row.attempts_label
                      << "), " << picker.history.size() << " in history" << std::endl;
        }
        return make_lesson_picker_screen(picker, [this](const PickerChoice& choice) { return after(picker_event(choice)); });
    }

    // The trainee's exams left past their limit are finished as they stand and recorded failed (exam_clock.hpp).
    void settle_abandoned(PickerView& view) {
        std::vector<const Lesson*> lessons;
        for (const CurriculumEntry& e : curriculum.lessons) lessons.push_back(&e.lesson);
        for (const SettledExam& settled : settle_abandoned_exams(lessons, gradebook, data_dir_of(config.gradebook_path),
                                                                  state.trainee, now_iso8601_utc())) {
            const std::string line = settled_exam_note(settled);
            std::cout << line << std::endl;
            if (view.notice.empty()) view.notice = line;
        }
    }

    ShellEvent picker_event(const PickerChoice& choice) const {
        switch (choice.kind) {
            case PickerChoice::Kind::Start: {
                if (choice.row >= picker.rows.size()) return StartLesson{"", false, "No lesson selected", false};
                const PickerRow& row = picker.rows[choice.row];
                if (row.is_case) return StartCase{row.lesson_id, row.startable, row.locked_reason};
                return StartLesson{row.lesson_id, row.startable, row.locked_reason, picker.exam};
            }
            case PickerChoice::Kind::Replay: return OpenReplay{choice.attempt_id};
            case PickerChoice::Kind::SignOut: return SignOut{};
            case PickerChoice::Kind::WindowClosed: break;
        }
        return WindowClosed{};
    }

    std::unique_ptr<Screen> practise() {
        PracticeEnded ended;
        const Lesson* lesson = find_lesson(curriculum, state.lesson_id);
        if (lesson == nullptr) {
            ended.finished = true;
            ended.record_error = "no lesson \"" + state.lesson_id + "\" in " + config.lessons_dir.string();
            return after(ended);
        }
        const std::filesystem::path db(config.gradebook_path);
        PracticeOptions options;
        options.exam = state.exam;
        options.trainee = state.trainee;
        options.skip_brief = true;  // the picker showed the brief: one Enter starts the work
        options.data_dir = data_dir_of(db);  // attempts and autosaves beside the gradebook
        options.autosave_path = (state.exam ? exam_autosave_path : autosave_path)(options.data_dir, state.trainee, lesson->id).string();
        if (state.exam)  // an exam an older Stipple kept at the practice path resumes as the exam it is
            adopt_exam_autosave(autosave_path(options.data_dir, state.trainee, lesson->id).string(), options.autosave_path, lesson->id);
        options.gradebook = &gradebook;      // finishing records the attempt (attempt_finish.hpp)
        options.on_note = [](const std::string& line) { std::cout << line << std::endl; };
        try {
            std::filesystem::create_directories(std::filesystem::path(options.autosave_path).parent_path());
        } catch (const std::exception& e) {  // the attempt could not be saved
            ended.finished = true;
            ended.record_error = e.what();
            return after(ended);
        }
        return make_practice_screen(*lesson, options, [this, lesson](const PracticeOutcome& outcome) {
            return after(practice_ended(*lesson, outcome));
        });
    }

    // What the flow needs to know about the practice that ended (finishing recorded it already).
    PracticeEnded practice_ended(const Lesson& lesson, const PracticeOutcome& outcome) const {
        PracticeEnded ended;
        ended.lesson_title = lesson.title;
        ended.window_closed = outcome.window_closed;
        ended.finished = outcome.finished;
        if (!outcome.save_error.empty()) {  // the attempt could not be saved
            ended.finished = true;
            ended.record_error = outcome.save_error;
            return ended;
        }
        if (!outcome.finished) return ended;
        const FinishedAttempt& done = outcome.result;
        ended.attempt_path = done.saved_path;
        if (done.report) {
            ended.total = done.report->total;
            ended.passed = done.report->passed;
        }
        ended.recorded_id = done.recorded_id;
        ended.record_error = done.record_error;
        print_record_outcome(std::cout, std::cerr, done, state.trainee, lesson.id);
        return ended;
    }

    std::unique_ptr<Screen> run_case() {
        const Case* the_case = nullptr;
        for (const CurriculumCase& entry : curriculum.cases)
            if (entry.the_case.id == state.lesson_id) the_case = &entry.the_case;
        if (the_case == nullptr) return after(CaseEnded{false, "no case \"" + state.lesson_id + "\"", true});
        CaseScreenOptions options;
        options.trainee = state.trainee;
        options.data_dir = data_dir_of(config.gradebook_path);
        options.gradebook = &gradebook;
        options.on_note = [](const std::string& line) { std::cout << line << std::endl; };
        return make_case_screen(*the_case, options, [this](const CaseExit& exit) {
            return after(CaseEnded{exit.window_closed, exit.notice, exit.notice_is_error});
        });
    }

    std::unique_ptr<Screen> replay() {
        ReplayEnded ended;
        try {
            ReplayPlan plan = load_replay(gradebook, state.attempt_id);
            return make_replay_screen(std::move(plan), [this](const ReplayExit& exit) {
                ReplayEnded done;
                done.window_closed = exit.window_closed;
                done.error = exit.error;
                return after(done);
            });
        } catch (const std::exception& e) {
            ended.error = e.what();
        }
        return after(ended);
    }
};

}  // namespace

void run_app_shell(const AppShellConfig& config) {
    Curriculum curriculum = load_lesson_catalog(config.lessons_dir);
    Gradebook gradebook = Gradebook::open(config.gradebook_path);
    WindowSpec spec;
    spec.width_px = config.window_w;
    spec.height_px = config.window_h;
    spec.size_given = config.window_size_given;
    spec.data_dir = data_dir_of(config.gradebook_path);
    AppWindow window(spec);  // throws without an X display, after the gradebook is ready
    Shell shell{config, std::move(curriculum), std::move(gradebook), {}, {}};
    window.run(shell.screen_for_state());
}

}  // namespace stipple
