// The 3D head's pane beside the map on the practice work and score screens, as numbers before any drawing:
// where it sits (a column at the window's right: under the depth gauge while working, full height on the
// score screen), the room it leaves the fitted map, which view each key and button asks for, and how the
// pointer over it is routed: a left press on the skin is the needle at the map point the pick gives (the
// SAME session input as a click on the map), a drag orbits (right or middle anywhere on it, left off the
// skin), the wheel zooms. Headless; sim/ui/head_pane draws it with sim/ui/head_view.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "scoring/geometry.hpp"
#include "sim/flow/hud_layout.hpp"
#include "sim/head/head_camera.hpp"
#include "sim/model/practice_session.hpp"

namespace stipple {

struct PixelRect {
    float left_px = 0.0f, top_px = 0.0f, width_px = 0.0f, height_px = 0.0f;
    bool contains(float x_px, float y_px) const {
        return x_px >= left_px && x_px < left_px + width_px && y_px >= top_px && y_px < top_px + height_px;
    }
    float right_px() const { return left_px + width_px; }
    float bottom_px() const { return top_px + height_px; }
};

// The pane's column: kHeadPaneWidthFraction of the window's width within min..max.
inline constexpr float kHeadPaneWidthFraction = 0.30f;
inline constexpr float kHeadPaneMinWidthPx = 220.0f;
inline constexpr float kHeadPaneMaxWidthPx = 480.0f;
inline constexpr float kHeadPaneMinHeightPx = 180.0f;  // less under the gauge: the pane goes beside it
inline constexpr float kHeadButtonsHeightPx = 58.0f;   // the preset buttons under the picture (two rows)

struct HeadPaneLayout {
    bool shown = false;   // false when hidden (H) or the window has no room for it beside the map
    PixelRect viewport;   // the 3D picture
    PixelRect buttons;    // the preset buttons, right under it
};

// The pane on a screen (Practice or Score; Replay has none) of a window_w x window_h window. Hidden when
// `wanted` is false, or when the map would be left less than kMinFitWidthPx beside the screen's panels.
HeadPaneLayout head_pane_layout(ViewScreen screen, unsigned window_w, unsigned window_h, bool wanted);
// The strips a fitted map view leaves in a window `window_w` wide: view_insets(screen), the right one
// widened to the pane (and a margin toward the map) when shown.
ViewInsets map_insets(ViewScreen screen, unsigned window_w, const HeadPaneLayout& pane);

// The presets in button order, each with its label and key ('1' .. '7'); the digit's preset or nullopt.
inline constexpr HeadViewPreset kHeadPresets[] = {HeadViewPreset::front, HeadViewPreset::left,
                                                  HeadViewPreset::right, HeadViewPreset::top,
                                                  HeadViewPreset::back, HeadViewPreset::conversation,
                                                  HeadViewPreset::mirror};
const char* head_preset_label(HeadViewPreset preset);  // "Front" ... "1.5 m", "Mirror" (the buttons)
const char* head_preset_name(HeadViewPreset preset);   // "front" ... "conversation", "mirror" (--view's words)
std::optional<HeadViewPreset> head_preset_for_digit(int digit);

// One pointer event, in window px.
struct HeadPointerEvent {
    enum class Kind { Press, Release, Move, Wheel };
    enum class Button { Left, Right, Middle };
    Kind kind = Kind::Move;
    Button button = Button::Left;  // Press and Release
    float x_px = 0.0f, y_px = 0.0f;
    float wheel_delta = 0.0f;      // Wheel: + away from the user (zoom in)
};

// What routing remembers between events.
struct HeadPointerState {
    bool orbiting = false;
    HeadPointerEvent::Button orbit_button = HeadPointerEvent::Button::Right;
    float last_x_px = 0.0f, last_y_px = 0.0f;
    bool needle_down = false;          // the needle went down on the head (its release is the pane's)
    std::optional<Point> last_skin_mm;  // the map point of the pointer's last pick on the skin
};

// What one event means. `used`: the event is the pane's (the map under it must not see it).
struct HeadPointerStep {
    bool used = false;
    std::optional<InputEvent::Kind> needle;  // Move, Down or Up for the session, at needle_mm
    Point needle_mm;
    double orbit_dx_px = 0.0, orbit_dy_px = 0.0;
    double zoom_factor = 1.0;  // multiplies the camera's distance (< 1 comes nearer)
};

// The map point on the skin under a window pixel (nullopt: not on the skin).
using HeadPick = std::function<std::optional<Point>(float x_px, float y_px)>;

// Routes one event over the pane at `viewport`. `needle_allowed` (the work screen; false on the score
// screen): a left press on the skin puts the needle down there; a move with it down follows the skin (off
// the skin the needle stays); the release lifts it at the last skin point (the session deposits there). A
// move over the skin with the needle up moves it there too, as a move over the map does. A press, move or
// wheel outside the viewport is not the pane's unless a drag or a needle began on it.
HeadPointerStep route_head_pointer(HeadPointerState& state, const PixelRect& viewport, const HeadPointerEvent& event,
                                   const HeadPick& pick, bool needle_allowed);

}  // namespace stipple
