// Attempt thumbnails: zone, hairline, one circle per dot in the depth-error colour (scoring/depth_colors.hpp).
#include <catch2/catch.hpp>

#include "academy/attempt_thumbnail.hpp"
#include "scoring/depth_colors.hpp"

using namespace stipple;

namespace {

size_t count_of(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

Lesson box_lesson() {
    Lesson l;
    l.id = "box";
    l.zone = {{0, 0}, {100, 0}, {100, 60}, {0, 60}};
    l.hairline = Hairline{{{0, 5}, {50, 2}, {100, 5}}, 8};
    l.targets.depth_min_mm = 0.4;
    l.targets.depth_max_mm = 0.9;
    return l;
}

}  // namespace

TEST_CASE("the depth colour rule: green in the window, amber to yellow shallow, red to magenta deep") {
    CHECK(depth_error_windows(0.6, 0.4, 0.9) == 0.0);
    CHECK(depth_error_windows(1.15, 0.4, 0.9) == Approx(0.5));
    CHECK(depth_error_windows(0.3, 0.4, 0.9) == Approx(-0.2));
    CHECK(depth_error_rgba(0.6, 0.4, 0.9) == Rgba{60, 200, 90, 255});
    CHECK(depth_error_rgba(0.3, 0.4, 0.9) == Rgba{244, 194, 48, 255});   // 0.4 of the way amber -> yellow
    CHECK(depth_error_rgba(0.0, 0.4, 0.9) == Rgba{250, 230, 60, 255});   // far too shallow
    CHECK(depth_error_rgba(0.9001, 0.4, 0.9) == Rgba{235, 60, 50, 255}); // just too deep
    CHECK(depth_error_rgba(1.6, 0.4, 0.9) == Rgba{200, 40, 200, 255});   // blow-out
}

TEST_CASE("a thumbnail is a 120 px square of the zone and hairline with one circle per dot") {
    const std::vector<Dot> dots{{50, 30, 0.6, {}}, {20, 20, 1.6, {}}, {80, 40, 0.3, {}}, {50, -30, 0.6, {}}};
    const std::string svg = attempt_thumbnail_svg(box_lesson(), dots, "ana <#3>");
    CHECK(svg.rfind("<svg class=\"thumb\" xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"120\"", 0) == 0);
    CHECK(svg.find("viewBox=\"-4.0 -24.0 108.0 108.0\"") != std::string::npos);  // 108 x 68 box, squared
    CHECK(count_of(svg, "<circle ") == 4);
    CHECK(count_of(svg, "<polygon ") == 1);
    CHECK(count_of(svg, "<polyline class=\"hairline\"") == 1);
    CHECK(svg.find("<g fill=\"#3cc85a\"><circle cx=\"50.0\" cy=\"30.0\"") != std::string::npos);
    CHECK(svg.find("<g fill=\"#c828c8\"><circle cx=\"20.0\" cy=\"20.0\"") != std::string::npos);
    CHECK(svg.find("<g fill=\"#f4c230\"><circle cx=\"80.0\" cy=\"40.0\"") != std::string::npos);
    CHECK(svg.find("<title>ana &lt;#3&gt;: 4 dots, 1 outside the picture</title>") != std::string::npos);
    CHECK(svg.find("<#3>") == std::string::npos);
    CHECK(svg.substr(svg.size() - 6) == "</svg>");
}

TEST_CASE("a lesson without a hairline, no dots, and unreadable attempt text") {
    Lesson l = box_lesson();
    l.hairline.reset();
    const std::string svg = attempt_thumbnail_svg(l, {}, "empty");
    CHECK(count_of(svg, "<circle ") == 0);
    CHECK(svg.find("hairline") == std::string::npos);
    CHECK(svg.find("<title>empty: 0 dots</title>") != std::string::npos);
    CHECK_FALSE(dots_of_attempt_json(""));
    CHECK_FALSE(dots_of_attempt_json("{broken"));
    CHECK_FALSE(dots_of_attempt_json("{\"format\":\"stipple-attempt/1\",\"dots\":7}"));
}
