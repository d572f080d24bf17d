// The display probe: one X connection held open while SFML opens its own (kept out of files that include
// CLI11, whose `Success` clashes with Xlib's macro).
#include "sim/ui/display_probe.hpp"

#include <chrono>
#include <cstdlib>
#include <thread>

#include <X11/Xlib.h>

namespace stipple {

std::shared_ptr<void> open_display_probe() {
    const char* name = std::getenv("DISPLAY");
    if (name == nullptr || *name == '\0') return nullptr;
    // An Xvfb resetting after its previous last client refuses connections for a moment: retry (2 s).
    Display* display = nullptr;
    for (int attempt = 0; attempt < 100 && display == nullptr; ++attempt) {
        display = XOpenDisplay(name);
        if (display == nullptr) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (!display) return nullptr;
    return std::shared_ptr<void>(display, [](void* d) { XCloseDisplay(static_cast<Display*>(d)); });
}

}  // namespace stipple
