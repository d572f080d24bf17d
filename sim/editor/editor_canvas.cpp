// What the lesson editor draws over the scalp (see editor_canvas.hpp).
#include "sim/editor/editor_canvas.hpp"

#include <algorithm>
#include <cmath>

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include "sim/ui/overlays.hpp"

namespace stipple {

namespace {

void draw_demo_dots(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson,
                    const std::vector<Dot>& dots) {
    // Each dot a small square at the needle's size (at least 2 px so it shows when zoomed out).
    const float half = std::max(1.0f, static_cast<float>(lesson.needle.diameter_mm * view.px_per_mm / 2));
    sf::VertexArray quads(sf::Triangles);
    for (const Dot& d : dots) {
        const sf::Vector2f c = to_screen(view, Point{d.x, d.y});
        if (c.x < -half || c.y < -half || c.x > view.viewport_w_px + half || c.y > view.viewport_h_px + half) continue;
        const sf::Vector2f p[4] = {{c.x - half, c.y - half}, {c.x + half, c.y - half}, {c.x + half, c.y + half},
                                   {c.x - half, c.y + half}};
        for (int k : {0, 1, 2, 0, 2, 3}) quads.append(sf::Vertex(p[k], kDemoDotColor));
    }
    target.draw(quads);
}

void draw_handle(sf::RenderTarget& target, sf::Vector2f at, PointSet set, bool selected, bool hovered) {
    const float size = kHandleSizePx + (selected ? 4.0f : 0.0f);
    const sf::Color fill = selected ? kSelectedHandleColor : (set == PointSet::zone ? kZoneColor : kHairlineHandleColor);
    const sf::Color outline = hovered ? sf::Color::White : sf::Color(20, 20, 20);
    if (set == PointSet::zone) {
        sf::RectangleShape box({size, size});
        box.setOrigin(size / 2, size / 2);
        box.setPosition(at);
        box.setFillColor(fill);
        box.setOutlineColor(outline);
        box.setOutlineThickness(1.5f);
        target.draw(box);
    } else {
        sf::CircleShape disc(size / 2);
        disc.setOrigin(size / 2, size / 2);
        disc.setPosition(at);
        disc.setFillColor(fill);
        disc.setOutlineColor(outline);
        disc.setOutlineThickness(1.5f);
        target.draw(disc);
    }
}

}  // namespace

void draw_editor_overlay(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson,
                         const EditorOverlay& overlay) {
    if (overlay.demo_dots) draw_demo_dots(target, view, lesson, *overlay.demo_dots);
    draw_polyline(target, view, lesson.zone, true, 2.0f, overlay.zone_invalid ? kInvalidZoneColor : kZoneColor);
    draw_hairline_guide(target, view, lesson);
    for (const PointSet set : {PointSet::zone, PointSet::hairline}) {
        const std::vector<Point>& points = control_points(lesson, set);
        for (size_t i = 0; i < points.size(); ++i) {
            const ControlPointRef ref{set, i};
            draw_handle(target, to_screen(view, points[i]), set, overlay.selected == ref, overlay.hovered == ref);
        }
    }
}

}  // namespace stipple
