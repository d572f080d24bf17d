// `stipple academy review comment|comments|sign-off|revoke` and `stipple academy certificate
// issue|verify|revoke`: an instructor's comments on attempts, sign-off of lessons, and certificates.
#include <cstdio>
#include <iostream>
#include <memory>

#include "academy/certificate_page.hpp"
#include "academy/review_store.hpp"
#include "academy/text_safety.hpp"
#include "scoring/atomic_file.hpp"
#include "scoring/input_error.hpp"
#include "sim/cli/academy_commands.hpp"

namespace stipple {

namespace {

struct ReviewOptions {
    std::string db;
    std::string curriculum;
    std::string trainee;
    std::string lesson;
    std::string text;
    std::string at;
    std::string note;
    std::string html;
    std::string serial;
    int64_t attempt = 0;
};

// The gradebook opened for a reviewing command and the person acting (roles.hpp: commenting, signing off and
// certificates need the sign_off permission, an instructor's; open mode acts as "open").
struct Opened {
    Gradebook book;
    ReviewActor actor;
};
Opened open_for_review(const std::string& db, Permission permission = Permission::sign_off,
                       std::string* own_trainee = nullptr) {
    AcademySession s = open_session(db, permission, own_trainee);
    const bool open = s.actor.open_mode || s.actor.subject.empty();
    return {std::move(s.book), ReviewActor{open ? "open" : s.actor.subject, open ? "" : s.actor.login}};
}

Curriculum curriculum_of(const ReviewOptions& o) {
    return load_curriculum(o.curriculum.empty() ? default_curriculum_path() : o.curriculum);
}

// "X,Y" in mm -> a point; refuses anything else naming the option.
Point point_option(const std::string& text) {
    double x = 0, y = 0;
    int used = 0;
    if (std::sscanf(text.c_str(), "%lf,%lf%n", &x, &y, &used) != 2 || used != static_cast<int>(text.size()))
        throw InputError(ErrorCode::wrong_type, "", "--at", "expected X,Y in mm, e.g. --at 3.5,82");
    return {x, y};
}

std::string day(const std::string& iso) { return printable_text(iso.substr(0, 10)); }

void print_comment(const Comment& c) {
    std::cout << "attempt " << c.attempt_id;
    if (c.at_mm) {
        char at[64];
        std::snprintf(at, sizeof at, " at (%.1f, %.1f) mm", c.at_mm->x, c.at_mm->y);
        std::cout << at;
    }
    std::cout << ", " << printable_text(c.author_name) << " on " << day(c.created) << ":\n";
    std::string body = printable_text(c.body, LineBreaks::keep);
    for (size_t start = 0; start <= body.size();) {
        const size_t end = body.find('\n', start);
        std::cout << "  " << body.substr(start, end == std::string::npos ? std::string::npos : end - start) << "\n";
        if (end == std::string::npos) break;
        start = end + 1;
    }
}

void add_review(CLI::App& academy, CommandOutcome& outcome) {
    CLI::App* review = academy.add_subcommand("review", "Instructor review: comments on attempts, lesson sign-off");
    review->require_subcommand(1);

    auto c = std::make_shared<ReviewOptions>();
    CLI::App* comment = review->add_subcommand("comment", "Comment on an attempt (shown to the trainee)");
    comment->add_option("ATTEMPT", c->attempt, "Attempt id (as `academy export --csv` lists them)")->required();
    comment->add_option("TEXT", c->text, "The comment: 1-2000 bytes, line breaks allowed")->required();
    comment->add_option("--at", c->at, "Place on the scalp the comment points at, X,Y in mm");
    add_db_option(comment, c->db);
    comment->callback([c, &outcome] {
        Opened o = open_for_review(c->db);
        const std::optional<Point> at = c->at.empty() ? std::nullopt : std::optional<Point>(point_option(c->at));
        const Comment added = add_comment(o.book, o.actor, c->attempt, at, c->text);
        std::cout << "comment " << added.id << " added to attempt " << added.attempt_id << "\n";
        outcome.exit_code = kExitOk;
    });

    auto l = std::make_shared<ReviewOptions>();
    CLI::App* list = review->add_subcommand("comments", "List the comments on a trainee's attempts, or on one attempt");
    list->add_option("--trainee", l->trainee, "Every comment on this trainee's attempts");
    list->add_option("--attempt", l->attempt, "The comments on this attempt");
    add_db_option(list, l->db);
    list->callback([l, &outcome] {
        if (l->trainee.empty() == (l->attempt == 0))
            throw InputError("", "", "review comments needs --trainee NAME or --attempt ID (one of them)");
        // A trainee sees the comments on their own attempts only (own_trainee is then their name).
        std::string own;
        Opened o = open_for_review(l->db, Permission::report_all, l->trainee.empty() ? &own : &l->trainee);
        if (l->attempt != 0 && !own.empty()) {
            const std::optional<AttemptRecord> a = o.book.attempt(l->attempt);
            if (!a || a->trainee != own)
                throw InputError(ErrorCode::unknown_record, o.book.path(), "", "no attempt " + std::to_string(l->attempt) +
                                 " of yours");
        }
        const std::vector<Comment> all =
            l->trainee.empty() ? comments_for(o.book, l->attempt) : comments_for_trainee(o.book, l->trainee);
        for (const Comment& each : all) print_comment(each);
        std::cout << all.size() << (all.size() == 1 ? " comment\n" : " comments\n");
        outcome.exit_code = kExitOk;
    });

    auto s = std::make_shared<ReviewOptions>();
    CLI::App* sign = review->add_subcommand("sign-off", "Sign a lesson off for a trainee proficient in it");
    sign->add_option("NAME", s->trainee, "Trainee")->required();
    sign->add_option("LESSON", s->lesson, "Lesson id")->required();
    sign->add_option("--note", s->note, "A note kept with the sign-off");
    sign->add_option("--curriculum", s->curriculum, "Curriculum file (default: the built-in lessons/curriculum.json)");
    add_db_option(sign, s->db);
    sign->callback([s, &outcome] {
        const Curriculum curriculum = curriculum_of(*s);
        Opened o = open_for_review(s->db);
        const SignOffResult r = sign_off(o.book, o.actor, curriculum, s->trainee, s->lesson, s->note);
        std::cout << (r.created ? "signed off " : "already signed off ") << printable_text(r.sign_off.lesson_id)
                  << " for " << printable_text(r.sign_off.trainee) << " (" << printable_text(r.sign_off.signed_by_name)
                  << ", " << day(r.sign_off.signed_at) << "; attempts";
        for (int64_t id : r.sign_off.basis) std::cout << " " << id;
        std::cout << ")\n";
        outcome.exit_code = kExitOk;
    });

    auto r = std::make_shared<ReviewOptions>();
    CLI::App* revoke = review->add_subcommand("revoke", "Revoke a lesson's sign-off (and certificates resting on it)");
    revoke->add_option("NAME", r->trainee, "Trainee")->required();
    revoke->add_option("LESSON", r->lesson, "Lesson id")->required();
    add_db_option(revoke, r->db);
    revoke->callback([r, &outcome] {
        Opened o = open_for_review(r->db);
        const int fallen = revoke_sign_off(o.book, o.actor, r->trainee, r->lesson);
        std::cout << "revoked the sign-off of " << printable_text(r->lesson) << " for " << printable_text(r->trainee);
        if (fallen) std::cout << " and " << fallen << (fallen == 1 ? " certificate" : " certificates");
        std::cout << "\n";
        outcome.exit_code = kExitOk;
    });
}

void add_certificate(CLI::App& academy, CommandOutcome& outcome) {
    CLI::App* cert = academy.add_subcommand("certificate", "Certificates: issue (print-ready HTML), verify, revoke");
    cert->require_subcommand(1);

    auto i = std::make_shared<ReviewOptions>();
    CLI::App* issue = cert->add_subcommand("issue", "Issue a trainee's certificate (every lesson signed off)");
    issue->add_option("NAME", i->trainee, "Trainee")->required();
    issue->add_option("--html", i->html, "Write the printable certificate page to FILE")->required();
    issue->add_option("--curriculum", i->curriculum, "Curriculum file (default: the built-in lessons/curriculum.json)");
    add_db_option(issue, i->db);
    issue->callback([i, &outcome] {
        const Curriculum curriculum = curriculum_of(*i);
        Opened o = open_for_review(i->db);
        const IssueResult r = issue_certificate(o.book, o.actor, curriculum, i->trainee);
        write_file_atomically(i->html, certificate_page_html(r.certificate.contents));
        std::cout << (r.created ? "issued certificate " : "certificate already issued: ")
                  << r.certificate.contents.serial << " to " << printable_text(r.certificate.contents.trainee)
                  << " (" << r.certificate.contents.lessons.size() << " lessons); wrote " << i->html << "\n";
        outcome.exit_code = kExitOk;
    });

    auto v = std::make_shared<ReviewOptions>();
    CLI::App* verify = cert->add_subcommand("verify", "Check a certificate serial: valid (exit 0) or revoked (exit 1)");
    verify->add_option("SERIAL", v->serial, "The serial printed on the certificate")->required();
    verify->add_option("--html", v->html, "Also write the certificate page as issued to FILE");
    add_db_option(verify, v->db);
    verify->callback([v, &outcome] {
        const Gradebook book = Gradebook::open_existing(gradebook_path_or_default(v->db));
        const std::optional<Certificate> c = find_certificate(book, v->serial);
        if (!c)
            throw InputError(ErrorCode::unknown_record, book.path(), "",
                             "no certificate with serial \"" + printable_text(v->serial) + "\"");
        if (!v->html.empty()) write_file_atomically(v->html, certificate_page_html(c->contents, c->revoked_at));
        const CertificateContents& k = c->contents;
        std::cout << (c->revoked_at ? "REVOKED on " + day(*c->revoked_at) + ": " : std::string("valid: "))
                  << "certificate " << k.serial << " for " << printable_text(k.trainee) << " (" << k.trainee_uid
                  << "), " << printable_text(k.curriculum_title) << ", " << k.lessons.size() << " lessons, issued by "
                  << printable_text(k.issued_by) << " on " << day(k.issued_at) << "\n";
        outcome.exit_code = c->revoked_at ? kExitFailure : kExitOk;
    });

    auto r = std::make_shared<ReviewOptions>();
    CLI::App* revoke = cert->add_subcommand("revoke", "Revoke a certificate");
    revoke->add_option("SERIAL", r->serial, "The certificate's serial")->required();
    add_db_option(revoke, r->db);
    revoke->callback([r, &outcome] {
        Opened o = open_for_review(r->db);
        revoke_certificate(o.book, o.actor, r->serial);
        std::cout << "revoked certificate " << printable_text(r->serial) << "\n";
        outcome.exit_code = kExitOk;
    });
}

}  // namespace

void add_academy_review_command(CLI::App& academy, CommandOutcome& outcome) {
    add_review(academy, outcome);
    add_certificate(academy, outcome);
}

}  // namespace stipple
