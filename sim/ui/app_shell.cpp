// The app shell's window loop (see app_shell.hpp): one window, one ImGui bridge, screens in turn.
#include "sim/ui/app_shell.hpp"

#include <algorithm>
#include <exception>
#include <iostream>
#include <stdexcept>

#include <SFML/Graphics/RenderWindow.hpp>
#include <X11/Xlib.h>

#include "academy/progress.hpp"
#include "academy/user_data.hpp"
#include "sim/flow/app_shell_flow.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/history_model.hpp"
#include "sim/flow/lesson_picker_catalog.hpp"
#include "sim/flow/lesson_picker_model.hpp"
#include "sim/flow/replay_loader.hpp"
#include "sim/ui/imgui_bridge.hpp"
#include "sim/ui/lesson_picker_screen.hpp"
#include "sim/ui/practice_screen.hpp"
#include "sim/ui/replay_screen.hpp"
#include "sim/ui/signin_screen.hpp"

namespace stipple {

namespace {

bool display_available() {
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr) return false;
    XCloseDisplay(display);
    return true;
}

const Lesson* find_lesson(const Curriculum& curriculum, const std::string& id) {
    for (const CurriculumEntry& e : curriculum.lessons)
        if (e.lesson.id == id) return &e.lesson;
    return nullptr;
}

// Everything the shell holds while it runs (no globals).
struct Shell {
    const AppShellConfig& config;
    Curriculum curriculum;
    Gradebook gradebook;
    sf::RenderWindow& window;
    ImGuiBridge& imgui;
    PickerView picker;

    ShellEvent sign_in() {
        const SignInResult r = run_signin(window, imgui, gradebook);
        if (r.window_closed || !r.trainee) return WindowClosed{};
        std::cout << "signed in: " << *r.trainee << std::endl;
        return SignedIn{*r.trainee};
    }

    ShellEvent pick(const ShellState& state) {
        window.setTitle("Stipple - lessons");
        picker.trainee = state.trainee;
        picker.curriculum = &curriculum;
        picker.notice = state.notice;
        picker.notice_is_error = state.notice_is_error;
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

        const PickerChoice choice = run_lesson_picker(window, imgui, picker);
        switch (choice.kind) {
            case PickerChoice::Kind::Start: {
                if (choice.row >= picker.rows.size()) return StartLesson{"", false, "No lesson selected", false};
                const PickerRow& row = picker.rows[choice.row];
                return StartLesson{row.lesson_id, row.startable, row.locked_reason, picker.exam};
            }
            case PickerChoice::Kind::Replay: return OpenReplay{choice.attempt_id};
            case PickerChoice::Kind::SignOut: return SignOut{};
            case PickerChoice::Kind::WindowClosed: break;
        }
        return WindowClosed{};
    }

    ShellEvent practise(const ShellState& state) {
        PracticeEnded ended;
        const Lesson* lesson = find_lesson(curriculum, state.lesson_id);
        if (lesson == nullptr) {
            ended.finished = true;
            ended.record_error = "no lesson \"" + state.lesson_id + "\" in " + config.lessons_dir.string();
            return ended;
        }
        ended.lesson_title = lesson->title;
        const std::filesystem::path db(config.gradebook_path);
        PracticeOptions options;
        options.exam = state.exam;
        options.trainee = state.trainee;
        options.skip_brief = true;  // the picker showed the brief: one Enter starts the work
        options.on_note = [](const std::string& line) { std::cout << line << std::endl; };
        options.data_dir = data_dir_of(db);  // attempts and autosaves beside the gradebook
        options.autosave_path = autosave_path(options.data_dir, state.trainee, lesson->id).string();
        options.gradebook = &gradebook;      // finishing records the attempt (attempt_finish.hpp)
        PracticeOutcome outcome;
        try {
            std::filesystem::create_directories(std::filesystem::path(options.autosave_path).parent_path());
            outcome = run_practice(window, imgui, *lesson, options);
        } catch (const std::exception& e) {  // the attempt could not be saved
            ended.finished = true;
            ended.record_error = e.what();
            return ended;
        }
        ended.window_closed = outcome.window_closed;
        ended.finished = outcome.finished;
        if (!outcome.finished) return ended;
        const FinishedAttempt& done = outcome.result;
        ended.attempt_path = done.saved_path;
        if (done.report) {
            ended.total = done.report->total;
            ended.passed = done.report->passed;
        }
        ended.recorded_id = done.recorded_id;
        ended.record_error = done.record_error;
        print_record_outcome(std::cout, std::cerr, done, state.trainee, lesson->id);
        return ended;
    }

    ShellEvent replay(const ShellState& state) {
        ReplayEnded ended;
        try {
            const ReplayPlan plan = load_replay(gradebook, state.attempt_id);
            window.setTitle("Stipple - replay");
            ended.window_closed = run_replay(window, imgui, plan) == ReplayExit::WindowClosed;
        } catch (const std::exception& e) {
            ended.error = e.what();
        }
        return ended;
    }
};

}  // namespace

void run_app_shell(const AppShellConfig& config) {
    Curriculum curriculum = load_lesson_catalog(config.lessons_dir);
    Gradebook gradebook = Gradebook::open(config.gradebook_path);
    if (!display_available())
        throw std::runtime_error("cannot open an X display (is DISPLAY set?); the simulator needs a window");

    sf::ContextSettings settings;
    settings.antialiasingLevel = 4;
    sf::RenderWindow window(sf::VideoMode(config.window_w, config.window_h), "Stipple", sf::Style::Default, settings);
    window.setFramerateLimit(60);
    // Centred on the screen: without a window manager (Xvfb) the window would stay wherever it landed.
    const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    window.setPosition({std::max(0, (int(desktop.width) - int(config.window_w)) / 2),
                        std::max(0, (int(desktop.height) - int(config.window_h)) / 2)});
    ImGuiBridge imgui(window);
    Shell shell{config, std::move(curriculum), std::move(gradebook), window, imgui, {}};

    ShellState state;
    while (state.screen != ShellScreen::Quit && window.isOpen()) {
        ShellEvent event = WindowClosed{};
        switch (state.screen) {
            case ShellScreen::SignIn: event = shell.sign_in(); break;
            case ShellScreen::Picker: event = shell.pick(state); break;
            case ShellScreen::Practice: event = shell.practise(state); break;
            case ShellScreen::Replay: event = shell.replay(state); break;
            case ShellScreen::Quit: break;
        }
        state = next_state(state, event);
    }
    if (window.isOpen()) window.close();
}

}  // namespace stipple
