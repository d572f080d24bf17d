// `stipple academy progress [--trainee NAME] [--cohort NAME --from DATE --to DATE]`: where trainees stand in the
// curriculum, as a terminal table (counted attempts in the date range only).
#include <iostream>
#include <memory>

#include "academy/progress_table.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"
#include "sim/cli/record_filter_options.hpp"

namespace stipple {

namespace {
struct ProgressOptions {
    std::string db;
    std::string trainee;
    std::string curriculum;
    bool all = false;
    RecordFilterOptions filter;
};

std::vector<LessonProgress> progress_in_scope(const Gradebook& book, const Curriculum& curriculum,
                                              const RecordScope& scope, const std::string& trainee) {
    AttemptFilter filter;
    filter.trainee = trainee;
    return progress_from_gradebook_attempts(book, curriculum, attempts_in_scope(book, scope, filter));
}
}  // namespace

void add_academy_progress_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<ProgressOptions>();
    CLI::App* cmd = academy.add_subcommand("progress", "Show progress through the curriculum");
    cmd->add_option("--trainee", o->trainee, "One trainee in detail (default: everyone, one row each)");
    cmd->add_option("--curriculum", o->curriculum, "Curriculum file (default: the built-in lessons/curriculum.json)");
    add_record_filter_options(cmd, o->filter);
    cmd->add_flag("--all", o->all, "Include archived trainees");
    add_db_option(cmd, o->db);
    cmd->callback([o, &outcome] {
        const Curriculum curriculum = load_curriculum(o->curriculum.empty() ? default_curriculum_path() : o->curriculum);
        const RecordScope scope = record_scope_of(o->filter);
        const Gradebook book = open_for(o->db, Permission::report_all, &o->trainee);
        if (!o->trainee.empty()) {
            const auto t = book.find_trainee(o->trainee);
            if (!t) throw InputError(ErrorCode::unknown_trainee, book.path(), "", "no trainee named \"" + o->trainee + "\"");
            std::cout << trainee_progress_table({*t, progress_in_scope(book, curriculum, scope, t->name)});
        } else {
            std::vector<TraineeProgress> all;
            for (const Trainee& t : book.trainees(o->all))
                if (trainee_in_scope(scope, t)) all.push_back({t, progress_in_scope(book, curriculum, scope, t.name)});
            std::cout << curriculum.title;
            if (!scope.cohort.empty()) std::cout << " - cohort " << scope.cohort;
            if (scope.range.from_utc || scope.range.to_utc) std::cout << " - " << scope.label;
            std::cout << "\n" << cohort_progress_table(all, curriculum);
        }
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
