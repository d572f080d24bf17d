// Overlays on the scalp, drawn with SFML (their colours: sim/flow/overlay_colors.hpp).
#include "sim/ui/overlays.hpp"

#include <algorithm>
#include <cmath>

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>

namespace stipple {

void draw_polyline(sf::RenderTarget& target, const ViewTransform& view, const std::vector<Point>& points,
                   bool closed, float width_px, sf::Color color) {
    if (points.size() < 2) return;
    sf::VertexArray quads(sf::Triangles);
    sf::Color clear = color;
    clear.a = 0;
    const size_t n = closed ? points.size() : points.size() - 1;
    for (size_t i = 0; i < n; ++i) {
        const sf::Vector2f a = to_screen(view, points[i]);
        const sf::Vector2f b = to_screen(view, points[(i + 1) % points.size()]);
        sf::Vector2f d = b - a;
        const float len = std::sqrt(d.x * d.x + d.y * d.y);
        if (len < 1e-3f) continue;
        const sf::Vector2f unit_n(-d.y / len, d.x / len);
        const sf::Vector2f nrm = unit_n * (width_px / 2);
        const sf::Vector2f ext(d.x / len * width_px / 2, d.y / len * width_px / 2);  // joins overlap a little
        const sf::Vector2f p[4] = {a - ext + nrm, a - ext - nrm, b + ext - nrm, b + ext + nrm};
        for (int k : {0, 1, 2, 0, 2, 3}) quads.append(sf::Vertex(p[k], color));
        // A 1 px fringe fading out on both sides: smooth edges without a multisampled window (app_window).
        for (const float side : {1.0f, -1.0f}) {
            const sf::Vector2f in_a = a - ext + nrm * side, in_b = b + ext + nrm * side;
            const sf::Vector2f out_a = in_a + unit_n * side, out_b = in_b + unit_n * side;
            const sf::Vertex f[4] = {{in_a, color}, {out_a, clear}, {out_b, clear}, {in_b, color}};
            for (int k : {0, 1, 2, 0, 2, 3}) quads.append(f[k]);
        }
    }
    target.draw(quads);
}

void draw_zone_outline(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson, sf::Color color) {
    draw_polyline(target, view, lesson.zone, true, 2.0f, color);
}

void draw_hairline_guide(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson) {
    if (!lesson.hairline) return;
    Polyline back = lesson.hairline->curve;
    for (Point& p : back) p.y += lesson.hairline->transition_mm;
    draw_polyline(target, view, back, false, 1.5f, sf::Color(120, 200, 255, 110));
    draw_polyline(target, view, lesson.hairline->curve, false, 2.5f, sf::Color(80, 180, 255, 220));
}

void draw_heat_map(sf::RenderTarget& target, const ViewTransform& view, const std::vector<HeatCell>& cells) {
    sf::VertexArray quads(sf::Triangles);
    for (const HeatCell& c : cells) {
        const sf::Color col = heat_color(c.ratio);
        const sf::Vector2f a = to_screen(view, c.min_mm);
        const sf::Vector2f b = to_screen(view, {c.min_mm.x + c.size_mm, c.min_mm.y + c.size_mm});
        const sf::Vector2f p[4] = {a, {b.x, a.y}, b, {a.x, b.y}};
        for (int k : {0, 1, 2, 0, 2, 3}) quads.append(sf::Vertex(p[k], col));
    }
    target.draw(quads);
}

void draw_depth_dots(sf::RenderTarget& target, const ViewTransform& view, const Lesson& lesson,
                     const std::vector<Dot>& dots) {
    const float r = std::max(2.5f, float(0.35 * view.px_per_mm));
    const int segments = 10;
    sf::VertexArray tris(sf::Triangles);
    for (const Dot& d : dots) {
        const sf::Color col = depth_error_color(d.depth_mm, lesson.targets.depth_min_mm, lesson.targets.depth_max_mm);
        const sf::Vector2f c = to_screen(view, {d.x, d.y});
        for (int i = 0; i < segments; ++i) {
            const float a0 = 6.2831853f * i / segments, a1 = 6.2831853f * (i + 1) / segments;
            const sf::Vector2f o0(std::cos(a0), std::sin(a0)), o1(std::cos(a1), std::sin(a1));
            const sf::Vector2f p[4] = {c + o0 * r, c + o0 * (r + 2.0f), c + o1 * (r + 2.0f), c + o1 * r};
            for (int k : {0, 1, 2, 0, 2, 3}) tris.append(sf::Vertex(p[k], col));
        }
    }
    target.draw(tris);
}

}  // namespace stipple
