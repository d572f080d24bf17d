// Spacing (see spacing_metric.hpp for what is measured and how it maps to 0..100).
#include "spacing_metric.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdio>
#include <string>

#include "blue_noise.hpp"
#include "density_uniformity.hpp"
#include "lesson_regions.hpp"
#include "spatial_index.hpp"
#include "structure_order.hpp"

namespace stipple {

namespace {


// A square raster of sample points over the zone's bounds (centres of cells `step` wide).
struct Raster {
    Point origin;
    double step = 1.0;
    long nx = 0, ny = 0;
    Point at(long i, long j) const {
        return {origin.x + (static_cast<double>(i) + 0.5) * step, origin.y + (static_cast<double>(j) + 0.5) * step};
    }
    size_t id(long i, long j) const { return static_cast<size_t>(j * nx + i); }
};

Raster raster_over(const Bounds& b, double step) {
    Raster r;
    r.origin = b.min;
    r.step = step;
    // Never more than ~2e7 samples, whatever the zone (a whole head at 0.5 mm is ~1e6).
    while ((b.width() / r.step + 1) * (b.height() / r.step + 1) > 2e7) r.step *= 1.25;
    r.nx = std::max(1L, static_cast<long>(std::ceil(b.width() / r.step)));
    r.ny = std::max(1L, static_cast<long>(std::ceil(b.height() / r.step)));
    return r;
}

struct PatchOrder {
    size_t count = 0;
    double sx = 0, sy = 0;
    std::complex<double> psi[3];  // m = 2, 4, 6
};

}  // namespace

MetricResult spacing_metric(const Lesson& lesson, const std::vector<Dot>& input, const std::vector<Point>& existing_in) {
    const std::vector<Dot> dots = canonical_dots(input);
    const double s = expected_spacing_mm(lesson);
    const double expected_density = blue_noise_density_per_mm2(s);
    const double margin = s;
    MetricResult result;
    ComponentScore& out = result.component;

    // The visible set: existing marks first, then the trainee's dots that are on the map.
    std::vector<Point> visible;
    for (const Point& p : existing_in)
        if (on_map(p)) visible.push_back(p);
    const size_t first_trainee = visible.size();
    size_t off_map = 0;
    std::vector<Point> outside;
    double outside_weight = 0;  // each dot outside: ramp01(distance outside, 0, s'), less its forehead share
    for (const Dot& d : dots) {
        const Point p{d.x, d.y};
        if (!on_map(p)) {
            ++off_map;
            continue;
        }
        visible.push_back(p);
        if (contains(lesson.zone, p)) continue;
        double w = ramp01(distance_to_boundary_mm(lesson.zone, p), 0.0, s);
        if (lesson.hairline) {
            // Spill on the forehead is the hairline's fault: hand it over across a 1 mm band.
            const std::optional<double> behind = behind_hairline_mm(*lesson.hairline, p);
            if (behind) w *= 1.0 - ramp01(-*behind, kSpillToleranceMm - 0.5, kSpillToleranceMm + 0.5);
        }
        if (w <= 0) continue;
        outside_weight += w;
        outside.push_back(p);
    }
    const size_t trainee_count = visible.size() - first_trainee;
    const SpatialIndex index(visible);
    auto in_core = [&](Point p) {
        return in_full_density_region(lesson, p) && distance_to_boundary_mm(lesson.zone, p) >= margin;
    };

    // Crowding: the trainee's dots in the zone with another visible dot too close. Counts are capped, so
    // thousands of dots on one spot cost no more than a good fill.
    const double crowd_mm = 0.5 * s;
    const double merge_mm = lesson.needle.diameter_mm;
    // Merged: another visible dot within the needle's diameter (one capped query per dot, read three times below).
    std::vector<uint8_t> is_merged(visible.size(), 0);
    for (size_t i = 0; i < visible.size(); ++i) is_merged[i] = index.count_within(visible[i], merge_mm, 2) >= 2;
    // Who the neighbour is, for the findings: another of the trainee's dots, or only existing marks (a dot
    // put down on or against a hair or an earlier dot). The deductions do not depend on it.
    const SpatialIndex existing_index(std::vector<Point>(visible.begin(), visible.begin() + static_cast<long>(first_trainee)));
    const SpatialIndex trainee_index(std::vector<Point>(visible.begin() + static_cast<long>(first_trainee), visible.end()));
    size_t judged = 0, crowded = 0, merged = 0;
    size_t crowded_by_existing_only = 0;  // crowded with no other trainee dot that close
    std::vector<Point> crowded_own, merged_own, near_existing, on_existing;
    // The biggest clump: most visible dots within 0.75 s' of one of the trainee's dots (blue noise has 1),
    // counted up to kClumpCountCap.
    size_t largest_clump = 0;
    std::optional<Point> clump_at;
    for (size_t i = first_trainee; i < visible.size(); ++i) {
        if (!contains(lesson.zone, visible[i])) continue;
        ++judged;
        if (index.count_within(visible[i], crowd_mm, 2) >= 2) {
            ++crowded;
            if (is_merged[i]) ++merged;
            const bool own_near = trainee_index.count_within(visible[i], crowd_mm, 2) >= 2;
            if (own_near) crowded_own.push_back(visible[i]);
            else ++crowded_by_existing_only;
            if (is_merged[i] && trainee_index.count_within(visible[i], merge_mm, 2) >= 2) merged_own.push_back(visible[i]);
            if (is_merged[i] && existing_index.count_within(visible[i], merge_mm, 1) >= 1) on_existing.push_back(visible[i]);
            else if (!own_near) near_existing.push_back(visible[i]);  // only existing marks are that close
        }
        const size_t c = index.count_within(visible[i], 0.75 * s, kClumpCountCap);
        if (c > largest_clump) {
            largest_clump = c;
            clump_at = visible[i];
        }
    }
    const double crowded_share = judged ? static_cast<double>(crowded) / static_cast<double>(judged) : 0.0;
    const double merged_share = judged ? static_cast<double>(merged) / static_cast<double>(judged) : 0.0;

    // Core: area by sampling, density and mean NN from the visible dots inside it.
    const Raster raster = raster_over(bounds_of(lesson.zone), 0.5 * s);
    std::vector<uint8_t> core(static_cast<size_t>(raster.nx * raster.ny), 0);
    size_t core_samples = 0;
    for (long j = 0; j < raster.ny; ++j)
        for (long i = 0; i < raster.nx; ++i)
            if (in_core(raster.at(i, j))) {
                core[raster.id(i, j)] = 1;
                ++core_samples;
            }
    const double core_area = static_cast<double>(core_samples) * raster.step * raster.step;
    size_t core_dots = 0;
    double nn_sum = 0;
    std::vector<uint8_t> dot_in_core(visible.size(), 0);
    for (size_t i = 0; i < visible.size(); ++i) {
        if (!in_core(visible[i])) continue;
        dot_in_core[i] = 1;
        ++core_dots;
        // A dot with another within the needle's diameter is merged: its NN is counted as 0 (no search in a stack).
        if (is_merged[i]) continue;
        if (const std::optional<Neighbour> nn = index.nearest(visible[i], i)) nn_sum += nn->distance_mm;
    }
    const bool core_judged = core_area >= 10.0 * s * s;
    const double density = core_area > 0 ? static_cast<double>(core_dots) / core_area : 0.0;
    const double density_ratio = density / expected_density;
    const double mean_nn = core_dots ? nn_sum / static_cast<double>(core_dots) : 0.0;

    // Holes: core samples further than 1.5 s' from every visible dot.
    const double hole_mm = 1.5 * s;
    std::vector<uint8_t> covered(core.size(), 0);
    for (const Point& p : visible) {
        const long i0 = std::max(0L, static_cast<long>(std::floor((p.x - hole_mm - raster.origin.x) / raster.step)));
        const long i1 = std::min(raster.nx - 1, static_cast<long>(std::floor((p.x + hole_mm - raster.origin.x) / raster.step)));
        const long j0 = std::max(0L, static_cast<long>(std::floor((p.y - hole_mm - raster.origin.y) / raster.step)));
        const long j1 = std::min(raster.ny - 1, static_cast<long>(std::floor((p.y + hole_mm - raster.origin.y) / raster.step)));
        for (long j = j0; j <= j1; ++j)
            for (long i = i0; i <= i1; ++i)
                if (squared_distance(p, raster.at(i, j)) <= hole_mm * hole_mm) covered[raster.id(i, j)] = 1;
    }
    // Every core sample no dot covers is part of a hole. The largest hole is the largest empty circle among
    // them (the sample furthest from any dot): continuous in the dots' positions, whichever holes join.
    std::vector<size_t> hole_cells;
    for (size_t c = 0; c < core.size(); ++c)
        if (core[c] && !covered[c]) hole_cells.push_back(c);
    const size_t hole_samples = hole_cells.size();
    const double hole_share = core_samples ? static_cast<double>(hole_samples) / static_cast<double>(core_samples) : 0.0;
    double largest_hole_radius = 0;
    // Distinct places only: a stack of coincident dots is one place to a hole (and one cell to search).
    std::vector<Point> places = visible;
    std::sort(places.begin(), places.end(), [](Point a, Point b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    places.erase(std::unique(places.begin(), places.end()), places.end());
    const SpatialIndex distinct(places);
    std::optional<Point> hole_at;
    // At most ~20 000 hole samples are searched (every `stride`-th): holes that large (~90 spacings across)
    // cost the whole hole deduction anyway, and a zone the size of the map stays fast.
    const size_t hole_stride = std::max<size_t>(1, hole_cells.size() / 20000);
    for (size_t q = 0; q < hole_cells.size(); q += hole_stride) {
        const size_t k = hole_cells[q];
        const Point p = raster.at(static_cast<long>(k % static_cast<size_t>(raster.nx)),
                                  static_cast<long>(k / static_cast<size_t>(raster.nx)));
        const std::optional<Neighbour> nn = distinct.nearest(p);
        const double r = nn ? nn->distance_mm : 0.0;
        if (!hole_at || r > largest_hole_radius) {
            largest_hole_radius = r;
            hole_at = p;
        }
    }

    // Orientational order of the trainee's own placement, averaged over patches 5 s' wide.
    const SpatialIndex own_index = first_trainee == 0
                                       ? SpatialIndex()
                                       : SpatialIndex(std::vector<Point>(visible.begin() + static_cast<long>(first_trainee),
                                                                         visible.end()));
    const SpatialIndex& own = first_trainee == 0 ? index : own_index;
    // Patches hold about 25 of the trainee's own dots, however sparse they are among existing marks.
    size_t own_core = 0;
    for (size_t k = 0; k < trainee_count; ++k) own_core += dot_in_core[first_trainee + k];
    const double own_density = core_area > 0 ? static_cast<double>(own_core) / core_area : 0.0;
    const double own_spacing = own_density > 0 ? std::sqrt(kBlueNoiseDensityTimesNn2 / own_density) : s;
    const double patch_mm = 5.0 * std::clamp(own_spacing, s, 4.0 * s);
    const Bounds zb = bounds_of(lesson.zone);
    const long px = std::max(1L, static_cast<long>(std::ceil(zb.width() / patch_mm)));
    const long py = std::max(1L, static_cast<long>(std::ceil(zb.height() / patch_mm)));
    std::vector<PatchOrder> patches;
    if (static_cast<double>(px) * static_cast<double>(py) <= 4e6) patches.resize(static_cast<size_t>(px * py));
    for (size_t k = 0; k < trainee_count && !patches.empty(); ++k) {
        if (!dot_in_core[first_trainee + k]) continue;
        const Point p = own.point(k);
        if (is_merged[first_trainee + k]) continue;  // merged dots have no bond angles to speak of
        const std::vector<Neighbour> nbs = own.k_nearest(p, 6, k);
        if (nbs.size() < 6) continue;
        std::complex<double> psi[3];
        for (size_t q = 0; q < 6; ++q) {
            const Point o = own.point(nbs[q].index);
            const double theta = std::atan2(o.y - p.y, o.x - p.x);
            if (q < 2) psi[0] += std::polar(1.0, 2.0 * theta) / 2.0;
            if (q < 4) psi[1] += std::polar(1.0, 4.0 * theta) / 4.0;
            psi[2] += std::polar(1.0, 6.0 * theta) / 6.0;
        }
        const long ci = std::clamp(static_cast<long>((p.x - zb.min.x) / patch_mm), 0L, px - 1);
        const long cj = std::clamp(static_cast<long>((p.y - zb.min.y) / patch_mm), 0L, py - 1);
        PatchOrder& patch = patches[static_cast<size_t>(cj * px + ci)];
        ++patch.count;
        patch.sx += p.x;
        patch.sy += p.y;
        for (int m = 0; m < 3; ++m) patch.psi[m] += psi[m];
    }
    double order_sum[3] = {0, 0, 0};
    size_t order_count = 0;
    for (const PatchOrder& patch : patches) {
        if (patch.count < 8) continue;
        order_count += patch.count;
        for (int m = 0; m < 3; ++m) order_sum[m] += std::abs(patch.psi[m]);
    }
    int worst_m = 0;
    double order = 0;
    for (int m = 0; m < 3; ++m) {
        const double q = order_count >= 30 ? order_sum[m] / static_cast<double>(order_count) : 0.0;
        if (q > order) {
            order = q;
            worst_m = m;
        }
    }
    std::optional<Point> order_at;
    double order_at_value = -1;
    for (const PatchOrder& patch : patches) {
        if (patch.count < 8) continue;
        const double q = std::abs(patch.psi[worst_m]) / static_cast<double>(patch.count);
        if (q > order_at_value) {
            order_at_value = q;
            order_at = Point{patch.sx / static_cast<double>(patch.count), patch.sy / static_cast<double>(patch.count)};
        }
    }

    // Order at every scale (structure factor in windows of the trainee's own dots) and local uniformity.
    const StructureOrder structure = structure_order(
        std::vector<Point>(visible.begin() + static_cast<long>(first_trainee), visible.end()), own_spacing, lesson.zone);
    const UniformityResult uniformity = density_uniformity(lesson, index);

    // Deductions.
    const double outside_count = static_cast<double>(outside.size() + off_map);
    const double outside_amount = outside_weight + static_cast<double>(off_map);
    const double all_trainee = static_cast<double>(dots.size());
    const double log_ratio = density_ratio > 0 ? std::abs(std::log(density_ratio)) : 1e9;
    const double density_points = core_judged ? 100.0 * ramp01(log_ratio, kDensityLogRatioFree, 0.69) : 0.0;
    const double clump_points = 3.0 * std::max(0.0, static_cast<double>(largest_clump) - kClumpFree);
    const double crowd_points =
        std::min(60.0, 120.0 * std::max(0.0, crowded_share - kCrowdedShareFree) + 150.0 * merged_share + clump_points);
    const double bond_order_points = 100.0 * ramp01(order, kOrderFree, kOrderFull);
    const double structure_points = 100.0 * ramp01(structure.share, kStructureShareFree, kStructureShareFull);
    // Both readings see order; together they are surer than either (blue noise gives neither any points).
    const double order_points = std::min(100.0, bond_order_points + structure_points);
    const double uniformity_points = core_judged ? uniformity.points : 0.0;
    const double hole_points =
        core_judged ? std::min(50.0, 300.0 * std::max(0.0, hole_share - kHoleShareFree) +
                                         10.0 * std::max(0.0, largest_hole_radius / s - kHoleRadiusFree))
                    : 0.0;
    const double outside_points =
        std::min(30.0, 3.0 * std::min(1.0, outside_amount) + 100.0 * outside_amount / std::max(1.0, all_trainee));

    double score = 100.0 - density_points - crowd_points - order_points - hole_points - outside_points - uniformity_points;
    if (dots.empty()) score = 0.0;
    out.score = std::clamp(score, 0.0, 100.0);
    out.metrics = {
        {"dots", all_trainee},
        {"existing_marks", static_cast<double>(first_trainee)},
        {"outside_zone", outside_count},
        {"mean_nn_mm", finite_or(mean_nn, 0.0)},
        {"expected_nn_mm", s},
        {"density_per_cm2", finite_or(density * 100.0, 0.0)},
        {"expected_density_per_cm2", expected_density * 100.0},
        {"density_ratio", finite_or(density_ratio, 0.0)},
        {"crowded_share", crowded_share},
        {"merged", static_cast<double>(merged)},
        {"on_existing", static_cast<double>(on_existing.size())},
        {"near_existing", static_cast<double>(near_existing.size())},
        {"largest_clump", static_cast<double>(largest_clump)},
        {"orientational_order", finite_or(order, 0.0)},
        {"hole_share", hole_share},
        {"largest_hole_mm", finite_or(2.0 * largest_hole_radius, 0.0)},
        {"structure_share", finite_or(structure.share, 0.0)},
        {"structure_peak", finite_or(structure.worst_peak, 0.0)},
        {"uneven_share_3mm", uniformity.uneven_share[0]},
        {"uneven_share_6mm", uniformity.uneven_share[1]},
        {"uneven_share_12mm", uniformity.uneven_share[2]},
        {"worst_window_ratio", finite_or(uniformity.worst_ratio, 1.0)},
    };

    std::vector<Finding>& f = result.findings;
    if (dots.empty()) {
        f.push_back({100.0, {"spacing", "No dots placed: fill the treatment zone", centroid(lesson.zone)}});
        return result;
    }
    if (density_points > 0) {
        const bool sparse = density_ratio < 1.0;
        // With existing marks the density counts them too: say so, or the numbers look like the trainee's own.
        const std::string counted = first_trainee == 0 ? "dots"
                                    : lesson.existing && lesson.existing->kind == "hair" ? "hairs and dots together"
                                                                                           : "old and new dots together";
        f.push_back({density_points,
                     {"spacing",
                      feedback_text(sparse ? "Too sparse: %.0f dots/cm2 where about %.0f are expected ("
                                           : "Too dense: %.0f dots/cm2 where about %.0f are expected (",
                                    density * 100.0, expected_density * 100.0) +
                          counted + feedback_text(" about %.2f mm apart)", s),
                      std::nullopt}});
    }
    if (order_points > 0) {
        // Name what the worst window shows; the bond order names its own kind when it is the larger.
        int kind = 0;  // 0 rows, 1 grid, 2 lattice
        std::optional<Point> at = order_at;
        if (structure_points >= bond_order_points) {
            kind = structure.worst_kind == OrderKind::Lattice ? 2 : structure.worst_kind == OrderKind::Grid ? 1 : 0;
            at = structure.worst_at;
        } else {
            kind = worst_m == 0 ? 0 : worst_m == 1 ? 1 : 2;
        }
        const char* what = kind == 0   ? "Dots line up in rows or rings here: scatter them at random like follicles"
                           : kind == 1 ? "Dots form a square grid here: scatter them at random like follicles"
                                       : "Dots form a honeycomb lattice here: scatter them at random like follicles";
        f.push_back({order_points, {"spacing", what, at}});
    }
    if (uniformity_points > 0 && uniformity.worst_at) {
        const bool thin = uniformity.worst_ratio < 1.0;
        f.push_back({uniformity_points,
                     {"spacing",
                      feedback_text(thin ? "Uneven density: this %.0f mm area holds %.0f%% of the dots it needs, thinner than the rest"
                                         : "Uneven density: this %.0f mm area holds %.0f%% of the dots it needs, denser than the rest",
                                    uniformity.worst_window_mm, 100.0 * uniformity.worst_ratio),
                      uniformity.worst_at}});
    } else if (uniformity_points > 0) {
        // Only a share spread thinly over the zone, no one window at fault: say that, not "this 0 mm area".
        const double* widest = std::max_element(uniformity.uneven_share, uniformity.uneven_share + 4);
        const double scale_mm = uniformity.window_mm[widest - uniformity.uneven_share];
        f.push_back({uniformity_points,
                     {"spacing",
                      feedback_text(*widest < 0.01 ? "Density a little uneven: %.1f%% of the zone is thinner or denser than the rest at the %.0f mm scale"
                                                   : "Density a little uneven: %.0f%% of the zone is thinner or denser than the rest at the %.0f mm scale",
                                    100.0 * *widest, scale_mm),
                      std::nullopt}});
    }
    if (clump_points > 0)
        f.push_back({std::min(60.0, clump_points),
                     {"spacing",
                      feedback_text("A clump of %.0f dots within %.1f mm here: it heals as one dark blot",
                          static_cast<double>(largest_clump), 0.75 * s),
                      clump_at}});
    // Crowding, said as what happened: the trainee's dots too close to each other, merged with each other,
    // and dots put down on or against the existing marks (hairs or earlier dots). The crowding deduction is
    // shared between them by how many dots each names.
    const double crowd_rest = crowd_points - clump_points;
    if (crowd_rest > 0 && crowded > 0) {
        const double per_crowded = crowd_rest / static_cast<double>(crowded);
        const double judged_dots = static_cast<double>(judged);
        if (!crowded_own.empty())
            f.push_back(located({per_crowded * static_cast<double>(crowded_own.size()),
                                 {"spacing",
                                  feedback_text("Dots too close together: %.0f of your dots (%.0f%%) have another of yours "
                                                "closer than %.2f mm, half the spacing",
                                                static_cast<double>(crowded_own.size()),
                                                100.0 * static_cast<double>(crowded_own.size()) / judged_dots, crowd_mm),
                                  std::nullopt}},
                                crowded_own));
        if (!merged_own.empty())
            f.push_back(located({std::min(60.0, 150.0 * static_cast<double>(merged_own.size()) / judged_dots),
                                 {"spacing",
                                  feedback_text("%.0f dots merge with another of yours (closer than a dot's diameter, "
                                                "%.2f mm): they heal as one blurred spot",
                                                static_cast<double>(merged_own.size()), merge_mm),
                                  std::nullopt}},
                                merged_own));
        if (!on_existing.empty() || !near_existing.empty()) {
            const bool hair = lesson.existing && lesson.existing->kind == "hair";
            const std::string marks = hair ? "existing hairs" : "earlier dots";
            const std::string tail = hair ? ": place dots in the gaps between the hairs" : ": place new dots in the gaps between the old ones";
            std::string text;
            const double on = static_cast<double>(on_existing.size()), near = static_cast<double>(near_existing.size());
            if (!on_existing.empty()) {
                text = feedback_text(on == 1 ? "%.0f dot landed on " : "%.0f dots landed on ", on) + marks +
                       feedback_text(" (within a dot's diameter, %.2f mm)", merge_mm);
                if (!near_existing.empty())
                    text += feedback_text(near == 1 ? " and %.0f more is closer than %.2f mm to one"
                                                    : " and %.0f more are closer than %.2f mm to one",
                                          near, crowd_mm);
            } else {
                text = feedback_text(near == 1 ? "%.0f of your dots is closer than %.2f mm to "
                                               : "%.0f of your dots are closer than %.2f mm to ",
                                     near, crowd_mm) + marks;
            }
            std::vector<Point> at_fault = on_existing;
            at_fault.insert(at_fault.end(), near_existing.begin(), near_existing.end());
            const double points = per_crowded * static_cast<double>(crowded_by_existing_only) +
                                  std::min(60.0, 150.0 * static_cast<double>(on_existing.size()) / judged_dots);
            f.push_back(located({points, {"spacing", text + tail, std::nullopt}}, at_fault));
        }
    }
    if (hole_points > 0)
        f.push_back({hole_points,
                     {"spacing", feedback_text("Hole in the coverage here, about %.0f mm across", 2.0 * largest_hole_radius),
                      hole_at}});
    if (outside_points > 0)
        f.push_back({outside_points,
                     {"spacing", feedback_text("%.0f dots outside the treatment zone", outside_count), std::nullopt}});
    if (outside_points > 0) f.back() = located(f.back(), outside);
    return result;
}

}  // namespace stipple
