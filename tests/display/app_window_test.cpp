// The window module on a real display (Xvfb): one loop runs screen after screen, clears with the screen's
// background under what it draws, hands over at once when a screen says so (even on entering, before it
// draws a frame), ends the run on Next::end(), and saves F12 screenshots with the ImGui panels in them in the
// data folder it is given. (Refusing to open without a display is tested headless: tests/flow/shell_cli_test.)
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <imgui.h>

#include "model_display_guard.hpp"
#include "sim/ui/app_window.hpp"
#include "tests/test_support.hpp"

using namespace stipple;

namespace {

WindowSpec small_window() {
    WindowSpec spec;
    spec.width_px = 320;
    spec.height_px = 240;
    spec.title = "app-window-test";
    return spec;
}

sf::Image grab(sf::RenderWindow& window) {
    sf::Texture t;
    REQUIRE(t.create(window.getSize().x, window.getSize().y));
    t.update(window);
    return t.copyToImage();
}

// What the screens saw, in order ("A enter", "A frame 1", ...), and the pixels they read back.
struct Log {
    std::vector<std::string> lines;
    std::optional<sf::Image> picture;  // the back buffer after A's world was drawn in its first frame
};

// Draws a green square over its background for `frames` frames, then goes to `then_screen` (or ends).
class SquareScreen final : public Screen {
public:
    SquareScreen(std::string name, Log& log, int frames, std::unique_ptr<Screen> then_screen = nullptr)
        : name_(std::move(name)), log_(log), frames_(frames), then_(std::move(then_screen)) {}
    void enter(AppWindow&) override { log_.lines.push_back(name_ + " enter"); }
    void handle_event(AppWindow&, const sf::Event&) override {}
    void draw(AppWindow& window) override {
        ++drawn_;
        log_.lines.push_back(name_ + " frame " + std::to_string(drawn_));
        sf::RectangleShape square({40, 40});
        square.setPosition(100, 100);
        square.setFillColor(sf::Color(0, 200, 0));
        window.window().draw(square);
        if (!log_.picture) log_.picture = grab(window.window());
    }
    Next next() override {
        if (drawn_ < frames_) return Next::stay();
        return then_ ? Next::to(std::move(then_)) : Next::end();
    }
    sf::Color background() const override { return sf::Color(200, 0, 0); }

private:
    std::string name_;
    Log& log_;
    int frames_;
    std::unique_ptr<Screen> then_;
    int drawn_ = 0;
};

// Hands over on entering: it never draws.
class PassScreen final : public Screen {
public:
    PassScreen(Log& log, std::unique_ptr<Screen> then_screen) : log_(log), then_(std::move(then_screen)) {}
    void enter(AppWindow&) override { log_.lines.push_back("pass enter"); }
    void handle_event(AppWindow&, const sf::Event&) override {}
    void draw(AppWindow&) override { log_.lines.push_back("pass frame"); }
    Next next() override { return Next::to(std::move(then_)); }

private:
    Log& log_;
    std::unique_ptr<Screen> then_;
};

// Asks for a screenshot in its first frame, with an ImGui panel at the top left; ends when it is saved.
class ShotScreen final : public Screen {
public:
    explicit ShotScreen(std::string& note) : note_(note) {}
    void handle_event(AppWindow&, const sf::Event&) override {}
    void draw(AppWindow& window) override {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(120, 80));
        ImGui::Begin("Panel");
        ImGui::TextUnformatted("shot");
        ImGui::End();
        if (!asked_) window.request_screenshot([this](const std::string& note) { note_ = note; });
        asked_ = true;
    }
    Next next() override { return note_.empty() ? Next::stay() : Next::end(); }
    sf::Color background() const override { return sf::Color(10, 20, 200); }

private:
    std::string& note_;
    bool asked_ = false;
};

}  // namespace

TEST_CASE("window: one loop runs the screens in turn; a screen that hands over on entering draws nothing",
          "[window]") {
    const test::ModelDisplayGuard display;
    AppWindow window(small_window());
    Log log;
    auto b = std::make_unique<SquareScreen>("B", log, 1);
    auto pass = std::make_unique<PassScreen>(log, std::move(b));
    window.run(std::make_unique<SquareScreen>("A", log, 2, std::move(pass)));
    CHECK(log.lines == std::vector<std::string>{"A enter", "A frame 1", "A frame 2", "pass enter", "B enter",
                                                "B frame 1"});
    REQUIRE(log.picture);
    CHECK(log.picture->getPixel(120, 120) == sf::Color(0, 200, 0));  // the screen's world
    CHECK(log.picture->getPixel(20, 200) == sf::Color(200, 0, 0));   // over its background
    CHECK(window.window().isOpen());  // the run ended; the window is the owner's to close
}

