// Where a window opens on the desktop (see window_placement.hpp).
#include "sim/flow/window_placement.hpp"

#include <algorithm>
#include <cmath>

namespace stipple {

namespace {

// The part of `area` on the screen; nullopt when nothing of it is.
std::optional<ScreenRect> on_screen(ScreenRect area, ScreenRect screen) {
    const int x0 = std::max(area.x, screen.x), y0 = std::max(area.y, screen.y);
    const int x1 = std::min(area.x + area.w, screen.x + screen.w), y1 = std::min(area.y + area.h, screen.y + screen.h);
    if (x1 <= x0 || y1 <= y0) return std::nullopt;
    return ScreenRect{x0, y0, x1 - x0, y1 - y0};
}

// `start` kept so that [start, start + size) lies in [lo, lo + span) when it can, else at lo.
int keep_inside(int start, int size, int lo, int span) { return std::max(lo, std::min(start, lo + span - size)); }

}  // namespace

ScreenRect place_window(int want_w, int want_h, bool size_given, bool top_left, ScreenRect screen,
                        std::optional<ScreenRect> work_area) {
    const std::optional<ScreenRect> visible = work_area ? on_screen(*work_area, screen) : std::nullopt;
    const ScreenRect area = visible ? *visible : screen;
    ScreenRect r;
    if (size_given) {
        r.w = std::min(want_w, screen.w);
        r.h = std::min(want_h, screen.h);
    } else {
        r.w = std::min(want_w, int(std::floor(area.w * kWorkAreaShare)));
        r.h = std::min(want_h, int(std::floor(area.h * kWorkAreaShare)));
    }
    r.w = std::max(r.w, 1);
    r.h = std::max(r.h, 1);
    if (top_left) {
        r.x = screen.x;
        r.y = screen.y;
        return r;
    }
    r.x = keep_inside(area.x + (area.w - r.w) / 2, r.w, screen.x, screen.w);
    r.y = keep_inside(area.y + (area.h - r.h) / 2, r.h, screen.y, screen.h);
    return r;
}

}  // namespace stipple
