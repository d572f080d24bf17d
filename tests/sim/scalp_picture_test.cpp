// The whole head's map as a picture (render_scalp_image, headless): the face reads as one (eyes, nostrils,
// lips), the ears sit at the map's side edges with the backdrop beyond the head, the Norwood 7 horseshoe
// shows as stubble on the sides and back around a bare top, Ludwig thinning is long hair with a visible part,
// and the strip scar carries no evenly spaced marks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "sim/model/virtual_scalp.hpp"

using namespace stipple;

namespace {

ScalpCase case_of(const std::string& pattern, uint64_t seed = 3) {
    ScalpCase c;
    c.pattern = pattern;
    c.skin = "fitzpatrick-3";
    c.seed = seed;
    return c;
}

double lightness(sf::Color c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b; }

struct Mean {
    double r = 0, g = 0, b = 0, light = 0;
};
// The mean colour of a small rectangle (half its width and height, mm) around a map point, at 8 px/mm.
Mean mean_around(const VirtualScalp& s, Point p, double half, double half_height = 0.0) {
    const double hh = half_height > 0.0 ? half_height : half;
    const sf::Image image = render_scalp_image(s, Bounds{{p.x - half, p.y - hh}, {p.x + half, p.y + hh}}, 8.0);
    Mean m;
    const sf::Vector2u size = image.getSize();
    for (unsigned y = 0; y < size.y; ++y) {
        for (unsigned x = 0; x < size.x; ++x) {
            const sf::Color c = image.getPixel(x, y);
            m.r += c.r, m.g += c.g, m.b += c.b, m.light += lightness(c);
        }
    }
    const double n = double(size.x) * size.y;
    return {m.r / n, m.g / n, m.b / n, m.light / n};
}

// Share of pixels much darker than the picture's mean (hair strokes).
double dark_fraction(const sf::Image& image) {
    double mean = 0;
    const sf::Vector2u size = image.getSize();
    for (unsigned y = 0; y < size.y; ++y)
        for (unsigned x = 0; x < size.x; ++x) mean += lightness(image.getPixel(x, y));
    mean /= double(size.x) * size.y;
    int dark = 0;
    for (unsigned y = 0; y < size.y; ++y)
        for (unsigned x = 0; x < size.x; ++x) dark += lightness(image.getPixel(x, y)) < mean * 0.6;
    return double(dark) / (double(size.x) * size.y);
}

// ... of a small square around a map point at 16 px/mm (where a stubble hair is a pixel or two wide).
double dark_fraction_around(const VirtualScalp& s, Point p, double half) {
    return dark_fraction(render_scalp_image(s, Bounds{{p.x - half, p.y - half}, {p.x + half, p.y + half}}, 16.0));
}

// How strongly a profile (samples at ppm per mm) repeats at any spacing from 2 to 8 mm: its slow changes
// (over ~3 mm) are removed first, then the largest normalised autocorrelation at those lags (1 = a perfect
// repeat; random texture stays near 0).
double repeat_score(const std::vector<double>& profile, double ppm) {
    const int window = int(1.5 * ppm);
    std::vector<double> fine(profile.size(), 0.0);
    for (size_t i = 0; i < profile.size(); ++i) {
        double sum = 0;
        int n = 0;
        for (int k = -window; k <= window; ++k) {
            const long j = long(i) + k;
            if (j >= 0 && j < long(profile.size())) sum += profile[size_t(j)], ++n;
        }
        fine[i] = profile[i] - sum / n;
    }
    double var = 0;
    for (double v : fine) var += v * v;
    double worst = 0.0;
    for (int lag = int(2 * ppm); lag <= int(8 * ppm); ++lag) {
        double sum = 0;
        for (size_t i = 0; i + size_t(lag) < fine.size(); ++i) sum += fine[i] * fine[i + size_t(lag)];
        worst = std::max(worst, sum / var * double(fine.size()) / double(fine.size() - size_t(lag)));
    }
    return worst;
}

}  // namespace

