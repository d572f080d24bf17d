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

// Draws one dot on skin-coloured ground through the canvas and the view, and measures it.
Measured draw_one(const DotLook& look) {
    const sf::Color skin(198, 156, 128);
    DotCanvas canvas(Bounds{{-2, -2}, {2, 2}}, 0.0, 40.0);
    canvas.add({0, 0, 0.0, std::nullopt}, look);
    sf::RenderTexture frame;
    REQUIRE(frame.create(200, 200));
    frame.clear(skin);
    canvas.draw(frame, ViewTransform{40.0, {0, 0}, 200.0f, 200.0f});
    frame.display();
    const sf::Image shot = frame.getTexture().copyToImage();
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
