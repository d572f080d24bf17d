// `stipple academy ...`: the academy office's commands, one file each, sharing the options declared here.
#pragma once

#include <string>

#include "academy/gradebook.hpp"
#include "academy/roles.hpp"
#include "sim/cli/cli.hpp"

namespace stipple {

// Adds `--db PATH` (default: default_gradebook_path()). Who acts (`--as LOGIN`, `--password-file FILE`) are
// options of `academy` itself, which every academy command takes after its name too; open_for reads them.
extern const char* const kDbOptionHelp;  // the --db option's help, the same for every command
void add_db_option(CLI::App* command, std::string& db_path);
std::string gradebook_path_or_default(const std::string& given);

struct AcademySession {
    Gradebook book;
    Actor actor;  // who acts (open_mode_actor() while the gradebook has no staff)
};

// Every academy command's way in: opens the gradebook (`create`: made when missing), works out who acts and
// checks `permission` for them (roles.hpp). Open mode (no staff yet): everyone may act, with one stderr
// warning. Otherwise the actor is `--as LOGIN` (default: $USER when that is a staff login), whose password or
// PIN is read from `--password-file` or the terminal; a refusal is an InputError (exit 2) naming the
// gradebook. `own_trainee`: for the commands a trainee may run on their own records (report, progress): a
// trainee actor is let through with *own_trainee set to their own name (and refused for anyone else's).
// PostgreSQL: once the actor is signed in, the session's connection is their own login role (row-level
// security applies), unless `keep_connection` (the commands that set secrets: making login roles needs the
// configured connection's CREATEROLE).
AcademySession open_session(const std::string& db, Permission permission, std::string* own_trainee = nullptr,
                            bool create = false, bool keep_connection = false);
// open_session(...).book: the one line each academy command opens its gradebook with.
Gradebook open_for(const std::string& db, Permission permission, std::string* own_trainee = nullptr,
                   bool create = false);

// The built-in lessons (lessons_dir() in sim/resource_paths.hpp) and their curriculum.
std::string default_lessons_dir();      // <resources>/lessons
std::string default_curriculum_path();  // <resources>/lessons/curriculum.json

// `practice --exam --trainee NAME`: once any trainee has a PIN, NAME's PIN is asked (or read from `pin_file`)
// and checked, with the lockout, before the exam starts; InputError (exit 2) when it is wrong or NAME has none
// while staff run the gradebook. Nothing is asked while no PINs exist.
void check_exam_pin(Gradebook& gradebook, const std::string& trainee, const std::string& pin_file);

// Stores `url` as the academy identity when not empty; returns the identity in effect.
std::string academy_home_in_effect(Gradebook& gradebook, const std::string& url);

void add_academy_trainees_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_import_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_progress_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_export_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_report_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_migrate_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_push_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_review_command(CLI::App& academy, CommandOutcome& outcome);  // review and certificate
void add_academy_staff_command(CLI::App& academy, CommandOutcome& outcome);
void add_academy_verify_command(CLI::App& academy, CommandOutcome& outcome);  // pending (and legacy) attempts

}  // namespace stipple
