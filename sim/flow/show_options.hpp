// `stipple show`'s own options, parsed strictly before any window: --overlays (which of the score screen's
// overlays are on at first) and --healed (the healed look shown at first). The score screen's panel can
// change both afterwards.
#pragma once

#include <optional>
#include <string>

#include "sim/flow/guides.hpp"
#include "sim/flow/score_screen_model.hpp"

namespace stipple {

// "all", "none", or a comma list of zone, hairline, heat-map, depth (e.g. "zone,heat-map"); nullopt with
// `error` set ("--overlays: ...") otherwise.
std::optional<OverlayToggles> parse_overlay_list(const std::string& text, std::string& error);
// "fresh", "1-month", "1-year" or "4-years"; nullopt with `error` set ("--healed: ...") otherwise.
std::optional<HealedStage> parse_healed_stage(const std::string& text, std::string& error);

}  // namespace stipple
