// PostgreSQL roles, grants, row-level security and triggers of one gradebook (see pg_roles.hpp).
#include "academy/pg_roles.hpp"

#include <libpq-fe.h>

#include <cstdlib>
#include <stdexcept>
#include <vector>

#include "academy/pg_connection.hpp"
#include "scoring/input_error.hpp"

namespace stipple {

namespace {

std::string with_prefix(std::string sql, const std::string& prefix) {
    const std::string token = "<p>";
    for (size_t at = sql.find(token); at != std::string::npos; at = sql.find(token, at + prefix.size()))
        sql.replace(at, token.size(), prefix);
    return sql;
}

bool valid_prefix(const std::string& prefix) {
    if (prefix.empty() || prefix.size() > 40) return false;
    for (char c : prefix)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

bool table_exists(SqlConnection& sql, const std::string& table) {
    SqlStatement q = sql.query("SELECT CASE WHEN to_regclass(?1) IS NULL THEN 0 ELSE 1 END");
    q.bind(1, "stipple." + table);
    q.step();
    return q.int64(0) == 1;
}

bool column_exists(SqlConnection& sql, const std::string& table, const std::string& column) {
    SqlStatement q = sql.query("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'stipple' "
                               "AND table_name = ?1 AND column_name = ?2");
    q.bind(1, table).bind(2, column);
    q.step();
    return q.int64(0) > 0;
}

// Row-level security on one table: the owner and staff see every row; `trainee_policies` is the rest.
void secure_table(SqlConnection& sql, const std::string& prefix, const std::string& table,
                  const std::string& trainee_policies) {
    sql.exec(with_prefix("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY; ALTER TABLE " + table +
                             " FORCE ROW LEVEL SECURITY;"
                             "DROP POLICY IF EXISTS owner_all ON " + table + ";"
                             "CREATE POLICY owner_all ON " + table + " TO <p>owner USING (true) WITH CHECK (true);"
                             "DROP POLICY IF EXISTS admin_all ON " + table + ";"
                             "CREATE POLICY admin_all ON " + table + " TO <p>admin USING (true) WITH CHECK (true);" +
                             trainee_policies,
                         prefix));
}

}  // namespace

std::string new_role_prefix() {
    const char* env = std::getenv("STIPPLE_PG_ROLE_PREFIX");
    const std::string prefix = env && *env ? env : "stipple_";
    if (!valid_prefix(prefix))
        throw InputError("STIPPLE_PG_ROLE_PREFIX", "", "\"" + prefix + "\" must be 1-40 of a-z, 0-9 and _");
    return prefix;
}

std::string gradebook_role_prefix(SqlConnection& sql) {
    SqlStatement q = sql.query("SELECT value FROM meta WHERE key = 'role_prefix'");
    const std::string prefix = q.step() ? q.text(0) : "stipple_";
    if (!valid_prefix(prefix)) throw InputError(sql.location(), "", "meta role_prefix \"" + prefix + "\" is not valid");
    return prefix;
}

void begin_pg_migration(SqlConnection& sql, const std::string& prefix) {
    sql.exec(with_prefix(R"sql(
        DO $$ BEGIN
            -- The account that creates the gradebook joins <p>owner and <p>admin: it cannot be one of them.
            IF current_user IN ('<p>owner', '<p>admin', '<p>instructor', '<p>trainee') THEN
                RAISE EXCEPTION 'the role "%" has the name of one of this gradebook''s group roles (prefix <p>): connect as another role (stipple_dba) or set STIPPLE_PG_ROLE_PREFIX', current_user;
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '<p>owner') THEN CREATE ROLE <p>owner NOLOGIN; END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '<p>admin') THEN CREATE ROLE <p>admin NOLOGIN; END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '<p>instructor') THEN CREATE ROLE <p>instructor NOLOGIN; END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '<p>trainee') THEN CREATE ROLE <p>trainee NOLOGIN; END IF;
            EXECUTE format('GRANT CREATE ON DATABASE %I TO <p>owner', current_database());
        END $$;
        GRANT <p>owner TO CURRENT_USER;
        GRANT <p>admin TO CURRENT_USER;
        SET LOCAL ROLE <p>owner;
    )sql", prefix));
}

