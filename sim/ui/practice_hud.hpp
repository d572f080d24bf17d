// Heads-up drawing over the scalp with ImGui: the live depth gauge, the mm scale bar, the needle cursor and
// the numbered feedback markers, the toast (a short message). The gauge's geometry is a pure function (tested headless).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <SFML/System/Clock.hpp>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/ui/score_screen.hpp"

namespace stipple {

// Where things sit on the gauge, as fractions of its height from the top (the skin surface) down.
struct GaugeLayout {
    double scale_max_mm = 1.8;   // the bottom of the gauge: through the whole skin
    float window_top = 0.0f;     // the lesson's depth window
    float window_bottom = 0.0f;
    float epidermis = 0.0f;      // ~0.1 mm of epidermis
    float marker = 0.0f;         // the current depth
};
GaugeLayout gauge_layout(double depth_mm, double window_min_mm, double window_max_mm);

// The gauge panel at the right edge: the window band, the live depth while the button is held, and the
// last dot's depth as a tick.
void draw_depth_gauge(float window_w, const Lesson& lesson, bool pressing, double depth_mm,
                      std::optional<double> last_dot_depth_mm);
void draw_scale_bar(const ViewTransform& view, float window_w, float window_h);
void draw_needle_cursor(const ViewTransform& view, const Lesson& lesson, Point tip_mm, Point target_mm, bool pressing);
void draw_feedback_markers(const ViewTransform& view, const std::vector<FeedbackRow>& feedback, int selected);
// A short message near the bottom centre (screenshot saved, autosave failed, ...).
void draw_toast(const std::string& text, float window_w, float window_h);

// The toast's text and age: shown for 4 s after show().
struct Toast {
    std::string text;
    sf::Clock age;
    void show(std::string t) {
        text = std::move(t);
        age.restart();
    }
    std::string current() const { return age.getElapsedTime().asSeconds() < 4.0f ? text : std::string(); }
};

}  // namespace stipple
