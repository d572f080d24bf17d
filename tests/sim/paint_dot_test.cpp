// Pigment dots painted on the CPU (the existing marks, the distance check's pictures): the outline and the
// redness the pigment model decides, the ink's area kept, an oval long where the look says.
#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

#include "sim/model/image_paint.hpp"

using namespace stipple;

namespace {
const sf::Color kSkin(198, 156, 128);

struct Painted {
    double ink_px = 0;     // darkness summed over the picture, in fully covered pixels
    int reddened = 0;      // pixels redder than the skin and not dark
    double extent_x = 0;   // second moments of the darkness (px^2) along x and y
    double extent_y = 0;
};

Painted paint(const DotLook& look, double ppm) {
    const Bounds region{{-1, -1}, {1, 1}};
    sf::Image image;
    const auto n = static_cast<unsigned>(2 * ppm);
    image.create(n, n, kSkin);
    paint_dot(image, ImageFrame{region, ppm}, {0, 0}, look);
    Painted p;
    for (unsigned y = 0; y < n; ++y) {
        for (unsigned x = 0; x < n; ++x) {
            const sf::Color c = image.getPixel(x, y);
            const double dark = std::max(0.0, (kSkin.g - c.g) / double(kSkin.g - look.color.g));
            if (c.r > kSkin.r - 5 && c.g < kSkin.g - 8 && dark < 0.5) ++p.reddened;
            if (dark < 0.5) continue;
            p.ink_px += dark;
            const double dx = x + 0.5 - n / 2.0, dy = y + 0.5 - n / 2.0;
            p.extent_x += dark * dx * dx;
            p.extent_y += dark * dy * dy;
        }
    }
    return p;
}
}  // namespace

TEST_CASE("paint_dot: the ink covers the dot's area; an oval is long along its axis") {
    DotLook round;
    round.radius_mm = 0.13;
    round.blur_mm = 0.02;
    round.color = sf::Color(40, 38, 40, 255);
    const double ppm = 80.0;
    const Painted r = paint(round, ppm);
    const double area_px = std::numbers::pi * std::pow(0.13 * ppm, 2.0);
    CHECK(r.ink_px == Approx(area_px).epsilon(0.12));
    CHECK(r.extent_x == Approx(r.extent_y).epsilon(0.05));
    CHECK(r.reddened == 0);

    DotLook oval = round;
    oval.stretch = 1.2;
    oval.axis_rad = 0.0;  // long along the map's x
    const Painted o = paint(oval, ppm);
    CHECK(o.ink_px == Approx(area_px).epsilon(0.12));
    CHECK(o.extent_x > 1.25 * o.extent_y);
    oval.axis_rad = std::numbers::pi / 2;  // long along y
    const Painted u = paint(oval, ppm);
    CHECK(u.extent_y > 1.25 * u.extent_x);
}

TEST_CASE("paint_dot: the redness of fresh work shows around the dot; a sub-pixel dot keeps its ink") {
    DotLook fresh;
    fresh.radius_mm = 0.13;
    fresh.blur_mm = 0.03;
    fresh.color = sf::Color(40, 38, 40, 235);
    fresh.redness_mm = 0.25;
    fresh.redness_color = sf::Color(205, 112, 98, 110);
    CHECK(paint(fresh, 80.0).reddened > 200);

    DotLook tiny = fresh;
    tiny.redness_color.a = 0;
    tiny.radius_mm = 0.02;  // 0.4 px at 20 px/mm
    sf::Image image;
    image.create(40, 40, kSkin);
    paint_dot(image, ImageFrame{{{-1, -1}, {1, 1}}, 20.0}, {0.013, 0.021}, tiny);
    double ink = 0;
    for (unsigned y = 0; y < 40; ++y)
        for (unsigned x = 0; x < 40; ++x) ink += (kSkin.g - image.getPixel(x, y).g) / double(kSkin.g - tiny.color.g);
    const double area_px = std::numbers::pi * std::pow(0.02 * 20.0, 2.0) * tiny.color.a / 255.0;
    CHECK(ink == Approx(area_px).epsilon(0.3));
}
