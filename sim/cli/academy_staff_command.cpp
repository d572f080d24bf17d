// `stipple academy staff add|list|archive|set-password`: the academy's instructors and admins. The first
// staff member added becomes an admin and ends open mode, so `staff add` always sets their password too.
#include <iostream>
#include <memory>

#include "academy/people.hpp"
#include "academy/sql_connection.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"
#include "sim/cli/secret_input.hpp"

namespace stipple {

namespace {

struct StaffOptions {
    std::string db;
    std::string login;
    std::string name;
    std::string role = "instructor";
    std::string new_password_file;
    bool all = false;
    bool restore = false;
};

const char* const kNewPasswordHelp =
    "Read the new password from this file (mode 0600; default: ask twice on the terminal)";

std::string new_password(const std::string& file, const std::string& login) {
    const std::string secret = read_new_secret(file, "New password for " + login + ": ");
    if (const std::string fault = password_fault(secret); !fault.empty())
        throw InputError(file.empty() ? "/dev/tty" : file, "", fault);
    return secret;
}

}  // namespace

void add_academy_staff_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<StaffOptions>();
    CLI::App* staff = academy.add_subcommand("staff", "Add, list and archive instructors and admins; set passwords");
    staff->require_subcommand(1);

    CLI::App* add = staff->add_subcommand("add", "Add an instructor or admin (the first one is always an admin)");
    add->add_option("login", o->login, "Login: a-z, 0-9, '.', '_', '-' (like a Unix user name)")->required();
    add->add_option("--name", o->name, "Display name (default: the login)");
    add->add_option("--role", o->role, "instructor or admin (default: instructor)");
    add->add_option("--new-password-file", o->new_password_file, kNewPasswordHelp);
    add_db_option(add, o->db);
    add->callback([o, &outcome] {
        const std::optional<Role> role = role_from_string(o->role);
        if (!role || *role == Role::trainee)
            throw InputError("--role", "", "\"" + o->role + "\" is not a staff role (instructor or admin)");
        if (const std::string fault = staff_login_fault(o->login); !fault.empty())
            throw InputError("login", "", fault);
        AcademySession s = open_session(o->db, Permission::manage_staff, nullptr, true, true);
        const std::string secret = new_password(o->new_password_file, o->login);
        SqlConnection& sql = s.book.sql();
        const StaffMember m = add_staff(sql, o->login, o->name.empty() ? o->login : o->name, *role, s.actor);
        set_credential(sql, staff_subject(m.id), secret, HashCost::interactive, s.actor);
        std::cout << "added " << to_string(m.role) << " \"" << m.login << "\""
                  << (m.role != *role ? " (the first staff member is always an admin)" : "") << " ("
                  << s.book.path() << ")\n";
        outcome.exit_code = kExitOk;
    });

    CLI::App* list = staff->add_subcommand("list", "List instructors and admins");
    list->add_flag("--all", o->all, "Include archived staff");
    add_db_option(list, o->db);
    list->callback([o, &outcome] {
        AcademySession s = open_session(o->db, Permission::report_all);
        const std::vector<StaffMember> members = staff_list(s.book.sql(), o->all);
        if (members.empty()) std::cout << "No staff: anyone can act. Add an admin with `stipple academy staff add LOGIN --role admin`.\n";
        for (const StaffMember& m : members)
            std::cout << m.login << "  " << to_string(m.role) << "  " << m.name << "  since " << m.created.substr(0, 10)
                      << (m.archived ? "  archived" : "") << "\n";
        outcome.exit_code = kExitOk;
    });

    CLI::App* archive = staff->add_subcommand("archive", "Archive a staff member (they can no longer sign in)");
    archive->add_option("login", o->login, "Staff login")->required();
    archive->add_flag("--restore", o->restore, "Bring an archived staff member back");
    add_db_option(archive, o->db);
    archive->callback([o, &outcome] {
        AcademySession s = open_session(o->db, Permission::manage_staff, nullptr, false, true);  // ALTER ROLE on PG
        archive_staff(s.book.sql(), o->login, !o->restore, s.actor);
        std::cout << (o->restore ? "restored \"" : "archived \"") << o->login << "\"\n";
        outcome.exit_code = kExitOk;
    });

    CLI::App* set_password = staff->add_subcommand("set-password", "Set a staff member's password (admins; or your own)");
    set_password->add_option("login", o->login, "Staff login")->required();
    set_password->add_option("--new-password-file", o->new_password_file, kNewPasswordHelp);
    add_db_option(set_password, o->db);
    set_password->callback([o, &outcome] {
        // Anyone on staff may change their own password; someone else's needs an admin.
        AcademySession s = open_session(o->db, Permission::own_password, nullptr, false, true);
        if (s.actor.login != o->login) {
            try {
                require(s.actor, Permission::manage_staff);
            } catch (const PermissionDenied& e) {
                throw InputError(s.book.path(), "", e.what());
            }
        }
        SqlConnection& sql = s.book.sql();
        const std::optional<StaffMember> m = find_staff(sql, o->login);
        if (!m) throw InputError(s.book.path(), "", "no staff member with login \"" + o->login + "\"");
        set_credential(sql, staff_subject(m->id), new_password(o->new_password_file, o->login), HashCost::interactive,
                       s.actor);
        std::cout << "set the password of \"" << m->login << "\"\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
