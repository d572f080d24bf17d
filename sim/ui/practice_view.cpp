// View handling for the screens' events: zoom at the pointer, pan, resize, stopping at the scalp's edge.
#include "sim/ui/practice_view.hpp"

#include <cmath>

#include "sim/flow/view_options.hpp"

namespace stipple {

bool handle_view_event(ViewTransform& view, PanDrag& drag, const sf::Event& event, bool ui_wants_mouse,
                       bool ui_wants_keyboard) {
    switch (event.type) {
        case sf::Event::Resized:
            view.viewport_w_px = float(event.size.width);
            view.viewport_h_px = float(event.size.height);
            clamp_to_limit(view, scalp_map_bounds());
            return true;
        case sf::Event::MouseWheelScrolled:
            if (ui_wants_mouse || event.mouseWheelScroll.wheel != sf::Mouse::VerticalWheel) return false;
            zoom_at(view, {float(event.mouseWheelScroll.x), float(event.mouseWheelScroll.y)},
                    std::pow(1.2, double(event.mouseWheelScroll.delta)), scalp_map_bounds());
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
            pan_by(view, {float(event.mouseMove.x - drag.last_px.x), float(event.mouseMove.y - drag.last_px.y)},
                   scalp_map_bounds());
            drag.last_px = {event.mouseMove.x, event.mouseMove.y};
            return true;
        case sf::Event::KeyPressed: {
            if (ui_wants_keyboard) return false;
            const float step = 60.0f;
            switch (event.key.code) {
                case sf::Keyboard::Left: pan_by(view, {step, 0}, scalp_map_bounds()); return true;
                case sf::Keyboard::Right: pan_by(view, {-step, 0}, scalp_map_bounds()); return true;
                case sf::Keyboard::Up: pan_by(view, {0, step}, scalp_map_bounds()); return true;
                case sf::Keyboard::Down: pan_by(view, {0, -step}, scalp_map_bounds()); return true;
                default: return false;
            }
        }
        default:
            return false;
    }
}

}  // namespace stipple
