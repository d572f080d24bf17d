// Instructor review: comments located on the scalp, sign-off only when proficient on counted attempts,
// certificates only with every lesson signed off (snapshot, serial, revocation), and the certificate page.
#include <catch2/catch.hpp>

#include <cmath>
#include <functional>

#include "academy/certificate_page.hpp"
#include "academy/review_store.hpp"
#include "academy/uuid.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;

namespace {

const ReviewActor kInstructor{"staff/1", "Marta Ruiz"};

// Attempt `n` of `trainee` (distinct work: sample_record moves a dot by n and the name), counted (made by the
// app) unless `verification` says otherwise.
RecordInput counted(const test::AcademySamples& s, const std::string& trainee, int n, bool pass,
                    Verification verification = Verification::App) {
    RecordInput in = test::sample_record(s, trainee, n, pass);
    in.verdict.verification = verification;
    return in;
}

// A one-lesson curriculum (the samples' lesson) needing two passes in a row.
Curriculum one_lesson(const test::AcademySamples& s) {
    Curriculum c;
    c.title = "Hairline basics";
    c.proficiency.consecutive_passes = 2;
    c.lessons.push_back({"hairline-classic.json", {}, s.lesson});
    return c;
}


}  // namespace

TEST_CASE("a comment located on the scalp round-trips; bad text and places are refused", "[review]") {
    const auto s = test::make_samples();
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO("backend " << backend);
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    book.add_trainee("ana");
    const int64_t id = book.record_attempt(counted(s, "ana", 0, true));
    const Point at{s.good.dots[3].x, s.good.dots[3].y};  // on a dot of the work
    const Comment c = add_comment(book, kInstructor, id, at, "Too deep here:\nlighten the hand.");
    add_comment(book, kInstructor, id, std::nullopt, "Good spacing overall.");
    const std::vector<Comment> all = comments_for(book, id);
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == c.id);
    REQUIRE(all[0].at_mm);
    CHECK(all[0].at_mm->x == at.x);
    CHECK(all[0].at_mm->y == at.y);
    CHECK(all[0].body == "Too deep here:\nlighten the hand.");
    CHECK(all[0].author == "staff/1");
    CHECK(all[0].author_name == "Marta Ruiz");
    CHECK(parse_iso8601(all[0].created));
    CHECK_FALSE(all[1].at_mm);
    CHECK(comments_for_trainee(book, "ana").size() == 2);

    CHECK_THAT(test::error_of([&] { add_comment(book, kInstructor, id, Point{5000, 0}, "far away"); }),
               Catch::Matchers::Contains("outside the work"));
    CHECK_THAT(test::error_of([&] { add_comment(book, kInstructor, id, Point{std::nan(""), 0}, "x"); }),
               Catch::Matchers::Contains("finite"));
    CHECK_THAT(test::error_of([&] { add_comment(book, kInstructor, id, std::nullopt, ""); }),
               Catch::Matchers::Contains("1 to 2000 bytes"));
    CHECK_THAT(test::error_of([&] { add_comment(book, kInstructor, id, std::nullopt, std::string(2001, 'a')); }),
               Catch::Matchers::Contains("1 to 2000 bytes"));
    CHECK(test::error_of([&] { add_comment(book, kInstructor, id, std::nullopt, std::string(2000, 'a')); }) == "");
    CHECK_THAT(test::error_of([&] { add_comment(book, kInstructor, id, std::nullopt, "bell\x07"); }),
               Catch::Matchers::Contains("control characters"));
    CHECK_THAT(test::error_of([&] { add_comment(book, kInstructor, id, std::nullopt, "bad \xFF"); }),
               Catch::Matchers::Contains("valid UTF-8"));
    CHECK_THAT(test::error_of([&] { add_comment(book, kInstructor, 999, std::nullopt, "who?"); }),
               Catch::Matchers::Contains("no attempt 999"));
    CHECK(comments_for(book, id).size() == 3);
}

