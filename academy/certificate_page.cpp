// The certificate snapshot (JSON) and its print-ready page (see certificate_page.hpp).
#include "academy/certificate_page.hpp"
#include "academy/number_text.hpp"

#include <cstdio>

#include "academy/html_report.hpp"
#include "academy/text_safety.hpp"
#include "scoring/json_reader.hpp"

namespace stipple {

using nlohmann::ordered_json;

ordered_json certificate_to_json(const CertificateContents& c) {
    ordered_json j;
    j["format"] = "stipple-certificate/1";
    j["serial"] = c.serial;
    j["academy_home"] = c.academy_home;
    j["trainee"] = c.trainee;
    j["trainee_uid"] = c.trainee_uid;
    j["curriculum_title"] = c.curriculum_title;
    j["lessons"] = ordered_json::array();
    for (const CertificateLesson& l : c.lessons)
        j["lessons"].push_back({{"lesson_id", l.lesson_id},
                                {"title", l.title},
                                {"passed_on", l.passed_on},
                                {"best_score", l.best_score},
                                {"signed_by", l.signed_by},
                                {"signed_on", l.signed_on}});
    j["issued_by"] = c.issued_by;
    j["issued_at"] = c.issued_at;
    return j;
}

CertificateContents certificate_from_json(const nlohmann::json& j, const std::string& source) {
    const JsonReader r(source);
    r.expect_object(j, "");
    if (r.string(r.require(j, "", "format"), "/format") != "stipple-certificate/1")
        r.fail(ErrorCode::wrong_format, "/format", "expected \"stipple-certificate/1\"");
    const auto text = [&](const nlohmann::json& parent, const std::string& pointer, const char* key) {
        return r.string(r.require(parent, pointer, key), child_pointer(pointer, key), kMaxTextChars);
    };
    CertificateContents c;
    c.serial = text(j, "", "serial");
    c.academy_home = text(j, "", "academy_home");
    c.trainee = text(j, "", "trainee");
    c.trainee_uid = text(j, "", "trainee_uid");
    c.curriculum_title = text(j, "", "curriculum_title");
    const nlohmann::json& lessons = r.require(j, "", "lessons");
    r.expect_array(lessons, "/lessons", "lessons", kMaxCurriculumLessons);
    for (size_t i = 0; i < lessons.size(); ++i) {
        const std::string p = child_pointer("/lessons", i);
        r.expect_object(lessons[i], p);
        CertificateLesson l;
        l.lesson_id = text(lessons[i], p, "lesson_id");
        l.title = text(lessons[i], p, "title");
        l.passed_on = text(lessons[i], p, "passed_on");
        l.best_score = r.number(r.require(lessons[i], p, "best_score"), p + "/best_score");
        l.signed_by = text(lessons[i], p, "signed_by");
        l.signed_on = text(lessons[i], p, "signed_on");
        c.lessons.push_back(l);
    }
    c.issued_by = text(j, "", "issued_by");
    c.issued_at = text(j, "", "issued_at");
    return c;
}

namespace {

// Text for the page: valid UTF-8, no control characters, HTML-escaped.
std::string page_text(const std::string& text) { return html_escape(printable_text(text)); }

// "2026-11-24T09:05:00.000Z" -> "2026-11-24" (the page shows days; the snapshot keeps the times).
std::string day_of(const std::string& iso) { return page_text(iso.substr(0, 10)); }

std::string score_text(double score) { return one_decimal(score); }

}  // namespace

std::string certificate_page_html(const CertificateContents& c, const std::optional<std::string>& revoked_at) {
    // Rows shrink with the number of lessons so that the certificate stays on one sheet up to 30 lessons
    // (measured with Chromium's print to PDF); a longer curriculum continues on a second sheet, never cut.
    const size_t n = c.lessons.size();
    const std::string rows = n <= 16 ? "font-size:10.5pt}\nth,td{padding:.6mm 2mm}"
                             : n <= 20 ? "font-size:8.5pt}\nth,td{padding:.6mm 2mm}"
                                       : "font-size:6.5pt;line-height:1.1}\nth,td{padding:.2mm 2mm}";
    std::string h =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Certificate: " +
        page_text(c.trainee) + "</title>\n<style>\n"
        "@page { size: A4 landscape; margin: 15mm }\n"
        "html,body{margin:0;padding:0}\n"
        "body{font-family:Georgia,'DejaVu Serif',serif;color:#222;-webkit-print-color-adjust:exact;"
        "print-color-adjust:exact}\n"
        ".sheet{box-sizing:border-box;width:267mm;min-height:178mm;border:3px double #7a6020;"
        "padding:8mm 12mm;page-break-inside:avoid;break-inside:avoid}\n"
        "h1{font-size:26pt;text-align:center;margin:0 0 2mm;letter-spacing:.06em}\n"
        ".academy,.meta{text-align:center;font-size:10pt;color:#555;margin:0 0 2mm}\n"
        ".trainee{text-align:center;font-size:22pt;font-weight:bold;margin:3mm 0 1mm}\n"
        ".curriculum{text-align:center;font-size:12pt;margin:0 0 4mm}\n"
        "table{border-collapse:collapse;width:100%;" + rows + "\n"
        "th,td{border-bottom:1px solid #ccc;text-align:left}\n"
        "th{font-family:system-ui,sans-serif;font-size:8pt;text-transform:uppercase;color:#555}\n"
        "td.score{text-align:right}\n"
        ".issued{margin-top:4mm;font-size:10pt}\n"
        ".serial{font-family:'DejaVu Sans Mono',monospace;font-size:8.5pt;color:#444;margin-top:2mm}\n"
        ".revoked{color:#b00020;border:2px solid #b00020;text-align:center;font:bold 16pt system-ui,sans-serif;"
        "margin:0 0 3mm;padding:1mm}\n"
        "</style>\n</head>\n<body>\n<div class=\"sheet\">\n";
    if (revoked_at) h += "<p class=\"revoked\">REVOKED on " + day_of(*revoked_at) + "</p>\n";
    h += "<h1>Certificate of proficiency</h1>\n<p class=\"academy\">" + page_text(c.academy_home) + "</p>\n" +
         "<p class=\"meta\">This certifies that</p>\n<p class=\"trainee\">" + page_text(c.trainee) + "</p>\n" +
         "<p class=\"curriculum\">has completed <strong>" + page_text(c.curriculum_title) +
         "</strong>, every lesson proficient and signed off by an instructor:</p>\n"
         "<table>\n<thead><tr><th>Lesson</th><th>Passed on</th><th>Best score</th><th>Signed off by</th>"
         "<th>Signed on</th></tr></thead>\n<tbody>\n";
    for (const CertificateLesson& l : c.lessons)
        h += "<tr data-lesson=\"" + page_text(l.lesson_id) + "\"><td>" + page_text(l.title) + "</td><td>" +
             day_of(l.passed_on) + "</td><td class=\"score\">" + score_text(l.best_score) + "</td><td>" +
             page_text(l.signed_by) + "</td><td>" + day_of(l.signed_on) + "</td></tr>\n";
    h += "</tbody>\n</table>\n<p class=\"issued\">Issued by " + page_text(c.issued_by) + " on " +
         day_of(c.issued_at) + "</p>\n<p class=\"serial\">Serial " + page_text(c.serial) +
         " &middot; verify: stipple academy certificate verify " + page_text(c.serial) + "</p>\n</div>\n</body>\n</html>\n";
    return h;
}

}  // namespace stipple
