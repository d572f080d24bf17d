// `stipple academy report --html FILE [--trainee NAME] [--cohort NAME --from DATE --to DATE]`: the HTML report.
#include <iostream>
#include <memory>

#include "academy/report_gather.hpp"
#include "academy/user_data.hpp"
#include "scoring/atomic_file.hpp"
#include "sim/cli/academy_commands.hpp"
#include "sim/cli/record_filter_options.hpp"

namespace stipple {

namespace {
struct ReportOptions {
    std::string db;
    std::string html;
    std::string trainee;
    std::string curriculum;
    std::string academy_home;
    RecordFilterOptions filter;
};
}  // namespace

void add_academy_report_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<ReportOptions>();
    CLI::App* cmd = academy.add_subcommand(
        "report", "Write an HTML report: summary, lessons, each trainee's work, cohort standing");
    cmd->add_option("--html", o->html, "Where to write the page")->required();
    cmd->add_option("--trainee", o->trainee, "Only this trainee (no one else appears, no standing)");
    add_record_filter_options(cmd, o->filter);
    cmd->add_option("--curriculum", o->curriculum, "Curriculum file (default: the built-in lessons/curriculum.json)");
    cmd->add_option("--academy-home", o->academy_home, "Academy URL shown on the page; stored as the new default");
    add_db_option(cmd, o->db);
    cmd->callback([o, &outcome] {
        const Curriculum curriculum = load_curriculum(o->curriculum.empty() ? default_curriculum_path() : o->curriculum);
        ReportRequest request;
        request.scope = record_scope_of(o->filter);
        Gradebook book = open_for(o->db, Permission::report_all, &o->trainee);
        request.academy_home = academy_home_in_effect(book, o->academy_home);
        request.generated = now_iso8601_utc();
        if (!o->trainee.empty()) request.trainee = o->trainee;
        const ReportInput in = gather_report(book, curriculum, request);
        write_file_atomically(o->html, html_report(in));
        std::cout << "wrote the report on "
                  << (in.focus ? *in.focus : std::to_string(in.trainees.size()) + " trainees") << " ("
                  << in.summary.counted_attempts << " attempts counted, " << request.scope.label << ") to " << o->html
                  << "\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
