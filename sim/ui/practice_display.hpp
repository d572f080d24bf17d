// Whether a window can be opened at all: checked before SFML (which aborts without a display), so the
// simulator commands fail with a clear one-line error instead.
#pragma once

namespace stipple {

// True when an X display can be opened ($DISPLAY set and reachable).
bool x_display_available();

}  // namespace stipple
