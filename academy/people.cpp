// Staff, credentials, sign-in with lockout, and the audit log (see people.hpp). Portable SQL (?N, INTEGER
// booleans, ISO text times) so the same statements run on SQLite and PostgreSQL.
#include "academy/people.hpp"

#include <cmath>

#include "academy/pg_connection.hpp"
#include "academy/pg_roles.hpp"
#include "academy/sql_connection.hpp"
#include "academy/trainee_name.hpp"
#include "academy/user_data.hpp"
#include "scoring/input_error.hpp"
#include "scoring/iso_time.hpp"

namespace stipple {

namespace {

StaffMember staff_from(const SqlStatement& q) {
    StaffMember s;
    s.id = q.int64(0);
    s.login = q.text(1);
    s.name = q.text(2);
    s.role = role_from_string(q.text(3)).value_or(Role::instructor);
    s.archived = q.int64(4) != 0;
    s.created = q.text(5);
    return s;
}

constexpr const char* kStaffColumns = "SELECT id, login, name, role, archived, created FROM staff";

int64_t count_of(SqlConnection& db, const std::string& sql) {
    SqlStatement q = db.query(sql);
    return q.step() ? q.int64(0) : 0;
}

// "10:42 UTC" for a lock message: the minute the lock ends (rounded up, so it is never early).
std::string clock_minute(double epoch_s) {
    const std::string iso = format_iso8601_utc(std::ceil(epoch_s / 60.0) * 60.0);
    return iso.substr(11, 5) + " UTC";
}

struct Subject {
    Actor actor;
    bool archived = false;
};

std::optional<Subject> subject_named(SqlConnection& db, const std::string& login, bool trainees_only = false) {
    if (auto s = trainees_only ? std::nullopt : find_staff(db, login)) {
        Subject out;
        out.actor.role = s->role;
        out.actor.login = s->login;
        out.actor.subject = staff_subject(s->id);
        out.archived = s->archived;
        return out;
    }
    SqlStatement q = db.query("SELECT id, name, archived FROM trainees WHERE name = ?1");
    q.bind(1, login);
    if (!q.step()) return std::nullopt;
    Subject out;
    out.actor.role = Role::trainee;
    out.actor.subject = trainee_subject(q.int64(0));
    out.actor.login = q.text(1);
    out.archived = q.int64(2) != 0;
    return out;
}

}  // namespace

std::string staff_login_fault(const std::string& login) {
    const std::string rule = "a login is 1 to 32 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit";
    if (login.empty() || login.size() > 32) return rule;
    for (const char c : login) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok) return rule;
    }
    if (login.front() == '.' || login.front() == '_' || login.front() == '-') return rule;
    return "";
}

std::string staff_subject(int64_t id) { return "staff/" + std::to_string(id); }
std::string trainee_subject(int64_t id) { return "trainee/" + std::to_string(id); }

bool has_staff(SqlConnection& db) { return count_of(db, "SELECT COUNT(*) FROM staff") > 0; }

StaffMember add_staff(SqlConnection& db, const std::string& login, const std::string& name, Role role,
                      const Actor& by) {
    const std::string where = db.location();
    if (const std::string fault = staff_login_fault(login); !fault.empty())
        throw InputError(ErrorCode::bad_name, where, "", "staff login \"" + login + "\": " + fault);
    check_trainee_name(where, name);
    if (role == Role::trainee) throw InputError(where, "", "staff are instructors or admins, not trainees");
    SqlTransaction tx = db.write_transaction();
    if (count_of(db, "SELECT COUNT(*) FROM staff") == 0) role = Role::admin;  // the first one runs the academy
    {
        SqlStatement taken = db.query("SELECT COUNT(*) FROM staff WHERE login = ?1");
        taken.bind(1, login);
        if (taken.step() && taken.int64(0) > 0)
            throw InputError(ErrorCode::trainee_exists, where, "", "a staff member with login \"" + login + "\" exists");
    }
    StaffMember s;
    {  // the statement ends before the commit
        SqlStatement ins = db.query(
            "INSERT INTO staff (login, name, role, archived, created) VALUES (?1, ?2, ?3, 0, ?4) RETURNING id");
        ins.bind(1, login).bind(2, name).bind(3, std::string(to_string(role))).bind(4, now_iso8601_utc());
        if (!ins.step()) throw std::runtime_error(where + ": adding staff member \"" + login + "\" returned no id");
        s.id = ins.int64(0);
        while (ins.step()) {}
    }
    s.login = login;
    s.name = name;
    s.role = role;
    audit(db, by, "staff add", staff_subject(s.id), std::string(to_string(role)) + " " + login);
    tx.commit();
    return *find_staff(db, login);
}

