// `stipple show --lesson LESSON.json ATTEMPT.json [--overlays LIST] [--healed STAGE] [--sun] [--view CX,CY,PPM]
// [--window WxH]`: the score screen on any attempt file (the app's, `stipple demo`'s, one made elsewhere),
// read-only: every overlay, the feedback markers and the healed look. Bad files are refused before any window
// as `stipple score` refuses them (one line, exit 2).
#include <filesystem>
#include <iostream>
#include <memory>

#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"
#include "sim/cli/cli.hpp"
#include "sim/flow/show_options.hpp"
#include "sim/flow/view_options.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/score_review_screen.hpp"

namespace stipple {

namespace {
struct ShowArgs {
    std::string lesson_path;
    std::string attempt_path;
    std::string overlays = "zone,hairline";
    std::string healed = "fresh";
    bool sun = false;
    std::string view;
    std::string window = "1280x800";
};

// "Classic adult hairline: ana, 2026-11-24T10:00:00Z" (what the attempt says of itself), else the file name.
std::string heading_for(const Lesson& lesson, const Attempt& attempt, const std::string& path) {
    std::string who;
    if (attempt.trainee) who = *attempt.trainee;
    if (attempt.started) who += (who.empty() ? "" : ", ") + *attempt.started;
    if (who.empty()) who = std::filesystem::path(path).filename().string();
    return lesson.title + ": " + who;
}
}  // namespace

void add_show_command(CLI::App& app, CommandOutcome& outcome) {
    auto args = std::make_shared<ShowArgs>();
    CLI::App* cmd = app.add_subcommand(
        "show", "Open the score screen on an attempt file: score, feedback markers, overlays, healed look");
    cmd->add_option("--lesson", args->lesson_path, "Lesson file (stipple-lesson/1)")->required();
    cmd->add_option("attempt", args->attempt_path, "Attempt file (stipple-attempt/1)")->required();
    cmd->add_option("--overlays", args->overlays,
                    "Overlays on at first: all, none or a comma list of zone, hairline, heat-map, depth "
                    "(default zone,hairline)");
    cmd->add_option("--healed", args->healed, "Healed look at first: fresh, 1-month, 1-year or 4-years (default fresh)");
    cmd->add_flag("--sun", args->sun, "The healed look of sun-exposed skin");
    cmd->add_option("--view", args->view,
                    "Initial view CX,CY,PX_PER_MM: this scalp point (mm) at the window centre, at this zoom "
                    "(default: fit the zone)");
    CLI::Option* window_option = cmd->add_option(
        "--window", args->window,
        "Window size WxH in pixels (default 1280x800, at most 90 % of the desktop's work area; a size given "
        "here is kept, clamped to the screen)");
    cmd->callback([args, &outcome, window_option] {
        // Everything read and checked before the display, as `stipple score` does.
        const Lesson lesson = load_lesson(args->lesson_path);
        Attempt attempt = load_attempt(args->attempt_path);
        if (attempt.lesson != lesson.id)
            throw InputError(ErrorCode::lesson_mismatch, args->attempt_path, "/lesson",
                             "attempt is for lesson \"" + attempt.lesson + "\", not \"" + lesson.id + "\"");
        std::string error;
        unsigned w = 0, h = 0;
        ReviewOptions options;
        const std::optional<OverlayToggles> overlays = parse_overlay_list(args->overlays, error);
        const std::optional<HealedStage> stage = overlays ? parse_healed_stage(args->healed, error) : std::nullopt;
        if (stage && !args->view.empty()) options.initial_view = parse_view_spec(args->view, error);
        if (!stage || (!args->view.empty() && !options.initial_view) || !parse_window_size(args->window, w, h, error)) {
            std::cerr << "stipple show: " << error << "\n";
            outcome.exit_code = kExitInvalidInput;
            return;
        }
        options.heading = heading_for(lesson, attempt, args->attempt_path);
        options.back_label = "Close";
        options.report = score_attempt(lesson, attempt);
        options.start.state.toggles = *overlays;
        options.start.state.stage = *stage;
        options.start.state.sun_exposed = args->sun;

        WindowSpec spec;
        spec.width_px = w;
        spec.height_px = h;
        spec.size_given = window_option->count() > 0;
        spec.title = "Stipple - " + lesson.title;
        std::unique_ptr<AppWindow> window;
        try {
            window = std::make_unique<AppWindow>(spec);
        } catch (const NoDisplayError& e) {
            std::cerr << "stipple show: " << e.what() << "\n";
            outcome.exit_code = kExitFailure;
            return;
        }
        // For scripts driving the window: the score screen is on screen, and this is its X window id.
        options.start.on_shown = [&window, total = options.report->total, passed = options.report->passed,
                                  items = options.report->feedback.size(), dots = attempt.dots.size()] {
            std::cout << "score " << total << (passed ? " (passed)" : " (not passed)") << ", " << dots << " dots, "
                      << items << " feedback items\n"
                      << "ready window " << static_cast<unsigned long>(window->window().getSystemHandle())
                      << std::endl;
        };
        window->run(make_review_screen(lesson, std::move(attempt), std::move(options),
                                       [](const ScoreExit&) { return std::unique_ptr<Screen>(); }));
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
