// The 3D head's pane on the practice work and score screens: the head (sim/ui/head_view) drawn into the pane's
// viewport with the preset buttons under it, keys 1..7 for the presets (front, left, right, top, back, 1.5 m,
// mirror) and H to hide or show it, and the pointer routed over it (place, routing and presets:
// sim/flow/head_pane). On the work screen the head's skin catches up with dots placed in quick succession
// at most every kHeadSkinRefreshIntervalS (placing stays as quick as without the pane; next_frame_in_s asks
// for the frame that shows the last state); the score screen shows every change at once. A design lesson's
// line is drawn over the head (draw_map_line). A needle step is handed back: the work screen applies it to the session exactly as
// a click on the map. Needs an OpenGL context (a window).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include "sim/flow/head_pane.hpp"
#include "sim/head/head_camera.hpp"

namespace stipple {

class HeadView;
class PracticeScene;

class HeadPane {
public:
    // `on_note`: told one line when the pane's place or view changes, once it is drawn so: "head view at
    // L,T WxH px", "head view: top" (head_preset_name), "head view turned to yaw Y, pitch P degrees" (a drag
    // ended), "head view distance D mm" (the wheel), "head view hidden". What scripts wait on.
    HeadPane(ViewScreen screen, std::function<void(const std::string&)> on_note = {});
    ~HeadPane();
    HeadPane(const HeadPane&) = delete;
    HeadPane& operator=(const HeadPane&) = delete;

    // The pane's place in a window of this size (hidden: shown == false).
    const HeadPaneLayout& layout(sf::Vector2u window_size);
    const HeadPaneLayout& layout() const { return layout_; }  // as last laid out
    // The strips the fitted map leaves beside the screen's panels and this pane.
    ViewInsets map_insets(sf::Vector2u window_size);

    // Draws the head and the buttons (an ImGui window: call between the bridge's new_frame and render);
    // builds the head on the first draw.
    void draw(sf::RenderTarget& target, const PracticeScene& scene, sf::Vector2u window_size);

    // The needle's tip as a ring on the head (where the map's cursor is), when it faces the viewer; call after
    // draw, in the same ImGui frame.
    void draw_needle(Point tip_mm, bool pressing) const;
    // A line in map mm drawn on the head (a design lesson's hairline and its mirrored guide): followed over the
    // skin in steps of about 2 mm, only where it faces the viewer; `points`: its points as small discs. RGBA
    // colour. Call after draw, in the same ImGui frame.
    void draw_map_line(const Polyline& line_mm, std::uint32_t rgba, float thickness_px, bool points) const;

    // A pointer event (mouse press, release, move, wheel); `needle_allowed`: the work screen. What it means
    // (used: the map must not see it; a needle step to apply at a map point).
    HeadPointerStep handle_pointer(const sf::Event& event, bool needle_allowed);
    // Keys 1..7 choose a preset, H hides or shows the pane; true when the key was the pane's.
    bool handle_key(const sf::Event::KeyEvent& key);

    bool shown() const { return layout_.shown; }
    // A drag is turning the head (its moves are the pane's until the button lifts).
    bool moving() const { return state_.orbiting; }
    // The needle went down on the head (its moves and release are the pane's).
    bool needle_down() const { return state_.needle_down; }
    // How many times the head was rendered (0 before the first draw).
    std::size_t renders() const;
    // When the pane needs a frame with no input: at once after a turn's quick picture (the sharp one), or when
    // its skin, stale behind the scene, falls due (frame pacing).
    double next_frame_in_s() const;

private:
    void choose(HeadViewPreset preset);
    // Where a map point's skin shows in the window, when it faces the viewer inside the viewport.
    std::optional<sf::Vector2f> project(Point map_mm) const;
    void note(const std::string& line) const;

    ViewScreen screen_;
    std::function<void(const std::string&)> on_note_;
    bool wanted_ = true;
    sf::Vector2u window_size_{0, 0};
    HeadPaneLayout layout_;
    std::string said_place_;  // the last "head view at ..." line told
    std::vector<std::string> after_draw_;  // lines told once the view they speak of is drawn
    HeadCamera camera_;
    bool camera_changed_ = true;  // camera_ differs from the view's
    HeadViewPreset preset_ = HeadViewPreset::front;
    HeadPointerState state_;
    std::unique_ptr<HeadView> view_;  // built on the first draw (a GL context is needed)
};

}  // namespace stipple
