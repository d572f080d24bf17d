// The HTML report: self-contained, charts per lesson attempted, names escaped, certificate when complete.
#include <catch2/catch.hpp>

#include "academy/html_report.hpp"
#include "academy_samples.hpp"

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
        Gradebook book = Gradebook::open((dir / "g.sqlite").string());
        book.add_trainee("ana", "spring");
        book.add_trainee("<b>bob</b>", "spring");
        book.add_trainee("cy");
        book.record_attempt(test::sample_record(samples, "ana", 0, false));
        book.record_attempt(test::sample_record(samples, "ana", 1, true));
        book.record_attempt(test::sample_record(samples, "ana", 2, true));
        book.record_attempt(test::sample_record(samples, "<b>bob</b>", 0, true));
        input.academy_home = book.academy_home();
        input.curriculum_title = curriculum.title;
        input.generated = "2026-11-24T12:00:00.000Z";
        for (const Trainee& t : book.trainees()) {
            AttemptFilter f;
            f.trainee = t.name;
            input.trainees.push_back({t, progress_for(book, curriculum, t.name), book.attempts(f)});
        }
    }
};

}  // namespace

TEST_CASE("the report is one self-contained page with a chart per trainee and lesson attempted") {
    Fixture f;
    const std::string html = html_report(f.input);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("</html>") != std::string::npos);
    for (const char* external : {"<script", "<link", "src=", "href=", "@import", "url("})
        CHECK(html.find(external) == std::string::npos);
    CHECK(count_of(html, "<svg class=\"score-chart\"") == 2);  // ana and bob attempted; cy did not
    CHECK(html.find("data-trainee=\"ana\" data-lesson=\"hairline-classic\"") != std::string::npos);
    CHECK(count_of(html, "class=\"series-total\"") == 2);
    CHECK(count_of(html, "class=\"series-spacing\"") == 2);
    CHECK(count_of(html, "class=\"series-depth\"") == 2);
    CHECK(count_of(html, "class=\"series-hairline\"") == 2);
    CHECK(html.find("No attempts recorded yet.") != std::string::npos);  // cy
    // ana's three attempts: the total line has three points, the first hollow (not passed)
    const size_t ana_chart = html.find("data-trainee=\"ana\"");
    const size_t ana_end = html.find("</svg>", ana_chart);
    CHECK(count_of(html.substr(ana_chart, ana_end - ana_chart), "total ") == 3);
    CHECK(count_of(html.substr(ana_chart, ana_end - ana_chart), "fill=\"#ffffff\"") == 1);
}

TEST_CASE("names are escaped, proficiency earns the certificate line, the cohort standing ranks everyone") {
    Fixture f;
    const std::string html = html_report(f.input);
    CHECK(html.find("<b>bob</b>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;bob&lt;/b&gt;") != std::string::npos);
    CHECK(count_of(html, "class=\"certificate\"") == 1);
    CHECK(html.find("Certificate: ana is proficient in every lesson of Hairlines") != std::string::npos);
    CHECK(html.find("<h3>Cohort spring</h3>") != std::string::npos);
    CHECK(html.find("<h3>No cohort</h3>") != std::string::npos);
    const size_t standing = html.find("<h2>Cohort standing</h2>");
    REQUIRE(standing != std::string::npos);
    CHECK(html.find("<td>1</td><td>ana</td><td>1</td><td>1</td>", standing) != std::string::npos);
    CHECK(html.find("<td>2</td><td>&lt;b&gt;bob&lt;/b&gt;</td><td>0</td><td>1</td>", standing) != std::string::npos);
}

TEST_CASE("a report on one trainee shows their section and their cohort's standing only") {
    Fixture f;
    f.input.focus = "<b>bob</b>";
    const std::string html = html_report(f.input);
    CHECK(count_of(html, "<section class=\"trainee\"") == 1);
    CHECK(html.find("data-trainee=\"ana\"") == std::string::npos);
    CHECK(html.find("class=\"certificate\"") == std::string::npos);
    CHECK(html.find("<h3>Cohort spring</h3>") != std::string::npos);
    CHECK(html.find("<h3>No cohort</h3>") == std::string::npos);
    CHECK(html.find("class=\"focus\"") != std::string::npos);
}
