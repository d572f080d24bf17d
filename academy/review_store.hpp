// Instructor review in the gradebook (schema 6): comments on an attempt (optionally at a place on the scalp,
// in mm, shown to the trainee), sign-off of a lesson (only when proficient on counted attempts; the attempts
// it rests on are stored), and certificates (only when every curriculum lesson has a live sign-off; what the
// certificate says is stored as a snapshot with a serial, and it can be revoked). Errors: InputError naming
// the gradebook and what is wrong (unknown attempt or trainee, bad text, not proficient, not signed off).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "academy/certificate_page.hpp"
#include "academy/gradebook.hpp"
#include "scoring/curriculum.hpp"
#include "scoring/geometry.hpp"

namespace stipple {

// Who writes: the signed-in person (roles.hpp's Actor gives both), or "open" before there are staff.
struct ReviewActor {
    std::string subject;  // "staff/<id>" | "trainee/<id>" | "open"
    std::string name;     // as shown on comments and certificates (login or name); may be empty in open mode
};
std::string shown_name(const ReviewActor& actor);  // name, else "instructor (open mode)"

inline constexpr std::size_t kMaxCommentBytes = 2000;
inline constexpr double kCommentMarginMm = 10.0;  // how far outside the zone and the dots a comment may sit

struct Comment {
    int64_t id = 0;
    int64_t attempt_id = 0;
    std::string author;       // subject
    std::string author_name;  // as shown
    std::string created;      // ISO 8601 UTC
    std::optional<Point> at_mm;
    std::string body;         // 1-2000 bytes of UTF-8, "\n" the only control
};

// Adds a comment to attempt `attempt_id`. `at_mm`, when given, must be finite and within kCommentMarginMm of
// the lesson's zone or the attempt's dots (the box around them).
Comment add_comment(Gradebook& book, const ReviewActor& actor, int64_t attempt_id, std::optional<Point> at_mm,
                    const std::string& body);
std::vector<Comment> comments_for(const Gradebook& book, int64_t attempt_id);       // oldest first
std::vector<Comment> comments_for_trainee(const Gradebook& book, const std::string& trainee);  // by attempt, time
std::vector<Comment> all_comments(const Gradebook& book);  // every one the connection may read, by attempt, time

struct SignOff {
    int64_t id = 0;
    std::string trainee;
    std::string lesson_id;
    std::string signed_by;       // subject
    std::string signed_by_name;  // as shown
    std::string signed_at;
    std::vector<int64_t> basis;  // the counted attempts (consecutive passes) that made the lesson proficient
    std::string note;
    std::optional<std::string> revoked_at;
    std::string revoked_by;
};

struct SignOffResult {
    SignOff sign_off;
    bool created = false;  // false: the lesson already had a live sign-off, returned as it is
};

// Signs `lesson_id` (a lesson of `curriculum`) off for `trainee`: refused unless the trainee is proficient
// in it (the curriculum's rule) on counted attempts alone.
SignOffResult sign_off(Gradebook& book, const ReviewActor& actor, const Curriculum& curriculum,
                       const std::string& trainee, const std::string& lesson_id, const std::string& note);
// Revokes the live sign-off, and every live certificate of the trainee that lists the lesson (returns how
// many certificates were revoked). Refused when there is no live sign-off.
int revoke_sign_off(Gradebook& book, const ReviewActor& actor, const std::string& trainee,
                    const std::string& lesson_id);
std::vector<SignOff> sign_offs(const Gradebook& book, const std::string& trainee, bool include_revoked = false);

struct Certificate {
    int64_t id = 0;
    CertificateContents contents;  // as issued (the stored snapshot)
    std::string contents_json;     // the snapshot's text, exactly as stored
    std::optional<std::string> revoked_at;
    std::string revoked_by;
};

struct IssueResult {
    Certificate certificate;
    bool created = false;  // false: a live certificate for this curriculum existed and is returned unchanged
};

// Issues the certificate of `curriculum` to `trainee`: every curriculum lesson needs a live sign-off and
// must still be proficient on counted attempts; otherwise InputError listing the lessons missing.
IssueResult issue_certificate(Gradebook& book, const ReviewActor& actor, const Curriculum& curriculum,
                              const std::string& trainee);
std::optional<Certificate> find_certificate(const Gradebook& book, const std::string& serial);
void revoke_certificate(Gradebook& book, const ReviewActor& actor, const std::string& serial);

}  // namespace stipple
