// `stipple academy report --html FILE [--trainee NAME]`: the self-contained HTML report.
#include <iostream>
#include <memory>

#include "academy/html_report.hpp"
#include "academy/user_data.hpp"
#include "scoring/atomic_file.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"

namespace stipple {

namespace {
struct ReportOptions {
    std::string db;
    std::string html;
    std::string trainee;
    std::string curriculum;
    std::string academy_home;
};
}  // namespace

void add_academy_report_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<ReportOptions>();
    CLI::App* cmd = academy.add_subcommand("report", "Write an HTML report: scores over time, lessons, cohort standing");
    cmd->add_option("--html", o->html, "Where to write the page")->required();
    cmd->add_option("--trainee", o->trainee, "Only this trainee (the cohort standing still ranks everyone)");
    cmd->add_option("--curriculum", o->curriculum, "Curriculum file (default: the built-in lessons/curriculum.json)");
    cmd->add_option("--academy-home", o->academy_home, "Academy URL shown on the page; stored as the new default");
    add_db_option(cmd, o->db);
    cmd->callback([o, &outcome] {
        const Curriculum curriculum = load_curriculum(o->curriculum.empty() ? default_curriculum_path() : o->curriculum);
        Gradebook book = open_for(o->db, Permission::report_all, &o->trainee);
        ReportInput in;
        in.academy_home = academy_home_in_effect(book, o->academy_home);
        in.curriculum_title = curriculum.title;
        in.generated = now_iso8601_utc();
        if (!o->trainee.empty()) {
            const auto t = book.find_trainee(o->trainee);
            if (!t) throw InputError(ErrorCode::unknown_trainee, book.path(), "", "no trainee named \"" + o->trainee + "\"");
            in.focus = t->name;
        }
        // Archived trainees only appear when asked for by name.
        for (const Trainee& t : book.trainees(!o->trainee.empty())) {
            if (t.archived && t.name != o->trainee) continue;
            AttemptFilter filter;
            filter.trainee = t.name;
            in.trainees.push_back({t, progress_for(book, curriculum, t.name), book.attempts(filter)});
        }
        write_file_atomically(o->html, html_report(in));
        std::cout << "wrote the report on " << (in.focus ? *in.focus : std::to_string(in.trainees.size()) + " trainees")
                  << " to " << o->html << "\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