TEST_CASE("window: F12's screenshot is taken after ImGui drew, in the data folder, and the path is reported",
          "[window]") {
    const test::ModelDisplayGuard display;
    test::ScratchDir dir;
    const std::string data = (dir / "data").string();
    ::setenv("XDG_DATA_HOME", data.c_str(), 1);
    AppWindow window(small_window());
    std::string note;
    window.run(std::make_unique<ShotScreen>(note));
    ::unsetenv("XDG_DATA_HOME");
    const std::string prefix = "Screenshot saved: ";
    REQUIRE(note.rfind(prefix, 0) == 0);
    const std::filesystem::path path = note.substr(prefix.size());
    CHECK(path.parent_path() == dir / "data" / "stipple" / "screenshots");
    sf::Image image;
    REQUIRE(image.loadFromFile(path.string()));
    CHECK(image.getSize() == sf::Vector2u(320, 240));
    CHECK(image.getPixel(300, 220) == sf::Color(10, 20, 200));  // the background
    CHECK(image.getPixel(60, 50) != sf::Color(10, 20, 200));    // the ImGui panel is in the picture
}

TEST_CASE("window: screenshots go to the data folder of the gradebook in use when the caller names it",
          "[window]") {
    const test::ModelDisplayGuard display;
    test::ScratchDir dir;
    WindowSpec spec = small_window();
    spec.data_dir = dir / "academy";
    AppWindow window(spec);
    std::string note;
    window.run(std::make_unique<ShotScreen>(note));
    const std::string prefix = "Screenshot saved: ";
    REQUIRE(note.rfind(prefix, 0) == 0);
    CHECK(std::filesystem::path(note.substr(prefix.size())).parent_path() == dir / "academy" / "screenshots");
}

namespace {

// Asks for a frame only every `every_s` seconds (a timer, nothing moving) and ends after `wakes` of them;
// counts the frames the loop drew meanwhile.
class TimerScreen final : public Screen {
public:
    TimerScreen(double every_s, int wakes, int& frames, int& events)
        : every_s_(every_s), wakes_(wakes), frames_(frames), events_(events) {}
    void handle_event(AppWindow&, const sf::Event&) override { ++events_; }
    void draw(AppWindow&) override {
        ++frames_;
        if (started_ && since_.getElapsedTime().asSeconds() >= every_s_ * 0.9) {
            ++woken_;
            since_.restart();
        }
        if (!started_) since_.restart();
        started_ = true;
    }
    double next_frame_in_s() const override {
        return std::max(0.0, every_s_ - double(since_.getElapsedTime().asSeconds()));
    }
    Next next() override { return woken_ >= wakes_ ? Next::end() : Next::stay(); }

private:
    double every_s_;
    int wakes_;
    int& frames_;
    int& events_;
    bool started_ = false;
    int woken_ = 0;
    sf::Clock since_;
};

}  // namespace

TEST_CASE("window: with no input the loop draws only the frames a screen asks for, and sleeps between them",
          "[window]") {
    const test::ModelDisplayGuard display;
    AppWindow window(small_window());
    window.window().setFramerateLimit(0);  // an always-drawing loop would draw hundreds of frames in 0.5 s
    int frames = 0, events = 0;
    window.run(std::make_unique<TimerScreen>(0.1, 5, frames, events));
    // The settling frames after entering and after each of the window's own events (focus, expose, a resize:
    // how many arrive depends on the server and the machine's speed) plus one frame per timer: never one per
    // display refresh (an always-drawing loop draws hundreds here).
    CHECK(frames >= 5);
    CHECK(frames <= kSettleFrames * (1 + events) + 5);
}

TEST_CASE("window: frame() runs one frame of a screen with the events it is given", "[window]") {
    const test::ModelDisplayGuard display;
    AppWindow window(small_window());
    Log log;
    SquareScreen screen("S", log, 100);
    screen.enter(window);
    sf::Event key;
    key.type = sf::Event::KeyPressed;
    key.key = {sf::Keyboard::A, false, false, false, false};
    CHECK(window.frame(screen, {key}).staying());
    CHECK(window.frame(screen).staying());
    CHECK(log.lines == std::vector<std::string>{"S enter", "S frame 1", "S frame 2"});
}
