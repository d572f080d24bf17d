// The display check: one X connection held open while SFML opens its own (kept out of files that include
// CLI11, whose `Success` clashes with Xlib's macro).
#include "sim/ui/practice_display.hpp"

#include <X11/Xlib.h>

namespace stipple {

std::shared_ptr<void> open_display_probe() {
    Display* display = XOpenDisplay(nullptr);
    if (!display) return nullptr;
    return std::shared_ptr<void>(display, [](void* d) { XCloseDisplay(static_cast<Display*>(d)); });
}

}  // namespace stipple
