// `stipple academy trainees add|list|rename|archive|cohort|set-pin|export-data|delete`: managing the academy's trainees.
#include <iostream>
#include <map>
#include <memory>

#include "academy/people.hpp"
#include "academy/progress_table.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"
#include "sim/cli/secret_input.hpp"

namespace stipple {

void add_trainee_data_commands(CLI::App& trainees, CommandOutcome& outcome);

namespace {

struct TraineeOptions {
    std::string db;
    std::string name;
    std::string new_name;
    std::string cohort;
    std::string pin_file;
    bool all = false;
    bool restore = false;
};

void print_list(const Gradebook& book, bool all) {
    const std::vector<Trainee> list = book.trainees(all);
    if (list.empty()) {
        std::cout << "No trainees" << (all ? "" : " (archived ones are hidden; --all shows them)")
                  << ". Add one with `stipple academy trainees add NAME`.\n";
        return;
    }
    std::map<std::string, int> attempts;
    for (const AttemptRecord& a : book.attempts()) ++attempts[a.trainee];
    size_t name_w = 7, cohort_w = 6;
    for (const Trainee& t : list) {
        name_w = std::max(name_w, display_width(t.name));
        cohort_w = std::max(cohort_w, display_width(t.cohort));
    }
    auto pad = [](const std::string& s, size_t w) { return s + std::string(w - display_width(s), ' '); };
    std::cout << pad("Trainee", name_w) << "  " << pad("Cohort", cohort_w) << "  Attempts  Since" << (all ? "        Status" : "")
              << "\n";
    for (const Trainee& t : list) {
        const std::string count = std::to_string(attempts[t.name]);
        std::cout << pad(t.name, name_w) << "  " << pad(t.cohort.empty() ? "-" : t.cohort, cohort_w) << "  "
                  << std::string(8 - std::min<size_t>(8, count.size()), ' ') << count << "  " << t.created.substr(0, 10)
                  << (all ? (t.archived ? "   archived" : "   active") : "") << "\n";
    }
}

}  // namespace

void add_academy_trainees_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<TraineeOptions>();
    CLI::App* trainees = academy.add_subcommand("trainees", "Add, list, rename and archive trainees");
    trainees->require_subcommand(1);

    CLI::App* add = trainees->add_subcommand("add", "Add a trainee");
    add->add_option("name", o->name, "Trainee name (unique)")->required();
    add->add_option("--cohort", o->cohort, "Cohort the trainee belongs to");
    add_db_option(add, o->db);
    add->callback([o, &outcome] {
        Gradebook book = open_for(o->db, Permission::manage_trainees, nullptr, true);
        const Trainee t = book.add_trainee(o->name, o->cohort);
        std::cout << "added trainee \"" << t.name << "\"" << (t.cohort.empty() ? "" : " to cohort \"" + t.cohort + "\"")
                  << " (" << book.path() << ")\n";
        outcome.exit_code = kExitOk;
    });

    CLI::App* list = trainees->add_subcommand("list", "List trainees with their cohort and attempt count");
    list->add_flag("--all", o->all, "Include archived trainees");
    add_db_option(list, o->db);
    list->callback([o, &outcome] {
        print_list(open_for(o->db, Permission::report_all), o->all);
        outcome.exit_code = kExitOk;
    });

    CLI::App* rename = trainees->add_subcommand("rename", "Rename a trainee (their attempts follow)");
    rename->add_option("name", o->name, "Current name")->required();
    rename->add_option("new_name", o->new_name, "New name")->required();
    add_db_option(rename, o->db);
    rename->callback([o, &outcome] {
        Gradebook book = open_for(o->db, Permission::manage_trainees);
        book.rename_trainee(o->name, o->new_name);
        std::cout << "renamed \"" << o->name << "\" to \"" << o->new_name << "\"\n";
        outcome.exit_code = kExitOk;
    });

    CLI::App* archive = trainees->add_subcommand("archive", "Archive a trainee: history kept, hidden from lists");
    archive->add_option("name", o->name, "Trainee name")->required();
    archive->add_flag("--restore", o->restore, "Bring an archived trainee back");
    add_db_option(archive, o->db);
    archive->callback([o, &outcome] {
        Gradebook book = open_for(o->db, Permission::manage_trainees);
        book.archive_trainee(o->name, !o->restore);
        std::cout << (o->restore ? "restored \"" : "archived \"") << o->name << "\"\n";
        outcome.exit_code = kExitOk;
    });

    CLI::App* cohort = trainees->add_subcommand("cohort", "Put a trainee in a cohort (no cohort name: remove)");
    cohort->add_option("name", o->name, "Trainee name")->required();
    cohort->add_option("cohort", o->cohort, "Cohort name");
    add_db_option(cohort, o->db);
    cohort->callback([o, &outcome] {
        Gradebook book = open_for(o->db, Permission::manage_trainees);
        book.set_cohort(o->name, o->cohort);
        std::cout << "\"" << o->name << "\" is " << (o->cohort.empty() ? "in no cohort" : "in cohort \"" + o->cohort + "\"")
                  << "\n";
        outcome.exit_code = kExitOk;
    });

    CLI::App* set_pin = trainees->add_subcommand("set-pin", "Set a trainee's PIN (6 to 12 digits), asked at sign-in");
    set_pin->add_option("name", o->name, "Trainee name")->required();
    set_pin->add_option("--pin-file", o->pin_file, "Read the PIN from this file (mode 0600; default: ask twice on the terminal)");
    add_db_option(set_pin, o->db);
    set_pin->callback([o, &outcome] {
        AcademySession s = open_session(o->db, Permission::manage_trainees, nullptr, false, true);
        const std::optional<Trainee> t = s.book.find_trainee(o->name);
        if (!t) throw InputError(ErrorCode::unknown_trainee, s.book.path(), "", "no trainee named \"" + o->name + "\"");
        const std::string pin = read_new_secret(o->pin_file, "New PIN for " + t->name + ": ");
        if (const std::string fault = pin_fault(pin); !fault.empty())
            throw InputError(o->pin_file.empty() ? "/dev/tty" : o->pin_file, "", fault);
        set_credential(s.book.sql(), trainee_subject(t->id), pin, HashCost::interactive, s.actor);
        std::cout << "set the PIN of \"" << t->name << "\"; they give it when they sign in\n";
        outcome.exit_code = kExitOk;
    });

    add_trainee_data_commands(*trainees, outcome);  // export-data, delete (academy_trainee_data_command.cpp)
}

}  // namespace stipple
