// Rendering the academy report as HTML with inline SVG line charts.
#include "academy/html_report.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

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

std::string trainee_section(const TraineeReport& r, const ReportInput& in) {
    std::string h = "<section class=\"trainee\" id=\"trainee-" + std::to_string(r.trainee.id) + "\">\n<h2>" +
                    html_escape(r.trainee.name) + "</h2>\n<p class=\"meta\">";
    h += r.trainee.cohort.empty() ? "No cohort" : "Cohort " + html_escape(r.trainee.cohort);
    h += " &middot; " + std::to_string(r.attempts.size()) + " attempt" + (r.attempts.size() == 1 ? "" : "s");
    if (r.trainee.archived) h += " &middot; archived";
    h += "</p>\n";
    if (curriculum_complete(r.progress)) {
        std::string last = r.attempts.empty() ? in.generated.substr(0, 10) : date_of(r.attempts.back());
        h += "<p class=\"certificate\">Certificate: " + html_escape(r.trainee.name) +
             " is proficient in every lesson of " + html_escape(in.curriculum_title) + " (as of " + last + ").</p>\n";
    }
    h += "<table class=\"lessons\"><tr><th>Lesson</th><th>State</th><th>Best</th><th>Last</th><th>Attempts</th>"
         "<th>Passes</th><th>Needs first</th></tr>\n";
    for (const LessonProgress& p : r.progress) {
        h += "<tr class=\"state-" + std::string(to_string(p.state)) + "\"><td>" + html_escape(p.title) + " <small>" +
             html_escape(p.lesson_id) + (p.in_curriculum ? "" : " &middot; not in the curriculum") +
             "</small></td><td>" + to_string(p.state) + "</td><td>" + score_text(p.best_total) + "</td><td>" +
             score_text(p.last_total) + "</td><td>" + std::to_string(p.attempt_count) + "</td><td>" +
             std::to_string(p.pass_count) + "</td><td>";
        for (size_t i = 0; i < p.missing_prerequisites.size(); ++i)
            h += (i ? ", " : "") + html_escape(p.missing_prerequisites[i]);
        h += "</td></tr>\n";
    }
    h += "</table>\n";

    // Charts: one per lesson attempted, in the order of the lessons table.
    std::map<std::string, std::vector<const AttemptRecord*>> by_lesson;
    for (const AttemptRecord& a : r.attempts) by_lesson[a.lesson_id].push_back(&a);
    if (by_lesson.empty()) h += "<p class=\"empty\">No attempts recorded yet.</p>\n";
    for (const LessonProgress& p : r.progress) {
        const auto it = by_lesson.find(p.lesson_id);
        if (it == by_lesson.end()) continue;
        const double pass_score = p.pass_score.value_or(75.0);
        h += "<figure><figcaption>" + html_escape(p.title) + ": <span class=\"k total\"></span> total "
             "<span class=\"k spacing\"></span> spacing <span class=\"k depth\"></span> depth "
             "<span class=\"k hairline\"></span> hairline (hollow = not passed, dashed = pass score)</figcaption>\n" +
             score_chart(r.trainee.name, p.lesson_id, p.title, it->second, pass_score) + "</figure>\n";
    }
    return h + "</section>\n";
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
                    "h1{margin-bottom:0}.meta{color:#666;margin-top:.2em}\n"
                    "section.trainee{border-top:2px solid #ddd;margin-top:2em}\n"
                    "table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .7em;border-bottom:1px solid #eee;"
                    "text-align:left}\n"
                    "tr.state-proficient td:nth-child(2){color:#1b7f3b;font-weight:bold}"
                    "tr.state-passed td:nth-child(2){color:#1f6fb4}tr.state-locked td:nth-child(2){color:#999}\n"
                    ".certificate{background:#fff6d6;border:1px solid #e0c060;padding:.6em 1em;font-weight:bold}\n"
                    "figure{margin:1em 0}figcaption{font-size:.9em;color:#444}\n"
                    ".k{display:inline-block;width:14px;height:3px;vertical-align:middle}\n"
                    ".k.total{background:#222}.k.spacing{background:#1f6fb4}.k.depth{background:#d9730d}"
                    ".k.hairline{background:#2e8b57}\n"
                    "</style>\n</head>\n<body>\n<h1>" + html_escape(title) + "</h1>\n<p class=\"meta\">" +
                    html_escape(in.curriculum_title) + " &middot; " + html_escape(in.academy_home) +
                    " &middot; generated " + html_escape(in.generated) + "</p>\n";

    bool shown = false;
    for (const TraineeReport& r : in.trainees) {
        if (in.focus && r.trainee.name != *in.focus) continue;
        h += trainee_section(r, in);
        shown = true;
    }
    if (!shown) h += "<p class=\"empty\">No trainees to report.</p>\n";

    // Cohort standing: every trainee ranked within their cohort.
    std::map<std::string, std::vector<Standing>> cohorts;
    for (const TraineeReport& r : in.trainees) cohorts[r.trainee.cohort].push_back(standing_of(r));
    h += "<section class=\"standing\">\n<h2>Cohort standing</h2>\n";
    for (auto& [cohort, list] : cohorts) {
        if (in.focus) {
            const bool has_focus = std::any_of(list.begin(), list.end(),
                                               [&](const Standing& s) { return s.report->trainee.name == *in.focus; });
            if (!has_focus) continue;
        }
        std::stable_sort(list.begin(), list.end(), [](const Standing& a, const Standing& b) {
            if (a.proficient != b.proficient) return a.proficient > b.proficient;
            if (a.passed != b.passed) return a.passed > b.passed;
            return a.mean_best.value_or(-1) > b.mean_best.value_or(-1);
        });
        h += "<h3>" + (cohort.empty() ? std::string("No cohort") : "Cohort " + html_escape(cohort)) +
             "</h3>\n<table class=\"standing\"><tr><th>#</th><th>Trainee</th><th>Proficient</th><th>Passed</th>"
             "<th>Mean best</th></tr>\n";
        for (size_t i = 0; i < list.size(); ++i) {
            const bool focus = in.focus && list[i].report->trainee.name == *in.focus;
            h += std::string("<tr") + (focus ? " class=\"focus\" style=\"font-weight:bold\"" : "") + "><td>" +
                 std::to_string(i + 1) + "</td><td>" + html_escape(list[i].report->trainee.name) + "</td><td>" +
                 std::to_string(list[i].proficient) + "</td><td>" + std::to_string(list[i].passed) + "</td><td>" +
                 score_text(list[i].mean_best) + "</td></tr>\n";
        }
        h += "</table>\n";
    }
    return h + "</section>\n</body>\n</html>\n";
}

}  // namespace stipple
