// The head pane's place, presets and pointer routing (see head_pane.hpp).
#include "sim/flow/head_pane.hpp"

#include <algorithm>
#include <cmath>

#include "sim/flow/view_options.hpp"

namespace stipple {

namespace {

constexpr float kButtonsGapPx = 4.0f;  // between the picture and its buttons

// A column `width` wide from `top` whose picture fills the height down to the window's bottom margin,
// less the buttons.
HeadPaneLayout column(float left, float top, float width, float window_h) {
    HeadPaneLayout pane;
    pane.shown = true;
    const float picture_h = window_h - kPanelMarginPx - top - kButtonsGapPx - kHeadButtonsHeightPx;
    pane.viewport = {left, top, width, picture_h};
    pane.buttons = {left, top + picture_h + kButtonsGapPx, width, kHeadButtonsHeightPx};
    return pane;
}

}  // namespace

HeadPaneLayout head_pane_layout(ViewScreen screen, unsigned window_w, unsigned window_h, bool wanted) {
    if (!wanted || screen == ViewScreen::Replay) return {};
    const float w = float(window_w), h = float(window_h);
    const float width = std::clamp(kHeadPaneWidthFraction * w, kHeadPaneMinWidthPx, kHeadPaneMaxWidthPx);
    HeadPaneLayout pane;
    if (screen == ViewScreen::Score) {
        pane = column(w - kPanelMarginPx - width, kPanelMarginPx, width, h);
    } else {
        // Under the depth gauge while there is room for a picture, else beside it (a low window).
        const float under_top = kPanelMarginPx + kDepthGaugeHeightPx + kPanelMarginPx;
        pane = column(w - kPanelMarginPx - width, under_top, width, h);
        if (pane.viewport.height_px < kHeadPaneMinHeightPx)
            pane = column(w - 2.0f * kPanelMarginPx - kDepthGaugeWidthPx - width, kPanelMarginPx, width, h);
    }
    if (pane.viewport.height_px < kHeadPaneMinHeightPx) return {};
    const ViewInsets insets = map_insets(screen, window_w, pane);
    if (w - insets.left_px - insets.right_px < kMinFitWidthPx) return {};  // the map comes first
    return pane;
}

ViewInsets map_insets(ViewScreen screen, unsigned window_w, const HeadPaneLayout& pane) {
    ViewInsets insets = view_insets(screen);
    if (!pane.shown) return insets;
    insets.right_px = std::max(insets.right_px, float(window_w) - pane.viewport.left_px + kPanelMarginPx);
    return insets;
}

const char* head_preset_label(HeadViewPreset preset) {
    switch (preset) {
        case HeadViewPreset::front: return "Front";
        case HeadViewPreset::left: return "Left";
        case HeadViewPreset::right: return "Right";
        case HeadViewPreset::top: return "Top";
        case HeadViewPreset::back: return "Back";
        case HeadViewPreset::conversation: return "1.5 m";
        case HeadViewPreset::mirror: return "Mirror";
    }
    return "?";
}

const char* head_preset_name(HeadViewPreset preset) {
    switch (preset) {
        case HeadViewPreset::front: return "front";
        case HeadViewPreset::left: return "left";
        case HeadViewPreset::right: return "right";
        case HeadViewPreset::top: return "top";
        case HeadViewPreset::back: return "back";
        case HeadViewPreset::conversation: return "conversation";
        case HeadViewPreset::mirror: return "mirror";
    }
    return "?";
}

std::optional<HeadViewPreset> head_preset_for_digit(int digit) {
    const int count = int(std::size(kHeadPresets));
    if (digit < 1 || digit > count) return std::nullopt;
    return kHeadPresets[digit - 1];
}

HeadPointerStep route_head_pointer(HeadPointerState& state, const PixelRect& viewport, const HeadPointerEvent& event,
                                   const HeadPick& pick, bool needle_allowed) {
    using Kind = HeadPointerEvent::Kind;
    using Button = HeadPointerEvent::Button;
    HeadPointerStep step;
    const bool inside = viewport.contains(event.x_px, event.y_px);
    auto skin_at = [&]() -> std::optional<Point> {
        if (!inside || !pick) return std::nullopt;
        return pick(event.x_px, event.y_px);
    };
    auto start_orbit = [&](Button button) {
        state.orbiting = true;
        state.orbit_button = button;
        state.last_x_px = event.x_px;
        state.last_y_px = event.y_px;
        step.used = true;
    };
    switch (event.kind) {
        case Kind::Press: {
            if (!inside || state.orbiting || state.needle_down) return step;
            if (event.button == Button::Left && needle_allowed) {
                if (const std::optional<Point> skin = skin_at()) {
                    state.needle_down = true;
                    state.last_skin_mm = skin;
                    step.used = true;
                    step.needle = InputEvent::Kind::Down;
                    step.needle_mm = *skin;
                    return step;
                }
            }
            start_orbit(event.button);  // right or middle anywhere on it; left off the skin or when looking
            return step;
        }
        case Kind::Release: {
            if (state.needle_down && event.button == Button::Left) {
                state.needle_down = false;
                step.used = true;
                step.needle = InputEvent::Kind::Up;
                step.needle_mm = state.last_skin_mm.value_or(Point{});
                return step;
            }
            if (state.orbiting && event.button == state.orbit_button) {
                state.orbiting = false;
                step.used = true;
            }
            return step;
        }
        case Kind::Move: {
            if (state.orbiting) {
                step.used = true;
                step.orbit_dx_px = event.x_px - state.last_x_px;
                step.orbit_dy_px = event.y_px - state.last_y_px;
                state.last_x_px = event.x_px;
                state.last_y_px = event.y_px;
                return step;
            }
            if (!inside && !state.needle_down) return step;
            step.used = true;
            if (!needle_allowed) return step;
            if (const std::optional<Point> skin = skin_at()) {
                state.last_skin_mm = skin;
                step.needle = InputEvent::Kind::Move;
                step.needle_mm = *skin;
            }
            return step;
        }
        case Kind::Wheel: {
            if (!inside) return step;
            step.used = true;
            step.zoom_factor = std::pow(1.2, -double(event.wheel_delta));
            return step;
        }
    }
    return step;
}

}  // namespace stipple
