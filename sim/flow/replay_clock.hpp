// Pacing a replay: which of an attempt's dots are on the scalp so far, played back in real time (1x),
// four times faster (4x) or all at once (instant). Header-only and pure (no window), so the headless
// model tests can drive a whole replay frame by frame.
#pragma once

#include <cstddef>
#include <vector>

#include "scoring/attempt.hpp"

namespace stipple {

enum class ReplaySpeed { RealTime, Fast4x, Instant };

inline const char* to_string(ReplaySpeed speed) {
    switch (speed) {
        case ReplaySpeed::RealTime: return "1x";
        case ReplaySpeed::Fast4x: return "4x";
        case ReplaySpeed::Instant: return "instant";
    }
    return "1x";
}

// Dots that carry no time are taken as placed this long after the one before them.
inline constexpr double kUntimedDotGapS = 0.5;

// The attempt time (seconds since its start) at which dot `index` went down.
inline double dot_time_s(const std::vector<Dot>& dots, std::size_t index) {
    double t = 0.0;
    for (std::size_t i = 0; i <= index && i < dots.size(); ++i) t = dots[i].t ? *dots[i].t : t + kUntimedDotGapS;
    return t;
}

// Where a replay stands, in attempt time; the speed may change while it runs.
struct ReplayClock {
    double attempt_time_s = 0.0;
    ReplaySpeed speed = ReplaySpeed::RealTime;
    bool paused = false;
};

// Moves the clock on by `wall_dt_s` seconds of real time (Instant jumps past `end_s`).
inline void advance_replay(ReplayClock& clock, double wall_dt_s, double end_s) {
    if (clock.paused || wall_dt_s <= 0.0) return;
    switch (clock.speed) {
        case ReplaySpeed::RealTime: clock.attempt_time_s += wall_dt_s; break;
        case ReplaySpeed::Fast4x: clock.attempt_time_s += 4.0 * wall_dt_s; break;
        case ReplaySpeed::Instant: clock.attempt_time_s = end_s; break;
    }
    if (clock.attempt_time_s > end_s) clock.attempt_time_s = end_s;
}

// The attempt time of the last dot (0 without dots): a replay is over when the clock reaches it.
inline double replay_end_s(const std::vector<Dot>& dots) {
    return dots.empty() ? 0.0 : dot_time_s(dots, dots.size() - 1);
}

// How many dots, from the first in placing order, are down at `attempt_time_s`. Dots are placed in time
// order, so a later dot never shows before an earlier one even if its time were smaller.
inline std::size_t dots_shown(const std::vector<Dot>& dots, double attempt_time_s) {
    std::size_t n = 0;
    double t = 0.0;
    for (const Dot& d : dots) {
        t = d.t ? *d.t : t + kUntimedDotGapS;
        if (t > attempt_time_s) break;
        ++n;
    }
    return n;
}

}  // namespace stipple
