// `stipple academy import ATTEMPT.json...`: scores attempts made elsewhere and records them, one transaction
// each, so an interrupted import keeps everything it committed and can simply be run again. Each file's verdict
// is judge_attempt's (academy/attempt_integrity): sealed by this gradebook, vouched for (--vouch), or unverified;
// the mode is the file's (--mode is refused); a repeat is known by its dots. One line per file, then a summary.
#include <pwd.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include "academy/attempt_integrity.hpp"
#include "academy/attempt_seal.hpp"
#include "academy/lesson_folder.hpp"
#include "academy/people.hpp"
#include "scoring/iso_time.hpp"
#include "scoring/atomic_file.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/report_io.hpp"
#include "scoring/scoring.hpp"
#include "sim/cli/academy_commands.hpp"

namespace stipple {

namespace {

struct ImportOptions {
    std::string db;
    std::string lessons_dir;
    std::string trainee;
    std::string mode;  // refused: the mode is the file's
    bool vouch = false;
    bool add_trainees = false;
    bool progress = false;
    std::vector<std::string> files;
};

enum class ImportResult { Recorded, AlreadyRecorded };

struct ImportLine {
    ImportResult result;
    std::string text;  // "recorded 12 (sealed)", "already recorded as 7"
};

constexpr const char* kModeRefused = "mode is fixed when the attempt starts; it is read from the file";

// Who vouches with --vouch: the signed-in instructor; in open mode (no staff yet) the operating-system login.
std::string vouching_login(const Actor& actor) {
    if (!actor.open_mode) return actor.login;
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return std::string(pw->pw_name) + " (open mode)";
    return "uid " + std::to_string(geteuid()) + " (open mode)";
}

// Draws "[#####-----] 12/40" on stderr, overwriting itself.
void draw_bar(size_t done, size_t total) {
    constexpr size_t kWidth = 30;
    const size_t filled = total ? kWidth * done / total : kWidth;
    std::fprintf(stderr, "\r[%s%s] %zu/%zu", std::string(filled, '#').c_str(), std::string(kWidth - filled, '-').c_str(),
                 done, total);
    if (done == total) std::fprintf(stderr, "\n");
    std::fflush(stderr);
}

ImportLine import_one(Gradebook& book, const Actor& actor, const LessonFolder& lessons, const ImportOptions& o,
                      const std::string& path) {
    const std::string text = read_text_file(path);
    const Attempt attempt = attempt_from_json(parse_json_text(text, path), path);
    std::string trainee = o.trainee;
    if (attempt.trainee) {
        if (!o.trainee.empty() && *attempt.trainee != o.trainee)
            throw InputError(ErrorCode::record_mismatch, path, "/trainee", "attempt is by \"" + *attempt.trainee + "\", not --trainee \"" +
                                                   o.trainee + "\"");
        trainee = *attempt.trainee;
    }
    if (trainee.empty()) throw InputError(ErrorCode::missing_field, path, "/trainee", "no trainee in the file; pass --trainee NAME");
    if (!o.add_trainees && !book.find_trainee(trainee))
        throw InputError(ErrorCode::unknown_trainee, path, "/trainee", "no trainee \"" + trainee + "\" in " + book.path() +
                                               " (add with `stipple academy trainees add`, or --add-trainees)");
    Trainee who;
    try {
        who = book.ensure_active_trainee(trainee);
    } catch (const InputError& e) {  // an archived trainee is the attempt file's fault: say so at its /trainee
        if (e.code() != ErrorCode::trainee_archived) throw;
        throw InputError(e.code(), path, "/trainee", e.message());
    }

    const Lesson& lesson = find_lesson(lessons, attempt.lesson, path);
    const ScoreReport report = score_attempt(lesson, attempt);
    const AttemptMode mode = attempt.mode == "exam" ? AttemptMode::Exam : AttemptMode::Practice;
    RecordInput in = make_record_input(lesson, attempt, report, trainee, mode, "", "");
    in.attempt_json = text;  // the file itself, byte for byte
    in.verdict = judge_attempt(attempt, integrity_context(book, who, in.lesson_hash, o.vouch ? vouching_login(actor) : ""));
    if (attempt.started) {
        const auto start = parse_iso8601(*attempt.started);
        if (!start) throw InputError(ErrorCode::bad_time, path, "/started", "expected an ISO 8601 time with a zone");
        in.started = *attempt.started;
        double last_t = 0;
        bool timed = false;
        for (const Dot& d : attempt.dots)
            if (d.t) {
                last_t = std::max(last_t, *d.t);
                timed = true;
            }
        if (timed) in.finished = format_iso8601_utc(*start + last_t);
    }
    if (attempt.finished) in.finished = *attempt.finished;  // the app's own finish time (sealed with the rest)
    const RecordOutcome r = book.record_attempt_once(in);
    if (!r.recorded) return {ImportResult::AlreadyRecorded, "already recorded as " + std::to_string(r.id)};
    if (o.vouch && attempt.seal.is_null() && r.verdict.verification == Verification::Sealed)
        audit(book.sql(), actor, "attempt.vouch", "attempt/" + std::to_string(r.id), path);  // who vouched stays on record
    return {ImportResult::Recorded, "recorded " + std::to_string(r.id) + " (" + to_string(r.verdict.verification) +
                                        (r.verdict.note.empty() ? "" : ": " + r.verdict.note) + ")"};
}

}  // namespace

void add_academy_import_command(CLI::App& academy, CommandOutcome& outcome) {
    auto o = std::make_shared<ImportOptions>();
    CLI::App* cmd = academy.add_subcommand("import", "Score attempts made elsewhere and record them in the gradebook");
    cmd->add_option("attempts", o->files, "Attempt files (stipple-attempt/1)")->required();
    cmd->add_option("--lessons", o->lessons_dir, "Folder of lesson files, found by the attempt's lesson id "
                                                  "(default: the built-in lessons)");
    cmd->add_option("--trainee", o->trainee, "Trainee for attempts whose file names none");
    cmd->add_option("--mode", o->mode, std::string("Refused (exit 2): the ") + kModeRefused);
    cmd->add_flag("--vouch", o->vouch,
                  "Record unsealed files (an offline studio's) as sealed, vouched for by you; never a demo file "
                  "(input \"generated\") nor a file whose seal is broken");
    cmd->add_flag("--add-trainees", o->add_trainees, "Add trainees the gradebook does not know yet");
    cmd->add_flag("--progress", o->progress, "Draw the progress bar even when stderr is not a terminal");
    add_db_option(cmd, o->db);
    cmd->callback([o, cmd, &outcome] {
        if (cmd->count("--mode")) {
            std::cerr << "stipple academy import: --mode: " << kModeRefused << "\n";
            outcome.exit_code = kExitInvalidInput;
            return;
        }
        const LessonFolder lessons = load_lesson_folder(o->lessons_dir.empty() ? default_lessons_dir() : o->lessons_dir);
        // The configured connection is kept (as `verify` does): judging a seal needs the gradebook's key, which
        // on PostgreSQL only the owner reads; the instructor who imports is named in the verdict and audit log.
        AcademySession session = open_session(o->db, Permission::import, nullptr, true, true);
        Gradebook& book = session.book;
        const bool bar = o->files.size() > 1 && (o->progress || isatty(STDERR_FILENO));
        size_t recorded = 0, repeated = 0, refused = 0;
        for (size_t i = 0; i < o->files.size(); ++i) {
            try {
                const ImportLine line = import_one(book, session.actor, lessons, *o, o->files[i]);
                if (line.result == ImportResult::Recorded) ++recorded;
                else ++repeated;
                if (bar) std::fprintf(stderr, "\n");
                std::cout << line.text << std::endl;  // one line per committed file: scripts and logs wait on it
            } catch (const InputError& e) {
                ++refused;
                if (bar) std::fprintf(stderr, "\n");
                std::cerr << "stipple: " << e.what() << "\n";
            }
            if (bar) draw_bar(i + 1, o->files.size());
        }
        std::cout << "imported " << recorded << ", already recorded " << repeated << ", refused " << refused << " ("
                  << book.path() << ")\n";
        outcome.exit_code = refused ? kExitInvalidInput : kExitOk;
    });
}

}  // namespace stipple
