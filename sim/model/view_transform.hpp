// Where the scalp map (mm) lands on the screen (px): zoom, pan and fit, in one plain struct and free functions;
// given a limit (the scalp's edge), zoom and pan stop there instead of showing empty space.
// Screen orientation: x to the right; the scalp's y (back from the glabella) goes UP the screen, so the
// forehead is at the bottom and the crown above it.
#pragma once

#include <optional>

#include <SFML/Graphics/Transform.hpp>
#include <SFML/System/Vector2.hpp>

#include "scoring/geometry.hpp"

namespace stipple {

inline constexpr double kMinPxPerMm = 1.0;
inline constexpr double kMaxPxPerMm = 40.0;

struct ViewTransform {
    double px_per_mm = 4.0;          // zoom, clamped to kMinPxPerMm..kMaxPxPerMm by zoom_at / fit_bounds
    Point center_mm{0.0, 80.0};      // the scalp point shown at the viewport's centre
    float viewport_w_px = 1280.0f;
    float viewport_h_px = 800.0f;
};

sf::Vector2f to_screen(const ViewTransform& view, Point mm);
Point to_scalp(const ViewTransform& view, sf::Vector2f px);

// Multiplies the zoom by `factor` (clamped to 1..40 px/mm) keeping the scalp point under `px` where it is,
// then keeps the view on `limit_mm` when given (clamp_to_limit).
void zoom_at(ViewTransform& view, sf::Vector2f px, double factor, const std::optional<Bounds>& limit_mm = std::nullopt);
// Moves the picture by delta_px on screen (dragging right shows what lies further left), then keeps the view
// on `limit_mm` when given.
void pan_by(ViewTransform& view, sf::Vector2f delta_px, const std::optional<Bounds>& limit_mm = std::nullopt);
// Keeps the view on `limit_mm`, on each axis: a limit wider than the viewport keeps filling it (its edge
// stops at the viewport's edge); a limit narrower than the viewport stays wholly inside it.
void clamp_to_limit(ViewTransform& view, const Bounds& limit_mm);
// Centres `mm` and zooms so it fits the viewport with `margin_px` on every side (clamped zoom).
void fit_bounds(ViewTransform& view, Bounds mm, float margin_px);

// The same mapping as to_screen, as an SFML transform (for vertex arrays and sprites in scalp mm).
sf::Transform scalp_to_screen_transform(const ViewTransform& view);

// Maps the pixels of an image rendered for `region_mm` at `px_per_mm` (row 0 at the top = region's max y,
// as render_scalp_image produces it) to scalp mm. Draw such an image with
// scalp_to_screen_transform(view) * image_to_scalp_transform(region, ppm).
sf::Transform image_to_scalp_transform(Bounds region_mm, double px_per_mm);

}  // namespace stipple
