// `stipple academy export --csv FILE --cases-csv FILE --xapi FILE [--trainee NAME] [--cohort NAME --from DATE
// --to DATE]`: attempts as CSV, case steps as a second CSV, and both as xAPI 1.0.3 statements.
#include <algorithm>
#include <iostream>
#include <memory>

#include "academy/case_records.hpp"
#include "academy/csv_export.hpp"
#include "academy/xapi_export.hpp"
#include "scoring/atomic_file.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"
#include "sim/cli/record_filter_options.hpp"

namespace stipple {

namespace {
struct ExportOptions {
    std::string db;
    std::string csv;
    std::string cases_csv;
    std::string xapi;
    std::string trainee;
    std::string academy_home;
    bool bom = false;
    RecordFilterOptions filter;
};
}  // namespace

void add_academy_export_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<ExportOptions>();
    CLI::App* cmd = academy.add_subcommand("export", "Export attempts as CSV and/or xAPI statements");
    cmd->add_option("--csv", o->csv, "Write one CSV row per attempt to FILE");
    cmd->add_option("--cases-csv", o->cases_csv, "Write one CSV row per case step (questions, numbing, sessions) to FILE");
    cmd->add_option("--xapi", o->xapi, "Write a JSON array of xAPI 1.0.3 statements (attempts, then case steps) to FILE");
    cmd->add_flag("--bom", o->bom, "Start the CSV with a UTF-8 byte order mark (Excel on Windows)");
    cmd->add_option("--trainee", o->trainee, "Only this trainee's attempts");
    add_record_filter_options(cmd, o->filter);
    cmd->add_option("--academy-home", o->academy_home,
                    "Academy URL for xAPI actor accounts and activity IRIs; stored as the new default");
    add_db_option(cmd, o->db);
    cmd->callback([o, &outcome] {
        if (o->csv.empty() && o->cases_csv.empty() && o->xapi.empty())
            throw InputError("", "", "export needs --csv FILE, --cases-csv FILE and/or --xapi FILE");
        if (o->bom && o->csv.empty() && o->cases_csv.empty())
            throw InputError("", "", "--bom applies to --csv FILE and --cases-csv FILE only");
        const RecordScope scope = record_scope_of(o->filter);
        Gradebook book = open_for(o->db, Permission::export_records);
        const std::string home = academy_home_in_effect(book, o->academy_home);
        AttemptFilter filter;
        if (!o->trainee.empty()) {
            if (!book.find_trainee(o->trainee))
                throw InputError(ErrorCode::unknown_trainee, book.path(), "", "no trainee named \"" + o->trainee + "\"");
            filter.trainee = o->trainee;
        }
        const std::vector<AttemptRecord> attempts = attempts_in_scope(book, scope, filter);
        CaseStepFilter step_filter;
        step_filter.trainee = filter.trainee;
        const std::vector<CaseStepRecord> steps = case_steps_in_scope(book, scope, step_filter);
        if (!o->csv.empty()) {
            write_file_atomically(o->csv, attempts_csv(attempts, CsvOptions{o->bom}));
            std::cout << "wrote " << attempts.size() << " attempts to " << o->csv << "\n";
        }
        if (!o->cases_csv.empty()) {
            write_file_atomically(o->cases_csv, case_steps_csv(steps, book.trainees(true), CsvOptions{o->bom}));
            std::cout << "wrote " << steps.size() << " case steps to " << o->cases_csv << "\n";
        }
        if (!o->xapi.empty()) {
            nlohmann::ordered_json all = xapi_statements(attempts, home);
            // A session step's attempt may lie outside the scope's dates: read it for its statement reference.
            std::vector<AttemptRecord> step_attempts = attempts;
            for (const CaseStepRecord& s : steps)
                if (s.attempt_id && std::none_of(step_attempts.begin(), step_attempts.end(),
                                                 [&](const AttemptRecord& a) { return a.id == *s.attempt_id; }))
                    if (auto a = book.attempt(*s.attempt_id)) step_attempts.push_back(std::move(*a));
            for (auto& statement : xapi_case_step_statements(steps, step_attempts, home)) all.push_back(std::move(statement));
            write_file_atomically(o->xapi, all.dump(2) + "\n");
            std::cout << "wrote " << all.size() << " xAPI statements to " << o->xapi << " (" << attempts.size()
                      << " attempts, " << steps.size() << " case steps; academy " << home << ")\n";
        }
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