void finish_pg_migration(SqlConnection& sql, const std::string& prefix) {
    // B's migration 5 adds login_role; the RLS below needs it either way.
    sql.exec(with_prefix(R"sql(
        ALTER TABLE trainees ADD COLUMN IF NOT EXISTS login_role TEXT UNIQUE;
        CREATE OR REPLACE FUNCTION stipple_me() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = stipple, pg_temp
            AS $$ SELECT id FROM stipple.trainees WHERE login_role = session_user $$;
        REVOKE ALL ON FUNCTION stipple_me() FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION stipple_me() TO <p>admin, <p>instructor, <p>trainee;
        REVOKE ALL ON ALL TABLES IN SCHEMA stipple FROM PUBLIC;
        GRANT USAGE ON SCHEMA stipple TO <p>admin, <p>instructor, <p>trainee;
        GRANT SELECT ON stipple_schema, meta, lessons, cohorts TO <p>admin, <p>instructor, <p>trainee;
        GRANT INSERT ON lessons TO <p>admin, <p>instructor, <p>trainee;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA stipple TO <p>admin;
        GRANT SELECT, INSERT, UPDATE ON trainees, cohorts, lessons, attempts, meta TO <p>instructor;
        GRANT SELECT ON trainees TO <p>trainee;
        GRANT SELECT, INSERT ON attempts TO <p>trainee;
        GRANT UPDATE (registration) ON attempts TO <p>trainee;
        REVOKE ALL ON stipple_schema FROM <p>admin;
        GRANT SELECT ON stipple_schema TO <p>admin;
    )sql", prefix));
    const std::string staff_all = "DROP POLICY IF EXISTS instructor_all ON {t}; "
                                  "CREATE POLICY instructor_all ON {t} TO <p>instructor USING (true) WITH CHECK (true);";
    auto for_table = [](std::string text, const std::string& table) {
        for (size_t at = text.find("{t}"); at != std::string::npos; at = text.find("{t}", at + table.size()))
            text.replace(at, 3, table);
        return text;
    };
    secure_table(sql, prefix, "trainees",
                 for_table(staff_all, "trainees") +
                     "DROP POLICY IF EXISTS trainee_own ON trainees;"
                     "CREATE POLICY trainee_own ON trainees FOR SELECT TO <p>trainee USING (id = stipple_me());");
    secure_table(sql, prefix, "attempts",
                 for_table(staff_all, "attempts") +
                     "DROP POLICY IF EXISTS trainee_own ON attempts;"
                     "CREATE POLICY trainee_own ON attempts FOR SELECT TO <p>trainee USING (trainee_id = stipple_me());"
                     "DROP POLICY IF EXISTS trainee_insert ON attempts;"
                     "CREATE POLICY trainee_insert ON attempts FOR INSERT TO <p>trainee "
                     "WITH CHECK (trainee_id = stipple_me());"
                     "DROP POLICY IF EXISTS trainee_register ON attempts;"  // the registration set once, at record time
                     "CREATE POLICY trainee_register ON attempts FOR UPDATE TO <p>trainee "
                     "USING (trainee_id = stipple_me() AND registration IS NULL) WITH CHECK (trainee_id = stipple_me());");
    // Part D's review tables (migration 6): staff write, a trainee reads what is about them.
    if (table_exists(sql, "comments")) {
        sql.exec(with_prefix("GRANT SELECT, INSERT ON comments TO <p>instructor; GRANT SELECT ON comments TO <p>trainee;",
                             prefix));
        secure_table(sql, prefix, "comments",
                     for_table(staff_all, "comments") +
                         "DROP POLICY IF EXISTS trainee_own ON comments;"
                         "CREATE POLICY trainee_own ON comments FOR SELECT TO <p>trainee USING "
                         "(attempt_id IN (SELECT id FROM attempts WHERE trainee_id = stipple_me()));");
    }
    for (const char* table : {"signoffs", "certificates"}) {
        if (!table_exists(sql, table)) continue;
        const std::string t = table;
        sql.exec(with_prefix("GRANT SELECT, INSERT, UPDATE ON " + t + " TO <p>instructor; GRANT SELECT ON " + t +
                                 " TO <p>trainee;",
                             prefix));
        secure_table(sql, prefix, t,
                     for_table(staff_all, t) + "DROP POLICY IF EXISTS trainee_own ON " + t + "; CREATE POLICY trainee_own ON " +
                         t + " FOR SELECT TO <p>trainee USING (trainee_id = stipple_me());");
    }
    // Issue 14 part G's case steps (migration 7): a trainee records and reads their own steps, pointing only at
    // their own attempts; steps are never edited (no UPDATE or DELETE for anyone but admins).
    if (table_exists(sql, "case_steps")) {
        sql.exec(with_prefix("GRANT SELECT, INSERT ON case_steps TO <p>instructor, <p>trainee;", prefix));
        secure_table(sql, prefix, "case_steps",
                     for_table(staff_all, "case_steps") +
                         "DROP POLICY IF EXISTS trainee_own ON case_steps;"
                         "CREATE POLICY trainee_own ON case_steps FOR SELECT TO <p>trainee USING (trainee_id = stipple_me());"
                         "DROP POLICY IF EXISTS trainee_insert ON case_steps;"
                         "CREATE POLICY trainee_insert ON case_steps FOR INSERT TO <p>trainee WITH CHECK "
                         "(trainee_id = stipple_me() AND (attempt_id IS NULL OR attempt_id IN "
                         "(SELECT id FROM attempts WHERE trainee_id = stipple_me())));");
    }
    // Part B's people tables (migration 5): credentials are for staff (instructors set trainees' PINs only);
    // staff is readable by staff; the audit log takes inserts from everyone and is read by admins only.
    if (table_exists(sql, "credentials")) {
        sql.exec(with_prefix("GRANT SELECT, INSERT, UPDATE ON credentials TO <p>instructor;", prefix));
        secure_table(sql, prefix, "credentials",
                     "DROP POLICY IF EXISTS instructor_trainees ON credentials;"
                     "CREATE POLICY instructor_trainees ON credentials TO <p>instructor "
                     "USING (subject LIKE 'trainee/%') WITH CHECK (subject LIKE 'trainee/%');");
    }
    if (table_exists(sql, "staff")) sql.exec(with_prefix("GRANT SELECT ON staff TO <p>instructor;", prefix));
    if (table_exists(sql, "audit_log")) {
        sql.exec(with_prefix("GRANT INSERT ON audit_log TO <p>instructor, <p>trainee;", prefix));
        // An edit or delete, even by an instructor with psql, leaves a line the editor cannot remove.
        sql.exec(with_prefix(R"sql(
            CREATE OR REPLACE FUNCTION audit_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
                SET search_path = stipple, pg_temp AS $$
            BEGIN
                INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (
                    to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                    'pg:' || session_user, lower(TG_OP) || ' ' || TG_TABLE_NAME, TG_TABLE_NAME || '/' || OLD.id,
                    row_to_json(OLD)::text);
                RETURN NULL;
            END $$;
            DROP TRIGGER IF EXISTS audit_update ON attempts;
            CREATE TRIGGER audit_update AFTER UPDATE ON attempts FOR EACH ROW
                WHEN (OLD.registration IS NOT NULL) EXECUTE FUNCTION audit_change();
            DROP TRIGGER IF EXISTS audit_delete ON attempts;
            CREATE TRIGGER audit_delete AFTER DELETE ON attempts FOR EACH ROW EXECUTE FUNCTION audit_change();
        )sql", prefix));
        for (const char* table : {"signoffs", "certificates"}) {
            if (!table_exists(sql, table)) continue;
            const std::string t = table;
            sql.exec("DROP TRIGGER IF EXISTS audit_change ON " + t + "; CREATE TRIGGER audit_change AFTER UPDATE OR DELETE ON " +
                     t + " FOR EACH ROW EXECUTE FUNCTION audit_change();");
        }
    }
    // Part A's verification (migration 4): a row a trainee's own connection inserts never counts as it is;
    // it waits as 'pending' until `academy verify` re-scores it. Staff and the owner insert as judged.
    if (column_exists(sql, "attempts", "verification")) {
        sql.exec(with_prefix(R"sql(
            CREATE OR REPLACE FUNCTION attempts_pending() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.verification IN ('app', 'sealed', 'legacy')
                   AND NOT pg_has_role(current_user, '<p>instructor', 'MEMBER')
                   AND NOT pg_has_role(current_user, '<p>admin', 'MEMBER')
                   AND NOT pg_has_role(current_user, '<p>owner', 'MEMBER') THEN
                    NEW.verification := 'pending';
                END IF;
                RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS attempts_pending ON attempts;
            CREATE TRIGGER attempts_pending BEFORE INSERT ON attempts FOR EACH ROW EXECUTE FUNCTION attempts_pending();
        )sql", prefix));
    }
    if (table_exists(sql, "secrets")) sql.exec(with_prefix("REVOKE ALL ON secrets FROM <p>admin, <p>instructor, <p>trainee;", prefix));
    sql.exec(with_prefix("RESET ROLE; REVOKE <p>owner FROM CURRENT_USER;", prefix));
}

std::string set_pg_login(PgConnection& pg, const std::string& kind, int64_t id, const std::string& group,
                         const std::string& password) {
    if (kind != "t" && kind != "s") throw std::logic_error("login kind must be t or s");
    if (group != "trainee" && group != "instructor" && group != "admin") throw std::logic_error("unknown group " + group);
    const std::string prefix = gradebook_role_prefix(pg);
    const std::string role = prefix + kind + std::to_string(id);
    char* verifier = PQencryptPasswordConn(pg.handle(), password.c_str(), role.c_str(), "scram-sha-256");
    if (!verifier) throw std::runtime_error(pg.location() + ": cannot encrypt the password: " + PQerrorMessage(pg.handle()));
    char* literal = PQescapeLiteral(pg.handle(), verifier, std::char_traits<char>::length(verifier));
    PQfreemem(verifier);
    if (!literal) throw std::runtime_error(pg.location() + ": cannot quote the password verifier");
    const std::string quoted = literal;
    PQfreemem(literal);
    SqlStatement exists = pg.query("SELECT count(*) FROM pg_roles WHERE rolname = ?1");
    exists.bind(1, role);
    exists.step();
    pg.exec((exists.int64(0) ? "ALTER ROLE " + role + " LOGIN PASSWORD " + quoted
                             : "CREATE ROLE " + role + " LOGIN PASSWORD " + quoted + " IN ROLE " + prefix + group) +
            "; GRANT " + prefix + group + " TO " + role);
    if (kind == "t") pg.query("UPDATE trainees SET login_role = ?1 WHERE id = ?2").bind(1, role).bind(2, id).run();
    return role;
}

}  // namespace stipple
