// The lesson editor's window loop: SFML events become session gestures and keys (see editor_window.hpp).
#include "sim/editor/editor_window.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/View.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/Window/Event.hpp>

#include "scoring/lesson_io.hpp"
#include "sim/editor/editor_backdrop.hpp"
#include "sim/editor/editor_canvas.hpp"
#include "sim/editor/editor_panel.hpp"
#include "sim/model/lesson_edit_check.hpp"
#include "sim/model/lesson_edit_session.hpp"
#include "sim/ui/imgui_bridge.hpp"

namespace stipple {

namespace {

constexpr float kFitMarginPx = 60.0f;
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

void handle_event(const sf::Event& e, sf::RenderWindow& window, ImGuiBridge& bridge, LessonEditSession& s,
                  EditorPanelState& panel, ViewTransform& view, PointerState& pointer) {
    const bool over_canvas_allowed = !bridge.wants_mouse();
    auto in_canvas = [&](float x, float y) {
        return over_canvas_allowed && x >= 0 && y >= 0 && x < view.viewport_w_px && y < view.viewport_h_px;
    };
    switch (e.type) {
        case sf::Event::Closed:
            request_close(s, panel);
            break;
        case sf::Event::Resized: {
            window.setView(sf::View(sf::FloatRect(0, 0, float(e.size.width), float(e.size.height))));
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

}  // namespace

float editor_panel_width(unsigned window_width_px) {
    return std::round(std::clamp(float(window_width_px) * 0.34f, 300.0f, 440.0f));
}

ViewTransform initial_editor_view(const std::vector<Point>& points, unsigned window_width_px, unsigned window_height_px) {
    ViewTransform view;
    view.viewport_w_px = float(window_width_px) - editor_panel_width(window_width_px);
    view.viewport_h_px = float(window_height_px);
    fit_bounds(view, bounds_of(points), kFitMarginPx);
    return view;
}

int run_lesson_editor(const EditorOptions& options) {
    LessonEditSession session = open_lesson_for_editing(options.path);
    sf::RenderWindow window(sf::VideoMode(options.width_px, options.height_px), window_title(session),
                            sf::Style::Titlebar | sf::Style::Close | sf::Style::Resize);
    window.setPosition({0, 0});  // deterministic: window px == screen px (scripts drive it with xdotool)
    window.setFramerateLimit(60);
    window.setKeyRepeatEnabled(false);
    ImGuiBridge bridge(window);

    ViewTransform view = initial_editor_view(zone_and_curve(session.lesson), options.width_px, options.height_px);
    EditorBackdrop backdrop;
    EditorPanelState panel;
    PointerState pointer;
    LessonCheck check = check_lesson_draft(session.lesson);
    std::string checked_json = lesson_to_json(session.lesson).dump();
    std::string title = window_title(session);
    std::string last_status = session.status;
    std::cout << "editor: " << session.status << std::endl;
    bool printed_view = false;
    sf::Clock frame_clock;

    while (window.isOpen() && !panel.quit) {
        sf::Event event;
        // Every status line reaches stdout, even several in one frame (scripts check them).
        auto report_status = [&] {
            if (session.status == last_status) return;
            last_status = session.status;
            std::cout << "editor: " << last_status << std::endl;
        };
        while (window.pollEvent(event)) {
            bridge.process_event(event);
            handle_event(event, window, bridge, session, panel, view, pointer);
            report_status();
        }
        if (panel.quit) break;
        ++pointer.frames_since_left_press;

        update_backdrop(backdrop, session.lesson);
        const std::string json_now = lesson_to_json(session.lesson).dump();
        if (json_now != checked_json) {
            check = check_lesson_draft(session.lesson);
            checked_json = json_now;
        }
        refresh_demo(session, check, panel);

        bridge.new_frame(frame_clock.restart());
        draw_editor_panel(session, panel, check, view.viewport_w_px, float(window.getSize().x) - view.viewport_w_px,
                          float(window.getSize().y));
        if (panel.fit_view) {
            fit_bounds(view, bounds_of(zone_and_curve(session.lesson)), kFitMarginPx);
            panel.fit_view = false;
        }

        EditorOverlay overlay;
        overlay.selected = session.selected;
        if (!bridge.wants_mouse() && !session.dragging) {
            const sf::Vector2i mouse = sf::Mouse::getPosition(window);
            if (mouse.x < view.viewport_w_px)
                overlay.hovered = pick_control_point(session.lesson, to_scalp(view, sf::Vector2f(mouse)), pick_radius_mm(view));
        }
        overlay.zone_invalid = check.fault && check.fault->pointer.rfind("/zone", 0) == 0;
        overlay.demo_dots = panel.show_demo && panel.demo ? &panel.demo->attempt.dots : nullptr;

        window.clear(sf::Color(24, 24, 28));
        draw_backdrop(window, view, backdrop);
        draw_editor_overlay(window, view, session.lesson, overlay);
        bridge.render();
        window.display();

        if (!printed_view) {
            print_view(view, session.lesson);
            printed_view = true;
        }
        report_status();
        const std::string new_title = window_title(session);
        if (new_title != title) {
            title = new_title;
            window.setTitle(title);
        }
    }
    window.close();
    return 0;
}

}  // namespace stipple
