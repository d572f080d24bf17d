// `stipple practice LESSON.json [--save PATH] [--exam] [--trainee NAME] [--db FILE] [--view CX,CY,PX_PER_MM]
// [--window WxH] [--skip-brief] [--max-fps N]`: straight into one lesson in the simulator window. Finishing is the app's
// step (sim/flow/attempt_finish.hpp): saved, scored and, with --trainee, recorded in the gradebook. --skip-brief on a
// lesson offering a needle and shade choice is refused (exit 2): choosing them on the brief is part of the work.
#include <iostream>
#include <memory>

#include <stdexcept>

#include "academy/gradebook.hpp"
#include "academy/user_data.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/cli/academy_commands.hpp"
#include "sim/cli/cli.hpp"
#include "sim/flow/attempt_finish.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/flow/choice_panel.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/practice_screen.hpp"
#include "sim/flow/view_options.hpp"

namespace stipple {

namespace {

struct PracticeArgs {
    std::string lesson_path;
    std::optional<std::string> save_path;
    std::optional<std::string> trainee;
    std::string db_path;
    std::string pin_file;
    std::string view;
    std::string window = "1280x800";
    bool exam = false;
    bool skip_brief = false;
    unsigned max_fps = 60;
};

}  // namespace

void add_practice_command(CLI::App& app, CommandOutcome& outcome) {
    auto args = std::make_shared<PracticeArgs>();
    CLI::App* cmd = app.add_subcommand("practice", "Practise one lesson in the simulator window");
    cmd->add_option("lesson", args->lesson_path, "Lesson file (stipple-lesson/1)")->required();
    cmd->add_option("--save", args->save_path,
                    "Where to write the finished attempt (default: the data folder's attempts/)");
    cmd->add_flag("--exam", args->exam, "Exam: no guides, no undo, the lesson's time limit enforced");
    cmd->add_option("--trainee", args->trainee,
                    "Trainee name recorded in the attempt; the finished attempt is recorded in the gradebook "
                    "for this trainee (added when new)");
    add_db_option(cmd, args->db_path);  // the academy commands' --db: attempts and autosaves go beside it
    cmd->add_option("--view", args->view,
                    "Initial view CX,CY,PX_PER_MM: this scalp point (mm) at the window centre, at this zoom "
                    "(default: fit the zone). Window pixel (px, py) is then at x = CX + (px - W/2) / PX_PER_MM, "
                    "y = CY - (py - H/2) / PX_PER_MM");
    CLI::Option* window_option = cmd->add_option(
        "--window", args->window,
        "Window size WxH in pixels (default 1280x800, at most 90 % of the desktop's work area; a size given "
        "here is kept, clamped to the screen)");
    cmd->add_option("--pin-file", args->pin_file,
                    "With --exam, once PINs exist: read the trainee's PIN from this file (mode 0600; default: ask)");
    cmd->add_flag("--skip-brief", args->skip_brief,
                  "Start working at once (unless an autosave is offered); refused for a lesson offering a needle "
                  "and shade choice, which is made on the brief");
    cmd->add_option("--max-fps", args->max_fps,
                    "Frame-rate cap (default 60; a slow machine draws fewer). Depth and timing never depend on "
                    "it: input times come from the X server")
        ->check(CLI::Range(1u, 1000u));
    cmd->callback([args, &outcome, window_option] {
        const Lesson lesson = load_lesson(args->lesson_path);
        // Skipping the brief would skip the needle and shade panel: the attempt would record no choice and
        // fail with no_choice after all the work. Refused before any window, naming the lesson.
        if (args->skip_brief && offers_choice(choice_panel(lesson))) {
            std::cerr << "stipple practice: " << args->lesson_path << ": lesson \"" << lesson.id
                      << "\" offers a needle and shade choice, made on the brief: leave out --skip-brief\n";
            outcome.exit_code = kExitInvalidInput;
            return;
        }
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
        const std::string db_path = gradebook_path_or_default(args->db_path);
        options.data_dir = data_dir_of(db_path);
        options.autosave_path =
            (args->exam ? exam_autosave_path : autosave_path)(options.data_dir, args->trainee, lesson.id).string();
        if (args->exam)  // an exam an older Stipple kept at the practice path resumes as the exam it is
            adopt_exam_autosave(autosave_path(options.data_dir, args->trainee, lesson.id).string(), options.autosave_path,
                                lesson.id);
        // With a trainee the attempt is recorded: the gradebook is opened (and checked) before the display,
        // as the app does: a file that is not a gradebook is refused untouched (exit 2).
        std::optional<Gradebook> gradebook;
        if (args->trainee) {
            gradebook.emplace(Gradebook::open(db_path));
            // A bad name or an archived trainee is refused now, not after the work is done (exit 2).
            gradebook->ensure_active_trainee(*args->trainee);
            if (args->exam) check_exam_pin(*gradebook, *args->trainee, args->pin_file);  // B: the trainee sits it
            options.gradebook = &*gradebook;
        }
        options.exam = args->exam;
        options.save_path = args->save_path;
        options.trainee = args->trainee;
        options.skip_brief = args->skip_brief;

        WindowSpec spec;
        spec.width_px = w;
        spec.height_px = h;
        spec.max_fps = args->max_fps;
        spec.size_given = window_option->count() > 0;
        spec.data_dir = options.data_dir;
        std::unique_ptr<AppWindow> window;
        try {
            window = std::make_unique<AppWindow>(spec);
        } catch (const NoDisplayError& e) {
            std::cerr << "stipple practice: " << e.what() << "\n";
            outcome.exit_code = kExitFailure;
            return;
        }
        // For scripts driving the window: it takes input now, and this is its X window id.
        options.on_ready = [&window] {
            std::cout << "ready window " << static_cast<unsigned long>(window->window().getSystemHandle()) << std::endl;
        };
        options.on_note = [](const std::string& line) { std::cout << line << std::endl; };
        PracticeOutcome result;
        window->run(make_practice_screen(lesson, options, [&result](const PracticeOutcome& ended) {
            result = ended;
            return std::unique_ptr<Screen>();
        }));
        if (!result.save_error.empty()) throw std::runtime_error(result.save_error);
        if (result.finished) {
            const FinishedAttempt& done = result.result;
            std::cout << "saved attempt: " << done.saved_path << " (" << result.attempt.dots.size() << " dots)\n";
            if (done.report)
                std::cout << "score: " << done.report->total << (done.report->passed ? " (passed)" : " (not passed)")
                          << "\n";
            print_record_outcome(std::cout, std::cerr, done, args->trainee.value_or(""), lesson.id);
        } else {
            std::cout << "not finished; unfinished work is kept in " << options.autosave_path << "\n";
        }
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
