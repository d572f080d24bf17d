// The practice screen's drawing on a real OpenGL context (Xvfb): the ImGui bridge draws panels, reports
// when they want the mouse and leaves SFML able to draw textures afterwards; the scene draws skin and dots;
// depth-coloured rings land on their dots; F12 screenshots are PNGs of the window.
#include <catch2/catch.hpp>

#include <algorithm>

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/System/Sleep.hpp>
#include <imgui.h>

#include "model_display_guard.hpp"
#include "scoring/lesson_io.hpp"
#include "sim/ui/imgui_bridge.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/practice_scene.hpp"
#include "sim/ui/scalp_world.hpp"
#include "sim/ui/screenshot.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {
sf::Image grab(const sf::RenderWindow& window) {
    sf::Texture t;
    REQUIRE(t.create(window.getSize().x, window.getSize().y));
    t.update(window);
    return t.copyToImage();
}

sf::Event mouse_moved(int x, int y) {
    sf::Event e;
    e.type = sf::Event::MouseMoved;
    e.mouseMove.x = x;
    e.mouseMove.y = y;
    return e;
}

void panel_frame(sf::RenderWindow& window, ImGuiBridge& imgui) {
    imgui.new_frame(sf::milliseconds(16));
    ImGui::SetNextWindowPos(ImVec2(10, 10));
    ImGui::SetNextWindowSize(ImVec2(200, 100));
    ImGui::Begin("Panel");
    ImGui::TextUnformatted("Depth 0.62 mm");
    ImGui::End();
    window.clear(sf::Color(255, 0, 0));
    imgui.render();
}
}  // namespace

TEST_CASE("practice: the ImGui bridge draws panels, takes the mouse over them, and SFML still draws after",
          "[practice]") {
    const test::ModelDisplayGuard display;
    sf::RenderWindow window(sf::VideoMode(320, 240), "practice-imgui-test");
    ImGuiBridge imgui(window);
    panel_frame(window, imgui);
    sf::Image shot = grab(window);
    CHECK(shot.getPixel(100, 70) != sf::Color(255, 0, 0));  // the panel
    CHECK(shot.getPixel(300, 220) == sf::Color(255, 0, 0)); // outside it
    window.display();

    imgui.process_event(mouse_moved(50, 50));
    panel_frame(window, imgui);
    CHECK(imgui.wants_mouse());
    window.display();
    imgui.process_event(mouse_moved(300, 220));
    panel_frame(window, imgui);
    CHECK_FALSE(imgui.wants_mouse());
    window.display();

    // After ImGui drew, a texture made and drawn by SFML shows (ImGui's GL state must not leak into SFML).
    sf::Image green;
    green.create(16, 16, sf::Color(0, 200, 0));
    sf::Texture texture;
    REQUIRE(texture.loadFromImage(green));
    window.clear(sf::Color(255, 0, 0));
    sf::Sprite sprite(texture);
    sprite.setPosition(250, 150);
    window.draw(sprite);
    shot = grab(window);
    CHECK(shot.getPixel(258, 158) == sf::Color(0, 200, 0));
}

TEST_CASE("practice: the scene draws the scalp's skin, the fresh dots, and clears them again", "[practice]") {
    const test::ModelDisplayGuard display;
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    sf::RenderTexture target;
    REQUIRE(target.create(200, 160));
    PracticeScene scene(lesson);
    ViewTransform view;
    view.viewport_w_px = 200;
    view.viewport_h_px = 160;
    view.center_mm = {0, 76};  // bald forehead skin, inside the zone
    view.px_per_mm = 20;
    auto centre_pixel = [&] {
        target.clear(sf::Color::Blue);
        scene.draw_skin(target, view);
        scene.draw_dots(target, view);
        target.display();
        return target.getTexture().copyToImage().getPixel(100, 80);
    };
    const sf::Color skin = centre_pixel();
    CHECK(skin != sf::Color::Blue);
    CHECK(int(skin.r) > int(skin.b));  // skin tones are warm
    scene.add_dot({0.0, 76.0, 0.6, 1.0});
    const sf::Color dotted = centre_pixel();
    CHECK(int(dotted.r) + dotted.g + dotted.b < int(skin.r) + skin.g + skin.b - 100);  // dark pigment
    scene.show_dots({}, 0.0, false);
    CHECK(centre_pixel() == skin);
    // A shallow dot has faded away after a year; a good one still shows.
    scene.show_dots({{0.0, 76.0, 0.12, 1.0}}, 365.0, false);
    const sf::Color faded = centre_pixel();
    scene.show_dots({{0.0, 76.0, 0.6, 1.0}}, 365.0, false);
    const sf::Color kept = centre_pixel();
    CHECK(int(kept.r) + kept.g + kept.b < int(faded.r) + faded.g + faded.b);
}

TEST_CASE("practice: depth-coloured rings are drawn around their dots", "[practice]") {
    const test::ModelDisplayGuard display;
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    sf::RenderTexture target;
    REQUIRE(target.create(200, 200));
    ViewTransform view;
    view.viewport_w_px = 200;
    view.viewport_h_px = 200;
    view.center_mm = {0, 87};
    view.px_per_mm = 10;
    target.clear(sf::Color::Black);
    draw_depth_dots(target, view, lesson, {{0.0, 87.0, 0.6, std::nullopt}, {5.0, 87.0, 1.6, std::nullopt}});
    target.display();
    const sf::Image image = target.getTexture().copyToImage();
    // Ring radius 3.5..5.5 px around (100, 100) and (150, 100).
    CHECK(image.getPixel(104, 100) == depth_error_color(0.6, 0.4, 0.9));
    CHECK(image.getPixel(154, 100) == depth_error_color(1.6, 0.4, 0.9));
    CHECK(image.getPixel(100, 100) == sf::Color::Black);  // the dot itself stays visible
    CHECK(image.getPixel(125, 100) == sf::Color::Black);
}

