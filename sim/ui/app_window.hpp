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
#include "sim/ui/pointer_input.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

// The window's size and place: sim/flow/window_placement decides (inside the desktop's work area, at most
// 90 % of it, centred; a size the user gave wins but is clamped to the screen).
struct WindowSpec {
    unsigned width_px = 1280;
    unsigned height_px = 800;
    bool size_given = false;  // the user asked for this size (--window): not shrunk to the work area
    std::string title = "Stipple";
    enum class Placement { Centred, TopLeft };  // TopLeft: window px == screen px (scripts drive the editor)
    Placement placement = Placement::Centred;
    // Multisampling costs about 3x per frame with software GL; the overlays draw their own soft edges.
    unsigned antialiasing = 0;
    bool key_repeat = true;
    unsigned max_fps = 60;  // frame-rate cap (input times never depend on it: pointer_input.hpp)
    // The user-data folder F12 screenshots go to (DATA_DIR/screenshots, academy/user_data.hpp): the one next to
    // the gradebook in use; empty = the default data folder.
    std::filesystem::path data_dir;
};

// No X display: "cannot open an X display (is DISPLAY set?); the simulator needs a window".
// When the event being handled happened, and a pen's pressure with it. With the timed pointer on, pointer
// events carry the X server's own time (pointer_input.hpp); every other event is stamped when it was polled.
struct EventStamp {
    double time_s = 0.0;     // steady clock (steady_now_s())
    double pressure = -1.0;  // 0..1 from a pen, -1 for a mouse or a non-pointer event
    bool from_server = false;  // true: the server's timestamp; false: the poll time
};

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

    // The stamp of the event handle_event is given now.
    const EventStamp& event_stamp() const { return stamp_; }
    // Every input that happened before this steady time has been handed to the screen (update() may advance
    // models up to it; an event handled later happened after it).
    double input_horizon_s() const { return input_horizon_s_; }
    // The current screen takes the pointer from XInput 2 with the server's timestamps (practice work): off
    // again whenever the screen changes. False when the display has no XInput 2 (SFML's events stay).
    bool use_timed_pointer();

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
    // The timed pointer's events since the last frame, handed on as SFML events with their stamps.
    bool dispatch_pointer(const std::function<bool(const sf::Event&)>& handle);
    // Sleeps until input arrives (an SFML event is returned; the timed pointer's stay queued) or `wait_s` passed.
    std::optional<sf::Event> wait_for_event(double wait_s);
    void take_screenshot();

    std::shared_ptr<void> display_;  // held open for the window's life (see display_probe.hpp)
    sf::RenderWindow window_;
    std::unique_ptr<ImGuiBridge> imgui_;
    std::function<void(const std::string&)> screenshot_done_;
    std::filesystem::path data_dir_;
    std::unique_ptr<PointerInput> pointer_;  // made on first use
    EventStamp stamp_;
    double input_horizon_s_ = 0.0;
    sf::Clock frame_clock_;
    int settle_frames_ = 0;          // frames still drawn whatever the screen says (after an event)
    double next_frame_in_s_ = 0.0;   // what the screen said after the last frame
};

}  // namespace stipple
