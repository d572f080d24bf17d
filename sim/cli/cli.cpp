// The command line's dispatcher: builds the app, runs the chosen command, maps errors to exit codes.
#include "sim/cli/cli.hpp"

#include <iostream>
#include <string>

#include "scoring/input_error.hpp"

namespace stipple {

int run_cli(int argc, char** argv) {
    CLI::App app{"Stipple: a scalp micropigmentation training simulator", "stipple"};
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", std::string("stipple ") + STIPPLE_VERSION);
    CommandOutcome outcome;
    add_score_command(app, outcome);
    add_lesson_command(app, outcome);
    add_case_command(app, outcome);
    add_demo_command(app, outcome);
    add_show_command(app, outcome);
    add_render_command(app, outcome);
    add_gallery_command(app, outcome);
    add_practice_command(app, outcome);
    add_edit_command(app, outcome);
    add_academy_command(app, outcome);
    add_app_command(app, outcome);  // last: its callback (no subcommand) is the app's own
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kExitInvalidInput;
    } catch (const InputError& e) {
        std::cerr << "stipple: " << e.what() << "\n";
        return kExitInvalidInput;
    } catch (const std::exception& e) {
        std::cerr << "stipple: " << e.what() << "\n";
        return kExitFailure;
    }
    return outcome.exit_code;
}

}  // namespace stipple
