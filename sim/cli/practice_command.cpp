// `stipple practice LESSON.json [--save PATH] [--exam] [--trainee NAME] [--view CX,CY,PX_PER_MM]
// [--window WxH] [--skip-brief]`: straight into one lesson in the simulator window.
#include <iostream>
#include <memory>

#include <SFML/Graphics/RenderWindow.hpp>

#include "academy/user_data.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/cli/cli.hpp"
#include "sim/ui/imgui_bridge.hpp"
#include "sim/ui/practice_display.hpp"
#include "sim/ui/practice_screen.hpp"
#include "sim/ui/practice_view.hpp"

namespace stipple {

namespace {

struct PracticeArgs {
    std::string lesson_path;
    std::optional<std::string> save_path;
    std::optional<std::string> trainee;
    std::string view;
    std::string window = "1280x800";
    bool exam = false;
    bool skip_brief = false;
};

}  // namespace

void add_practice_command(CLI::App& app, CommandOutcome& outcome) {
    auto args = std::make_shared<PracticeArgs>();
    CLI::App* cmd = app.add_subcommand("practice", "Practise one lesson in the simulator window");
    cmd->add_option("lesson", args->lesson_path, "Lesson file (stipple-lesson/1)")->required();
    cmd->add_option("--save", args->save_path,
                    "Where to write the finished attempt (default: the data folder's attempts/)");
    cmd->add_flag("--exam", args->exam, "Exam: no guides, no undo, the lesson's time limit enforced");
    cmd->add_option("--trainee", args->trainee, "Trainee name recorded in the attempt");
    cmd->add_option("--view", args->view,
                    "Initial view CX,CY,PX_PER_MM: this scalp point (mm) at the window centre, at this zoom "
                    "(default: fit the zone). Window pixel (px, py) is then at x = CX + (px - W/2) / PX_PER_MM, "
                    "y = CY - (py - H/2) / PX_PER_MM");
    cmd->add_option("--window", args->window, "Window size WxH in pixels (default 1280x800)");
    cmd->add_flag("--skip-brief", args->skip_brief, "Start working at once (unless an autosave is offered)");
    cmd->callback([args, &outcome] {
        const Lesson lesson = load_lesson(args->lesson_path);
        std::string error;
        unsigned w = 0, h = 0;
        if (!parse_window_size(args->window, w, h, error)) {
            std::cerr << "stipple practice: " << error << "\n";
            outcome.exit_code = kExitInvalidInput;
            return;
        }
        PracticeOptions options;
        if (!args->view.empty()) {
            options.initial_view = parse_view_spec(args->view, error);
            if (!options.initial_view) {
                std::cerr << "stipple practice: " << error << "\n";
                outcome.exit_code = kExitInvalidInput;
                return;
            }
        }
        const std::shared_ptr<void> display = open_display_probe();
        if (!display) {
            std::cerr << "stipple practice: cannot open an X display (is DISPLAY set?); the simulator needs a window\n";
            outcome.exit_code = kExitFailure;
            return;
        }
        options.exam = args->exam;
        options.save_path = args->save_path;
        options.trainee = args->trainee;
        options.skip_brief = args->skip_brief;
        options.autosave_path = autosave_path(user_data_dir(), args->trainee, lesson.id).string();

        sf::ContextSettings settings;
        settings.antialiasingLevel = 4;
        sf::RenderWindow window(sf::VideoMode(w, h), "Stipple", sf::Style::Default, settings);
        window.setFramerateLimit(60);
        ImGuiBridge imgui(window);
        // For scripts driving the window: it takes input now, and this is its X window id.
        options.on_ready = [&window] {
            std::cout << "ready window " << static_cast<unsigned long>(window.getSystemHandle()) << std::endl;
        };
        const PracticeOutcome result = run_practice(window, imgui, lesson, options);
        if (result.finished) {
            std::cout << "saved attempt: " << result.saved_path << " (" << result.attempt.dots.size() << " dots)\n";
            if (result.report)
                std::cout << "score: " << result.report->total << (result.report->passed ? " (passed)" : " (not passed)")
                          << "\n";
        } else {
            std::cout << "not finished; unfinished work is kept in " << options.autosave_path << "\n";
        }
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
