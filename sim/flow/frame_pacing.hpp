// When a screen needs its next frame if nothing happens: the window's loop draws a frame after every event
// and otherwise sleeps until the time a screen asks for (an idle screen costs no CPU). The rules are here,
// headless: the needle still moving on screen, a clock showing whole seconds, a toast going, an autosave
// falling due, a throttled picture (the 3D head's skin) catching up with the scene. Times are seconds from now; kNoFrameNeeded = not until the next event.
#pragma once

#include <cstddef>
#include <limits>

#include "scoring/geometry.hpp"

namespace stipple {

inline constexpr double kNoFrameNeeded = std::numeric_limits<double>::infinity();
// After any event the loop draws this many frames before it may sleep (ImGui lays out, hovers and opens
// popups over a frame or two).
inline constexpr int kSettleFrames = 3;
// While idle the loop looks for events this often (the X connection cannot be waited on through SFML; SFML's
// own waitEvent polls every 10 ms too): the first event after a rest is read at most this late.
inline constexpr double kIdlePollS = 0.010;
// The needle counts as still on screen when its tip moved less than this between two frames.
inline constexpr double kStillPx = 0.25;
// A tremor keeps the tip moving forever: it is shown for this long after the last input, then the frame rests.
inline constexpr double kShowTremorS = 2.0;

// The needle in one frame: where its tip is, where the pointer holds it, where the last frame drew it.
struct NeedleFrame {
    Point tip_mm;
    Point target_mm;
    Point drawn_tip_mm;            // the tip in the last frame drawn
    double px_per_mm = 1.0;        // the view's zoom
    double rest_radius_mm = 0.0;   // within this of the target the tip is at rest (practice_notes' rule)
    double since_input_s = 0.0;    // since the last pointer input
};
// True while the tip has not come to rest on the pointer, or (for kShowTremorS after an input) still moves
// on screen by kStillPx or more per frame.
bool needle_moving(const NeedleFrame& needle);

// Seconds until a clock shown in whole seconds rounded up (practice_panels' time_text) shows the next value.
double next_second_in_s(double clock_s);
// Seconds until a message shown for `shown_for_s` from `age_s` disappears (kNoFrameNeeded when gone).
double message_ends_in_s(double age_s, double shown_for_s);
// Seconds until an autosave falls due (autosave_due in sim/flow/autosave.hpp); kNoFrameNeeded with nothing
// new to save.
double autosave_in_s(std::size_t events_now, std::size_t events_saved, double now_s, double last_save_s);

// A costly picture of a changing scene (the 3D head's skin while dots are placed: ~100 ms each on software
// GL) is made again at most this often; the frame after the last change catches up.
inline constexpr double kHeadSkinRefreshIntervalS = 0.3;
// Seconds until a throttled picture may be made again: kNoFrameNeeded when it is current (`stale` false),
// 0 when due now (never made, or `interval_s` passed since `last_made_s`), the rest of the interval otherwise.
double throttled_refresh_in_s(bool stale, bool ever_made, double now_s, double last_made_s, double interval_s);

}  // namespace stipple
