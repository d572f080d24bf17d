// Pen pressure on X11 through XInput2: a second display connection watches SFML's window for XI motion and
// button events from all master devices and reads the valuator labelled "Abs Pressure". SFML keeps its own
// events; where no pressure arrives (a mouse, no XInput2, not X11) the practice screen uses hold time.
#pragma once

#include <map>
#include <vector>

#include <SFML/Window/WindowHandle.hpp>

namespace stipple {

struct PenSample {
    float x_px = 0.0f;     // window coordinates
    float y_px = 0.0f;
    double pressure = 0.0; // 0..1
};

// Maps a raw valuator reading onto 0..1 using the device's range (clamped; 0 for an empty range).
double normalize_pressure(double raw, double min, double max);

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
