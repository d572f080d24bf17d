// One trainee's data, for the rights an academy owes a person: export everything the gradebook holds about
// them, or erase it. Tables that later parts add (comments, sign-offs, certificates, credentials, audit log)
// are covered when present in the gradebook, and skipped when not.
#pragma once

#include <string>

#include "academy/gradebook.hpp"

namespace stipple {

// Writes DIR/trainee.json ("stipple-trainee-data/1": the trainee, every attempt with its stored attempt and
// score texts byte for byte, the lessons as recorded that they used, and their rows in the other tables;
// never a password hash) and DIR/README.txt. DIR is created private (0700), the files 0600.
// InputError unknown_trainee when no one has that name. Returns the number of attempts written.
int export_trainee_data(const Gradebook& gradebook, const std::string& name, const std::string& out_dir);

struct TraineeDeletion {
    int64_t trainee_id = 0;
    int attempts = 0;
    int case_steps = 0;     // issue 14: the steps of their runs through cases
    int comments = 0;
    int signoffs = 0;
    int certificates = 0;   // erased; their serials stay in the audit line
    int credentials = 0;
    bool login_role_dropped = false;  // PostgreSQL: the trainee's login role <prefix>t<id>
    std::string certificate_serials;  // comma separated, for the audit line and the message
};

// Deletes the trainee and every personal row in one transaction: comments on their attempts, case steps, sign-offs,
// certificates, credentials, attempts, then the trainee (on PostgreSQL also their login role). Lessons as recorded stay (they are the academy's).
// When the gradebook has an audit log, one line "trainee.delete" with the counts is added (`actor`).
// InputError unknown_trainee when no one has that name.
TraineeDeletion delete_trainee_data(Gradebook& gradebook, const std::string& name, const std::string& actor);

// Whether the gradebook has this table (parts add tables in later migrations).
bool gradebook_has_table(SqlConnection& sql, const std::string& table);

}  // namespace stipple
