// Drawing an attempt's dots over its lesson's zone as a small SVG.
#include "academy/attempt_thumbnail.hpp"
#include "academy/number_text.hpp"

#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "academy/html_report.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/depth_colors.hpp"
#include "scoring/geometry.hpp"
#include "scoring/input_error.hpp"

namespace stipple {

namespace {

std::string hex(Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

std::string points_of(const std::vector<Point>& points) {
    std::string out;
    for (const Point& p : points) out += (out.empty() ? "" : " ") + one_decimal(p.x) + "," + one_decimal(p.y);
    return out;
}

}  // namespace

ThumbnailFrame thumbnail_frame(const Lesson& lesson, const std::vector<Dot>& dots) {
    std::vector<Point> frame = lesson.zone;
    if (lesson.hairline) frame.insert(frame.end(), lesson.hairline->curve.begin(), lesson.hairline->curve.end());
    if (frame.empty())
        for (const Dot& d : dots) frame.push_back({d.x, d.y});
    if (frame.empty()) frame.push_back({0, 0});
    Bounds b = bounds_of(frame);
    const double margin = 4.0;
    b.min.x -= margin;
    b.min.y -= margin;
    b.max.x += margin;
    b.max.y += margin;
    // Square picture: the shorter side grows around its centre.
    const double side = std::max(b.width(), b.height());
    return {b.min.x - (side - b.width()) / 2, b.min.y - (side - b.height()) / 2, side};
}

std::string attempt_thumbnail_svg(const Lesson& lesson, const std::vector<Dot>& dots, const std::string& label,
                                  const std::vector<ThumbnailMarker>& markers) {
    const ThumbnailFrame f = thumbnail_frame(lesson, dots);
    const double x0 = f.x0_mm, y0 = f.y0_mm, side = f.side_mm;
    const double r = std::max(0.25, side / 300.0);
    auto on_picture = [&](double x, double y) { return x >= x0 && x <= x0 + side && y >= y0 && y <= y0 + side; };

    // Dots grouped by colour, so the page stays small: one circle per dot.
    std::map<std::string, std::string> by_color;
    size_t off_picture = 0;
    for (const Dot& d : dots) {
        if (!on_picture(d.x, d.y)) ++off_picture;
        by_color[hex(depth_error_rgba(d.depth_mm, lesson.targets.depth_min_mm, lesson.targets.depth_max_mm))] +=
            "<circle cx=\"" + one_decimal(d.x) + "\" cy=\"" + one_decimal(d.y) + "\" r=\"" + one_decimal(r) + "\"/>";
    }
    std::string title = html_escape(label) + ": " + std::to_string(dots.size()) + " dot" + (dots.size() == 1 ? "" : "s");
    if (off_picture > 0) title += ", " + std::to_string(off_picture) + " outside the picture";
    size_t markers_off = 0;
    for (const ThumbnailMarker& m : markers)
        if (!on_picture(m.at_mm.x, m.at_mm.y)) ++markers_off;
    if (markers_off > 0)
        title += ", " + std::to_string(markers_off) + " comment mark" + (markers_off == 1 ? "" : "s") + " outside it";

    const std::string px = std::to_string(kThumbnailPx);
    std::string svg = "<svg class=\"thumb\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + px + "\" height=\"" + px +
                      "\" viewBox=\"" + one_decimal(x0) + " " + one_decimal(y0) + " " + one_decimal(side) + " " + one_decimal(side) +
                      "\" role=\"img\" aria-label=\"" + title + "\"><title>" + title + "</title>";
    svg += "<rect x=\"" + one_decimal(x0) + "\" y=\"" + one_decimal(y0) + "\" width=\"" + one_decimal(side) + "\" height=\"" + one_decimal(side) +
           "\" fill=\"#efe0d2\"/>";
    if (!lesson.zone.empty())
        svg += "<polygon points=\"" + points_of(lesson.zone) + "\" fill=\"#f7ece1\" stroke=\"#8a6d57\" stroke-width=\"" +
               one_decimal(side / 200.0) + "\"/>";
    if (lesson.hairline)
        svg += "<polyline class=\"hairline\" points=\"" + points_of(lesson.hairline->curve) +
               "\" fill=\"none\" stroke=\"#d9822b\" stroke-width=\"" + one_decimal(side / 150.0) + "\"/>";
    for (const auto& [color, circles] : by_color) svg += "<g fill=\"" + color + "\">" + circles + "</g>";
    // Markers last, over the dots: about 13 px wide whatever the zone's size, the number centred in white.
    const double mr = side * 6.5 / kThumbnailPx;
    for (const ThumbnailMarker& m : markers) {
        const std::string n = std::to_string(m.number);
        svg += "<g class=\"comment-marker\" data-comment=\"" + n + "\"><circle cx=\"" + one_decimal(m.at_mm.x) + "\" cy=\"" +
               one_decimal(m.at_mm.y) + "\" r=\"" + one_decimal(mr) + "\" fill=\"#6a1b9a\" stroke=\"#ffffff\" stroke-width=\"" +
               one_decimal(side / 120.0) + "\"/><text x=\"" + one_decimal(m.at_mm.x) + "\" y=\"" + one_decimal(m.at_mm.y) +
               "\" font-size=\"" + one_decimal(mr * 1.4) + "\" font-family=\"sans-serif\" font-weight=\"bold\" "
               "text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"#ffffff\">" + n + "</text></g>";
    }
    return svg + "</svg>";
}

std::optional<std::vector<Dot>> dots_of_attempt_json(const std::string& attempt_json) {
    if (attempt_json.empty()) return std::nullopt;
    const nlohmann::json doc = nlohmann::json::parse(attempt_json, nullptr, false);
    if (doc.is_discarded()) return std::nullopt;
    try {
        return attempt_from_json(doc, "attempt").dots;
    } catch (const InputError&) {
        return std::nullopt;
    }
}

}  // namespace stipple
