// `stipple academy migrate --to postgresql://... [--db FILE]`: copies an SQLite gradebook into a new
// PostgreSQL one, verified row by row before it commits.
#include <iostream>
#include <memory>

#include "academy/gradebook_copy.hpp"
#include "academy/pg_connection.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"

namespace stipple {

namespace {
struct MigrateOptions {
    std::string db;
    std::string to;
};
}  // namespace

void add_academy_migrate_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<MigrateOptions>();
    CLI::App* cmd = academy.add_subcommand("migrate", "Copy an SQLite gradebook into a new PostgreSQL one, verified row by row");
    cmd->add_option("--to", o->to, "The new gradebook: a postgresql:// URL of an empty database")->required();
    add_db_option(cmd, o->db);
    cmd->callback([o, &outcome] {
        const std::string from = gradebook_path_or_default(o->db);
        if (is_postgresql_location(from))
            throw InputError(from, "", "migrate copies from an SQLite gradebook file (--db FILE)");
        if (!is_postgresql_location(o->to))
            throw InputError(o->to, "", "--to must be a postgresql:// URL");
        const Gradebook source = open_for(o->db, Permission::migrate);
        Gradebook target = Gradebook::open(o->to);
        const CopyReport report = copy_gradebook(source, target);
        std::cout << "verified " << report.rows << " rows in " << report.tables << " tables: " << from << " -> "
                  << target.path() << "\n";
        if (report.trainees > 0)
            std::cout << report.trainees << " trainee" << (report.trainees == 1 ? "" : "s")
                      << " need a PIN on the new gradebook (stipple academy trainees set-pin NAME --db URL)\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
