// The 3D head's pane on a real OpenGL context (Xvfb), through window events as the screens get them: frames
// with nothing changed blit the head (no new render); a preset key, the wheel and a drag re-render it; a
// left click at the centre of the top view is the needle down and up at a map point near the vertex, on the
// midline; on the score screen the same click turns the head instead, and a new healed look re-renders it;
// outside the pane and when hidden (H) nothing is the pane's; a dot placed asks the work screen for the frame
// that shows it (within the skin's refresh interval), while the score screen shows every change at once.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include <SFML/Graphics/RenderWindow.hpp>

#include "model_display_guard.hpp"
#include "sim/flow/frame_pacing.hpp"
#include "sim/ui/head_pane.hpp"
#include "sim/ui/imgui_bridge.hpp"
#include "sim/ui/practice_scene.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

namespace {

const sf::Vector2u kWindow{1280, 800};

void frame(sf::RenderWindow& window, ImGuiBridge& imgui, HeadPane& pane, const PracticeScene& scene) {
    imgui.new_frame(sf::milliseconds(16));
    window.clear(sf::Color(30, 30, 30));
    pane.draw(window, scene, kWindow);
    imgui.render();
    window.display();
}

sf::Event button(sf::Event::EventType type, sf::Mouse::Button b, float x, float y) {
    sf::Event e;
    e.type = type;
    e.mouseButton = {b, int(x), int(y)};
    return e;
}

sf::Event moved(float x, float y) {
    sf::Event e;
    e.type = sf::Event::MouseMoved;
    e.mouseMove = {int(x), int(y)};
    return e;
}

sf::Event wheel(float x, float y, float delta) {
    sf::Event e;
    e.type = sf::Event::MouseWheelScrolled;
    e.mouseWheelScroll = {sf::Mouse::VerticalWheel, delta, int(x), int(y)};
    return e;
}

sf::Event::KeyEvent key(sf::Keyboard::Key code) {
    sf::Event::KeyEvent k{};
    k.code = code;
    return k;
}

}  // namespace

TEST_CASE("head pane: redraws only on change; a click on the top view is the needle near the vertex",
          "[head_pane]") {
    const test::ModelDisplayGuard display;
    sf::RenderWindow window(sf::VideoMode(kWindow.x, kWindow.y), "head-pane-test");
    ImGuiBridge imgui(window);
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    const PracticeScene scene(lesson);
    std::vector<std::string> notes;
    HeadPane pane(ViewScreen::Practice, [&](const std::string& line) { notes.push_back(line); });

    frame(window, imgui, pane, scene);
    REQUIRE(pane.shown());
    CHECK(pane.renders() == 1);
    REQUIRE_FALSE(notes.empty());
    CHECK(notes.front() == "head view at 886,350 384x378 px");
    frame(window, imgui, pane, scene);
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == 1);  // nothing changed: blitted

    const PixelRect vp = pane.layout().viewport;
    const float cx = vp.left_px + vp.width_px / 2, cy = vp.top_px + vp.height_px / 2;
    CHECK(pane.handle_key(key(sf::Keyboard::Num4)));
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == 2);  // a camera change: the quick (half-size) picture first (head_view)
    CHECK(notes.back() == "head view: top");
    CHECK(pane.next_frame_in_s() == 0.0);  // the sharp picture is due with no further input
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == 3);  // then once more sharp, the camera still
    CHECK(pane.next_frame_in_s() == kNoFrameNeeded);

    const HeadPointerStep down = pane.handle_pointer(button(sf::Event::MouseButtonPressed, sf::Mouse::Left, cx, cy), true);
    CHECK(down.used);
    REQUIRE(down.needle == InputEvent::Kind::Down);
    CHECK(std::abs(down.needle_mm.x) < 2.0);              // the midline
    CHECK(down.needle_mm.y == Approx(156.0).margin(15.0));  // the vertex (head_landmarks: y 156)
    CHECK(pane.needle_down());
    const HeadPointerStep up = pane.handle_pointer(button(sf::Event::MouseButtonReleased, sf::Mouse::Left, cx, cy), true);
    REQUIRE(up.needle == InputEvent::Kind::Up);
    CHECK(up.needle_mm == down.needle_mm);
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == 3);  // a click does not move the camera

    // The wheel zooms and a right drag turns: each a new picture (the quick one, then the sharp one).
    CHECK(pane.handle_pointer(wheel(cx, cy, 1.0f), true).used);
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == 4);
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == 5);
    CHECK(notes.back().rfind("head view distance ", 0) == 0);
    CHECK(pane.handle_pointer(button(sf::Event::MouseButtonPressed, sf::Mouse::Right, cx, cy), true).used);
    const HeadPointerStep turn = pane.handle_pointer(moved(cx + 60, cy), true);
    CHECK(turn.used);
    CHECK_FALSE(turn.needle);
    CHECK(pane.moving());
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == 6);
    CHECK(pane.handle_pointer(button(sf::Event::MouseButtonReleased, sf::Mouse::Right, cx + 60, cy), true).used);
    frame(window, imgui, pane, scene);
    CHECK(notes.back().rfind("head view turned to yaw ", 0) == 0);

    // Outside the pane: the map's.
    CHECK_FALSE(pane.handle_pointer(button(sf::Event::MouseButtonPressed, sf::Mouse::Left, 500, 400), true).used);
    CHECK_FALSE(pane.handle_pointer(wheel(500, 400, 1.0f), true).used);

    // Hidden: no picture, nothing is the pane's, the keys 1..7 too.
    CHECK(pane.handle_key(key(sf::Keyboard::H)));
    frame(window, imgui, pane, scene);
    CHECK_FALSE(pane.shown());
    CHECK(notes.back() == "head view hidden");
    const std::size_t renders = pane.renders();
    CHECK_FALSE(pane.handle_pointer(button(sf::Event::MouseButtonPressed, sf::Mouse::Left, cx, cy), true).used);
    CHECK_FALSE(pane.handle_key(key(sf::Keyboard::Num1)));
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == renders);
    CHECK(pane.handle_key(key(sf::Keyboard::H)));  // back
    frame(window, imgui, pane, scene);
    CHECK(pane.shown());
}

