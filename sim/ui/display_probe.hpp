// The one X display probe: whether a window can be opened at all, checked before SFML (which aborts without
// a display), so every window fails with a clear one-line error instead; and the desktop a window opens on
// (the screen, and the work area a window manager sets in _NET_WORKAREA). Used only by app_window.
#pragma once

#include <memory>

#include "sim/flow/window_placement.hpp"

namespace stipple {

// An open connection to the X display ($DISPLAY), or null when there is none. Keep it until the window
// is open: closing the only client makes Xvfb reset, and a window opened during the reset fails.
std::shared_ptr<void> open_display_probe();

// The default screen of an open probe, and its root window's _NET_WORKAREA for the current desktop
// (_NET_CURRENT_DESKTOP, else the first) when a window manager set one.
struct DesktopArea {
    ScreenRect screen;
    std::optional<ScreenRect> work_area;
};
DesktopArea desktop_area(const std::shared_ptr<void>& display);

}  // namespace stipple
