// The HTML report: summary first, lessons table, one folded section per trainee with a thumbnail per attempt
// (one circle per dot), charts only for lessons with 3+ counted attempts, why locked in words, names escaped,
// the standing only in reports on everyone, and a report on one trainee names no one else.
#include <catch2/catch.hpp>

#include "academy/attempt_thumbnail.hpp"
#include "academy/html_report.hpp"
#include "academy/report_gather.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;

namespace {

size_t count_of(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

struct Fixture {
    test::AcademySamples samples = test::make_samples();
    test::ScratchDir dir;
    Curriculum curriculum;
    ReportInput input;

    Fixture() {
        curriculum.title = "Hairlines";
        curriculum.proficiency.consecutive_passes = 2;
        curriculum.lessons.push_back(CurriculumEntry{"hairline-classic.json", {}, samples.lesson});
        curriculum.lessons.push_back(
            CurriculumEntry{"hairline-mature.json", {"hairline-classic"}, test::shipped_lesson("hairline-mature")});
        Gradebook book = Gradebook::open((dir / "g.sqlite").string());
        book.add_trainee("ana", "spring");
        book.add_trainee("<b>bob</b>", "spring");
        book.add_trainee("cy");
        for (auto [name, n, pass] : {std::tuple{"ana", 0, false}, {"ana", 1, true}, {"ana", 2, true}, {"<b>bob</b>", 0, true}}) {
            RecordInput in = test::sample_record(samples, name, n, pass);
            in.verdict = {Verification::App, ""};
            book.record_attempt(in);
        }
        input.academy_home = book.academy_home();
        input.curriculum_title = curriculum.title;
        input.generated = "2026-11-24T12:00:00.000Z";
        std::vector<AttemptRecord> all;
        for (const Trainee& t : book.trainees()) {
            AttemptFilter f;
            f.trainee = t.name;
            f.with_documents = true;
            TraineeReport r{t, progress_for(book, curriculum, t.name), book.attempts(f), {}};
            for (const AttemptRecord& a : r.attempts) {
                r.thumbnails[a.id] = attempt_thumbnail_svg(samples.lesson, *dots_of_attempt_json(a.attempt_json), t.name);
                all.push_back(a);
            }
            input.trainees.push_back(std::move(r));
        }
        input.summary = summarize_attempts(all, 0, curriculum, "", "all dates");
    }
};

}  // namespace

TEST_CASE("the report is one self-contained page: summary, lessons, then one section per trainee") {
    Fixture f;
    const std::string html = html_report(f.input);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("</html>") != std::string::npos);
    for (const char* external : {"<script", "<link", "src=", "href=", "@import", "url("})
        CHECK(html.find(external) == std::string::npos);
    const size_t summary = html.find("<section class=\"summary\">");
    const size_t lessons = html.find("<table class=\"lesson-stats\">");
    const size_t first_trainee = html.find("<details class=\"trainee\"");
    REQUIRE(summary != std::string::npos);
    CHECK(summary < lessons);
    CHECK(lessons < first_trainee);
    CHECK(count_of(html, "<details class=\"trainee\"") == 3);
    CHECK(html.find("<dt>Active trainees</dt><dd>2</dd>") != std::string::npos);
    CHECK(html.find("<dt>Attempts counted</dt><dd>4</dd>") != std::string::npos);
    CHECK(html.find("<dt>Failed</dt><dd>1</dd>") != std::string::npos);
    // hairline-classic: 4 attempts by 2 trainees, ana failed her first, bob passed his: 50 % first time, 75 % overall
    CHECK(html.find("<td>4</td><td>2</td><td>50&nbsp;%</td><td>75&nbsp;%</td>") != std::string::npos);
    // The failed attempt's critical error heads the faults, 1 of 1 failed attempts.
    CHECK(html.find("<tr data-fault=\"blowout\"><td>blow-out (dots too deep)</td><td>1</td><td>100&nbsp;%</td></tr>") !=
          std::string::npos);
}

TEST_CASE("a thumbnail per attempt with one circle per dot; charts only for 3+ counted attempts") {
    Fixture f;
    const std::string html = html_report(f.input);
    CHECK(count_of(html, "<svg class=\"thumb\"") == 4);
    const size_t good_dots = f.samples.good.dots.size(), bad_dots = f.samples.bad.dots.size();
    size_t thumb_circles = 0;
    for (size_t at = html.find("<svg class=\"thumb\""); at != std::string::npos; at = html.find("<svg class=\"thumb\"", at + 1))
        thumb_circles += count_of(html.substr(at, html.find("</svg>", at) - at), "<circle ");
    CHECK(thumb_circles == 3 * good_dots + bad_dots);
    CHECK(count_of(html, "<svg class=\"score-chart\"") == 1);  // ana's 3 attempts; bob's single one has none
    CHECK(html.find("data-trainee=\"ana\" data-lesson=\"hairline-classic\"") != std::string::npos);
    CHECK(html.find("No attempts recorded yet.") != std::string::npos);  // cy
}

