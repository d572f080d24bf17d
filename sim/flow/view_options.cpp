// The view a screen opens with and the --view / --window options (see view_options.hpp).
#include "sim/flow/view_options.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "sim/model/virtual_scalp.hpp"

namespace stipple {

Bounds scalp_map_bounds() { return VirtualScalp{}.map_mm; }

ViewTransform initial_view(const Lesson& lesson, unsigned window_w, unsigned window_h,
                           const std::optional<ViewSpec>& spec, ViewInsets insets) {
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
    // Fit into the strip between the panels, then shift the centre so the strip's middle shows the fit's.
    if (float(window_w) - insets.left_px - insets.right_px < kMinFitWidthPx) insets = ViewInsets{};
    const float free_w = float(window_w) - insets.left_px - insets.right_px;
    view.viewport_w_px = free_w;
    fit_bounds(view, b, 50.0f);
    view.viewport_w_px = float(window_w);
    const double strip_middle_px = insets.left_px + free_w / 2.0;
    view.center_mm.x -= (strip_middle_px - window_w / 2.0) / view.px_per_mm;
    // Kept on the map as every later view is (a resize, a pan, a zoom clamp to it), so F gives back exactly
    // the view the screen opened with.
    clamp_to_limit(view, scalp_map_bounds());
    return view;
}

void centre_in_strip(ViewTransform& view, Point point_mm, ViewInsets insets) {
    const double strip_middle_px = insets.left_px + (view.viewport_w_px - insets.left_px - insets.right_px) / 2.0;
    view.center_mm = point_mm;
    view.center_mm.x -= (strip_middle_px - view.viewport_w_px / 2.0) / view.px_per_mm;
    clamp_to_limit(view, scalp_map_bounds());
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

float editor_panel_width(unsigned window_width_px) {
    return std::round(std::clamp(float(window_width_px) * 0.34f, 300.0f, 440.0f));
}

ViewTransform initial_editor_view(const std::vector<Point>& points, unsigned window_width_px, unsigned window_height_px) {
    ViewTransform view;
    view.viewport_w_px = float(window_width_px) - editor_panel_width(window_width_px);
    view.viewport_h_px = float(window_height_px);
    fit_bounds(view, bounds_of(points), kEditorFitMarginPx);
    return view;
}

}  // namespace stipple
