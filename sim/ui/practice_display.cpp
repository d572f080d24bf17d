// The display check: open and close one X connection (kept out of files that include CLI11, whose
// `Success` clashes with Xlib's macro).
#include "sim/ui/practice_display.hpp"

#include <X11/Xlib.h>

namespace stipple {

bool x_display_available() {
    Display* display = XOpenDisplay(nullptr);
    if (!display) return false;
    XCloseDisplay(display);
    return true;
}

}  // namespace stipple
