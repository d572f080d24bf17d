// `stipple demo --lesson LESSON.json --out ATTEMPT.json`: writes the expert model attempt for a lesson, marked
// input "generated": a gradebook records it as unverified and it never counts (academy/attempt_integrity).
#include <iostream>
#include <memory>

#include "scoring/attempt_io.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/cli/cli.hpp"

namespace stipple {

namespace {
struct DemoOptions {
    std::string lesson_path;
    std::string out_path;
};
}  // namespace

void add_demo_command(CLI::App& app, CommandOutcome& outcome) {
    auto options = std::make_shared<DemoOptions>();
    CLI::App* cmd = app.add_subcommand("demo", "Write the attempt an expert would make for a lesson");
    cmd->add_option("--lesson", options->lesson_path, "Lesson file (stipple-lesson/1)")->required();
    cmd->add_option("--out", options->out_path, "Where to write the attempt (stipple-attempt/1)")->required();
    cmd->callback([options, &outcome] {
        const Lesson lesson = load_lesson(options->lesson_path);
        const Attempt attempt = demo_attempt(lesson);
        save_attempt(options->out_path, attempt);
        if (attempt.design_line)  // a design lesson: the expert's drawn hairline, no dots
            std::cout << "wrote a design line of " << attempt.design_line->size() << " points to " << options->out_path;
        else
            std::cout << "wrote " << attempt.dots.size() << " dots to " << options->out_path;
        std::cout << " (a demo: a gradebook records it as unverified, never toward progress)\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
