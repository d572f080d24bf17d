// Rendering the academy report as HTML with inline SVG line charts.
#include "academy/html_report.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "academy/text_safety.hpp"

namespace stipple {

namespace {

std::string fmt(double v, const char* pattern = "%.1f") {
    char buf[32];
    std::snprintf(buf, sizeof buf, pattern, v);
    return buf;
}

std::string score_text(const std::optional<double>& v) { return v ? fmt(*v) : "&ndash;"; }

std::string date_of(const AttemptRecord& a) {
    const std::string& t = !a.started.empty() ? a.started : a.recorded;
    return t.substr(0, 10);
}

struct Series {
    const char* name;
    const char* color;
    std::vector<std::optional<double>> values;
};

// One line chart: x = attempt number in time order, y = 0..100.
std::string score_chart(const std::string& trainee, const std::string& lesson_id, const std::string& lesson_title,
                        const std::vector<const AttemptRecord*>& attempts, double pass_score) {
    constexpr double kW = 560, kH = 200, kLeft = 36, kRight = 12, kTop = 12, kBottom = 28;
    const double plot_w = kW - kLeft - kRight, plot_h = kH - kTop - kBottom;
    const size_t n = attempts.size();
    auto x_at = [&](size_t i) { return kLeft + (n <= 1 ? plot_w / 2 : plot_w * double(i) / double(n - 1)); };
    auto y_at = [&](double score) { return kTop + plot_h * (1.0 - std::clamp(score, 0.0, 100.0) / 100.0); };

    std::vector<Series> series{{"total", "#222222", {}}, {"spacing", "#1f6fb4", {}}, {"depth", "#d9730d", {}},
                               {"hairline", "#2e8b57", {}}};
    for (const AttemptRecord* a : attempts) {
        series[0].values.push_back(a->total);
        series[1].values.push_back(a->spacing_score);
        series[2].values.push_back(a->depth_score);
        series[3].values.push_back(a->hairline_score);
    }

    std::string svg = "<svg class=\"score-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fmt(kW, "%.0f") +
                      "\" height=\"" + fmt(kH, "%.0f") + "\" viewBox=\"0 0 " + fmt(kW, "%.0f") + " " +
                      fmt(kH, "%.0f") + "\" role=\"img\" data-trainee=\"" + html_escape(trainee) +
                      "\" data-lesson=\"" + html_escape(lesson_id) + "\" aria-label=\"Scores of " +
                      html_escape(trainee) + " in " + html_escape(lesson_title) + "\">\n";
    for (int g = 0; g <= 100; g += 25) {
        const std::string y = fmt(y_at(g));
        svg += "<line x1=\"" + fmt(kLeft) + "\" x2=\"" + fmt(kW - kRight) + "\" y1=\"" + y + "\" y2=\"" + y +
               "\" stroke=\"#e2e2e2\"/><text x=\"" + fmt(kLeft - 6) + "\" y=\"" + fmt(y_at(g) + 4) +
               "\" font-size=\"10\" text-anchor=\"end\" fill=\"#666\">" + std::to_string(g) + "</text>\n";
    }
    const std::string py = fmt(y_at(pass_score));
    svg += "<line class=\"pass-line\" x1=\"" + fmt(kLeft) + "\" x2=\"" + fmt(kW - kRight) + "\" y1=\"" + py +
           "\" y2=\"" + py + "\" stroke=\"#b00020\" stroke-dasharray=\"4 3\"><title>pass score " + fmt(pass_score) +
           "</title></line>\n";
    for (const Series& s : series) {
        std::string points;
        int count = 0;
        for (size_t i = 0; i < n; ++i)
            if (s.values[i]) {
                points += (count++ ? " " : "") + fmt(x_at(i)) + "," + fmt(y_at(*s.values[i]));
            }
        if (count == 0) continue;
        const bool total = std::string(s.name) == "total";
        svg += "<polyline class=\"series-" + std::string(s.name) + "\" fill=\"none\" stroke=\"" + s.color +
               "\" stroke-width=\"" + (total ? "2.5" : "1.5") + "\" points=\"" + points + "\"/>\n";
        for (size_t i = 0; i < n; ++i) {
            if (!s.values[i]) continue;
            const bool hollow = total && !attempts[i]->passed;
            svg += "<circle cx=\"" + fmt(x_at(i)) + "\" cy=\"" + fmt(y_at(*s.values[i])) + "\" r=\"" +
                   (total ? "3.5" : "2.5") + "\" fill=\"" + (hollow ? "#ffffff" : s.color) + "\" stroke=\"" + s.color +
                   "\"><title>" + s.name + " " + fmt(*s.values[i]) + ", attempt " + std::to_string(i + 1) + " (" +
                   date_of(*attempts[i]) + ")</title></circle>\n";
        }
    }
    if (n > 0) {
        svg += "<text x=\"" + fmt(kLeft) + "\" y=\"" + fmt(kH - 8) + "\" font-size=\"10\" fill=\"#666\">" +
               date_of(*attempts.front()) + "</text>\n";
        svg += "<text x=\"" + fmt(kW - kRight) + "\" y=\"" + fmt(kH - 8) +
               "\" font-size=\"10\" text-anchor=\"end\" fill=\"#666\">" + date_of(*attempts.back()) + " (" +
               std::to_string(n) + " attempt" + (n == 1 ? "" : "s") + ")</text>\n";
    }
    return svg + "</svg>\n";
}

struct Standing {
    const TraineeReport* report = nullptr;
    int proficient = 0;
    int passed = 0;
    std::optional<double> mean_best;
};

Standing standing_of(const TraineeReport& r) {
    Standing s;
    s.report = &r;
    double sum = 0;
    int with_best = 0;
    for (const LessonProgress& p : r.progress) {
        if (!p.in_curriculum) continue;
        if (p.state == LessonState::Proficient) ++s.proficient;
        if (p.state == LessonState::Proficient || p.state == LessonState::Passed) ++s.passed;
        if (p.best_total) {
            sum += *p.best_total;
            ++with_best;
        }
    }
    if (with_best) s.mean_best = sum / with_best;
    return s;
}

std::string percent(const std::optional<double>& share) {
    return share ? fmt(100.0 * *share, "%.0f") + "&nbsp;%" : "&ndash;";
}

std::string plural(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The summary: who and when the report covers, how many attempts, the most common faults.
std::string summary_section(const ReportInput& in) {
    const ReportSummary& s = in.summary;
    std::string h = "<section class=\"summary\">\n<h2>Summary</h2>\n<dl class=\"facts\">";
    h += "<dt>Cohort</dt><dd>" + (s.cohort.empty() ? std::string("all cohorts") : html_escape(s.cohort)) + "</dd>";
    h += "<dt>Dates</dt><dd>" + html_escape(s.range.empty() ? "all dates" : s.range) + "</dd>";
    if (!in.focus) h += "<dt>Active trainees</dt><dd>" + std::to_string(s.active_trainees) + "</dd>";
    h += "<dt>Attempts counted</dt><dd>" + std::to_string(s.counted_attempts) + "</dd>";
    h += "<dt>Not counted</dt><dd>" + std::to_string(s.unverified_attempts) + "</dd>";
    h += "<dt>Failed</dt><dd>" + std::to_string(s.failed_attempts) + "</dd></dl>\n";
    if (s.faults.empty()) {
        h += "<p class=\"faults empty\">No failed attempts.</p>\n";
    } else {
        h += "<h3>Most common faults</h3>\n<table class=\"faults\"><tr><th>Fault</th><th>Failed attempts</th>"
             "<th>Share</th></tr>\n";
        for (const FaultCount& f : s.faults)
            h += "<tr data-fault=\"" + html_escape(f.fault) + "\"><td>" + html_escape(fault_words(f.fault)) + "</td><td>" + std::to_string(f.count) + "</td><td>" +
                 percent(f.share) + "</td></tr>\n";
        h += "</table>\n";
    }
    return h + "</section>\n";
}

std::string lessons_section(const ReportSummary& s) {
    std::string h = "<section class=\"lessons-summary\">\n<h2>Lessons</h2>\n<table class=\"lesson-stats\"><tr>"
                    "<th>Lesson</th><th>Attempts</th><th>Trainees</th><th>First-attempt pass</th><th>Pass rate</th>"
                    "<th>Median best</th><th>Weakest</th></tr>\n";
    for (const LessonSummary& l : s.lessons) {
        h += "<tr data-lesson=\"" + html_escape(l.lesson_id) + "\"><td>" + html_escape(l.title) + " <small>" +
             html_escape(l.lesson_id) + (l.in_curriculum ? "" : " &middot; not in the curriculum") + "</small></td><td>" +
             std::to_string(l.attempts) + "</td><td>" + std::to_string(l.trainees) + "</td><td>" +
             percent(l.first_attempt_pass_rate) + "</td><td>" + percent(l.pass_rate) + "</td><td>" +
             score_text(l.median_best) + "</td><td>" +
             (l.weakest_component.empty() ? "&ndash;" : l.weakest_component + " (" + score_text(l.weakest_mean) + ")") +
             "</td></tr>\n";
    }
    return h + "</table>\n</section>\n";
}

// The comments under a thumbnail, numbered as their markers: who, which day (UTC), where, and the text as
// written (printable_text: no controls, line breaks kept as <br>), escaped.
std::string comments_list(const std::vector<Comment>& comments) {
    std::string h = "<ol class=\"comments\">";
    for (size_t i = 0; i < comments.size(); ++i) {
        const Comment& c = comments[i];
        const std::string n = std::to_string(i + 1);
        std::string body;
        for (char ch : html_escape(printable_text(c.body, LineBreaks::keep)))
            body += ch == '\n' ? std::string("<br>") : std::string(1, ch);
        h += "<li value=\"" + n + "\" data-comment=\"" + n + "\"><span class=\"who\">" +
             html_escape(printable_text(c.author_name.empty() ? std::string("instructor") : c.author_name)) +
             "</span>, " + html_escape(printable_text(c.created.substr(0, 10)));
        if (c.at_mm) h += ", at " + fmt(c.at_mm->x) + ", " + fmt(c.at_mm->y) + " mm";
        h += ": <span class=\"body\">" + body + "</span></li>";
    }
    return h + "</ol>\n";
}

std::string attempts_table(const TraineeReport& r) {
    std::string h = "<table class=\"attempts\"><tr><th>Work</th><th>When</th><th>Lesson</th><th>Mode</th>"
                    "<th>Total</th><th>Result</th></tr>\n";
    for (const AttemptRecord& a : r.attempts) {
        const bool counts = attempt_counts(a);
        h += std::string("<tr class=\"attempt") + (counts ? "" : " not-counted") + "\" data-attempt=\"" +
             std::to_string(a.id) + "\"><td>";
        const auto thumb = r.thumbnails.find(a.id);
        h += thumb != r.thumbnails.end() ? thumb->second : std::string("<span class=\"no-thumb\">no picture</span>");
        if (const auto c = r.comments.find(a.id); c != r.comments.end() && !c->second.empty())
            h += comments_list(c->second);
        h += "</td><td>" + html_escape(date_of(a)) + "</td><td>" + html_escape(a.lesson_title) + "</td><td>" +
             to_string(a.mode) + "</td><td>" + fmt(a.total) + "</td><td>";
        h += counts ? (a.passed ? "passed" : "not passed")
                    : "not counted: " + html_escape(not_counted_reason(a));
        h += "</td></tr>\n";
    }
    return h + "</table>\n";
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

// One table per run through a case: the steps as recorded, then the verdict when the curriculum has the case.
std::string cases_section(const TraineeReport& r) {
    std::string h = "<h3>Cases</h3>\n";
    for (const CaseRun& run : r.cases) {
        const std::string started = run.steps.empty() ? "" : run.steps.front().finished.substr(0, 10);
        h += "<div class=\"case-run\" data-case=\"" + html_escape(run.case_id) + "\" data-run=\"" +
             html_escape(run.run_id) + "\">\n<h4>" + html_escape(printable_text(run.case_title)) + " <small>" +
             html_escape(printable_text(run.case_id)) + " &middot; started " + html_escape(started) + "</small></h4>\n";
        h += "<table class=\"case-steps\"><tr><th>Step</th><th>Kind</th><th>When</th><th>Score</th><th>Result</th>"
             "<th>Work</th></tr>\n";
        for (const CaseStepRecord& s : run.steps) {
            h += "<tr data-step=\"" + html_escape(s.step_id) + "\"><td>" + html_escape(printable_text(s.step_id)) +
                 "</td><td>" + html_escape(s.kind) + "</td><td>" + html_escape(s.finished.substr(0, 10)) + "</td><td>" +
                 fmt(s.score) + "</td><td>" + (s.passed ? "passed" : "not passed") + "</td><td>" +
                 (s.attempt_id ? "attempt " + std::to_string(*s.attempt_id) : std::string("&ndash;")) + "</td></tr>\n";
        }
        h += "</table>\n";
        if (!run.verdict) {
            h += "<p class=\"case-verdict unknown\">No verdict: this case is not in the curriculum (" +
                 plural(run.steps.size(), "step", "steps") + " recorded).</p>\n";
        } else {
            const CaseRunVerdict& v = *run.verdict;
            std::string words = v.passed ? "Case passed" : v.complete ? "Case not passed" : "In progress";
            words += ": " + std::to_string(v.steps_in_case - int(v.missing_steps.size())) + " of " +
                     std::to_string(v.steps_in_case) + " steps done, protocol " + fmt(v.protocol_score);
            if (!v.failed_steps.empty()) words += ", not passed: " + join(v.failed_steps);
            if (!v.missing_steps.empty()) words += ", to do: " + join(v.missing_steps);
            h += std::string("<p class=\"case-verdict ") + (v.passed ? "passed" : v.complete ? "failed" : "open") +
                 "\">" + html_escape(printable_text(words)) + ".</p>\n";
        }
        h += "</div>\n";
    }
    return h;
}

std::string trainee_section(const TraineeReport& r, const ReportInput& in) {
    std::vector<const AttemptRecord*> counted;
    for (const AttemptRecord& a : r.attempts)
        if (attempt_counts(a)) counted.push_back(&a);
    int proficient = 0, in_curriculum = 0;
    for (const LessonProgress& p : r.progress) {
        if (!p.in_curriculum) continue;
        ++in_curriculum;
        if (p.state == LessonState::Proficient) ++proficient;
    }
    std::string h = std::string("<details class=\"trainee\" id=\"trainee-") + std::to_string(r.trainee.id) + "\"" +
                    (in.focus ? " open" : "") + ">\n<summary><h2>" + html_escape(r.trainee.name) +
                    "</h2> <span class=\"meta\">";
    h += r.trainee.cohort.empty() ? "No cohort" : "Cohort " + html_escape(r.trainee.cohort);
    h += " &middot; " + std::to_string(proficient) + " of " + std::to_string(in_curriculum) + " proficient &middot; " +
         plural(counted.size(), "attempt", "attempts") + " counted";
    if (counted.size() != r.attempts.size()) h += ", " + std::to_string(r.attempts.size() - counted.size()) + " not";
    if (r.trainee.archived) h += " &middot; archived";
    h += "</span></summary>\n";
    if (curriculum_complete(r.progress)) {
        std::string last = counted.empty() ? in.generated.substr(0, 10) : date_of(*counted.back());
        h += "<p class=\"certificate\">Certificate: " + html_escape(r.trainee.name) +
             " is proficient in every lesson of " + html_escape(in.curriculum_title) + " (as of " + last + ").</p>\n";
    }
    h += "<table class=\"lessons\"><tr><th>Lesson</th><th>State</th><th>Best</th><th>Last</th><th>Attempts</th>"
         "<th>Passes</th><th>Why locked</th></tr>\n";
    for (const LessonProgress& p : r.progress) {
        h += "<tr class=\"state-" + std::string(to_string(p.state)) + "\"><td>" + html_escape(p.title) + " <small>" +
             html_escape(p.lesson_id) + (p.in_curriculum ? "" : " &middot; not in the curriculum") +
             "</small></td><td>" + to_string(p.state) + "</td><td>" + score_text(p.best_total) + "</td><td>" +
             score_text(p.last_total) + "</td><td>" + std::to_string(p.attempt_count) + "</td><td>" +
             std::to_string(p.pass_count) + "</td><td class=\"why\">" + html_escape(lock_reason(p, r.progress)) +
             "</td></tr>\n";
    }
    h += "</table>\n";
    if (r.attempts.empty()) {
        h += "<p class=\"empty\">No attempts recorded yet.</p>\n";
    } else {
        h += attempts_table(r);
    }

    // Charts only where a line says something: lessons with 3 or more counted attempts.
    std::map<std::string, std::vector<const AttemptRecord*>> by_lesson;
    for (const AttemptRecord* a : counted) by_lesson[a->lesson_id].push_back(a);
    for (const LessonProgress& p : r.progress) {
        const auto it = by_lesson.find(p.lesson_id);
        if (it == by_lesson.end() || it->second.size() < 3) continue;
        const double pass_score = p.pass_score.value_or(75.0);
        h += "<figure><figcaption>" + html_escape(p.title) + ": <span class=\"k total\"></span> total "
             "<span class=\"k spacing\"></span> spacing <span class=\"k depth\"></span> depth "
             "<span class=\"k hairline\"></span> hairline (hollow = not passed, dashed = pass score)</figcaption>\n" +
             score_chart(r.trainee.name, p.lesson_id, p.title, it->second, pass_score) + "</figure>\n";
    }
    if (!r.cases.empty()) h += cases_section(r);
    return h + "</details>\n";
}

}  // namespace

std::string html_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string html_report(const ReportInput& in) {
    std::string title = "Stipple academy report";
    if (in.focus) title += ": " + *in.focus;
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    html_escape(title) + "</title>\n<style>\n"
                    "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:960px;color:#222}\n"
                    "h1{margin-bottom:0}.meta{color:#666;margin-top:.2em;font-size:.95em}\n"
                    "dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{color:#666}dd{margin:0}\n"
                    "details.trainee{border-top:2px solid #ddd;margin-top:1em;padding-top:.4em}\n"
                    "details.trainee>summary{cursor:pointer}details.trainee>summary h2{display:inline;font-size:1.2em}\n"
                    "table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .7em;border-bottom:1px solid #eee;"
                    "text-align:left;vertical-align:middle}\n"
                    "tr.state-proficient td:nth-child(2){color:#1b7f3b;font-weight:bold}"
                    "tr.state-passed td:nth-child(2){color:#1f6fb4}tr.state-locked td:nth-child(2){color:#999}\n"
                    "td.why{color:#666;font-size:.9em;max-width:22em}\n"
                    "tr.not-counted{color:#999}tr.not-counted svg{opacity:.45}\n"
                    "svg.thumb{display:block;border:1px solid #ddd}\n"
                    "ol.comments{margin:.3em 0 0;padding-left:1.6em;max-width:26em;font-size:.85em;color:#222}"
                    "ol.comments li::marker{color:#6a1b9a;font-weight:bold}ol.comments .who{font-weight:bold}\n"
                    ".certificate{background:#fff6d6;border:1px solid #e0c060;padding:.6em 1em;font-weight:bold}\n"
                    "p.case-verdict{font-weight:bold}p.case-verdict.passed{color:#1b7f3b}p.case-verdict.failed{color:#b3261e}"
                    "p.case-verdict.open,p.case-verdict.unknown{color:#666}\n"
                    "figure{margin:1em 0}figcaption{font-size:.9em;color:#444}\n"
                    ".k{display:inline-block;width:14px;height:3px;vertical-align:middle}\n"
                    ".k.total{background:#222}.k.spacing{background:#1f6fb4}.k.depth{background:#d9730d}"
                    ".k.hairline{background:#2e8b57}\n"
                    "@media print{details::details-content{content-visibility:visible;display:block}"
                    "details.trainee{break-before:page}tr{break-inside:avoid}}\n"
                    "</style>\n</head>\n<body>\n<h1>" + html_escape(title) + "</h1>\n<p class=\"meta\">" +
                    html_escape(in.curriculum_title) + " &middot; " + html_escape(in.academy_home) +
                    " &middot; generated " + html_escape(in.generated) + "</p>\n";
    h += summary_section(in);
    h += lessons_section(in.summary);

    h += "<section class=\"trainees\">\n<h2>" + std::string(in.focus ? "Work" : "Trainees") + "</h2>\n";
    bool shown = false;
    for (const TraineeReport& r : in.trainees) {
        if (in.focus && r.trainee.name != *in.focus) continue;  // defensive: the caller passes only them
        h += trainee_section(r, in);
        shown = true;
    }
    if (!shown) h += "<p class=\"empty\">No trainees to report.</p>\n";
    h += "</section>\n";
    if (in.focus) return h + "</body>\n</html>\n";

    // Cohort standing (reports on everyone only): every trainee ranked within their cohort.
    std::map<std::string, std::vector<Standing>> cohorts;
    for (const TraineeReport& r : in.trainees) cohorts[r.trainee.cohort].push_back(standing_of(r));
    h += "<section class=\"standing\">\n<h2>Cohort standing</h2>\n";
    for (auto& [cohort, list] : cohorts) {
        std::stable_sort(list.begin(), list.end(), [](const Standing& a, const Standing& b) {
            if (a.proficient != b.proficient) return a.proficient > b.proficient;
            if (a.passed != b.passed) return a.passed > b.passed;
            return a.mean_best.value_or(-1) > b.mean_best.value_or(-1);
        });
        h += "<h3>" + (cohort.empty() ? std::string("No cohort") : "Cohort " + html_escape(cohort)) +
             "</h3>\n<table class=\"standing\"><tr><th>#</th><th>Trainee</th><th>Proficient</th><th>Passed</th>"
             "<th>Mean best</th></tr>\n";
        for (size_t i = 0; i < list.size(); ++i)
            h += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + html_escape(list[i].report->trainee.name) +
                 "</td><td>" + std::to_string(list[i].proficient) + "</td><td>" + std::to_string(list[i].passed) +
                 "</td><td>" + score_text(list[i].mean_best) + "</td></tr>\n";
        h += "</table>\n";
    }
    return h + "</section>\n</body>\n</html>\n";
}

}  // namespace stipple
