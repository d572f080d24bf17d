// `stipple academy trainees export-data NAME --out DIR` and `trainees delete NAME --confirm NAME`: one trainee's
// data handed over, or erased (academy/trainee_data.hpp).
#include <iostream>
#include <memory>

#include "academy/trainee_data.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"

namespace stipple {

namespace {
struct TraineeDataOptions {
    std::string db;
    std::string name;
    std::string out;
    std::string confirm;
};
}  // namespace

void add_trainee_data_commands(CLI::App& trainees, CommandOutcome& outcome) {
    auto o = std::make_shared<TraineeDataOptions>();
    CLI::App* exp = trainees.add_subcommand("export-data", "Write everything the gradebook holds about one trainee");
    exp->add_option("name", o->name, "Trainee name")->required();
    exp->add_option("--out", o->out, "Folder to write trainee.json and README.txt to (created private)")->required();
    add_db_option(exp, o->db);
    exp->callback([o, &outcome] {
        const Gradebook book = open_for(o->db, Permission::report_all, &o->name);  // a trainee: their own data only
        const int n = export_trainee_data(book, o->name, o->out);
        std::cout << "wrote the data of \"" << o->name << "\" (" << n << " attempt" << (n == 1 ? "" : "s") << ") to "
                  << o->out << "\n";
        outcome.exit_code = kExitOk;
    });

    CLI::App* del = trainees.add_subcommand(
        "delete", "Erase one trainee and every personal row (attempts, case steps, comments, sign-offs, certificates, sign-in)");
    del->add_option("name", o->name, "Trainee name")->required();
    del->add_option("--confirm", o->confirm, "The same name again: nothing is erased without it")->required();
    add_db_option(del, o->db);
    del->callback([o, &outcome] {
        if (o->confirm != o->name)
            throw InputError("--confirm", "", "must repeat the trainee's name exactly (\"" + o->name +
                                                  "\"); nothing was deleted");
        // The configured connection is kept: dropping the trainee's PostgreSQL login role needs its CREATEROLE.
        AcademySession session = open_session(o->db, Permission::delete_trainee, nullptr, false, true);
        Gradebook& book = session.book;
        const TraineeDeletion d =
            delete_trainee_data(book, o->name, session.actor.open_mode ? "open" : session.actor.subject);
        std::cout << "deleted trainee \"" << o->name << "\": " << d.attempts << " attempts, " << d.case_steps
                  << " case steps, " << d.comments
                  << " comments, " << d.signoffs << " sign-offs, " << d.certificates << " certificates, "
                  << d.credentials << " sign-in credentials (" << book.path() << ")\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
