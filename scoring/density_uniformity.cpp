// Local density uniformity at 3, 6 and 12 mm (see density_uniformity.hpp).
#include "density_uniformity.hpp"

#include <algorithm>
#include <cmath>

#include "density_map.hpp"
#include "lesson_regions.hpp"
#include "metric_support.hpp"

namespace stipple {

UniformityResult density_uniformity(const Lesson& lesson, const SpatialIndex& visible) {
    UniformityResult out;
    const double s = expected_spacing_mm(lesson);
    if (!(s > 0) || lesson.zone.size() < 3 || visible.empty()) return out;
    const TargetRaster raster = target_raster(lesson, std::min(0.5, s / 3.0));
    const double full_density = full_density_per_mm2(lesson);
    double worst_fault = -1;
    const double base_mm[3] = {3.0, 6.0, 12.0};
    for (int k = 0; k < 4; ++k) {
        const double size = std::max(k < 3 ? base_mm[k] : kBandWidthMm, 2.7 * s);
        const double soft = std::min(size / 3.0, s);
        out.window_mm[k] = size;
        std::vector<DensityWindow> windows;
        if (k < 3) {
            windows = density_windows(visible, raster, size, 0.5 * size, soft);
        } else {
            const double length = std::max(kBandLengthMm, 4.0 * size);
            for (int a = 0; a < 4; ++a) {
                const std::vector<DensityWindow> band = density_bands(visible, raster, size, length, a * 0.7853981633974483, soft);
                windows.insert(windows.end(), band.begin(), band.end());
            }
        }
        double sum_m = 0, sum_t = 0;
        for (const DensityWindow& w : windows) {
            sum_m += w.measured;
            sum_t += w.target;
        }
        if (!(sum_t > 0)) continue;
        const double level = std::clamp(sum_m / sum_t, 0.5, 2.0);
        const double full_window = full_density * size * (k < 3 ? size : std::max(kBandLengthMm, 4.0 * size));
        double weighted = 0;
        for (const DensityWindow& w : windows) {
            const double expected = level * w.target;
            const double deviation = std::log((w.measured + 1.0) / (expected + 1.0));
            const double root_e = std::sqrt(std::max(expected, 1.0));
            const double free = (k < 3 ? kUniformityFree : kBandFree) / root_e;
            // The share reads a wide ramp (full kUniformityShareWidth past the free band), so a contrast
            // spread over the whole zone costs steadily more as it grows; the worst window a steep one.
            const double fault = ramp01(std::abs(deviation), free, 2.5 * free);
            const double spread_fault = ramp01(std::abs(deviation), free, free + kUniformityShareWidth);
            out.max_abs_deviation[k] = std::max(out.max_abs_deviation[k], std::abs(deviation) * root_e);
            weighted += w.target * spread_fault;
            // 3 mm squares judge the spread only: one small window's excess or gap is a clump or a hole, which
            // the clump and hole deductions already charge.
            const double judged = k == 0 ? 0.0 : fault * ramp01(w.target / full_window, 0.5, 0.8);
            out.worst_uneven[k] = std::max(out.worst_uneven[k], judged);
            if (judged > worst_fault) {
                worst_fault = judged;
                out.worst_at = w.centre;
                out.worst_window_mm = size;
                out.worst_ratio = (w.measured) / std::max(expected, 1e-9);
            }
        }
        out.uneven_share[k] = weighted / sum_t;
    }
    const double share = *std::max_element(out.uneven_share, out.uneven_share + 4);
    const double worst = *std::max_element(out.worst_uneven, out.worst_uneven + 4);
    out.points = std::min(kUniformityMaxPoints, kUniformitySharePoints * share + kUniformityWorstPoints * worst);
    if (worst_fault <= 0) {
        out.worst_at.reset();
        out.worst_ratio = 1.0;
        out.worst_window_mm = 0.0;
    }
    return out;
}

}  // namespace stipple
