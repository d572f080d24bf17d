// `stipple edit [LESSON.json] [--window WxH]`: the lesson editor. A missing file is created on save from the
// new-lesson template; no file at all asks where to save (default ./<id>.json).
#include <memory>
#include <regex>
#include <string>

#include "scoring/input_error.hpp"
#include "sim/cli/cli.hpp"
#include "sim/editor/editor_window.hpp"

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
    cmd->add_option("--window", options->window, "Window size as WIDTHxHEIGHT (default 1280x800)");
    cmd->callback([options, &outcome] {
        std::smatch m;
        static const std::regex size_pattern("([0-9]{3,5})x([0-9]{3,5})");
        if (!std::regex_match(options->window, m, size_pattern))
            throw InputError("--window", "", "expected WIDTHxHEIGHT, e.g. 1280x800, found \"" + options->window + "\"");
        EditorOptions editor;
        editor.path = options->path;
        editor.width_px = static_cast<unsigned>(std::stoul(m[1].str()));
        editor.height_px = static_cast<unsigned>(std::stoul(m[2].str()));
        if (editor.width_px < 800 || editor.height_px < 500 || editor.width_px > 8000 || editor.height_px > 8000)
            throw InputError("--window", "", "expected a window from 800x500 to 8000x8000");
        outcome.exit_code = run_lesson_editor(editor);
    });
}

}  // namespace stipple
