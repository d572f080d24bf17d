// Overlays on the scalp: depth-error colours, heat-map colours, and their SFML drawing.
#include "sim/ui/overlays.hpp"

#include <algorithm>
#include <cmath>

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>

namespace stipple {

namespace {
sf::Color mix(sf::Color a, sf::Color b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    auto lerp = [t](sf::Uint8 x, sf::Uint8 y) { return sf::Uint8(std::lround(x + (y - x) * t)); };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b), lerp(a.a, b.a)};
}
}  // namespace

double depth_error_windows(double depth_mm, double min_mm, double max_mm) {
    const double width = std::max(max_mm - min_mm, 1e-6);
    if (depth_mm < min_mm) return (depth_mm - min_mm) / width;
    if (depth_mm > max_mm) return (depth_mm - max_mm) / width;
    return 0.0;
}

sf::Color depth_error_color(double depth_mm, double min_mm, double max_mm) {
    const sf::Color good(60, 200, 90);
    const double e = depth_error_windows(depth_mm, min_mm, max_mm);
    if (e == 0.0) return good;
    if (e < 0.0) return e > -0.5 ? mix(sf::Color(240, 170, 40), sf::Color(250, 230, 60), -e * 2.0)
                                 : sf::Color(250, 230, 60);
    return e < 0.5 ? mix(sf::Color(235, 60, 50), sf::Color(200, 40, 200), e * 2.0) : sf::Color(200, 40, 200);
}

sf::Color heat_color(double ratio) {
    const sf::Color hole(40, 90, 230, 150), right(60, 200, 90, 70), dense(235, 50, 40, 160);
    if (ratio <= 1.0) return mix(hole, right, std::clamp((ratio - 0.3) / 0.6, 0.0, 1.0));
    return mix(right, dense, std::clamp((ratio - 1.15) / 0.6, 0.0, 1.0));
}

void draw_polyline(sf::RenderTarget& target, const ViewTransform& view, const std::vector<Point>& points,
                   bool closed, float width_px, sf::Color color) {
    if (points.size() < 2) return;
    sf::VertexArray quads(sf::Triangles);
    const size_t n = closed ? points.size() : points.size() - 1;
    for (size_t i = 0; i < n; ++i) {
        const sf::Vector2f a = to_screen(view, points[i]);
        const sf::Vector2f b = to_screen(view, points[(i + 1) % points.size()]);
        sf::Vector2f d = b - a;
        const float len = std::sqrt(d.x * d.x + d.y * d.y);
        if (len < 1e-3f) continue;
        const sf::Vector2f nrm(-d.y / len * width_px / 2, d.x / len * width_px / 2);
        const sf::Vector2f ext(d.x / len * width_px / 2, d.y / len * width_px / 2);  // joins overlap a little
        const sf::Vector2f p[4] = {a - ext + nrm, a - ext - nrm, b + ext - nrm, b + ext + nrm};
        for (int k : {0, 1, 2, 0, 2, 3}) quads.append(sf::Vertex(p[k], color));
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
