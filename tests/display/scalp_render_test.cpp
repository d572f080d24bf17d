// The scalp image: skin tones ordered by Fitzpatrick type, scars paler, stubble where hair remains,
// deterministic, and placed right side up when drawn through the view (Xvfb for the drawing).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Texture.hpp>

#include "model_display_guard.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/model/virtual_scalp.hpp"

using namespace stipple;

namespace {
double mean_lightness(const sf::Image& image) {
    double sum = 0;
    const sf::Vector2u size = image.getSize();
    for (unsigned y = 0; y < size.y; ++y) {
        for (unsigned x = 0; x < size.x; ++x) {
            const sf::Color c = image.getPixel(x, y);
            sum += 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
        }
    }
    return sum / (size.x * size.y);
}

// Share of pixels much darker than the image's median-ish level (hair strokes).
double dark_fraction(const sf::Image& image) {
    const double mean = mean_lightness(image);
    int dark = 0;
    const sf::Vector2u size = image.getSize();
    for (unsigned y = 0; y < size.y; ++y) {
        for (unsigned x = 0; x < size.x; ++x) {
            const sf::Color c = image.getPixel(x, y);
            if (0.299 * c.r + 0.587 * c.g + 0.114 * c.b < mean * 0.6) ++dark;
        }
    }
    return static_cast<double>(dark) / (size.x * size.y);
}

ScalpCase case_of(const std::string& pattern, const std::string& skin) {
    ScalpCase c;
    c.pattern = pattern;
    c.skin = skin;
    c.seed = 3;
    return c;
}
}  // namespace

TEST_CASE("scalp render: skin gets darker from Fitzpatrick I to VI") {
    double previous = 1e9;
    for (int type = 1; type <= 6; ++type) {
        const VirtualScalp s = generate_scalp(case_of("norwood-7", "fitzpatrick-" + std::to_string(type)));
        const double light = mean_lightness(render_scalp_image(s, Bounds{{-20, 100}, {20, 140}}, 4.0));
        CHECK(light < previous - 8.0);
        previous = light;
    }
}

TEST_CASE("scalp render: scars are paler than the skin around them, and hairless") {
    ScalpCase c = case_of("norwood-3", "fitzpatrick-4");
    Scar burn;
    burn.kind = "burn";
    burn.area = {{10, 140}, {30, 140}, {30, 160}, {10, 160}};
    c.scars.push_back(burn);
    const VirtualScalp s = generate_scalp(c);
    const double scar = mean_lightness(render_scalp_image(s, Bounds{{15, 145}, {25, 155}}, 8.0));
    const double skin = mean_lightness(render_scalp_image(s, Bounds{{-25, 145}, {-15, 155}}, 8.0));
    CHECK(scar > skin + 10.0);
    CHECK(dark_fraction(render_scalp_image(s, Bounds{{15, 145}, {25, 155}}, 8.0)) < 0.002);
}

TEST_CASE("scalp render: stubble where hair remains, bare skin where it is gone; deterministic") {
    const VirtualScalp s = generate_scalp(case_of("norwood-3", "fitzpatrick-3"));
    const sf::Image hairy = render_scalp_image(s, Bounds{{-5, 160}, {5, 170}}, 16.0);
    const sf::Image bald = render_scalp_image(s, Bounds{{-5, 50}, {5, 60}}, 16.0);
    CHECK(dark_fraction(hairy) > 0.005);
    CHECK(dark_fraction(bald) < 0.001);
    CHECK(hairy.getSize() == sf::Vector2u(160, 160));
    const sf::Image again = render_scalp_image(generate_scalp(case_of("norwood-3", "fitzpatrick-3")),
                                               Bounds{{-5, 160}, {5, 170}}, 16.0);
    CHECK(std::equal(hairy.getPixelsPtr(), hairy.getPixelsPtr() + 160 * 160 * 4, again.getPixelsPtr()));
}

TEST_CASE("scalp render: drawn through the view, the brows are at the bottom and the hair above") {
    const test::ModelDisplayGuard display;
    const VirtualScalp s = generate_scalp(case_of("norwood-3", "fitzpatrick-3"));
    const Bounds region{{-90, -30}, {90, 260}};
    const sf::Image image = render_scalp_image(s, region, 2.0);
    sf::Texture texture;
    REQUIRE(texture.loadFromImage(image));
    sf::RenderTexture frame;
    REQUIRE(frame.create(400, 640));
    ViewTransform view{1.0, {0, 0}, 400.0f, 640.0f};
    fit_bounds(view, region, 0.0f);
    frame.clear(sf::Color::Magenta);
    sf::RenderStates states;
    states.transform = scalp_to_screen_transform(view) * image_to_scalp_transform(region, 2.0);
    frame.draw(sf::Sprite(texture), states);
    frame.display();
    const sf::Image shot = frame.getTexture().copyToImage();
    auto lightness_at = [&](Point p) {
        const sf::Vector2f px = to_screen(view, p);
        const sf::Color c = shot.getPixel(static_cast<unsigned>(px.x), static_cast<unsigned>(px.y));
        CHECK(!(c.r == 255 && c.g == 0 && c.b == 255));  // covered by the scalp image
        return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
    };
    // The brow (dense dark hair) is darker than the bare forehead above it.
    const Point brow = s.landmarks.brow_right_mm[3];
    CHECK(lightness_at(brow) < lightness_at({brow.x, 40}) - 20);
    CHECK(to_screen(view, brow).y > to_screen(view, {0, 190}).y);
}
