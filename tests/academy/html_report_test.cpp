// The HTML report: summary first, lessons table, one folded section per trainee with a thumbnail per attempt
// (one circle per dot), charts only for lessons with 3+ counted attempts, why locked in words, names escaped,
// the standing only in reports on everyone, a report on one trainee names no one else, and the instructor's
// comments listed under their thumbnail (escaped, controls stripped) with numbered markers at their places.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

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
            TraineeReport r{t, progress_for(book, curriculum, t.name), book.attempts(f), {}, {}, {}};
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

namespace {

// The thumbnail's frame worked out here, apart from attempt_thumbnail.cpp: the box of the zone and the hairline,
// 4 mm around, made square around its centre.
ThumbnailFrame expected_frame(const Lesson& lesson) {
    std::vector<Point> pts = lesson.zone;
    if (lesson.hairline) pts.insert(pts.end(), lesson.hairline->curve.begin(), lesson.hairline->curve.end());
    double lx = 1e9, ly = 1e9, hx = -1e9, hy = -1e9;
    for (const Point& p : pts) {
        lx = std::min(lx, p.x), ly = std::min(ly, p.y), hx = std::max(hx, p.x), hy = std::max(hy, p.y);
    }
    const double w = hx - lx + 8, h = hy - ly + 8, side = std::max(w, h);
    return {lx - 4 - (side - w) / 2, ly - 4 - (side - h) / 2, side};
}

std::string one_decimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// The text between `from` and the next `to` after the first `anchor`.
std::string between(const std::string& text, const std::string& anchor, const std::string& from, const std::string& to) {
    const size_t a = text.find(anchor);
    if (a == std::string::npos) return "";
    const size_t b = text.find(from, a);
    if (b == std::string::npos) return "";
    return text.substr(b + from.size(), text.find(to, b + from.size()) - b - from.size());
}

}  // namespace

TEST_CASE("a located comment is a numbered marker at the thumbnail's transform of its place", "[review]") {
    const auto s = test::make_samples();
    const Point at{s.good.dots[3].x, s.good.dots[3].y};
    const std::string svg = attempt_thumbnail_svg(s.lesson, s.good.dots, "ana", {{2, at}});
    const ThumbnailFrame want = expected_frame(s.lesson);
    const ThumbnailFrame got = thumbnail_frame(s.lesson, s.good.dots);
    CHECK(got.x0_mm == Approx(want.x0_mm));
    CHECK(got.y0_mm == Approx(want.y0_mm));
    CHECK(got.side_mm == Approx(want.side_mm));
    CHECK(between(svg, "<svg", "viewBox=\"", "\"") == one_decimal(want.x0_mm) + " " + one_decimal(want.y0_mm) + " " +
                                                         one_decimal(want.side_mm) + " " + one_decimal(want.side_mm));
    // The marker sits at the place in the viewBox's mm; in the 120 px picture that is:
    const double px_x = (at.x - want.x0_mm) * kThumbnailPx / want.side_mm;
    const double px_y = (at.y - want.y0_mm) * kThumbnailPx / want.side_mm;
    INFO("marker at " << px_x << ", " << px_y << " px");
    CHECK(px_x > 0);
    CHECK(px_x < kThumbnailPx);
    CHECK(px_y > 0);
    CHECK(px_y < kThumbnailPx);
    CHECK(count_of(svg, "class=\"comment-marker\"") == 1);
    CHECK(between(svg, "data-comment=\"2\"", "cx=\"", "\"") == one_decimal(at.x));
    CHECK(between(svg, "data-comment=\"2\"", "cy=\"", "\"") == one_decimal(at.y));
    CHECK(between(svg, "data-comment=\"2\"", "<text", "</text>").ends_with(">2"));
    // Its radius is 6.5 px whatever the zone's size.
    CHECK(between(svg, "data-comment=\"2\"", " r=\"", "\"") == one_decimal(want.side_mm * 6.5 / kThumbnailPx));
    CHECK(svg.find("comment mark") == std::string::npos);
    const std::string off = attempt_thumbnail_svg(s.lesson, s.good.dots, "ana", {{1, {want.x0_mm - 5, at.y}}});
    CHECK(off.find(", 1 comment mark outside it") != std::string::npos);
}