TEST_CASE("sign-off needs proficiency on counted attempts and stores what it rests on", "[review]") {
    const auto s = test::make_samples();
    const Curriculum curriculum = one_lesson(s);
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO("backend " << backend);
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    book.add_trainee("ana");
    book.add_trainee("bo");
    // ana: a pass, a fail, then two unverified passes (demo files): not proficient on counted attempts.
    book.record_attempt(counted(s, "ana", 0, true));
    book.record_attempt(counted(s, "ana", 1, false));
    book.record_attempt(counted(s, "ana", 2, true, Verification::Unverified));
    book.record_attempt(counted(s, "ana", 3, true, Verification::Unverified));
    CHECK_THAT(test::error_of([&] { sign_off(book, kInstructor, curriculum, "ana", "hairline-classic", ""); }),
               Catch::Matchers::Contains("not proficient in hairline-classic on counted attempts (2 counted"));
    CHECK(sign_offs(book, "ana").empty());
    // bo: two counted passes in a row.
    const int64_t b1 = book.record_attempt(counted(s, "bo", 0, true));
    const int64_t b2 = book.record_attempt(counted(s, "bo", 1, true));
    const SignOffResult r = sign_off(book, kInstructor, curriculum, "bo", "hairline-classic", "steady hand");
    CHECK(r.created);
    CHECK(r.sign_off.basis == std::vector<int64_t>{b1, b2});
    CHECK(r.sign_off.signed_by == "staff/1");
    CHECK(sign_off(book, kInstructor, curriculum, "bo", "hairline-classic", "").created == false);
    REQUIRE(sign_offs(book, "bo").size() == 1);
    CHECK(sign_offs(book, "bo")[0].note == "steady hand");
    CHECK_THAT(test::error_of([&] { sign_off(book, kInstructor, curriculum, "bo", "crown-fill", ""); }),
               Catch::Matchers::Contains("not in the curriculum"));
    CHECK_THAT(test::error_of([&] { sign_off(book, kInstructor, curriculum, "zed", "hairline-classic", ""); }),
               Catch::Matchers::Contains("no trainee named \"zed\""));
}

TEST_CASE("certificates: every lesson signed off, a stored snapshot with a serial, revocable", "[review]") {
    const auto s = test::make_samples();
    Curriculum curriculum = one_lesson(s);
    const std::string backend = GENERATE(from_range(test::backends()));
    INFO("backend " << backend);
    test::TestGradebook where(backend);
    Gradebook book = where.open();
    book.add_trainee("bo", "spring");
    book.record_attempt(counted(s, "bo", 0, true));
    book.record_attempt(counted(s, "bo", 1, true));

    SECTION("a lesson not signed off is refused") {
        CHECK_THAT(test::error_of([&] { issue_certificate(book, kInstructor, curriculum, "bo"); }),
                   Catch::Matchers::Contains("not signed off: hairline-classic"));
    }
    SECTION("issued once, the snapshot never changes, revoking the sign-off revokes it") {
        sign_off(book, kInstructor, curriculum, "bo", "hairline-classic", "");
        const IssueResult first = issue_certificate(book, kInstructor, curriculum, "bo");
        CHECK(first.created);
        const CertificateContents& c = first.certificate.contents;
        CHECK(c.serial == name_based_uuid(book.database_id(), "certificate/" + std::to_string(first.certificate.id)));
        CHECK(c.trainee == "bo");
        CHECK(c.trainee_uid == book.find_trainee("bo")->uid);
        CHECK(c.curriculum_title == "Hairline basics");
        REQUIRE(c.lessons.size() == 1);
        CHECK(c.lessons[0].lesson_id == "hairline-classic");
        CHECK(c.lessons[0].signed_by == "Marta Ruiz");
        CHECK(c.lessons[0].best_score == Approx(s.good_report.total).margin(0.05));
        CHECK(c.lessons[0].passed_on == "2026-11-24T09:06:00.000Z");  // the second pass: 09:01 + 5 min
        CHECK(c.issued_by == "Marta Ruiz");
        // The same certificate again, byte for byte, even after a rename.
        book.rename_trainee("bo", "Bo Chen");
        const IssueResult again = issue_certificate(book, kInstructor, curriculum, "Bo Chen");
        CHECK_FALSE(again.created);
        CHECK(again.certificate.contents_json == first.certificate.contents_json);
        const auto found = find_certificate(book, c.serial);
        REQUIRE(found);
        CHECK(found->contents_json == first.certificate.contents_json);
        CHECK_FALSE(found->revoked_at);
        CHECK_FALSE(find_certificate(book, "00000000-0000-8000-8000-000000000000"));

        CHECK(revoke_sign_off(book, kInstructor, "Bo Chen", "hairline-classic") == 1);
        CHECK(find_certificate(book, c.serial)->revoked_at);
        CHECK_THAT(test::error_of([&] { issue_certificate(book, kInstructor, curriculum, "Bo Chen"); }),
                   Catch::Matchers::Contains("not signed off: hairline-classic"));
        CHECK_THAT(test::error_of([&] { revoke_sign_off(book, kInstructor, "Bo Chen", "hairline-classic"); }),
                   Catch::Matchers::Contains("no live sign-off"));
        // Signed off again: a new certificate with a new serial.
        sign_off(book, kInstructor, curriculum, "Bo Chen", "hairline-classic", "");
        const IssueResult second = issue_certificate(book, kInstructor, curriculum, "Bo Chen");
        CHECK(second.created);
        CHECK(second.certificate.contents.serial != c.serial);
        CHECK(second.certificate.contents.trainee == "Bo Chen");
        revoke_certificate(book, kInstructor, second.certificate.contents.serial);
        CHECK(find_certificate(book, second.certificate.contents.serial)->revoked_at);
        CHECK_THAT(test::error_of([&] { revoke_certificate(book, kInstructor, second.certificate.contents.serial); }),
                   Catch::Matchers::Contains("was revoked on"));
    }
}

