// The pointer as the X server saw it: XInput 2 device events (motion, buttons, wheel, enter/leave) on the
// simulator's window, read on a second display connection, each with the server's own timestamp mapped onto
// the steady clock, the window position in pixels and, for a pen, its pressure. While it is on, the server
// delivers pointer events to this selection instead of SFML's core events (an XI2 selection takes a window's
// pointer events first), so the window loop turns these into SFML events itself: one stream, nothing twice.
// Times come from the input, never from the frame that handles it: a hold of T seconds is T seconds at
// 5 fps and at 144 fps. Where there is no XInput 2 (not X11, an old server) available() is false and the
// loop keeps SFML's events, stamped when they are polled.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include <SFML/Window/Event.hpp>
#include <SFML/Window/WindowHandle.hpp>

namespace stipple {

struct PointerEvent {
    enum class Kind { Move, Press, Release, Wheel, Enter, Leave };
    Kind kind = Kind::Move;
    double time_s = 0.0;     // when it happened, on the steady clock (steady_now_s())
    float x_px = 0, y_px = 0;  // in the window
    int button = 0;          // X button number: 1 left, 2 middle, 3 right, 8/9 side (Press/Release)
    float wheel_delta = 0;   // Wheel: +1 up/left... as SFML counts it
    bool horizontal = false; // Wheel: buttons 6/7
    double pressure = -1.0;  // 0..1 from a pen's "Abs Pressure" valuator; -1 when the device has none
};

// Seconds on the steady clock (CLOCK_MONOTONIC): the time base of PointerEvent and of the window loop.
double steady_now_s();

// The same event as SFML would have delivered it (buttons 1/2/3/8/9 as Left/Middle/Right/XButton1/2); nothing
// for another button.
std::optional<sf::Event> as_sfml_event(const PointerEvent& pointer);

class PointerInput {
public:
    explicit PointerInput(sf::WindowHandle window);
    ~PointerInput();
    PointerInput(const PointerInput&) = delete;
    PointerInput& operator=(const PointerInput&) = delete;

    bool available() const { return display_ != nullptr; }
    // Takes the window's pointer events (on) or gives them back to SFML (off).
    void select(bool on);
    bool selected() const { return selected_; }
    // True when events are waiting (an idle window loop wakes for them as for SFML's own).
    bool pending() const;
    // Every event that arrived since the last call, oldest first.
    std::vector<PointerEvent> poll();

private:
    struct PressureAxis {
        int number = -1;  // valuator number on the source device, -1 = none
        double min = 0.0, max = 1.0;
        double last = -1.0;  // the last reading (a pen's events may leave an unchanged axis out)
    };
    PressureAxis& axis_for(int source_device);
    double pressure_of(int source_device, const unsigned char* mask, int mask_len, const double* values);
    double to_steady_s(unsigned long server_ms);
    void anchor_server_time();

    void* display_ = nullptr;  // Display*, opaque so this header needs no X11
    unsigned long window_ = 0;
    int xi_opcode_ = 0;
    unsigned long pressure_atom_ = 0;
    bool selected_ = false;
    std::map<int, PressureAxis> axes_;
    // Server time (ms, 32 bits, wraps) <-> steady clock: one pair measured by a property round trip.
    uint32_t anchor_server_ms_ = 0;
    double anchor_steady_s_ = 0.0;
};

}  // namespace stipple
