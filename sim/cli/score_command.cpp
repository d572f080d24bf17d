// `stipple score --lesson LESSON.json ATTEMPT.json`: prints the stipple-score/1 report on stdout.
#include <iostream>
#include <memory>

#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/report_io.hpp"
#include "scoring/scoring.hpp"
#include "sim/cli/cli.hpp"

namespace stipple {

namespace {
struct ScoreOptions {
    std::string lesson_path;
    std::string attempt_path;
};
}  // namespace

void add_score_command(CLI::App& app, CommandOutcome& outcome) {
    auto options = std::make_shared<ScoreOptions>();
    CLI::App* cmd = app.add_subcommand("score", "Score an attempt against its lesson; prints a stipple-score/1 report");
    cmd->add_option("--lesson", options->lesson_path, "Lesson file (stipple-lesson/1)")->required();
    cmd->add_option("attempt", options->attempt_path, "Attempt file (stipple-attempt/1)")->required();
    cmd->callback([options, &outcome] {
        const Lesson lesson = load_lesson(options->lesson_path);
        const Attempt attempt = load_attempt(options->attempt_path);
        if (attempt.lesson != lesson.id)
            throw InputError(ErrorCode::lesson_mismatch, options->attempt_path, "/lesson",
                             "attempt is for lesson \"" + attempt.lesson + "\", not \"" + lesson.id + "\"");
        std::cout << report_to_json(score_attempt(lesson, attempt)).dump(2) << "\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
