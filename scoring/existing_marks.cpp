// Marks already on the scalp when a lesson starts (see existing_marks.hpp).
// Explicit marks (existing.marks: a case's healed previous session) are returned as written. Otherwise:
// A blue-noise scatter at existing.density_fraction of full density inside the zone, behind the hairline when
// the lesson has one (thinning toward it across the transition zone, as hair and earlier work do), seeded by
// existing.seed. Coordinates are rounded to 0.001 mm so that they survive a trip through a file unchanged.
#include "existing_marks.hpp"

#include <cmath>

#include "blue_noise.hpp"
#include "lesson_regions.hpp"
#include "seeded_random.hpp"

namespace stipple {

std::vector<Point> existing_marks(const Lesson& lesson) {
    if (lesson.existing && !lesson.existing->marks.empty()) {
        std::vector<Point> marks;
        marks.reserve(lesson.existing->marks.size());
        for (const ExistingMark& m : lesson.existing->marks) marks.push_back({m.x, m.y});
        return marks;
    }
    if (!lesson.existing || !(lesson.existing->density_fraction > 0) || lesson.zone.size() < 3) return {};
    const double fraction = std::min(1.0, lesson.existing->density_fraction);
    const double r_full = lesson.targets.spacing_mm / kBlueNoiseMeanNnPerRadius;
    auto ramp = [&](Point p) { return density_share(lesson, p); };
    BlueNoiseSpec spec;
    spec.bounds = bounds_of(lesson.zone);
    spec.inside = [&](Point p) { return contains(lesson.zone, p) && ramp(p) > 0; };
    spec.radius_mm = [&](Point p) {
        const double f = fraction * ramp(p);
        return f > 0 ? r_full / std::sqrt(f) : INFINITY;
    };
    spec.min_radius_mm = r_full / std::sqrt(fraction);
    spec.seed = mix_seed(lesson.existing->seed, 0x65786973u);  // "exis"
    std::vector<Point> marks = blue_noise(spec);
    for (Point& p : marks) p = {std::round(p.x * 1000.0) / 1000.0, std::round(p.y * 1000.0) / 1000.0};
    return marks;
}

}  // namespace stipple
