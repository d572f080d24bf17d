// View handling for the practice screen: initial fit, zoom at the pointer, pan, resize, scale bar.
#include "sim/ui/practice_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace stipple {

ViewTransform initial_view(const Lesson& lesson, unsigned window_w, unsigned window_h,
                           const std::optional<ViewSpec>& spec) {
    ViewTransform view;
    view.viewport_w_px = float(window_w);
    view.viewport_h_px = float(window_h);
    if (spec) {
        view.center_mm = spec->centre_mm;
        view.px_per_mm = std::clamp(spec->px_per_mm, kMinPxPerMm, kMaxPxPerMm);
        return view;
    }
    std::vector<Point> pts = lesson.zone;
    if (lesson.hairline)
        for (Point p : lesson.hairline->curve) {
            pts.push_back(p);
            pts.push_back({p.x, p.y + lesson.hairline->transition_mm});
        }
    if (pts.empty()) pts.push_back({0, 80});
    Bounds b = bounds_of(pts);
    // Leave room for the lesson panel on the left: fit into the window right of it.
    const float panel_px = window_w > 900 ? 340.0f : 0.0f;
    view.viewport_w_px = float(window_w) - panel_px;
    fit_bounds(view, b, 50.0f);
    view.viewport_w_px = float(window_w);
    view.center_mm.x -= panel_px / 2.0 / view.px_per_mm;
    return view;
}

std::optional<ViewSpec> parse_view_spec(const std::string& text, std::string& error) {
    double cx = 0, cy = 0, ppm = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%lf,%lf,%lf%c", &cx, &cy, &ppm, &tail) != 3 || !std::isfinite(cx) ||
        !std::isfinite(cy)) {
        error = "--view: expected CX,CY,PX_PER_MM (e.g. 0,87,10), got \"" + text + "\"";
        return std::nullopt;
    }
    if (!(ppm >= kMinPxPerMm && ppm <= kMaxPxPerMm)) {
        error = "--view: PX_PER_MM must be between 1 and 40, got " + text.substr(text.rfind(',') + 1);
        return std::nullopt;
    }
    return ViewSpec{{cx, cy}, ppm};
}

bool parse_window_size(const std::string& text, unsigned& w, unsigned& h, std::string& error) {
    unsigned a = 0, b = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%ux%u%c", &a, &b, &tail) != 2 || a < 200 || b < 200 || a > 8192 || b > 8192) {
        error = "--window: expected WxH with each side 200..8192 (e.g. 1280x800), got \"" + text + "\"";
        return false;
    }
    w = a;
    h = b;
    return true;
}

bool handle_view_event(ViewTransform& view, PanDrag& drag, const sf::Event& event, bool ui_wants_mouse,
                       bool ui_wants_keyboard) {
    switch (event.type) {
        case sf::Event::Resized:
            view.viewport_w_px = float(event.size.width);
            view.viewport_h_px = float(event.size.height);
            return true;
        case sf::Event::MouseWheelScrolled:
            if (ui_wants_mouse || event.mouseWheelScroll.wheel != sf::Mouse::VerticalWheel) return false;
            zoom_at(view, {float(event.mouseWheelScroll.x), float(event.mouseWheelScroll.y)},
                    std::pow(1.2, double(event.mouseWheelScroll.delta)));
            return true;
        case sf::Event::MouseButtonPressed:
            if (ui_wants_mouse) return false;
            if (event.mouseButton.button == sf::Mouse::Right || event.mouseButton.button == sf::Mouse::Middle) {
                drag.active = true;
                drag.last_px = {event.mouseButton.x, event.mouseButton.y};
                return true;
            }
            return false;
        case sf::Event::MouseButtonReleased:
            if (event.mouseButton.button == sf::Mouse::Right || event.mouseButton.button == sf::Mouse::Middle) {
                const bool was = drag.active;
                drag.active = false;
                return was;
            }
            return false;
        case sf::Event::MouseMoved:
            if (!drag.active) return false;
            pan_by(view, {float(event.mouseMove.x - drag.last_px.x), float(event.mouseMove.y - drag.last_px.y)});
            drag.last_px = {event.mouseMove.x, event.mouseMove.y};
            return true;
        case sf::Event::KeyPressed: {
            if (ui_wants_keyboard) return false;
            const float step = 60.0f;
            switch (event.key.code) {
                case sf::Keyboard::Left: pan_by(view, {step, 0}); return true;
                case sf::Keyboard::Right: pan_by(view, {-step, 0}); return true;
                case sf::Keyboard::Up: pan_by(view, {0, step}); return true;
                case sf::Keyboard::Down: pan_by(view, {0, -step}); return true;
                default: return false;
            }
        }
        default:
            return false;
    }
}

ScaleBar scale_bar_for(double px_per_mm, float max_px) {
    ScaleBar bar;
    const double steps[] = {0.5, 1, 2, 5, 10, 20, 50, 100, 200};
    bar.length_mm = steps[0];
    for (double s : steps)
        if (s * px_per_mm <= max_px) bar.length_mm = s;
    bar.length_px = float(bar.length_mm * px_per_mm);
    std::ostringstream label;
    label << bar.length_mm << " mm";
    bar.label = label.str();
    return bar;
}

}  // namespace stipple
