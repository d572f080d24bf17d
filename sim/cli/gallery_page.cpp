// The scoring gallery's page: cards with a picture of the dots, score bands, unmet expectations and fault
// families (see gallery_page.hpp).
#include "sim/cli/gallery_page.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>

#include "academy/html_report.hpp"
#include "scoring/attempt_gallery.hpp"
#include "scoring/input_error.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"

namespace stipple {

std::string gallery_number(double v, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

namespace {

// A picture of the dots on the zone: the zone's box plus a margin, forehead at the top.
std::string picture(const Lesson& lesson, const Attempt& attempt) {
    Bounds b = bounds_of(lesson.zone);
    const double margin = 4.0;
    b.min.x -= margin; b.min.y -= margin; b.max.x += margin; b.max.y += margin;
    const double px_per_mm = std::min(232.0 / b.width(), 175.0 / b.height());
    const double width_px = b.width() * px_per_mm, height_px = b.height() * px_per_mm;
    std::ostringstream s;
    s << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << gallery_number(width_px, 0) << "\" height=\"" << gallery_number(height_px, 0)
      << "\" viewBox=\"" << gallery_number(b.min.x, 2) << ' ' << gallery_number(b.min.y, 2) << ' ' << gallery_number(b.width(), 2) << ' '
      << gallery_number(b.height(), 2) << "\">";
    s << "<rect x=\"" << gallery_number(b.min.x, 2) << "\" y=\"" << gallery_number(b.min.y, 2) << "\" width=\"" << gallery_number(b.width(), 2)
      << "\" height=\"" << gallery_number(b.height(), 2) << "\" fill=\"#efe0d2\"/>";
    s << "<polygon points=\"";
    for (const Point& p : lesson.zone) s << gallery_number(p.x, 2) << ',' << gallery_number(p.y, 2) << ' ';
    s << "\" fill=\"#f7ece1\" stroke=\"#8a6d57\" stroke-width=\"0.25\"/>";
    if (lesson.hairline) {
        s << "<polyline points=\"";
        for (const Point& p : lesson.hairline->curve) s << gallery_number(p.x, 2) << ',' << gallery_number(p.y, 2) << ' ';
        s << "\" fill=\"none\" stroke=\"#d9822b\" stroke-width=\"0.3\" stroke-dasharray=\"1.2 0.8\"/>";
    }
    const double lo = lesson.targets.depth_min_mm, hi = lesson.targets.depth_max_mm;
    size_t off_picture = 0;
    std::ostringstream good, shallow, deep;
    for (const Dot& d : attempt.dots) {
        if (d.x < b.min.x || d.x > b.max.x || d.y < b.min.y || d.y > b.max.y) {
            ++off_picture;
            continue;
        }
        const std::string at = "cx=\"" + gallery_number(d.x, 2) + "\" cy=\"" + gallery_number(d.y, 2) + "\"";
        if (d.depth_mm > hi) deep << "<circle " << at << " r=\"0.32\"/>";
        else if (d.depth_mm < lo) shallow << "<circle " << at << " r=\"0.14\"/>";
        else good << "<circle " << at << " r=\"0.17\"/>";
    }
    s << "<g fill=\"#b4bccb\" fill-opacity=\"0.9\">" << shallow.str() << "</g>";
    s << "<g fill=\"#23262b\">" << good.str() << "</g>";
    s << "<g fill=\"#5d7394\" fill-opacity=\"0.85\">" << deep.str() << "</g>";
    s << "</svg>";
    if (off_picture > 0)
        s << "<div class=\"note\">" << off_picture << " dot" << (off_picture == 1 ? "" : "s") << " outside the picture</div>";
    return s.str();
}

std::string component(const char* name, const std::optional<ComponentScore>& c) {
    if (!c) return "";
    return std::string("<span class=\"comp\">") + name + " <b>" + gallery_number(c->score, 1) + "</b></span>";
}

std::string card(const GalleryCase& c) {
    const AttemptGenerator& g = *c.generator;
    const ScoreReport& r = c.report;
    std::ostringstream s;
    s << "<div class=\"card" << (c.met ? "" : " unmet") << "\" id=\"" << c.anchor << "\">";
    s << "<div class=\"head\"><span class=\"total\">" << gallery_number(r.total, 1) << "</span>"
      << "<span class=\"badge " << (r.passed ? "pass\">passed" : "fail\">failed") << "</span>"
      << "<span class=\"name\">" << html_escape(g.name) << "</span></div>";
    s << picture(*c.lesson, c.attempt);
    s << "<div class=\"what\">" << html_escape(g.what) << "</div>";
    s << "<div class=\"meta\">lesson <b>" << html_escape(c.lesson->id) << "</b> &middot; " << c.attempt.dots.size() << " dots";
    if (!g.fair) s << " &middot; severity " << gallery_number(g.severity, 2);
    s << "</div><div class=\"meta\">" << component("spacing", r.spacing) << component("depth", r.depth)
      << component("hairline", r.hairline) << "</div>";
    for (const CriticalError& e : r.critical_errors)
        s << "<div class=\"crit\">critical: " << html_escape(e.message) << "</div>";
    s << "<div class=\"expect " << (c.met ? "ok\">&#10003;" : "bad\">&#10007;") << " an expert says: "
      << html_escape(describe(c.expect)) << "</div>";
    s << "</div>";
    return s.str();
}

const char* kStyle = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#222;background:#fafafa}
h1{margin:0 0 4px}h2{margin:28px 0 8px;border-bottom:2px solid #ddd;padding-bottom:4px}
.lead{color:#555;max-width:1100px}
.legend span{display:inline-block;margin-right:18px}.legend i{display:inline-block;border-radius:50%;margin-right:5px;vertical-align:middle}
.cards{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:8px;width:232px;font-size:12px}
.card.unmet{border:2px solid #c0392b}
.card svg{display:block;border-radius:4px;margin:6px auto}
.head{display:flex;align-items:center;gap:6px;flex-wrap:wrap}.total{font-size:22px;font-weight:700}
.name{font-weight:600;font-family:ui-monospace,monospace;font-size:12px}
.badge{border-radius:10px;padding:1px 8px;font-size:12px;color:#fff}.badge.pass{background:#2e8b57}.badge.fail{background:#b03a2e}
.what{margin:2px 0}.meta{color:#555;margin:2px 0}.comp{margin-right:10px}
.crit{color:#b03a2e;font-weight:600;margin:2px 0}.note{color:#777;font-size:12px}
.expect.ok{color:#2e8b57}.expect.bad{color:#b03a2e;font-weight:600}
table{border-collapse:collapse;font-size:13px}td,th{border-bottom:1px solid #e3e3e3;padding:3px 10px;text-align:left;vertical-align:top}
a{color:#2456a6;text-decoration:none}
)";

}  // namespace

std::string gallery_page(const std::vector<GalleryCase>& cases) {
    std::ostringstream s;
    size_t met = 0;
    for (const GalleryCase& c : cases) met += c.met ? 1 : 0;
    s << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Stipple scoring gallery</title><style>"
      << kStyle << "</style></head><body>\n";
    s << "<h1>Stipple scoring gallery</h1>\n<p class=\"lead\">" << cases.size()
      << " generated attempts of known quality, scored by the judge. Fair expert work must pass with 85 or more; "
         "faults must fail or lose the points an SMP expert would take. "
      << met << " of " << cases.size() << " cases meet what an expert says.</p>\n";
    s << "<p class=\"legend\"><span><i style=\"width:8px;height:8px;background:#23262b\"></i>depth in the window</span>"
         "<span><i style=\"width:7px;height:7px;background:#b4bccb\"></i>too shallow (fades)</span>"
         "<span><i style=\"width:13px;height:13px;background:#5d7394\"></i>too deep (blow-out)</span>"
         "<span style=\"color:#8a6d57\">&#9644; zone</span><span style=\"color:#d9822b\">- - target hairline</span></p>\n";

    size_t unmet_count = 0;
    for (const GalleryCase& c : cases) unmet_count += c.met ? 0 : 1;
    if (unmet_count > 0)
        s << "<p class=\"lead\">" << unmet_count << " cases (red frames) score otherwise than an SMP expert says: "
          << "<a href=\"#not-met\">the list</a>.</p>\n";
    std::vector<const GalleryCase*> sorted;
    for (const GalleryCase& c : cases) sorted.push_back(&c);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const GalleryCase* a, const GalleryCase* b) { return a->report.total > b->report.total; });
    s << "<h2>By score: what a 90, a 75 and a 50 look like</h2>\n";
    const struct { double lo, hi; const char* title; } bands[] = {
        {90, 1000, "90 and above"}, {75, 90, "75 to 90"}, {50, 75, "50 to 75"}, {-1, 50, "under 50"}};
    for (const auto& band : bands) {
        std::ostringstream cards;
        size_t n = 0;
        for (const GalleryCase* c : sorted)
            if (c->report.total >= band.lo && c->report.total < band.hi) {
                cards << card(*c) << "\n";
                ++n;
            }
        s << "<h3>" << band.title << " (" << n << ")</h3>\n<div class=\"cards\">\n" << cards.str() << "</div>\n";
    }

    std::vector<const GalleryCase*> unmet;
    for (const GalleryCase& c : cases)
        if (!c.met) unmet.push_back(&c);
    s << "<h2 id=\"not-met\">Expectations not met (" << unmet.size() << ")</h2>\n";
    if (unmet.empty()) s << "<p>None: the judge agrees with the expert on every case.</p>\n";
    else {
        s << "<table><tr><th>case</th><th>lesson</th><th>total</th><th>verdict</th><th>an expert says</th></tr>";
        for (const GalleryCase* c : unmet)
            s << "<tr><td><a href=\"#" << c->anchor << "\">" << html_escape(c->generator->name) << "</a></td><td>"
              << html_escape(c->lesson->id) << "</td><td>" << gallery_number(c->report.total, 1) << "</td><td>"
              << (c->report.passed ? "passed" : "failed") << "</td><td>" << html_escape(describe(c->expect)) << "</td></tr>";
        s << "</table>\n";
    }

    s << "<h2>By family</h2>\n<table><tr><th>family</th><th>severity knob</th><th>cases (total)</th></tr>";
    std::vector<std::string> families;
    for (const GalleryCase& c : cases) {
        const std::string f = c.generator->family.empty() ? c.generator->name : c.generator->family;
        if (std::find(families.begin(), families.end(), f) == families.end()) families.push_back(f);
    }
    for (const std::string& f : families) {
        std::string knob;
        std::ostringstream links;
        for (const GalleryCase& c : cases) {
            const std::string cf = c.generator->family.empty() ? c.generator->name : c.generator->family;
            if (cf != f) continue;
            knob = c.generator->knob;
            links << "<a href=\"#" << c.anchor << "\">" << html_escape(c.generator->name) << "</a> on "
                  << html_escape(c.lesson->id) << " (" << gallery_number(c.report.total, 1) << (c.report.passed ? ", passed" : ", failed")
                  << ")<br>";
        }
        s << "<tr><td>" << html_escape(f) << "</td><td>" << html_escape(knob) << "</td><td>" << links.str() << "</td></tr>";
    }
    s << "</table>\n</body></html>\n";
    return s.str();
}

}  // namespace stipple
