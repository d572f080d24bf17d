// `stipple academy push --lrs URL [--auth-file FILE]`: posts the xAPI statements of attempts, then of case steps,
// not yet pushed to that LRS (academy/lrs_push), remembering per LRS the last attempt and the last case step
// whose statements it accepted.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "academy/case_records.hpp"
#include "academy/lrs_push.hpp"
#include "academy/xapi_export.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"

namespace stipple {

namespace {

struct PushOptions {
    std::string db;
    std::string lrs;
    std::string auth_file;
    std::string academy_home;
};

int64_t pushed_up_to(const Gradebook& book, const std::string& key) {
    SqlStatement q = book.sql().query("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, key);
    return q.step() ? std::stoll(q.text(0)) : 0;
}

void set_pushed_up_to(Gradebook& book, const std::string& key, int64_t id) {
    SqlTransaction tx = book.sql().write_transaction();
    book.sql()
        .query("INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, key).bind(2, std::to_string(id)).run();
    tx.commit();
}

std::string read_auth_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError(ErrorCode::cannot_open, path, "", "cannot read the LRS credentials");
    std::string line;
    std::getline(in, line);
    if (line.find(':') == std::string::npos)
        throw InputError(ErrorCode::wrong_format, path, "", "expected one line USER:PASSWORD (the LRS's key and secret)");
    return line;
}

}  // namespace

void add_academy_push_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<PushOptions>();
    CLI::App* cmd = academy.add_subcommand(
        "push", "Post the xAPI statements (attempts, then case steps) not yet sent to a learning record store");
    cmd->add_option("--lrs", o->lrs, "The LRS's xAPI endpoint URL (statements go to URL/statements)")->required();
    cmd->add_option("--auth-file", o->auth_file, "File whose first line is USER:PASSWORD for HTTP Basic auth");
    cmd->add_option("--academy-home", o->academy_home,
                    "Academy URL for xAPI actor accounts and activity IRIs; stored as the new default");
    add_db_option(cmd, o->db);
    cmd->callback([o, &outcome] {
        std::string url;
        try {
            url = lrs_statements_url(o->lrs);
        } catch (const std::invalid_argument& e) {
            throw InputError("", "--lrs", e.what());
        }
        const std::string authorization = o->auth_file.empty() ? "" : lrs_basic_authorization(read_auth_file(o->auth_file));
        Gradebook book = open_for(o->db, Permission::export_records);
        const std::string home = academy_home_in_effect(book, o->academy_home);
        const std::string key = "lrs_pushed_up_to " + url + " " + home;
        const int64_t up_to = pushed_up_to(book, key);
        std::vector<AttemptRecord> attempts = book.attempts();
        std::sort(attempts.begin(), attempts.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        std::erase_if(attempts, [&](const AttemptRecord& a) { return a.id <= up_to; });
        nlohmann::ordered_json statements = nlohmann::ordered_json::array();
        std::vector<int64_t> attempt_of;  // attempt id of each statement
        for (const AttemptRecord& a : attempts)
            for (auto& s : xapi_statements({a}, home)) {
                statements.push_back(s);
                attempt_of.push_back(a.id);
            }
        const LrsPushResult r = push_statements(
            statements, url, authorization, curl_lrs_post(),
            [](double s) { std::this_thread::sleep_for(std::chrono::duration<double>(s)); },
            [&](std::size_t done) {
                // Only attempts whose every statement was accepted count as pushed.
                const bool split = done < attempt_of.size() && attempt_of[done] == attempt_of[done - 1];
                set_pushed_up_to(book, key, split ? attempt_of[done - 1] - 1 : attempt_of[done - 1]);
            });
        // Then the case steps (issue 14), one statement each, after the attempts their sessions refer to.
        const std::string steps_key = "lrs_case_steps_pushed_up_to " + url + " " + home;
        const int64_t steps_up_to = pushed_up_to(book, steps_key);
        std::vector<CaseStepRecord> steps = case_steps(book);
        std::erase_if(steps, [&](const CaseStepRecord& s) { return s.id <= steps_up_to; });
        std::vector<AttemptRecord> step_attempts;
        for (const CaseStepRecord& s : steps)
            if (s.attempt_id)
                if (auto a = book.attempt(*s.attempt_id)) step_attempts.push_back(std::move(*a));
        const LrsPushResult c = push_statements(
            xapi_case_step_statements(steps, step_attempts, home), url, authorization, curl_lrs_post(),
            [](double s) { std::this_thread::sleep_for(std::chrono::duration<double>(s)); },
            [&](std::size_t done) { set_pushed_up_to(book, steps_key, steps[done - 1].id); });
        std::cout << "pushed " << r.statements + c.statements << " statements (" << attempts.size()
                  << (attempts.size() == 1 ? " attempt" : " attempts")
                  << (steps.empty() ? "" : ", " + std::to_string(steps.size()) +
                                               (steps.size() == 1 ? " case step" : " case steps"))
                  << ") to " << url << " in " << r.batches + c.batches
                  << (r.batches + c.batches == 1 ? " batch" : " batches") << ", " << r.retries + c.retries
                  << (r.retries + c.retries == 1 ? " retry" : " retries") << "\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
