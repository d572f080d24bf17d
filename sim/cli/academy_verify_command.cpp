// `stipple academy verify [--legacy]`: settles the attempts a trainee's own PostgreSQL connection recorded (they
// wait as 'pending' and count for nothing) by re-scoring each against the lesson as recorded and checking its
// seal (academy/attempt_verification); --legacy re-checks the rows recorded before seals existed. One
// transaction and one printed line per attempt, then a summary; a second run changes nothing.
#include <iostream>
#include <memory>

#include "academy/attempt_integrity.hpp"
#include "academy/attempt_verification.hpp"
#include "academy/people.hpp"
#include "sim/cli/academy_commands.hpp"

namespace stipple {

namespace {

struct VerifyOptions {
    std::string db;
    bool legacy = false;
};

}  // namespace

void add_academy_verify_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<VerifyOptions>();
    CLI::App* cmd = academy.add_subcommand(
        "verify", "Re-score pending attempts (a trainee's own PostgreSQL connection wrote them) and check their seals");
    cmd->add_flag("--legacy", o->legacy,
                  "Also re-check attempts recorded before seals existed (they stay legacy when the re-score agrees)");
    add_db_option(cmd, o->db);
    cmd->callback([o, &outcome] {
        // The configured connection: the seal key is readable only by the gradebook's owner on PostgreSQL.
        AcademySession session = open_session(o->db, Permission::import, nullptr, false, true);
        Gradebook& book = session.book;
        std::vector<int64_t> ids = attempts_with_verification(book, Verification::Pending);
        if (o->legacy) {
            const std::vector<int64_t> old = attempts_with_verification(book, Verification::Legacy);
            ids.insert(ids.end(), old.begin(), old.end());
        }
        size_t counted = 0, unverified = 0, corrected = 0;
        for (const int64_t id : ids) {
            const VerifyOutcome v = verify_attempt(book, id);
            if (counts_toward_progress(v.verdict.verification)) ++counted;
            else ++unverified;
            if (v.scores_corrected) ++corrected;
            if (v.changed)  // who settled it stays on record (on PostgreSQL the row's own trigger sees only the owner)
                audit(book.sql(), session.actor, "attempt.verify", "attempt/" + std::to_string(id),
                      std::string(to_string(v.verdict.verification)) + (v.verdict.note.empty() ? "" : ": " + v.verdict.note));
            std::cout << "attempt " << id << ": " << to_string(v.verdict.verification)
                      << (v.verdict.note.empty() ? "" : ": " + v.verdict.note) << std::endl;
        }
        std::cout << "verified " << ids.size() << ": " << counted << " counted, " << unverified << " unverified, "
                  << corrected << " scores corrected (" << book.path() << ")\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace stipple