std::vector<StaffMember> staff_list(SqlConnection& db, bool include_archived) {
    SqlStatement q = db.query(std::string(kStaffColumns) + (include_archived ? "" : " WHERE archived = 0") +
                              " ORDER BY login");
    std::vector<StaffMember> out;
    while (q.step()) out.push_back(staff_from(q));
    return out;
}

std::optional<StaffMember> find_staff(SqlConnection& db, const std::string& login) {
    SqlStatement q = db.query(std::string(kStaffColumns) + " WHERE login = ?1");
    q.bind(1, login);
    if (!q.step()) return std::nullopt;
    return staff_from(q);
}

void archive_staff(SqlConnection& db, const std::string& login, bool archived, const Actor& by) {
    const std::string where = db.location();
    SqlTransaction tx = db.write_transaction();
    const std::optional<StaffMember> s = find_staff(db, login);
    if (!s) throw InputError(ErrorCode::unknown_trainee, where, "", "no staff member with login \"" + login + "\"");
    if (archived && s->role == Role::admin && !s->archived &&
        count_of(db, "SELECT COUNT(*) FROM staff WHERE role = 'admin' AND archived = 0") <= 1)
        throw InputError(where, "", "\"" + login + "\" is the last admin; add another admin before archiving them");
    SqlStatement up = db.query("UPDATE staff SET archived = ?1 WHERE id = ?2");
    up.bind(1, static_cast<int64_t>(archived ? 1 : 0)).bind(2, s->id);
    up.run();
    audit(db, by, archived ? "staff archive" : "staff restore", staff_subject(s->id));
    if (db.backend() == "postgresql") {  // their own connection stops (or starts) signing in too
        const std::string role = gradebook_role_prefix(db) + "s" + std::to_string(s->id);
        SqlStatement exists = db.query("SELECT count(*) FROM pg_roles WHERE rolname = ?1");
        exists.bind(1, role);
        if (exists.step() && exists.int64(0) > 0) db.exec("ALTER ROLE " + role + (archived ? " NOLOGIN" : " LOGIN"));
    }
    tx.commit();
}

void set_credential(SqlConnection& db, const std::string& subject, const std::string& secret, HashCost cost,
                    const Actor& by) {
    const std::string hash = hash_password(secret, cost);  // slow: before the write lock
    SqlTransaction tx = db.write_transaction();
    SqlStatement up = db.query(
        "INSERT INTO credentials (subject, pw_hash, set_at, failed_count, locked_until) VALUES (?1, ?2, ?3, 0, NULL) "
        "ON CONFLICT (subject) DO UPDATE SET pw_hash = excluded.pw_hash, set_at = excluded.set_at, "
        "failed_count = 0, locked_until = NULL");
    up.bind(1, subject).bind(2, hash).bind(3, now_iso8601_utc());
    up.run();
    audit(db, by, "set secret", subject);
    // On PostgreSQL the person also gets a login role with the same secret, so their own connection signs in
    // as them and row-level security applies (pg_roles.hpp). In the same transaction: both or neither.
    if (auto* pg = dynamic_cast<PgConnection*>(&db)) {
        const bool trainee = subject.rfind("trainee/", 0) == 0;
        const int64_t id = std::stoll(subject.substr(subject.find('/') + 1));
        std::string group = "trainee";
        if (!trainee) {
            SqlStatement q = db.query("SELECT role FROM staff WHERE id = ?1");
            q.bind(1, id);
            group = q.step() ? q.text(0) : "instructor";
        }
        set_pg_login(*pg, trainee ? "t" : "s", id, group, secret);
    }
    tx.commit();
}

void ensure_pg_login(SqlConnection& db, const Actor& actor, const std::string& secret) {
    auto* pg = dynamic_cast<PgConnection*>(&db);
    const std::string role = login_role_of(db, actor);
    if (pg == nullptr || role.empty()) return;
    SqlStatement exists = db.query("SELECT count(*) FROM pg_roles WHERE rolname = ?1");
    exists.bind(1, role);
    if (exists.step() && exists.int64(0) > 0) return;
    const bool trainee = actor.role == Role::trainee;
    const int64_t id = std::stoll(actor.subject.substr(actor.subject.find('/') + 1));
    SqlTransaction tx = db.write_transaction();
    set_pg_login(*pg, trainee ? "t" : "s", id, trainee ? "trainee" : to_string(actor.role), secret);
    tx.commit();
}

std::string login_role_of(SqlConnection& db, const Actor& actor) {
    if (actor.subject.empty() || db.backend() != "postgresql") return "";
    const bool trainee = actor.subject.rfind("trainee/", 0) == 0;
    return gradebook_role_prefix(db) + (trainee ? "t" : "s") + actor.subject.substr(actor.subject.find('/') + 1);
}

bool has_credential(SqlConnection& db, const std::string& subject) {
    SqlStatement q = db.query("SELECT COUNT(*) FROM credentials WHERE subject = ?1");
    q.bind(1, subject);
    return q.step() && q.int64(0) > 0;
}

