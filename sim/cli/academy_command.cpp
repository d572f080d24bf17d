// `stipple academy`: registers the academy office's commands and their shared options.
#include "academy/user_data.hpp"
#include "scoring/curriculum.hpp"
#include "sim/cli/academy_commands.hpp"
#include "sim/resource_paths.hpp"

namespace stipple {

const char* const kDbOptionHelp =
    "Gradebook file (default: $XDG_DATA_HOME/stipple/gradebook.sqlite or ~/.local/share/stipple/gradebook.sqlite)";

void add_db_option(CLI::App* command, std::string& db_path) { command->add_option("--db", db_path, kDbOptionHelp); }

std::string gradebook_path_or_default(const std::string& given) {
    return given.empty() ? default_gradebook_path() : given;
}

std::string default_lessons_dir() { return find_lessons_dir().string(); }
std::string default_curriculum_path() { return (find_lessons_dir() / kCurriculumFileName).string(); }

std::string academy_home_in_effect(Gradebook& gradebook, const std::string& url) {
    if (!url.empty()) gradebook.set_academy_home(url);
    return gradebook.academy_home();
}

void add_academy_command(CLI::App& app, CommandOutcome& outcome) {
    CLI::App* academy = app.add_subcommand("academy", "The academy office: trainees, imports, progress, exports, reports");
    academy->require_subcommand(1);
    add_academy_trainees_command(*academy, outcome);
    add_academy_import_command(*academy, outcome);
    add_academy_progress_command(*academy, outcome);
    add_academy_export_command(*academy, outcome);
    add_academy_report_command(*academy, outcome);
    add_academy_review_command(*academy, outcome);
    add_academy_push_command(*academy, outcome);
}

}  // namespace stipple