TEST_CASE("comments are listed under the thumbnail: numbered, author and day, escaped, controls stripped") {
    Fixture f;
    const auto it = std::find_if(f.input.trainees.begin(), f.input.trainees.end(),
                                 [](const TraineeReport& r) { return r.trainee.name == "ana"; });
    REQUIRE(it != f.input.trainees.end());
    TraineeReport& ana = *it;
    const int64_t attempt = ana.attempts[1].id;
    ana.comments[attempt] = {
        Comment{1, attempt, "staff/1", "Marta <Ruiz>", "2026-11-20T09:15:00.000Z", Point{1, 2}, "Too <b>deep</b> here:\nlighten\x07 the hand."},
        Comment{2, attempt, "staff/1", "Marta <Ruiz>", "2026-11-21T10:00:00.000Z", std::nullopt, "Good\x1b[2J spacing & rhythm."}};
    const std::string html = html_report(f.input);
    CHECK(count_of(html, "<ol class=\"comments\">") == 1);
    const std::string row = between(html, "data-attempt=\"" + std::to_string(attempt) + "\"", "", "</tr>");
    CHECK(row.find("<ol class=\"comments\">") != std::string::npos);
    CHECK(row.find("<li value=\"1\" data-comment=\"1\"><span class=\"who\">Marta &lt;Ruiz&gt;</span>, 2026-11-20, at "
                   "1.0, 2.0 mm: <span class=\"body\">Too &lt;b&gt;deep&lt;/b&gt; here:<br>lighten the hand.</span></li>") !=
          std::string::npos);
    CHECK(row.find("<li value=\"2\" data-comment=\"2\"><span class=\"who\">Marta &lt;Ruiz&gt;</span>, 2026-11-21: "
                   "<span class=\"body\">Good[2J spacing &amp; rhythm.</span></li>") != std::string::npos);
    CHECK(html.find("<b>deep") == std::string::npos);
    CHECK(html.find('\x07') == std::string::npos);
    CHECK(html.find('\x1b') == std::string::npos);
}

TEST_CASE("gather_report shows each trainee's comments on their own thumbnails; bob's report has none of ana's",
          "[review]") {
    const auto samples = test::make_samples();
    test::TestGradebook where(GENERATE(from_range(test::backends())));
    Gradebook book = where.open();
    book.add_trainee("ana", "spring");
    book.add_trainee("bob", "spring");
    std::map<std::string, int64_t> attempt;
    for (auto [name, n] : {std::pair{"ana", 0}, {"bob", 1}}) {
        RecordInput in = test::sample_record(samples, name, n, true);
        in.verdict = {Verification::App, ""};
        attempt[name] = book.record_attempt(in);
    }
    const ReviewActor marta{"staff/1", "Marta"};
    const Point at{samples.good.dots[3].x, samples.good.dots[3].y};
    add_comment(book, marta, attempt["ana"], std::nullopt, "ANA-ONE overall fine");
    add_comment(book, marta, attempt["ana"], at, "ANA-TWO too deep <here>");
    add_comment(book, marta, attempt["bob"], std::nullopt, "BOB-ONE keep going");
    // An edited row: a control character the app would have refused.
    SqlStatement edit = book.sql().query("UPDATE comments SET body = ?1 WHERE body = ?2");
    edit.bind(1, std::string("BOB-ONE keep\x07 going"));
    edit.bind(2, std::string("BOB-ONE keep going"));
    edit.run();

    Curriculum c;
    c.title = "Hairlines";
    c.lessons.push_back(CurriculumEntry{"hairline-classic.json", {}, samples.lesson});
    ReportRequest request;
    request.generated = "2026-11-24T12:00:00.000Z";

    const std::string everyone = html_report(gather_report(book, c, request));
    CHECK(count_of(everyone, "<ol class=\"comments\">") == 2);
    CHECK(count_of(everyone, "class=\"comment-marker\"") == 1);
    // ANA-TWO is second in her list, and marker 2 on her thumbnail, at its place.
    CHECK(between(everyone, "data-attempt=\"" + std::to_string(attempt["ana"]) + "\"", "data-comment=\"2\"><circle cx=\"",
                  "\"") == one_decimal(at.x));
    CHECK(everyone.find("data-comment=\"2\"><span class=\"who\">Marta</span>") <
          everyone.find("ANA-TWO too deep &lt;here&gt;"));
    CHECK(everyone.find("BOB-ONE keep going") != std::string::npos);
    CHECK(everyone.find('\x07') == std::string::npos);

    request.trainee = "bob";
    const ReportInput bob = gather_report(book, c, request);
    REQUIRE(bob.trainees.size() == 1);
    CHECK(bob.trainees[0].comments.size() == 1);
    const std::string html = html_report(bob);
    CHECK(html.find("BOB-ONE keep going") != std::string::npos);
    CHECK(html.find("ANA") == std::string::npos);
    CHECK(html.find("comment-marker") == std::string::npos);

    request.trainee = "ana";
    const std::string ana = html_report(gather_report(book, c, request));
    CHECK(count_of(ana, "<li value=") == 2);
    CHECK(count_of(ana, "class=\"comment-marker\"") == 1);
    CHECK(ana.find("BOB") == std::string::npos);
}
