// The lesson editor's screen: SFML events become session gestures and keys (see editor_window.hpp); the
// window and its frame loop are app_window's.
#include "sim/editor/editor_window.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include <SFML/System/Clock.hpp>
#include <SFML/Window/Event.hpp>
#include <SFML/Window/Mouse.hpp>

#include "scoring/lesson_io.hpp"
#include "sim/editor/editor_backdrop.hpp"
#include "sim/editor/editor_canvas.hpp"
#include "sim/editor/editor_panel.hpp"
#include "sim/flow/view_options.hpp"
#include "sim/model/lesson_edit_check.hpp"
#include "sim/model/lesson_edit_session.hpp"
#include "sim/ui/app_window.hpp"

namespace stipple {

namespace {

constexpr sf::Int32 kDoubleClickMs = 500;
constexpr float kDoubleClickSlopPx = 5.0f;

std::vector<Point> zone_and_curve(const Lesson& lesson) {
    std::vector<Point> points = lesson.zone;
    if (lesson.hairline) points.insert(points.end(), lesson.hairline->curve.begin(), lesson.hairline->curve.end());
    return points;
}

std::string window_title(const LessonEditSession& s) {
    return std::string("Stipple lesson editor - ") + (s.path.empty() ? "new lesson" : s.path) +
           (has_unsaved_changes(s) ? " *" : "");
}

// The mapping and every control point on screen, for scripts and tests that drive the editor.
void print_view(const ViewTransform& view, const Lesson& lesson) {
    char line[256];
    std::snprintf(line, sizeof line,
                  "editor: view canvas %.0fx%.0f px, px_per_mm %.6f, center_mm (%.4f, %.4f): "
                  "screen x = %.1f + (x_mm - %.4f) * %.6f, screen y = %.1f - (y_mm - %.4f) * %.6f",
                  view.viewport_w_px, view.viewport_h_px, view.px_per_mm, view.center_mm.x, view.center_mm.y,
                  view.viewport_w_px * 0.5, view.center_mm.x, view.px_per_mm, view.viewport_h_px * 0.5,
                  view.center_mm.y, view.px_per_mm);
    std::cout << line << "\n";
    for (const PointSet set : {PointSet::zone, PointSet::hairline}) {
        const std::vector<Point>& points = control_points(lesson, set);
        for (size_t i = 0; i < points.size(); ++i) {
            const sf::Vector2f px = to_screen(view, points[i]);
            std::snprintf(line, sizeof line, "editor: %s %zu mm (%.4f, %.4f) px (%.2f, %.2f)",
                          set == PointSet::zone ? "zone" : "hairline", i, points[i].x, points[i].y, px.x, px.y);
            std::cout << line << "\n";
        }
    }
    std::cout << std::flush;
}

// Pointer state the window keeps between events (pans and double-click detection).
struct PointerState {
    bool panning = false;
    sf::Vector2f last_px;
    sf::Clock since_left_press;
    sf::Vector2f left_press_px{-1000, -1000};
    bool left_pressed_before = false;
    int frames_since_left_press = 0;  // a slow frame (big texture build, sanitizers) must not split a double-click
};

double pick_radius_mm(const ViewTransform& view) { return kPickRadiusPx / view.px_per_mm; }

void apply_event(const sf::Event& e, ImGuiBridge& bridge, LessonEditSession& s, EditorPanelState& panel,
                 ViewTransform& view, PointerState& pointer) {
    const bool over_canvas_allowed = !bridge.wants_mouse();
    auto in_canvas = [&](float x, float y) {
        return over_canvas_allowed && x >= 0 && y >= 0 && x < view.viewport_w_px && y < view.viewport_h_px;
    };
    switch (e.type) {
        case sf::Event::Closed:
            request_close(s, panel);
            break;
        case sf::Event::Resized: {  // (the window's own view follows in app_window)
            view.viewport_w_px = float(e.size.width) - editor_panel_width(e.size.width);
            view.viewport_h_px = float(e.size.height);
            break;
        }
        case sf::Event::KeyPressed: {
            const bool ctrl = e.key.control;
            if (ctrl && e.key.code == sf::Keyboard::S) {
                request_save(s, panel);
                break;
            }
            if (ctrl && e.key.code == sf::Keyboard::Q) {
                request_close(s, panel);
                break;
            }
            if (bridge.wants_keyboard()) break;  // typing in a field: its own undo, Delete and Escape
            if (ctrl && e.key.code == sf::Keyboard::Z) {
                if (e.key.shift) redo_edit(s);
                else undo_edit(s);
            } else if (ctrl && e.key.code == sf::Keyboard::Y) {
                redo_edit(s);
            } else if (e.key.code == sf::Keyboard::Delete) {
                delete_selected(s);
            } else if (e.key.code == sf::Keyboard::Escape) {
                release(s);
                s.selected.reset();
            }
            break;
        }
        case sf::Event::MouseButtonPressed: {
            const sf::Vector2f px(float(e.mouseButton.x), float(e.mouseButton.y));
            if (!in_canvas(px.x, px.y)) break;
            if (e.mouseButton.button == sf::Mouse::Left) {
                const sf::Vector2f d = px - pointer.left_press_px;
                const bool soon = pointer.since_left_press.getElapsedTime().asMilliseconds() <= kDoubleClickMs ||
                                  pointer.frames_since_left_press <= 1;
                const bool double_click =
                    pointer.left_pressed_before && soon && std::hypot(d.x, d.y) <= kDoubleClickSlopPx;
                const Point at = to_scalp(view, px);
                if (double_click) {
                    double_click_at(s, at, pick_radius_mm(view));
                    pointer.left_pressed_before = false;  // a third click starts afresh
                } else {
                    press_at(s, at, pick_radius_mm(view));
                    pointer.left_pressed_before = true;
                    pointer.left_press_px = px;
                    pointer.since_left_press.restart();
                    pointer.frames_since_left_press = 0;
                }
            } else {
                pointer.panning = true;
                pointer.last_px = px;
            }
            break;
        }
        case sf::Event::MouseButtonReleased:
            if (e.mouseButton.button == sf::Mouse::Left) release(s);
            else pointer.panning = false;
            break;
        case sf::Event::MouseMoved: {
            const sf::Vector2f px(float(e.mouseMove.x), float(e.mouseMove.y));
            if (pointer.panning) pan_by(view, px - pointer.last_px);
            pointer.last_px = px;
            if (s.dragging) drag_to(s, to_scalp(view, px));
            break;
        }
        case sf::Event::MouseWheelScrolled: {
            const sf::Vector2f px(float(e.mouseWheelScroll.x), float(e.mouseWheelScroll.y));
            if (in_canvas(px.x, px.y)) zoom_at(view, px, std::pow(1.15, double(e.mouseWheelScroll.delta)));
            break;
        }
        default:
            break;
    }
}

class EditorScreen final : public Screen {
public:
    explicit EditorScreen(LessonEditSession session) : session_(std::move(session)) {}

