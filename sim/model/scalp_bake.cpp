// The scalp's pictures for the practice scene: regions, resolutions, rendering (see scalp_bake.hpp).
#include "sim/model/scalp_bake.hpp"

#include <algorithm>
#include <cmath>

namespace stipple {

namespace {

constexpr double kMaxTexturePx = 2048.0;

Bounds grown(Bounds b, double margin) {
    return {{b.min.x - margin, b.min.y - margin}, {b.max.x + margin, b.max.y + margin}};
}

// The finest resolution (at most `max_ppm`) that keeps the image under `max_pixels`.
double ppm_for(Bounds region, double max_ppm, double max_pixels) {
    const double area = std::max(region.width() * region.height(), 1.0);
    return std::clamp(std::sqrt(max_pixels / area), 0.5, max_ppm);
}

}  // namespace

ScalpBakePlan scalp_bake_plan(const Lesson& lesson, const VirtualScalp& scalp) {
    ScalpBakePlan plan;
    plan.base.region_mm = scalp.map_mm;
    // The whole head's map is also the 3D head's skin texture: at most 2048 px a side (any GL has that).
    const double longest = std::max(plan.base.region_mm.width(), plan.base.region_mm.height());
    plan.base.px_per_mm = std::min(ppm_for(plan.base.region_mm, 3.0, 2.0e6), kMaxTexturePx / std::max(longest, 1.0));
    plan.detail.region_mm = grown(bounds_of(lesson.zone), 25.0);
    plan.detail.px_per_mm = ppm_for(plan.detail.region_mm, 16.0, 1.6e6);
    return plan;
}

sf::Image bake_scalp_picture(const Lesson& lesson, const VirtualScalp& scalp, const ScalpPicture& picture,
                             unsigned threads) {
    sf::Image image = render_scalp_image(scalp, picture.region_mm, picture.px_per_mm, threads);
    render_existing_marks(image, picture.region_mm, picture.px_per_mm, lesson, scalp);
    return image;
}

}  // namespace stipple
