// Pigment dots as drawn: a too-deep dot covers more pixels and is bluer than a good one; a shallow one is
// fainter; healed shallow dots vanish. Rendered through the canvas on an OpenGL context (Xvfb).
#include <catch2/catch.hpp>

#include <cstdlib>

#include <SFML/Graphics/RenderTexture.hpp>

#include "model_display_guard.hpp"
#include "sim/model/dot_canvas.hpp"
#include "sim/model/pigment_model.hpp"

using namespace stipple;

namespace {
struct Measured {
    int pixels = 0;         // pixels visibly changed from the skin
    double blueness = 0.0;  // b - (r+g)/2 at the dot's centre
    int darkest = 255;      // lowest green value (how strong the dot is)
};

// One dot drawn through the canvas on skin; returns the frame (40 px/mm, 200 x 200 px, dot at the centre, the
// canvas covering +-half_mm around it).
sf::Image draw_frame(const DotLook& look, double half_mm = 2.4) {
    const sf::Color skin(198, 156, 128);
    DotCanvas canvas(Bounds{{-half_mm, -half_mm}, {half_mm, half_mm}}, 0.0, 40.0);
    canvas.add({0, 0, 0.0, std::nullopt}, look);
    sf::RenderTexture frame;
    REQUIRE(frame.create(200, 200));
    frame.clear(skin);
    canvas.draw(frame, ViewTransform{40.0, {0, 0}, 200.0f, 200.0f});
    frame.display();
    return frame.getTexture().copyToImage();
}

// Draws one dot on skin-coloured ground through the canvas and the view, and measures it.
Measured draw_one(const DotLook& look) {
    const sf::Color skin(198, 156, 128);
    const sf::Image shot = draw_frame(look, 2.0);
    Measured m;
    for (unsigned y = 0; y < 200; ++y) {
        for (unsigned x = 0; x < 200; ++x) {
            const sf::Color c = shot.getPixel(x, y);
            const int diff = std::abs(c.r - skin.r) + std::abs(c.g - skin.g) + std::abs(c.b - skin.b);
            if (diff > 24) {
                ++m.pixels;
                m.darkest = std::min<int>(m.darkest, c.g);
            }
        }
    }
    const sf::Color centre = shot.getPixel(100, 100);
    m.blueness = centre.b - 0.5 * (centre.r + centre.g);
    return m;
}
}  // namespace

TEST_CASE("pigment render: a deep dot is larger and bluer than a good one, a shallow one fainter") {
    const test::ModelDisplayGuard display;
    Needle needle;
    SkinSite site;
    site.tone = sf::Color(198, 156, 128);
    const Measured good = draw_one(fresh_dot_look(needle, 0.65, site));
    const Measured deep = draw_one(fresh_dot_look(needle, 1.6, site));
    const Measured shallow = draw_one(fresh_dot_look(needle, 0.12, site));
    // A 0.25 mm needle at 40 px/mm: a dot about 10 px across.
    CHECK(good.pixels > 50);
    CHECK(good.pixels < 160);
    CHECK(deep.pixels > 2.5 * good.pixels);
    CHECK(deep.blueness > good.blueness + 15);
    CHECK(shallow.darkest > good.darkest + 40);
}

TEST_CASE("pigment render: a healed shallow dot leaves nothing; a good one still shows after a year") {
    const test::ModelDisplayGuard display;
    Needle needle;
    SkinSite site;
    CHECK(draw_one(healed_dot_look(needle, 0.15, site, 45, false)).pixels == 0);
    CHECK(draw_one(healed_dot_look(needle, 0.65, site, 365, false)).pixels > 40);
}


TEST_CASE("pigment render: fresh redness rings the dot; the healed haze is faint and reaches about 1 mm") {
    const test::ModelDisplayGuard display;
    Needle needle;
    SkinSite site;
    site.tone = sf::Color(198, 156, 128);
    site.variation_seed = 11;
    const sf::Image fresh = draw_frame(fresh_dot_look(needle, 0.65, site));
    // 0.2 mm from the centre (just outside the dot): redder than the skin, not dark.
    int red = 0;
    for (const auto& [x, y] : {std::pair{108u, 100u}, std::pair{92u, 100u}, std::pair{100u, 108u}, std::pair{100u, 92u}}) {
        const sf::Color c = fresh.getPixel(x, y);
        INFO(int(c.r) << "," << int(c.g) << "," << int(c.b));
        if (c.r - 0.5 * (c.g + c.b) > 198 - 0.5 * (156 + 128) + 5 && c.g > 100) ++red;
    }
    CHECK(red >= 3);
    // A month later: no redness, and a faint grey haze 0.6 mm out, none at 1.3 mm.
    const sf::Image healed = draw_frame(healed_dot_look(needle, 0.65, site, 30, false));
    const sf::Color near = healed.getPixel(124, 100), far = healed.getPixel(152, 100), centre = healed.getPixel(100, 100);
    CHECK(near.g < 156 - 3);
    CHECK(near.g > 120);
    CHECK(far == sf::Color(198, 156, 128));
    CHECK(centre.g < 100);
    CHECK(near.r - 0.5 * (near.g + near.b) <= 198 - 0.5 * (156 + 128) + 1);
}

TEST_CASE("pigment render: an oval impression is drawn long along its axis") {
    const test::ModelDisplayGuard display;
    DotLook look;
    look.radius_mm = 0.3;
    look.blur_mm = 0.02;
    look.color = sf::Color(40, 38, 40, 255);
    look.stretch = 1.2;
    look.axis_rad = 0.0;  // along the map's x
    const sf::Image image = draw_frame(look);
    auto dark_run = [&](int dx, int dy) {
        int n = 0;
        for (int i = -40; i <= 40; ++i) n += image.getPixel(100 + i * dx, 100 + i * dy).g < 100 ? 1 : 0;
        return n;
    };
    CHECK(dark_run(1, 0) > dark_run(0, 1) * 1.12);
}
