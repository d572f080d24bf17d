// The replay screen: an attempt from the gradebook re-run from its event log and drawn dot by dot onto the
// virtual scalp (the pigment canvas), in real time, 4x or instantly; then its score screen.
#pragma once

#include <SFML/Graphics/RenderWindow.hpp>

#include "sim/ui/imgui_bridge.hpp"
#include "sim/flow/replay_clock.hpp"
#include "sim/flow/replay_loader.hpp"

namespace stipple {

enum class ReplayExit { Back, WindowClosed };

// Keys: 1 real time, 4 four times faster, I instant, Space pause, Enter the score (the remaining dots are
// drawn at once first), Esc back. The score screen's "Back to lessons" ends the replay.
ReplayExit run_replay(sf::RenderWindow& window, ImGuiBridge& imgui, const ReplayPlan& plan,
                      ReplaySpeed speed = ReplaySpeed::RealTime);

}  // namespace stipple
