// When a screen needs its next frame (see frame_pacing.hpp).
#include "sim/flow/frame_pacing.hpp"

#include <algorithm>
#include <cmath>

#include "sim/flow/autosave.hpp"

namespace stipple {

namespace {
// A frame drawn this much after a change surely shows it (the clock's ceil has moved on).
constexpr double kPastChangeS = 0.002;
}  // namespace

bool needle_moving(const NeedleFrame& n) {
    const double off_mm = std::hypot(n.tip_mm.x - n.target_mm.x, n.tip_mm.y - n.target_mm.y);
    if (off_mm > n.rest_radius_mm) return true;
    if (n.since_input_s >= kShowTremorS) return false;
    const double moved_px = std::hypot(n.tip_mm.x - n.drawn_tip_mm.x, n.tip_mm.y - n.drawn_tip_mm.y) * n.px_per_mm;
    return moved_px >= kStillPx;
}

double next_second_in_s(double clock_s) {
    if (!std::isfinite(clock_s)) return kNoFrameNeeded;
    const double next = std::floor(clock_s) + 1.0;  // ceil(s) changes just after each whole second
    return next - clock_s + kPastChangeS;
}

double message_ends_in_s(double age_s, double shown_for_s) {
    if (age_s >= shown_for_s) return kNoFrameNeeded;
    return shown_for_s - age_s + kPastChangeS;
}

double autosave_in_s(std::size_t events_now, std::size_t events_saved, double now_s, double last_save_s) {
    if (events_now == events_saved) return kNoFrameNeeded;
    return std::max(0.0, last_save_s + kAutosaveIntervalS - now_s);
}

double throttled_refresh_in_s(bool stale, bool ever_made, double now_s, double last_made_s, double interval_s) {
    if (!stale) return kNoFrameNeeded;
    if (!ever_made || !std::isfinite(now_s) || !std::isfinite(last_made_s) || interval_s <= 0.0) return 0.0;
    return std::clamp(last_made_s + interval_s - now_s, 0.0, interval_s);  // a clock set back waits one interval
}

}  // namespace stipple
