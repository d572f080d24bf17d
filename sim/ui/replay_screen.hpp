// The replay screen: an attempt from the gradebook re-run from its event log and drawn dot by dot onto the
// virtual scalp (the pigment canvas), in real time, 4x or instantly; then its score screen. G hides the zone
// and the target hairline, F fits the zone beside the panel.
#pragma once

#include <memory>
#include <string>

#include "sim/flow/replay_clock.hpp"
#include "sim/flow/replay_loader.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

// How a replay ended: back to the lessons, the window closed, or the replayed dots could not be scored.
struct ReplayExit {
    bool window_closed = false;
    std::string error;
};

// Keys: 1 real time, 4 four times faster, I instant, Space pause, Enter the score (the remaining dots are
// drawn at once first), Esc back. The score screen's "Back to lessons" ends the replay.
std::unique_ptr<Screen> make_replay_screen(ReplayPlan plan, Then<ReplayExit> then,
                                           ReplaySpeed speed = ReplaySpeed::RealTime);

}  // namespace stipple
