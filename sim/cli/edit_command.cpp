// `stipple edit [LESSON.json] [--window WxH]`: the lesson editor. A missing file is created on save from the
// new-lesson template; no file at all asks where to save (default ./<id>.json).
#include <memory>
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

// "WIDTHxHEIGHT" with 3 to 5 digits each (checked by hand: std::regex recurses per character).
bool parse_window_size(const std::string& s, unsigned& width, unsigned& height) {
    const auto x = s.find('x');
    if (x == std::string::npos) return false;
    auto number = [](const std::string& part, unsigned& out) {
        if (part.size() < 3 || part.size() > 5) return false;
        out = 0;
        for (const char c : part) {
            if (c < '0' || c > '9') return false;
            out = out * 10 + static_cast<unsigned>(c - '0');
        }
        return true;
    };
    return number(s.substr(0, x), width) && number(s.substr(x + 1), height);
}
}  // namespace

void add_edit_command(CLI::App& app, CommandOutcome& outcome) {
    auto options = std::make_shared<EditOptions>();
    CLI::App* cmd = app.add_subcommand("edit", "Open the lesson editor (a new lesson when the file is missing)");
    cmd->add_option("lesson", options->path, "Lesson file (stipple-lesson/1); created on save when missing");
    cmd->add_option("--window", options->window, "Window size as WIDTHxHEIGHT (default 1280x800)");
    cmd->callback([options, &outcome] {
        EditorOptions editor;
        editor.path = options->path;
        if (!parse_window_size(options->window, editor.width_px, editor.height_px))
            throw InputError("--window", "", "expected WIDTHxHEIGHT, e.g. 1280x800, found \"" +
                                                 options->window.substr(0, 40) + "\"");
        if (editor.width_px < 800 || editor.height_px < 500 || editor.width_px > 8000 || editor.height_px > 8000)
            throw InputError("--window", "", "expected a window from 800x500 to 8000x8000");
        outcome.exit_code = run_lesson_editor(editor);
    });
}

}  // namespace stipple