TEST_CASE("practice: a screenshot is a PNG of the whole window in the given folder", "[practice]") {
    const test::ModelDisplayGuard display;
    test::ScratchDir dir;
    sf::RenderWindow window(sf::VideoMode(240, 150), "practice-screenshot-test");
    window.clear(sf::Color(10, 20, 200));
    const std::filesystem::path path = save_screenshot(window, dir / "shots");
    window.display();
    CHECK(path.parent_path() == dir / "shots");
    CHECK(path.extension() == ".png");
    sf::Image image;
    REQUIRE(image.loadFromFile(path.string()));
    CHECK(image.getSize() == sf::Vector2u(240, 150));
    CHECK(image.getPixel(120, 75) == sf::Color(10, 20, 200));
    CHECK(save_screenshot(window, dir / "shots") != path);  // a second one never overwrites the first
}

TEST_CASE("practice: the scalp world is composed once per change and blitted in between, looking the same",
          "[practice]") {
    const test::ModelDisplayGuard display;
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    PracticeScene scene(lesson);
    sf::RenderTexture cached_target, direct_target;
    REQUIRE(cached_target.create(200, 160));
    REQUIRE(direct_target.create(200, 160));
    ViewTransform view;
    view.viewport_w_px = 200;
    view.viewport_h_px = 160;
    view.center_mm = {0, 76};
    view.px_per_mm = 20;
    OverlayToggles toggles{false, false, false, false};
    std::vector<Dot> dots;
    ScalpWorldCache cache;
    auto cached = [&] {
        cached_target.clear(sf::Color::Blue);
        cache.draw(cached_target, view, scene, toggles, nullptr, dots, sf::Color::Blue);
        cached_target.display();
        return cached_target.getTexture().copyToImage();
    };
    auto direct = [&] {
        direct_target.clear(sf::Color::Blue);
        draw_scalp_world(direct_target, view, scene, toggles, nullptr, dots);
        direct_target.display();
        return direct_target.getTexture().copyToImage();
    };
    auto same = [](const sf::Image& a, const sf::Image& b) {
        return a.getSize() == b.getSize() &&
               std::equal(a.getPixelsPtr(), a.getPixelsPtr() + a.getSize().x * a.getSize().y * 4, b.getPixelsPtr());
    };
    const sf::Image first = cached();
    CHECK(cache.compositions() == 1);
    CHECK(same(cached(), first));  // a frame with nothing changed: blitted, not composed
    CHECK(cache.compositions() == 1);
    CHECK(same(first, direct()));

    scene.add_dot({0.0, 76.0, 0.6, 1.0});  // the pigment layer changed
    const sf::Image dotted = cached();
    CHECK(cache.compositions() == 2);
    CHECK_FALSE(same(dotted, first));
    CHECK(same(dotted, direct()));

    CHECK(same(cached(), dotted));
    view.center_mm.x += 1.0;  // the view moved
    CHECK(same(cached(), direct()));
    CHECK(cache.compositions() == 3);
    view.center_mm.x += 1.0;  // ... and moves on (a pan): drawn straight, not composed
    CHECK(same(cached(), direct()));
    view.center_mm.x += 1.0;
    CHECK(same(cached(), direct()));
    CHECK(cache.compositions() == 3);
    CHECK(same(cached(), direct()));  // it stopped: composed once more, then blitted
    CHECK(cache.compositions() == 4);
    toggles.zone = true;  // guides are drawn over the blit every frame: no new composition
    CHECK(same(cached(), direct()));
    CHECK(cache.compositions() == 4);
    toggles.depth_colors = true;  // depth colours are part of the picture
    dots.push_back({0.0, 76.0, 0.6, 1.0});
    CHECK(same(cached(), direct()));
    CHECK(cache.compositions() == 5);
}

TEST_CASE("practice: a scene prepared in the background draws plain skin, then the same picture as one prepared now",
          "[practice]") {
    const test::ModelDisplayGuard display;
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    sf::RenderTexture target;
    REQUIRE(target.create(120, 90));
    ViewTransform view;
    view.viewport_w_px = 120;
    view.viewport_h_px = 90;
    view.center_mm = {0, 95};
    view.px_per_mm = 12;
    auto picture = [&](const PracticeScene& scene) {
        target.clear(sf::Color::Blue);
        scene.draw_skin(target, view);
        target.display();
        return target.getTexture().copyToImage();
    };
    const PracticeScene now(lesson);
    CHECK(now.pictures_ready());
    CHECK_FALSE(now.pictures_pending());
    const sf::Image expected = picture(now);

    PracticeScene later(lesson, ScalpPreparation::InBackground);
    const std::uint64_t version = later.version();
    if (!later.pictures_ready()) {
        CHECK(later.pictures_pending());
        const sf::Image plain = picture(later);  // the scalp's own tone everywhere
        CHECK(plain.getPixel(10, 10) == later.scalp().skin_tone);
        CHECK(plain.getPixel(110, 80) == later.scalp().skin_tone);
    }
    // Waits for the background bake (the cache makes it quick after the scene above), then takes it.
    for (int i = 0; i < 600 && !later.pictures_ready(); ++i) sf::sleep(sf::milliseconds(50));
    REQUIRE(later.pictures_ready());
    CHECK_FALSE(later.pictures_pending());
    CHECK(later.version() != version);  // cached pictures of the scene know to redraw
    const sf::Image got = picture(later);
    CHECK(std::equal(got.getPixelsPtr(), got.getPixelsPtr() + 120 * 90 * 4, expected.getPixelsPtr()));
}
