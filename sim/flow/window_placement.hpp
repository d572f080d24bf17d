// Where a window opens on the desktop, as numbers before any window exists: inside the desktop's work area
// (the screen less the panels a window manager reserves, _NET_WORKAREA; the whole screen when none is set),
// at most kWorkAreaShare of it and centred; a size the user asked for (--window) is kept but clamped to
// the screen. sim/ui/app_window reads the screen and work area from X and creates the window here.
#pragma once

#include <optional>

namespace stipple {

// A rectangle of screen pixels.
struct ScreenRect {
    int x = 0;
    int y = 0;
    int w = 0;
    int h = 0;
};

inline constexpr double kWorkAreaShare = 0.9;

// `want_w` x `want_h` is the window's size: the default one (size_given false: shrunk to at most 90 % of the
// work area on each side) or the user's (size_given true: shrunk only where larger than the screen).
// `top_left` places the window at the screen's origin (scripts that drive the window by screen pixels);
// else it is centred in the work area and kept on the screen. A work area that is empty or off the screen
// counts as unset.
ScreenRect place_window(int want_w, int want_h, bool size_given, bool top_left, ScreenRect screen,
                        std::optional<ScreenRect> work_area);

}  // namespace stipple
