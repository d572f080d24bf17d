// Which guides and overlays a screen shows over the scalp, and what G does to them, as data before any
// drawing: practice shows the zone and the target hairline (no target hairline in an exam, and G does
// nothing there); the score screen's overlays (zone, target hairline, density heat map, depth colours) are
// hidden all at once by G and brought back as they were by G again. sim/ui/overlays draws them.
#pragma once

namespace stipple {

struct OverlayToggles {
    bool zone = true;
    bool hairline = true;
    bool heat_map = false;
    bool depth_colors = false;
};

bool any_shown(const OverlayToggles& toggles);

// The practice work's guides: the zone and the target hairline while guides are on; an exam keeps the zone
// (where to work) and never shows the target hairline (the trainee must find it).
OverlayToggles practice_guides(bool guides_on, bool exam);

// G on the score screen: with anything shown, hides everything and remembers what was shown; with nothing
// shown, brings back what was remembered (the zone and the target hairline when nothing was).
struct GuidesSwitch {
    OverlayToggles hidden{};  // what G hid last
    bool has_hidden = false;
};
void toggle_guides(OverlayToggles& shown, GuidesSwitch& memory);

}  // namespace stipple
