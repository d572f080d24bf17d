// The guides a screen shows and G (see guides.hpp).
#include "sim/flow/guides.hpp"

namespace stipple {

bool any_shown(const OverlayToggles& t) { return t.zone || t.hairline || t.heat_map || t.depth_colors; }

OverlayToggles practice_guides(bool guides_on, bool exam) {
    if (exam) return OverlayToggles{true, false, false, false};
    return OverlayToggles{guides_on, guides_on, false, false};
}

void toggle_guides(OverlayToggles& shown, GuidesSwitch& memory) {
    if (any_shown(shown)) {
        memory.hidden = shown;
        memory.has_hidden = true;
        shown = OverlayToggles{false, false, false, false};
        return;
    }
    shown = memory.has_hidden ? memory.hidden : OverlayToggles{};
    memory.has_hidden = false;
}

}  // namespace stipple
