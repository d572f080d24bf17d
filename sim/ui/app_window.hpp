// The simulator's window, written once: the display probe, the SFML window and its ImGui bridge, and the one
// frame loop every screen runs in (poll, resize, clear, ImGui new_frame/render, display, screenshots).
// `stipple` (the app shell), `stipple practice` and `stipple edit` each open one AppWindow.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include <SFML/Graphics/RenderWindow.hpp>

#include "sim/ui/imgui_bridge.hpp"
#include "sim/ui/pointer_input.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

struct WindowSpec {
    unsigned width_px = 1280;
    unsigned height_px = 800;
    std::string title = "Stipple";
    enum class Placement { Centred, TopLeft };  // TopLeft: window px == screen px (scripts drive the editor)
    Placement placement = Placement::Centred;
    unsigned antialiasing = 4;
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

    // One frame with a centred message, at once (before slow work such as generating the scalp).
    void show_message(const std::string& text);
    // F12: after this frame is drawn (ImGui included) it is saved as a PNG in the data folder; `done` gets
    // the line to show ("Screenshot saved: PATH" or why it failed); the path is printed on stdout.
    void request_screenshot(std::function<void(const std::string&)> done);

private:
    Next run_screen(Screen& screen);
    // Hands one event to ImGui and the screen; false when the screen ends there.
    bool dispatch(Screen& screen, const sf::Event& event, Next& next);
    // The timed pointer's events since the last frame, as SFML events.
    bool dispatch_pointer(Screen& screen, Next& next);
    void take_screenshot();

    std::shared_ptr<void> display_;  // held open for the window's life (see display_probe.hpp)
    sf::RenderWindow window_;
    std::unique_ptr<ImGuiBridge> imgui_;
    std::function<void(const std::string&)> screenshot_done_;
    std::filesystem::path data_dir_;
    std::unique_ptr<PointerInput> pointer_;  // made on first use
    EventStamp stamp_;
    double input_horizon_s_ = 0.0;
};

}  // namespace stipple
