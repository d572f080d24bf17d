// `stipple` with no subcommand: the simulator's app shell (sign-in, lesson picker with history, practice,
// replay). Options: --lessons DIR (else $STIPPLE_DATA_DIR/lessons, else the built-in lessons),
// --db PATH (else $XDG_DATA_HOME/stipple/gradebook.sqlite or ~/.local/share/...), --window WxH.
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#include "sim/cli/cli.hpp"

#include "academy/gradebook.hpp"
#include "sim/cli/academy_commands.hpp"
#include "sim/resource_paths.hpp"
#include "sim/ui/app_shell.hpp"
#include "sim/flow/view_options.hpp"

namespace stipple {

namespace {
struct AppArgs {
    std::optional<std::string> lessons_dir;
    std::string db_path;
    std::string window = "1280x800";
};
}  // namespace

void add_app_command(CLI::App& app, CommandOutcome& outcome) {
    auto args = std::make_shared<AppArgs>();
    app.add_option("--lessons", args->lessons_dir,
                   "Simulator: lessons folder (default: $STIPPLE_DATA_DIR/lessons, else the built-in lessons)");
    app.add_option("--db", args->db_path, std::string("Simulator: ") + kDbOptionHelp);
    CLI::Option* window = app.add_option(
        "--window", args->window,
        "Simulator: window size WxH in pixels (default 1280x800, at most 90 % of the desktop's work area; a "
        "size given here is kept, clamped to the screen)");
    app.callback([&app, &outcome, args, window] {
        if (!app.get_subcommands().empty()) return;
        AppShellConfig config;
        std::string error;
        if (!parse_window_size(args->window, config.window_w, config.window_h, error))
            throw CLI::ValidationError("--window", error);
        config.window_size_given = window->count() > 0;
        config.lessons_dir = find_lessons_dir(args->lessons_dir);
        config.gradebook_path = gradebook_path_or_default(args->db_path);
        run_app_shell(config);
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
