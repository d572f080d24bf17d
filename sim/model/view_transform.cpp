// The view mapping between scalp mm and screen px (see view_transform.hpp for the orientation).
#include "view_transform.hpp"

#include <algorithm>

namespace stipple {

namespace {
double clamp_zoom(double px_per_mm) { return std::clamp(px_per_mm, kMinPxPerMm, kMaxPxPerMm); }
}  // namespace

sf::Vector2f to_screen(const ViewTransform& view, Point mm) {
    const double sx = view.viewport_w_px * 0.5 + (mm.x - view.center_mm.x) * view.px_per_mm;
    const double sy = view.viewport_h_px * 0.5 - (mm.y - view.center_mm.y) * view.px_per_mm;
    return {static_cast<float>(sx), static_cast<float>(sy)};
}

Point to_scalp(const ViewTransform& view, sf::Vector2f px) {
    return {view.center_mm.x + (px.x - view.viewport_w_px * 0.5) / view.px_per_mm,
            view.center_mm.y - (px.y - view.viewport_h_px * 0.5) / view.px_per_mm};
}

void zoom_at(ViewTransform& view, sf::Vector2f px, double factor, const std::optional<Bounds>& limit_mm) {
    if (!(factor > 0.0)) return;
    const Point anchor = to_scalp(view, px);
    view.px_per_mm = clamp_zoom(view.px_per_mm * factor);
    // Put the anchor back under the pointer: solve to_screen(anchor) == px for the centre.
    view.center_mm.x = anchor.x - (px.x - view.viewport_w_px * 0.5) / view.px_per_mm;
    view.center_mm.y = anchor.y + (px.y - view.viewport_h_px * 0.5) / view.px_per_mm;
    if (limit_mm) clamp_to_limit(view, *limit_mm);
}

void pan_by(ViewTransform& view, sf::Vector2f delta_px, const std::optional<Bounds>& limit_mm) {
    view.center_mm.x -= delta_px.x / view.px_per_mm;
    view.center_mm.y += delta_px.y / view.px_per_mm;
    if (limit_mm) clamp_to_limit(view, *limit_mm);
}

namespace {
// The centre's allowed interval on one axis: [lo + half, hi - half] when the limit is wider than the view,
// else [hi - half, lo + half] (the whole limit inside the view).
double clamp_axis(double centre, double lo, double hi, double half_visible) {
    const double a = lo + half_visible, b = hi - half_visible;
    return std::clamp(centre, std::min(a, b), std::max(a, b));
}
}  // namespace

void clamp_to_limit(ViewTransform& view, const Bounds& b) {
    if (!(view.px_per_mm > 0.0)) return;
    view.center_mm.x = clamp_axis(view.center_mm.x, b.min.x, b.max.x, view.viewport_w_px * 0.5 / view.px_per_mm);
    view.center_mm.y = clamp_axis(view.center_mm.y, b.min.y, b.max.y, view.viewport_h_px * 0.5 / view.px_per_mm);
}

void fit_bounds(ViewTransform& view, Bounds mm, float margin_px) {
    const double avail_w = std::max(1.0, static_cast<double>(view.viewport_w_px) - 2.0 * margin_px);
    const double avail_h = std::max(1.0, static_cast<double>(view.viewport_h_px) - 2.0 * margin_px);
    const double w = std::max(mm.width(), 1e-6);
    const double h = std::max(mm.height(), 1e-6);
    view.px_per_mm = clamp_zoom(std::min(avail_w / w, avail_h / h));
    view.center_mm = {(mm.min.x + mm.max.x) * 0.5, (mm.min.y + mm.max.y) * 0.5};
}

sf::Transform scalp_to_screen_transform(const ViewTransform& view) {
    const float s = static_cast<float>(view.px_per_mm);
    const float tx = static_cast<float>(view.viewport_w_px * 0.5 - view.center_mm.x * view.px_per_mm);
    const float ty = static_cast<float>(view.viewport_h_px * 0.5 + view.center_mm.y * view.px_per_mm);
    return sf::Transform(s, 0.f, tx,
                         0.f, -s, ty,
                         0.f, 0.f, 1.f);
}

sf::Transform image_to_scalp_transform(Bounds region_mm, double px_per_mm) {
    const float inv = static_cast<float>(1.0 / px_per_mm);
    return sf::Transform(inv, 0.f, static_cast<float>(region_mm.min.x),
                         0.f, -inv, static_cast<float>(region_mm.max.y),
                         0.f, 0.f, 1.f);
}

}  // namespace stipple