TEST_CASE("scalp picture: the face reads: white eyes with a dark iris, dark nostrils, red lips", "[scalp]") {
    for (const char* form : {"male", "female"}) {
        INFO(form);
        ScalpCase c = case_of("norwood-3");
        c.head.form = form;
        const VirtualScalp s = generate_scalp(c);
        const MapAnatomy& a = s.anatomy;
        const Mean forehead = mean_around(s, {0, 40}, 3);
        const Mean eye_white = mean_around(s, {a.eye_right_mm.x + 9, a.eye_right_mm.y}, 0.8);
        const Mean iris = mean_around(s, a.eye_right_mm, 1.0);
        CHECK(eye_white.light > forehead.light + 40);
        CHECK(iris.light < forehead.light - 70);
        const double eye_y = a.eye_right_mm.y, span = eye_y - a.mouth_mm.y;
        const Mean nostril = mean_around(s, {8.5, eye_y - 0.6 * span}, 1.0);
        const Mean nose_tip = mean_around(s, {0, eye_y - 0.42 * span}, 1.0);
        CHECK(nostril.light < nose_tip.light - 40);
        // The lips: redder than the cheek beside them (red over green), and the mouth's line darker.
        const Mean lip = mean_around(s, {10, a.mouth_mm.y - 4}, 1.5);
        const Mean beside = mean_around(s, {45, a.mouth_mm.y - 4}, 1.5);
        CHECK(lip.r / lip.g > beside.r / beside.g + 0.12);
        CHECK(mean_around(s, {0, a.mouth_mm.y}, 0.3).light < lip.light - 15);
        // No stubble on the face (a man's beard is shaved: a shadow, no strokes).
        CHECK(dark_fraction_around(s, {35, a.mouth_mm.y + 10}, 3) < 0.002);
    }
}

TEST_CASE("scalp picture: the ears at the side edges, the backdrop beyond the head", "[scalp]") {
    const VirtualScalp s = generate_scalp(case_of("norwood-1"));
    const MapAnatomy& a = s.anatomy;
    const double y = 0.5 * (a.ear_front_y_mm + a.ear_back_y_mm);
    const double edge = anatomy_ear_edge_x_mm(a, y), end = anatomy_row_half_width_mm(a, y);
    REQUIRE(end - edge > 6);
    // The ear joins the head with a shadow; no stubble on it.
    const Mean join = mean_around(s, {edge + 0.6, y}, 0.4);
    const Mean helix = mean_around(s, {edge + 0.22 * (end - edge), y}, 0.4);
    CHECK(join.light < helix.light - 20);
    CHECK(dark_fraction_around(s, {edge + 0.5 * (end - edge), y}, 2) < 0.002);
    for (double side : {-1.0, 1.0}) CHECK(map_surface_at(s, {side * (edge + 1), y}) == MapSurface::ear);
    // Beyond the row's skin: the skin's tone in shadow (the 3D head's texture blends it in beside the ear
    // canals, so it must read as skin there), darker than the skin so the flat map still shows its edge.
    const sf::Image corner = render_scalp_image(s, Bounds{{s.map_mm.max.x - 4, s.map_mm.min.y}, {s.map_mm.max.x, s.map_mm.min.y + 4}}, 2.0);
    const sf::Color bg = corner.getPixel(corner.getSize().x - 1, corner.getSize().y - 1);
    CHECK(lightness(bg) < lightness(s.skin_tone) * 0.85);
    CHECK(lightness(bg) > lightness(s.skin_tone) * 0.6);
    CHECK(int(bg.r) > int(bg.b));  // warm like skin, not a grey backdrop
}

