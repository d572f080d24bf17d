// `stipple edit [LESSON.json] [--window WxH]`: the lesson editor. A missing file is created on save from the
// new-lesson template; no file at all asks where to save (default ./<id>.json).
#include <iostream>
#include <memory>
#include <string>

#include "sim/cli/cli.hpp"
#include "sim/editor/editor_window.hpp"
#include "sim/flow/view_options.hpp"

namespace stipple {

namespace {
struct EditOptions {
    std::string path;
    std::string window = "1280x800";
};

}  // namespace

void add_edit_command(CLI::App& app, CommandOutcome& outcome) {
    auto options = std::make_shared<EditOptions>();
    CLI::App* cmd = app.add_subcommand("edit", "Open the lesson editor (a new lesson when the file is missing)");
    cmd->add_option("lesson", options->path, "Lesson file (stipple-lesson/1); created on save when missing");
    CLI::Option* window = cmd->add_option(
        "--window", options->window,
        "Window size WxH in pixels, at least 800x500 (default 1280x800, at most 90 % of the desktop's work "
        "area; a size given here is kept, clamped to the screen)");
    cmd->callback([options, &outcome, window] {
        EditorOptions editor;
        editor.path = options->path;
        editor.size_given = window->count() > 0;
        std::string error;
        const bool parsed = parse_window_size(options->window, editor.width_px, editor.height_px, error);
        // The editor's own minimum: the canvas beside the panel needs room.
        if (parsed && (editor.width_px < 800 || editor.height_px < 500))
            error = "--window: the editor needs at least 800x500, got \"" + options->window + "\"";
        if (!error.empty()) {
            std::cerr << "stipple edit: " << error << "\n";
            outcome.exit_code = kExitInvalidInput;
            return;
        }
        outcome.exit_code = run_lesson_editor(editor);
    });
}

}  // namespace stipple