bool any_trainee_credential(SqlConnection& db) {
    return count_of(db, "SELECT COUNT(*) FROM credentials WHERE subject LIKE 'trainee/%'") > 0;
}

std::optional<Actor> actor_named(SqlConnection& db, const std::string& login) {
    const std::optional<Subject> s = subject_named(db, login);
    if (!s || s->archived) return std::nullopt;
    return s->actor;
}

namespace {

Actor check_secret(SqlConnection& db, const std::optional<Subject>& who, const std::string& login,
                   const std::string& secret, double now_s, HashCost cost);

}  // namespace

Actor authenticate(SqlConnection& db, const std::string& login, const std::string& secret, double now_s,
                   HashCost cost) {
    return check_secret(db, subject_named(db, login), login, secret, now_s, cost);
}

Actor authenticate_trainee(SqlConnection& db, const std::string& name, const std::string& pin, double now_s,
                           HashCost cost) {
    return check_secret(db, subject_named(db, name, true), name, pin, now_s, cost);
}

namespace {

Actor check_secret(SqlConnection& db, const std::optional<Subject>& who, const std::string& login,
                   const std::string& secret, double now_s, HashCost cost) {
    if (!who) throw SignInRefused("no one signs in as \"" + login + "\"");
    if (who->archived) throw SignInRefused("\"" + login + "\" is archived");
    const bool trainee = who->actor.role == Role::trainee;
    const std::string what = trainee ? "PIN" : "password";

    std::string hash;
    int failed = 0;
    std::optional<double> locked_until;
    {
        SqlStatement q = db.query("SELECT pw_hash, failed_count, locked_until FROM credentials WHERE subject = ?1");
        q.bind(1, who->actor.subject);
        if (!q.step())
            throw SignInRefused("\"" + login + "\" has no " + what + " yet (" +
                                (trainee ? "stipple academy trainees set-pin NAME"
                                         : "stipple academy staff set-password LOGIN") + ")");
        hash = q.text(0);
        failed = static_cast<int>(q.int64(1));
        if (!q.is_null(2)) locked_until = parse_iso8601(q.text(2));
    }
    if (locked_until && now_s < *locked_until)
        throw SignInRefused("\"" + login + "\" is locked until " + clock_minute(*locked_until) + " after " +
                            std::to_string(kMaxFailedSignIns) + " wrong tries");

    const bool right = verify_password(hash, secret);  // slow: outside the write lock
    SqlTransaction tx = db.write_transaction();
    if (right) {
        SqlStatement ok = db.query("UPDATE credentials SET failed_count = 0, locked_until = NULL WHERE subject = ?1");
        ok.bind(1, who->actor.subject);
        ok.run();
        if (needs_rehash(hash, cost)) {
            SqlStatement re = db.query("UPDATE credentials SET pw_hash = ?1 WHERE subject = ?2");
            re.bind(1, hash_password(secret, cost)).bind(2, who->actor.subject);
            re.run();
        }
        tx.commit();
        return who->actor;
    }
    // Count the failure from the row as it is now (another seat may have counted one meanwhile).
    {  // the statement ends before the commit
        SqlStatement bump = db.query(
            "UPDATE credentials SET failed_count = failed_count + 1 WHERE subject = ?1 RETURNING failed_count");
        bump.bind(1, who->actor.subject);
        failed = bump.step() ? static_cast<int>(bump.int64(0)) : failed + 1;
        while (bump.step()) {}
    }
    std::string message;
    if (failed >= kMaxFailedSignIns) {
        const double until = now_s + kLockoutSeconds;
        SqlStatement lock = db.query(
            "UPDATE credentials SET failed_count = 0, locked_until = ?1 WHERE subject = ?2");
        lock.bind(1, format_iso8601_utc(until)).bind(2, who->actor.subject);
        lock.run();
        audit(db, who->actor, "locked", who->actor.subject,
              std::to_string(kMaxFailedSignIns) + " wrong tries");
        message = "wrong " + what + ": \"" + login + "\" is locked until " + clock_minute(until);
    } else {
        const int left = kMaxFailedSignIns - failed;
        message = "wrong " + what + " (" + std::to_string(left) + (left == 1 ? " try" : " tries") + " left)";
    }
    tx.commit();
    throw SignInRefused(message);
}

}  // namespace

void audit(SqlConnection& db, const Actor& by, const std::string& action, const std::string& subject,
           const std::string& detail) {
    SqlStatement ins = db.query("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
    ins.bind(1, now_iso8601_utc())
        .bind(2, by.open_mode ? std::string("open") : (by.subject.empty() ? std::string("nobody") : by.subject))
        .bind(3, action)
        .bind(4, subject)
        .bind(5, detail);
    ins.run();
}

}  // namespace stipple