TEST_CASE("scalp picture: Norwood 7's horseshoe: stubble on the sides and back around a bare top", "[scalp]") {
    const VirtualScalp s = generate_scalp(case_of("norwood-7"));
    const double side = s.fringe_side_x_mm, back = s.fringe_back_y_mm;
    const double top = dark_fraction_around(s, {0, 170}, 3);
    const double crown_back = dark_fraction_around(s, {0, back - 15}, 3);
    CHECK(top < 0.002);
    CHECK(crown_back < 0.002);
    for (const Point p : {Point{side + 18, 170}, Point{-side - 18, 170}, Point{0, back + 20}, Point{40, back + 15}}) {
        INFO(p.x << "," << p.y);
        CHECK(dark_fraction_around(s, p, 3) > 0.005);
    }
    // On average the fringe is darker than the bare top: the stubble and the hair's shadow under the skin.
    CHECK(mean_around(s, {side + 18, 170}, 6).light < mean_around(s, {0, 170}, 6).light - 4);
}

TEST_CASE("scalp picture: Ludwig thinning is long hair with a part, not stubble", "[scalp]") {
    const VirtualScalp l2 = generate_scalp(case_of("ludwig-2"));
    const VirtualScalp n1 = generate_scalp(case_of("norwood-1"));
    // Long hair covers the side of the head (darker on average); stubble leaves most of the skin showing.
    const Mean long_hair = mean_around(l2, {50, 120}, 4), stubble = mean_around(n1, {50, 120}, 4);
    CHECK(long_hair.light < stubble.light - 25);
    // The hair lies across the map (away from the part): the picture changes much more along y than along
    // x there (strands run along x).
    const sf::Image side = render_scalp_image(l2, Bounds{{45, 115}, {55, 125}}, 16.0);
    double along_x = 0, along_y = 0;
    for (unsigned y = 0; y + 1 < side.getSize().y; ++y) {
        for (unsigned x = 0; x + 1 < side.getSize().x; ++x) {
            along_x += std::abs(lightness(side.getPixel(x + 1, y)) - lightness(side.getPixel(x, y)));
            along_y += std::abs(lightness(side.getPixel(x, y + 1)) - lightness(side.getPixel(x, y)));
        }
    }
    CHECK(along_y > 1.5 * along_x);
    // The part: a lighter line of skin along it, from the hairline back toward the crown.
    const double part = l2.long_hair.part_x_mm;
    const Mean on_part = mean_around(l2, {part, 115}, 0.4, 20);
    const Mean left = mean_around(l2, {part - 10, 115}, 0.4, 20), right = mean_around(l2, {part + 10, 115}, 0.4, 20);
    CHECK(on_part.light > left.light + 10);
    CHECK(on_part.light > right.light + 10);
}

TEST_CASE("scalp picture: the strip scar has no evenly spaced marks along it", "[scalp]") {
    ScalpCase c = case_of("norwood-2");
    Scar strip;
    strip.kind = "strip";
    strip.path = {{-60, 320}, {60, 320}};
    strip.width_mm = 3;
    c.scars = {strip};
    const VirtualScalp s = generate_scalp(c);
    // The lightness along the scar, across its band, 12 px/mm.
    const double ppm = 12.0;
    const sf::Image image = render_scalp_image(s, Bounds{{-50, 318.2}, {50, 321.8}}, ppm);
    std::vector<double> profile(image.getSize().x, 0.0);
    for (unsigned x = 0; x < image.getSize().x; ++x)
        for (unsigned y = 0; y < image.getSize().y; ++y) profile[x] += lightness(image.getPixel(x, y)) / image.getSize().y;
    const double score = repeat_score(profile, ppm);
    INFO("repeat score " << score);
    CHECK(score < 0.35);
    // The measure sees marks every 4 mm (what the old sutures drew) on the same profile.
    std::vector<double> marked = profile;
    for (size_t i = 0; i < marked.size(); ++i)
        if (std::fmod(double(i) / ppm, 4.0) < 0.3) marked[i] -= 12.0;
    CHECK(repeat_score(marked, ppm) > 0.5);
    // The scar itself is there: paler than the hair-bearing skin 6 mm away.
    CHECK(mean_around(s, {0, 320}, 1.0).light > mean_around(s, {0, 326}, 1.0).light + 8);
}
