// `stipple case check CASE.json...`: validates cases (stipple-case/1) and the lessons they name.
// `stipple case next CASE.json --attempt PREVIOUS.json [--lesson PREVIOUS-LESSON.json] --out NEXT.json`: writes
// the next lesson step's lesson, starting on the previous attempt's work healed for the weeks between (explicit
// existing marks), with the designed hairline and the numbing clock where the case says so. Written atomically.
// Errors are one line "FILE: /pointer: expected ..." on stderr, exit 2.
#include <iostream>
#include <memory>
#include <vector>

#include "scoring/attempt_io.hpp"
#include "scoring/case_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/cli/cli.hpp"
#include "sim/model/session_handover.hpp"

namespace stipple {

namespace {

struct CaseOptions {
    std::vector<std::string> files;
    std::string case_file;
    std::string attempt_file;
    std::string lesson_file;
    std::string out_file;
};

size_t count_kind(const Case& c, bool (*is)(const CaseStep&)) {
    size_t n = 0;
    for (const CaseStep& s : c.steps) n += is(s) ? 1 : 0;
    return n;
}

}  // namespace

void add_case_command(CLI::App& app, CommandOutcome& outcome) {
    CLI::App* cmd = app.add_subcommand("case", "Work with case files (stipple-case/1): one client's course across sessions");
    cmd->require_subcommand(1);
    auto options = std::make_shared<CaseOptions>();

    CLI::App* check = cmd->add_subcommand("check", "Validate case files and the lessons their steps name");
    check->add_option("files", options->files, "Case files")->required();
    check->callback([options, &outcome] {
        size_t invalid = 0;
        for (const std::string& path : options->files) {
            try {
                const Case c = load_case(path);
                std::cout << path << ": ok (" << c.id << ", " << c.steps.size() << " steps: " << count_kind(c, is_question_step)
                          << " question, " << count_kind(c, is_lesson_step) << " lesson)\n";
            } catch (const InputError& e) {
                std::cerr << e.what() << "\n";
                ++invalid;
            }
        }
        outcome.exit_code = invalid > 0 ? kExitInvalidInput : kExitOk;
    });

    CLI::App* next = cmd->add_subcommand(
        "next", "Write the next session's lesson: the previous attempt's work healed for the weeks between, as existing marks");
    next->add_option("case", options->case_file, "Case file")->required();
    next->add_option("--attempt", options->attempt_file, "The trainee's attempt at the previous lesson step")->required();
    next->add_option("--lesson", options->lesson_file,
                     "The lesson that attempt was made on, when it was itself written by `case next` (its marks heal on; "
                     "default: the case step's own lesson)");
    next->add_option("--out", options->out_file, "Where to write the next lesson (stipple-lesson/1)")->required();
    next->callback([options, &outcome] {
        const Case c = load_case(options->case_file);
        const Attempt attempt = load_attempt(options->attempt_file);
        Lesson previous;
        if (!options->lesson_file.empty()) {
            previous = load_lesson(options->lesson_file);
        } else {
            const CaseStep* step = find_lesson_step(c, attempt.lesson);
            if (!step)
                throw InputError(ErrorCode::unknown_lesson, options->attempt_file, "/lesson",
                                 "expected the lesson of a design, session or touchup step of case \"" + c.id + "\", found \"" +
                                     attempt.lesson + "\"");
            previous = step->lesson;
        }
        const NextSession session = next_session(c, previous, attempt, options->attempt_file);
        save_lesson(options->out_file, session.lesson);
        const CaseStep& step = c.steps[session.step_index];
        const size_t marks = session.lesson.existing ? session.lesson.existing->marks.size() : 0;
        std::cout << options->out_file << ": " << step.id << " (" << session.lesson.id << "), " << marks
                  << " healed marks after " << step.healed_days << " days";
        if (session.lesson.numbing_wait_s) std::cout << ", numbing clock " << *session.lesson.numbing_wait_s << " s";
        std::cout << "\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
