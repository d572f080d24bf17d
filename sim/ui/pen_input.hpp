// Pen pressure on X11 through XInput2, on a second display connection. It listens to XI 2.1 raw events
// (XI_RawMotion / XI_RawButtonPress on the root window, all master devices) and reads the valuator labelled
// "Abs Pressure". Raw events leave SFML's own event delivery untouched: selecting XI_Motion/XI_ButtonPress
// on SFML's window from another client would take the pointer events away from SFML (the server delivers
// a device event to the XI2 selection first and then stops). Positions still come from SFML; where no
// pressure arrives (a mouse, no XInput 2.1, not X11) the practice screen uses the hold time.
#pragma once

#include <map>
#include <vector>

#include <SFML/Window/WindowHandle.hpp>

namespace stipple {

struct PenSample {
    double pressure = 0.0; // 0..1
};

class PenInput {
public:
    explicit PenInput(sf::WindowHandle window);
    ~PenInput();
    PenInput(const PenInput&) = delete;
    PenInput& operator=(const PenInput&) = delete;

    // False when the display has no XInput2 (then poll() returns nothing).
    bool available() const { return display_ != nullptr; }
    // Every pressure reading that arrived since the last call, oldest first.
    std::vector<PenSample> poll();

private:
    struct PressureAxis {
        int number = -1;   // valuator number on the source device, -1 = none
        double min = 0.0;
        double max = 1.0;
    };
    const PressureAxis& axis_for(int source_device);

    void* display_ = nullptr;  // Display*, kept opaque so this header needs no X11
    int xi_opcode_ = 0;
    unsigned long pressure_atom_ = 0;
    std::map<int, PressureAxis> axes_;
};

}  // namespace stipple