TEST_CASE("the certificate page: one A4 sheet, escaped, no scripts or links, revoked ones say so", "[review]") {
    CertificateContents c;
    c.serial = "0195e0a1-0000-8000-8000-000000000001";
    c.academy_home = "https://academy.example.org";
    c.trainee = "Bo <Chen> & \"co\"\x07";
    c.trainee_uid = "uid-1";
    c.curriculum_title = "Hairline basics";
    c.lessons.push_back({"hairline-classic", "Classic <hairline>", "2026-11-24T09:06:00.000Z", 91.25, "Marta", "2026-11-25T10:00:00.000Z"});
    c.issued_by = "Marta";
    c.issued_at = "2026-11-26T08:00:00.000Z";
    const std::string page = certificate_page_html(c);
    CHECK(page.find("@page { size: A4 landscape; margin: 15mm }") != std::string::npos);
    CHECK(page.find("Bo &lt;Chen&gt; &amp; &quot;co&quot;<") != std::string::npos);  // escaped, bell stripped
    CHECK(page.find("Classic &lt;hairline&gt;") != std::string::npos);
    CHECK(page.find("<td>2026-11-24</td><td class=\"score\">91.2</td><td>Marta</td><td>2026-11-25</td>") !=
          std::string::npos);
    CHECK(page.find("verify: stipple academy certificate verify " + c.serial) != std::string::npos);
    for (const char* banned : {"<script", "<a ", "href=", "src=", "<link", "@import"})
        CHECK(page.find(banned) == std::string::npos);
    CHECK(page.find("REVOKED") == std::string::npos);
    CHECK(certificate_page_html(c, std::string("2026-12-01T00:00:00.000Z")).find("REVOKED on 2026-12-01") !=
          std::string::npos);
    // The snapshot reads back as written, and a damaged one is refused naming the field.
    const nlohmann::json j = nlohmann::json::parse(certificate_to_json(c).dump());
    CHECK(certificate_to_json(certificate_from_json(j, "snap")).dump() == certificate_to_json(c).dump());
    nlohmann::json broken = j;
    broken["lessons"][0].erase("signed_by");
    CHECK_THAT(test::error_of([&] { certificate_from_json(broken, "snap"); }),
               Catch::Matchers::StartsWith("snap: /lessons/0/signed_by"));
}
