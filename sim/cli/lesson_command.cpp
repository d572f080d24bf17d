// `stipple lesson check FILE...`: validates lessons, one line per file; exit 2 when any is invalid.
#include <iostream>
#include <memory>
#include <vector>

#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/cli/cli.hpp"

namespace stipple {

void add_lesson_command(CLI::App& app, CommandOutcome& outcome) {
    CLI::App* lesson = app.add_subcommand("lesson", "Work with lesson files");
    lesson->require_subcommand(1);
    auto files = std::make_shared<std::vector<std::string>>();
    CLI::App* check = lesson->add_subcommand("check", "Validate lesson files (stipple-lesson/1)");
    check->add_option("files", *files, "Lesson files")->required();
    check->callback([files, &outcome] {
        int invalid = 0;
        for (const std::string& path : *files) {
            try {
                const Lesson l = load_lesson(path);
                std::cout << path << ": ok (" << l.id << ")\n";
            } catch (const InputError& e) {
                std::cerr << e.what() << "\n";
                ++invalid;
            }
        }
        outcome.exit_code = invalid ? kExitInvalidInput : kExitOk;
    });
}

}  // namespace stipple