    void enter(AppWindow& window) override {
        view_ = initial_editor_view(zone_and_curve(session_.lesson), window.size().x, window.size().y);
        check_ = check_lesson_draft(session_.lesson);
        checked_json_ = lesson_to_json(session_.lesson).dump();
        title_ = window_title(session_);
        last_status_ = session_.status;
        std::cout << "editor: " << session_.status << std::endl;
    }

    void handle_event(AppWindow& window, const sf::Event& event) override {
        apply_event(event, window.imgui(), session_, panel_, view_, pointer_);
        report_status();  // every status line reaches stdout, even several in one frame (scripts check them)
    }

    void update(AppWindow&, sf::Time) override {
        ++pointer_.frames_since_left_press;
        update_backdrop(backdrop_, session_.lesson);
        const std::string json_now = lesson_to_json(session_.lesson).dump();
        if (json_now != checked_json_) {
            check_ = check_lesson_draft(session_.lesson);
            checked_json_ = json_now;
        }
        refresh_demo(session_, check_, panel_);
    }

    void draw(AppWindow& window) override {
        ImGuiBridge& bridge = window.imgui();
        draw_editor_panel(session_, panel_, check_, view_.viewport_w_px, float(window.size().x) - view_.viewport_w_px,
                          float(window.size().y));
        if (panel_.fit_view) {
            fit_bounds(view_, bounds_of(zone_and_curve(session_.lesson)), kEditorFitMarginPx);
            panel_.fit_view = false;
        }
        EditorOverlay overlay;
        overlay.selected = session_.selected;
        if (!bridge.wants_mouse() && !session_.dragging) {
            const sf::Vector2i mouse = sf::Mouse::getPosition(window.window());
            if (mouse.x < view_.viewport_w_px)
                overlay.hovered =
                    pick_control_point(session_.lesson, to_scalp(view_, sf::Vector2f(mouse)), pick_radius_mm(view_));
        }
        overlay.zone_invalid = check_.fault && check_.fault->pointer.rfind("/zone", 0) == 0;
        overlay.demo_dots = panel_.show_demo && panel_.demo ? &panel_.demo->attempt.dots : nullptr;
        draw_backdrop(window.window(), view_, backdrop_);
        draw_editor_overlay(window.window(), view_, session_.lesson, overlay);
    }

    void after_frame(AppWindow& window) override {
        if (!printed_view_) {
            print_view(view_, session_.lesson);
            printed_view_ = true;
        }
        report_status();
        const std::string new_title = window_title(session_);
        if (new_title != title_) {
            title_ = new_title;
            window.set_title(title_);
        }
    }

    Next next() override { return panel_.quit ? Next::end() : Next::stay(); }
    sf::Color background() const override { return sf::Color(24, 24, 28); }

private:
    void report_status() {
        if (session_.status == last_status_) return;
        last_status_ = session_.status;
        std::cout << "editor: " << last_status_ << std::endl;
    }

    LessonEditSession session_;
    ViewTransform view_;
    EditorBackdrop backdrop_;
    EditorPanelState panel_;
    PointerState pointer_;
    LessonCheck check_;
    std::string checked_json_;
    std::string title_;
    std::string last_status_;
    bool printed_view_ = false;
};

}  // namespace

int run_lesson_editor(const EditorOptions& options) {
    LessonEditSession session = open_lesson_for_editing(options.path);
    WindowSpec spec;
    spec.width_px = options.width_px;
    spec.height_px = options.height_px;
    spec.size_given = options.size_given;
    spec.title = window_title(session);
    spec.placement = WindowSpec::Placement::TopLeft;  // deterministic: window px == screen px (xdotool)
    spec.antialiasing = 0;
    spec.key_repeat = false;
    AppWindow window(spec);
    window.run(std::make_unique<EditorScreen>(std::move(session)));
    return 0;
}

}  // namespace stipple
