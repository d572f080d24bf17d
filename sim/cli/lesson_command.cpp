// `stipple lesson check [--strict] FILE...`: validates lessons (and curricula) for instructors.
// Errors: "FILE: /pointer: expected ..." then "  hint: ..."; warnings: "FILE: /pointer: warning: ...".
// Exit 0 when every file is valid (warnings allowed), 2 when any is invalid or, with --strict, has warnings.
#include <cmath>
#include <iostream>
#include <memory>
#include <vector>

#include "scoring/curriculum.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_hints.hpp"
#include "scoring/lesson_warnings.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/cli/cli.hpp"

namespace stipple {

namespace {

struct CheckOptions {
    std::vector<std::string> files;
    bool strict = false;
};

bool is_curriculum(const nlohmann::json& doc) {
    return doc.is_object() && doc.contains("format") && doc["format"] == kCurriculumFormat;
}

// Checks one file; returns the number of warnings, throws InputError when it is invalid.
size_t check_file(const std::string& path) {
    const nlohmann::json doc = parse_json_file(path);
    if (is_curriculum(doc)) {
        const Curriculum c = load_curriculum(path);
        std::cout << path << ": ok (curriculum \"" << c.title << "\", " << c.lessons.size()
                  << (c.lessons.size() == 1 ? " lesson)\n" : " lessons)\n");
        return 0;
    }
    const Lesson lesson = lesson_from_json(doc, path);
    const std::vector<LessonWarning> warnings = lesson_warnings(lesson, doc);
    for (const LessonWarning& w : warnings) std::cerr << path << ": " << w.pointer << ": warning: " << w.message << "\n";
    if (lesson.design)  // a design lesson: the trainee draws a line, no dots
        std::cout << path << ": ok (" << lesson.id << ", a hairline design for a client of " << lesson.design->client_age;
    else
        std::cout << path << ": ok (" << lesson.id << ", about " << std::lround(expected_dot_count(lesson)) << " dots";
    if (!warnings.empty()) std::cout << ", " << warnings.size() << (warnings.size() == 1 ? " warning" : " warnings");
    std::cout << ")\n";
    return warnings.size();
}

void report_error(const std::string& path, const InputError& e) {
    // An error inside a lesson a curriculum names carries that lesson's file name.
    bool curriculum_file = false;
    if (e.file() == path) {
        try {
            curriculum_file = is_curriculum(parse_json_file(path));
        } catch (const InputError&) {
        }
    }
    std::cerr << e.what() << "\n  hint: " << (curriculum_file ? hint_for_curriculum_error(e) : hint_for_error(e)) << "\n";
}

}  // namespace

void add_lesson_command(CLI::App& app, CommandOutcome& outcome) {
    CLI::App* lesson = app.add_subcommand("lesson", "Work with lesson files");
    lesson->require_subcommand(1);
    auto options = std::make_shared<CheckOptions>();
    CLI::App* check = lesson->add_subcommand(
        "check", "Validate lesson files (stipple-lesson/1) or a curriculum (stipple-curriculum/1); errors come with "
                 "a hint, and lessons that are valid but unwise get warnings");
    check->add_option("files", options->files, "Lesson or curriculum files")->required();
    check->add_flag("--strict", options->strict, "Treat warnings as errors (exit 2)");
    check->callback([options, &outcome] {
        size_t invalid = 0;
        size_t warned = 0;
        for (const std::string& path : options->files) {
            try {
                if (check_file(path) > 0) ++warned;
            } catch (const InputError& e) {
                report_error(path, e);
                ++invalid;
            }
        }
        const bool failed = invalid > 0 || (options->strict && warned > 0);
        outcome.exit_code = failed ? kExitInvalidInput : kExitOk;
    });
}

}  // namespace stipple
