// The simulator's window, written once: the display probe, the SFML window and its ImGui bridge, and the one
// frame loop every screen runs in (poll, resize, clear, ImGui new_frame/render, display, screenshots; a frame
// only after events or when the screen asks for one, sleeping in between).
// `stipple` (the app shell), `stipple practice` and `stipple edit` each open one AppWindow.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>

#include "sim/ui/imgui_bridge.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

struct WindowSpec {
    unsigned width_px = 1280;
    unsigned height_px = 800;
    std::string title = "Stipple";
    enum class Placement { Centred, TopLeft };  // TopLeft: window px == screen px (scripts drive the editor)
    Placement placement = Placement::Centred;
    // Multisampling costs about 3x per frame with software GL; the overlays draw their own soft edges.
    unsigned antialiasing = 0;
    bool key_repeat = true;
    // The user-data folder F12 screenshots go to (DATA_DIR/screenshots, academy/user_data.hpp): the one next to
    // the gradebook in use; empty = the default data folder.
    std::filesystem::path data_dir;
};

// No X display: "cannot open an X display (is DISPLAY set?); the simulator needs a window".
struct NoDisplayError : std::runtime_error {
    NoDisplayError();
};

class AppWindow {
public:
    // Probes the X display first: NoDisplayError when there is none.
    explicit AppWindow(const WindowSpec& spec);
    ~AppWindow();
    AppWindow(const AppWindow&) = delete;
    AppWindow& operator=(const AppWindow&) = delete;

    sf::RenderWindow& window() { return window_; }
    ImGuiBridge& imgui() { return *imgui_; }
    sf::Vector2u size() const { return window_.getSize(); }
    void set_title(const std::string& utf8_title);

    // Runs `first` and every screen it hands over to until one ends the run or the window is closed.
    void run(std::unique_ptr<Screen> first);
    // One frame of `screen` as run() draws it: the `injected` events (benchmarks and tests drive screens with
    // them) and the window's pending ones go to ImGui and the screen, then update, draw, display. Returns what
    // the screen says next (stay() unless it hands over; the caller enters the next screen).
    Next frame(Screen& screen, std::vector<sf::Event> injected = {});

    // One frame with a centred message, at once (before slow work such as generating the scalp).
    void show_message(const std::string& text);
    // F12: after this frame is drawn (ImGui included) it is saved as a PNG in the data folder; `done` gets
    // the line to show ("Screenshot saved: PATH" or why it failed); the path is printed on stdout.
    void request_screenshot(std::function<void(const std::string&)> done);

private:
    Next run_screen(Screen& screen);
    // Sleeps until an event arrives (returned) or `wait_s` passed (nullopt).
    std::optional<sf::Event> wait_for_event(double wait_s);
    void take_screenshot();

    std::shared_ptr<void> display_;  // held open for the window's life (see display_probe.hpp)
    sf::RenderWindow window_;
    std::unique_ptr<ImGuiBridge> imgui_;
    std::function<void(const std::string&)> screenshot_done_;
    std::filesystem::path data_dir_;
    sf::Clock frame_clock_;
    int settle_frames_ = 0;          // frames still drawn whatever the screen says (after an event)
    double next_frame_in_s_ = 0.0;   // what the screen said after the last frame
};

}  // namespace stipple