TEST_CASE("names are escaped, why locked is in words, proficiency earns the certificate line, the standing ranks all") {
    Fixture f;
    const std::string html = html_report(f.input);
    CHECK(html.find("<b>bob</b>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;bob&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<td class=\"why\">needs &#39;" + f.samples.lesson.title +
                    "&#39; proficient (1 of 2 passes in a row so far)</td>") != std::string::npos);  // bob
    CHECK(count_of(html, "class=\"certificate\"") == 0);  // nobody has both lessons
    CHECK(html.find("<h3>Cohort spring</h3>") != std::string::npos);
    CHECK(html.find("<h3>No cohort</h3>") != std::string::npos);
    const size_t standing = html.find("<h2>Cohort standing</h2>");
    REQUIRE(standing != std::string::npos);
    CHECK(html.find("<td>1</td><td>ana</td><td>1</td><td>1</td>", standing) != std::string::npos);
    CHECK(html.find("<td>2</td><td>&lt;b&gt;bob&lt;/b&gt;</td><td>0</td><td>1</td>", standing) != std::string::npos);

    for (TraineeReport& r : f.input.trainees)
        if (r.trainee.name == "ana") r.progress.pop_back();  // without the second lesson: her curriculum is complete
    const std::string one_lesson = html_report(f.input);
    CHECK(one_lesson.find("Certificate: ana is proficient in every lesson of Hairlines") != std::string::npos);
}

TEST_CASE("a report on one trainee names no one else: no classmates, no standing") {
    Fixture f;
    f.input.focus = "ana";
    // What the report command passes: only ana, and a summary over her attempts only.
    std::erase_if(f.input.trainees, [](const TraineeReport& r) { return r.trainee.name != "ana"; });
    f.input.summary = summarize_attempts(f.input.trainees[0].attempts, 0, f.curriculum, "spring", "all dates");
    const std::string html = html_report(f.input);
    CHECK(count_of(html, "<details class=\"trainee\"") == 1);
    CHECK(html.find("<details class=\"trainee\" id=\"trainee-1\" open>") != std::string::npos);
    for (const char* other : {"bob", "cy<", ">cy", "Cohort standing", "Active trainees", "class=\"standing\""})
        CHECK(html.find(other) == std::string::npos);
    // Defensive: handed everyone, a focused page still shows only the focus.
    Fixture g;
    g.input.focus = "ana";
    const std::string handed_all = html_report(g.input);
    CHECK(handed_all.find("bob") == std::string::npos);
    CHECK(handed_all.find("Cohort standing") == std::string::npos);
}

TEST_CASE("an attempt that does not count shows greyed with its reason and counts nowhere") {
    Fixture f;
    for (TraineeReport& r : f.input.trainees)
        if (r.trainee.name == "<b>bob</b>") {
            r.attempts[0].verification = Verification::Unverified;
            r.attempts[0].verification_note = "made by stipple demo";
            r.progress = progress_from_attempts(r.attempts, f.curriculum);
            CHECK(r.progress[0].attempt_count == 0);
            CHECK(r.progress[0].state == LessonState::Open);
        }
    const std::string html = html_report(f.input);
    CHECK(count_of(html, "<tr class=\"attempt not-counted\"") == 1);
    CHECK(html.find("<td>not counted: made by stipple demo</td>") != std::string::npos);
    CHECK(html.find("0 of 2 proficient &middot; 0 attempts counted, 1 not") != std::string::npos);
}

TEST_CASE("gather_report on one trainee reads no one else: the page holds no other name, on every backend") {
    const auto samples = test::make_samples();
    test::TestGradebook where(GENERATE(from_range(test::backends())));
    Gradebook book = where.open();
    book.add_trainee("ana", "spring");
    book.add_trainee("Zed Classmate", "spring");
    for (auto [name, n] : {std::pair{"ana", 0}, {"ana", 1}, {"Zed Classmate", 2}}) {
        RecordInput in = test::sample_record(samples, name, n, true);
        in.verdict = {Verification::App, ""};
        book.record_attempt(in);
    }
    Curriculum c;
    c.title = "Hairlines";
    c.lessons.push_back(CurriculumEntry{"hairline-classic.json", {}, samples.lesson});
    ReportRequest request;
    request.trainee = "ana";
    request.generated = "2026-11-24T12:00:00.000Z";
    const ReportInput in = gather_report(book, c, request);
    REQUIRE(in.trainees.size() == 1);
    CHECK(in.summary.counted_attempts == 2);
    CHECK(in.trainees[0].thumbnails.size() == 2);
    const std::string html = html_report(in);
    CHECK(html.find("Zed") == std::string::npos);
    CHECK(html.find("Classmate") == std::string::npos);
    CHECK(html.find("Cohort standing") == std::string::npos);
    request.trainee = "nobody";
    CHECK_THROWS_AS(gather_report(book, c, request), InputError);
    request.trainee.reset();
    CHECK(gather_report(book, c, request).trainees.size() == 2);
}