TEST_CASE("head pane: on the score screen a click on the skin turns the head, never the needle", "[head_pane]") {
    const test::ModelDisplayGuard display;
    sf::RenderWindow window(sf::VideoMode(kWindow.x, kWindow.y), "head-pane-score-test");
    ImGuiBridge imgui(window);
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    PracticeScene scene(lesson);
    HeadPane pane(ViewScreen::Score);
    frame(window, imgui, pane, scene);
    REQUIRE(pane.shown());
    const PixelRect vp = pane.layout().viewport;
    CHECK(vp.top_px == 10.0f);
    const float cx = vp.left_px + vp.width_px / 2, cy = vp.top_px + vp.height_px / 2;
    const std::size_t before = pane.renders();
    const HeadPointerStep press = pane.handle_pointer(button(sf::Event::MouseButtonPressed, sf::Mouse::Left, cx, cy), false);
    CHECK(press.used);
    CHECK_FALSE(press.needle);
    CHECK_FALSE(pane.handle_pointer(moved(cx, cy + 40), false).needle);
    pane.handle_pointer(button(sf::Event::MouseButtonReleased, sf::Mouse::Left, cx, cy + 40), false);
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == before + 1);  // turned

    // The healed look chosen on the score screen (PracticeScene::show_dots) reaches the head: a new picture.
    const std::vector<Dot> dots{{0.0, 90.0, 0.6, std::nullopt}, {2.0, 92.0, 0.6, std::nullopt}};
    scene.show_dots(dots, 0.0, false);
    frame(window, imgui, pane, scene);
    const std::size_t fresh = pane.renders();
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == fresh);
    scene.show_dots(dots, 4 * 365.0, true);  // 4 years, sun
    frame(window, imgui, pane, scene);
    CHECK(pane.renders() == fresh + 1);
    CHECK(pane.next_frame_in_s() == kNoFrameNeeded);  // shown at once: nothing left to catch up
}

TEST_CASE("head pane: on the work screen a dot placed asks for the frame that shows it, within the skin's "
          "refresh interval",
          "[head_pane]") {
    const test::ModelDisplayGuard display;
    sf::RenderWindow window(sf::VideoMode(kWindow.x, kWindow.y), "head-pane-refresh-test");
    ImGuiBridge imgui(window);
    const Lesson lesson = test::shipped_lesson("hairline-classic");
    PracticeScene scene(lesson);
    HeadPane pane(ViewScreen::Practice);
    CHECK(pane.next_frame_in_s() == kNoFrameNeeded);  // nothing drawn yet
    frame(window, imgui, pane, scene);
    REQUIRE(pane.shown());
    CHECK(pane.next_frame_in_s() == kNoFrameNeeded);  // the first draw showed the scene
    scene.add_dot({0.0, 90.0, 0.6, std::nullopt});
    const double due_in_s = pane.next_frame_in_s();  // stale: a frame at most one interval from now
    CHECK(due_in_s >= 0.0);
    CHECK(due_in_s <= kHeadSkinRefreshIntervalS);
}
