// Heads-up drawing over the scalp with ImGui: the live depth gauge, the mm scale bar, the needle cursor and
// the numbered feedback markers, the toast (a short message). The gauge's and the scale bar's geometry are
// computed headless (sim/flow/hud_layout).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <SFML/System/Clock.hpp>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/flow/frame_pacing.hpp"
#include "sim/flow/score_screen_model.hpp"

namespace stipple {

// The gauge panel at the right edge: the window band, the live depth while the button is held, and the
// last dot's depth as a tick. It takes no input: clicks over it reach the scalp.
void draw_depth_gauge(float window_w, const Lesson& lesson, bool pressing, double depth_mm,
                      std::optional<double> last_dot_depth_mm);
void draw_scale_bar(const ViewTransform& view, float window_w, float window_h);
void draw_needle_cursor(const ViewTransform& view, const Lesson& lesson, Point tip_mm, Point target_mm, bool pressing);
void draw_feedback_markers(const ViewTransform& view, const std::vector<FeedbackRow>& feedback, int selected);
// A short message near the bottom centre (screenshot saved, autosave failed, ...).
void draw_toast(const std::string& text, float window_w, float window_h);

// The toast's text and age: shown for kShownS after show().
struct Toast {
    static constexpr double kShownS = 4.0;
    std::string text;
    sf::Clock age;
    void show(std::string t) {
        text = std::move(t);
        age.restart();
    }
    std::string current() const { return age.getElapsedTime().asSeconds() < kShownS ? text : std::string(); }
    // When the frame must change to take it away (frame_pacing.hpp).
    double ends_in_s() const {
        return text.empty() ? kNoFrameNeeded : message_ends_in_s(age.getElapsedTime().asSeconds(), kShownS);
    }
};

}  // namespace stipple
