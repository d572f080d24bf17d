// The one X display probe: whether a window can be opened at all, checked before SFML (which aborts without
// a display), so every window fails with a clear one-line error instead. Used only by app_window.
#pragma once

#include <memory>

namespace stipple {

// An open connection to the X display ($DISPLAY), or null when there is none. Keep it until the window
// is open: closing the only client makes Xvfb reset, and a window opened during the reset fails.
std::shared_ptr<void> open_display_probe();

}  // namespace stipple
