// The display probe: one X connection held open while SFML opens its own (kept out of files that include
// CLI11, whose `Success` clashes with Xlib's macro).
#include "sim/ui/display_probe.hpp"

#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

#include <X11/Xatom.h>
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

namespace {

// The root window's 32-bit CARDINAL property `name` as longs (Xlib's format-32 convention); empty when unset.
std::vector<long> root_cardinals(Display* display, const char* name) {
    const Atom atom = XInternAtom(display, name, True);
    if (atom == None) return {};
    Atom type = None;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    std::vector<long> values;
    if (XGetWindowProperty(display, DefaultRootWindow(display), atom, 0, 1024, False, XA_CARDINAL, &type, &format,
                           &count, &after, &data) == 0 &&
        type == XA_CARDINAL && format == 32 && data != nullptr) {
        const long* longs = reinterpret_cast<const long*>(data);
        values.assign(longs, longs + count);
    }
    if (data) XFree(data);
    return values;
}

}  // namespace

DesktopArea desktop_area(const std::shared_ptr<void>& probe) {
    Display* display = static_cast<Display*>(probe.get());
    const int screen = DefaultScreen(display);
    DesktopArea area;
    area.screen = {0, 0, DisplayWidth(display, screen), DisplayHeight(display, screen)};
    const std::vector<long> work = root_cardinals(display, "_NET_WORKAREA");
    const std::vector<long> current = root_cardinals(display, "_NET_CURRENT_DESKTOP");
    std::size_t desktop = current.empty() ? 0 : std::size_t(current[0]);
    if (4 * desktop + 4 > work.size()) desktop = 0;
    if (work.size() >= 4 * desktop + 4)
        area.work_area = ScreenRect{int(work[4 * desktop]), int(work[4 * desktop + 1]), int(work[4 * desktop + 2]),
                                    int(work[4 * desktop + 3])};
    return area;
}

}  // namespace stipple
