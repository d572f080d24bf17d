// `stipple academy`: registers the academy office's commands and their shared options, and open_for(): how
// every academy command opens the gradebook as someone (open mode, --as, the secret, the permission check).
#include <chrono>
#include <cstdlib>
#include <iostream>

#include "academy/gradebook_location.hpp"
#include "academy/people.hpp"
#include "academy/sql_connection.hpp"
#include "academy/user_data.hpp"
#include "scoring/curriculum.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"
#include "sim/cli/secret_input.hpp"
#include "sim/resource_paths.hpp"

namespace stipple {

const char* const kDbOptionHelp =
    "Gradebook file or postgresql:// URL (default: \"gradebook\" in ~/.config/stipple/config.json or "
    "/etc/stipple/config.json, else $XDG_DATA_HOME/stipple/gradebook.sqlite or ~/.local/share/stipple/gradebook.sqlite)";

namespace {

struct ActingOptions {
    std::string as;             // --as LOGIN
    std::string password_file;  // --password-file FILE
};

ActingOptions& acting_options() {
    static ActingOptions options;  // one command per process: the options of whichever command runs
    return options;
}

double now_s() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// $USER when it names an active staff member, else "".
std::string user_if_staff(SqlConnection& sql) {
    const char* user = std::getenv("USER");
    if (user == nullptr || *user == '\0') return "";
    const std::optional<StaffMember> s = find_staff(sql, user);
    return s && !s->archived ? s->login : "";
}

}  // namespace

void add_db_option(CLI::App* command, std::string& db_path) { command->add_option("--db", db_path, kDbOptionHelp); }

AcademySession open_session(const std::string& db, Permission permission, std::string* own_trainee, bool create,
                            bool keep_connection) {
    const std::string path = gradebook_path_or_default(db);
    AcademySession session{create ? Gradebook::open(path) : Gradebook::open_existing(path), Actor{}};
    SqlConnection& sql = session.book.sql();
    const std::string where = sql.location();
    if (!has_staff(sql)) {
        static bool warned = false;
        if (!warned)
            std::cerr << "stipple: gradebook has no instructor: anyone can act "
                         "(stipple academy staff add LOGIN --name NAME --role admin)\n";
        warned = true;
        session.actor = open_mode_actor();
        return session;
    }
    const ActingOptions& acting = acting_options();
    const std::string login = acting.as.empty() ? user_if_staff(sql) : acting.as;
    // Refuse before asking for a secret when even the right one would not do.
    std::optional<Actor> named = login.empty() ? std::nullopt : actor_named(sql, login);
    if (!login.empty() && !named) throw InputError(where, "", "no one signs in as \"" + login + "\"");
    const auto check = [&](const Actor& actor) {
        if (own_trainee != nullptr && actor.role == Role::trainee && allowed(actor, Permission::see_own)) {
            if (!own_trainee->empty() && *own_trainee != actor.login)
                throw InputError(where, "", "a trainee sees only their own records (acting as \"" + actor.login + "\")");
            *own_trainee = actor.login;
            return;
        }
        try {
            require(actor, permission);
        } catch (const PermissionDenied& e) {
            throw InputError(where, "", e.what());
        }
    };
    check(named.value_or(Actor{}));
    const std::string what = named->role == Role::trainee ? "PIN" : "password";
    const std::string secret = read_secret(acting.password_file, what + " for " + login + ": ");
    try {
        session.actor = authenticate(sql, login, secret, now_s());
    } catch (const SignInRefused& e) {
        throw InputError(where, "", e.what());
    }
    check(session.actor);
    // PostgreSQL: from here on the command's own connection is the person's login role, so row-level
    // security holds for everything it reads or writes (a trainee's connection sees only their rows).
    if (const std::string role = login_role_of(sql, session.actor); !role.empty() && !keep_connection) {
        ensure_pg_login(sql, session.actor, secret);
        session.book = Gradebook::open_as(path, role, secret);
    }
    return session;
}

void check_exam_pin(Gradebook& gradebook, const std::string& trainee, const std::string& pin_file) {
    SqlConnection& sql = gradebook.sql();
    if (!any_trainee_credential(sql)) return;
    const std::optional<Trainee> t = gradebook.find_trainee(trainee);
    if (!t) return;  // ensure_active_trainee has refused or added it already
    if (!has_credential(sql, trainee_subject(t->id))) {
        if (has_staff(sql))
            throw InputError(sql.location(), "", "no PIN is set for \"" + trainee + "\"; an instructor sets one with "
                                                 "stipple academy trainees set-pin NAME");
        return;
    }
    const std::string pin = read_secret(pin_file, "PIN for " + trainee + ": ");
    try {
        authenticate_trainee(sql, trainee, pin, now_s());
    } catch (const SignInRefused& e) {
        throw InputError(sql.location(), "", e.what());
    }
}

Gradebook open_for(const std::string& db, Permission permission, std::string* own_trainee, bool create) {
    return std::move(open_session(db, permission, own_trainee, create).book);
}

std::string gradebook_path_or_default(const std::string& given) {
    return given.empty() ? default_gradebook_location() : given;
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
    // Who acts, for every academy command: given after the command's name too (fallthrough, inherited by
    // the subcommands made below).
    academy->fallthrough();
    ActingOptions& acting = acting_options();
    academy->add_option("--as", acting.as,
                        "Act as this staff login or trainee name (default: $USER when that is staff; not needed "
                        "while the gradebook has no staff)");
    academy->add_option("--password-file", acting.password_file,
                        "Read the --as password or PIN from this file (mode 0600; default: ask on the terminal)");
    add_academy_trainees_command(*academy, outcome);
    add_academy_import_command(*academy, outcome);
    add_academy_progress_command(*academy, outcome);
    add_academy_export_command(*academy, outcome);
    add_academy_report_command(*academy, outcome);
    add_academy_migrate_command(*academy, outcome);
    add_academy_staff_command(*academy, outcome);
    add_academy_review_command(*academy, outcome);
    add_academy_push_command(*academy, outcome);
    add_academy_verify_command(*academy, outcome);
}

}  // namespace stipple
