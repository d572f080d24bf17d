// The buzz-cut check at conversation distance (see buzz_cut_check.hpp).
#include "buzz_cut_check.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace stipple {

namespace {

double linear(sf::Uint8 v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double light_of(sf::Color c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }
double blueness(sf::Color c) { return c.b - 0.5 * (c.r + c.g); }

double std_dev(const std::vector<double>& v) {
    if (v.size() < 2) return 0.0;
    double mean = 0.0;
    for (double x : v) mean += x;
    mean /= static_cast<double>(v.size());
    double sum = 0.0;
    for (double x : v) sum += (x - mean) * (x - mean);
    return std::sqrt(sum / static_cast<double>(v.size() - 1));
}

// Blotches are judged over blocks of this many cells a side (8: 3.5 mm at 1.5 m), large enough that the
// natural scatter of a dot or two more or less in a block does not count, small enough for a clump or a gap.
constexpr int kBlockCells = 8;

double ratio(double a, double b) { return b > 1e-9 ? a / b : (a > 1e-9 ? std::numeric_limits<double>::infinity() : 1.0); }

}  // namespace

double eye_resolution_mm(double distance_m) {
    constexpr double kArcminuteRad = std::numbers::pi / (180.0 * 60.0);
    return std::max(distance_m, 0.0) * 1000.0 * kArcminuteRad;
}

std::optional<MarkStats> marks_at_distance(const sf::Image& bare, const sf::Image& marked, double px_per_mm,
                                           double distance_m) {
    if (bare.getSize() != marked.getSize() || !(px_per_mm > 0.0)) return std::nullopt;
    const double cell_px = eye_resolution_mm(distance_m) * px_per_mm;
    if (!(cell_px >= 2.0)) return std::nullopt;
    const unsigned w = bare.getSize().x, h = bare.getSize().y;
    const auto nx = static_cast<int>(w / cell_px), ny = static_cast<int>(h / cell_px);
    if (nx < 8 || ny < 8) return std::nullopt;

    // Each cell: the light of the bare and of the marked picture (linear, as the eye sums it).
    std::vector<double> cover(static_cast<size_t>(nx) * ny);
    double cast = 0.0;
    long cast_px = 0;
    for (int j = 0; j < ny; ++j) {
        const auto y0 = static_cast<unsigned>(std::floor(j * cell_px)), y1 = static_cast<unsigned>(std::floor((j + 1) * cell_px));
        for (int i = 0; i < nx; ++i) {
            const auto x0 = static_cast<unsigned>(std::floor(i * cell_px)), x1 = static_cast<unsigned>(std::floor((i + 1) * cell_px));
            double lit_bare = 0.0, lit_marked = 0.0;
            for (unsigned y = y0; y < y1; ++y) {
                for (unsigned x = x0; x < x1; ++x) {
                    const sf::Color b = bare.getPixel(x, y), m = marked.getPixel(x, y);
                    lit_bare += light_of(b);
                    lit_marked += light_of(m);
                    cast += blueness(m) - blueness(b);
                    ++cast_px;
                }
            }
            cover[static_cast<size_t>(j) * nx + i] = lit_bare > 0.0 ? 1.0 - lit_marked / lit_bare : 0.0;
        }
    }
    MarkStats s;
    s.cells = nx * ny;
    for (double c : cover) s.coverage += c;
    s.coverage /= s.cells;
    s.grain = std_dev(cover);
    s.cast = cast / static_cast<double>(std::max(cast_px, 1l));

    // Blocks of kBlockCells x kBlockCells cells, overlapping by half.
    std::vector<double> blocks;
    constexpr int kStep = kBlockCells / 2;
    for (int bj = 0; bj + kBlockCells <= ny; bj += kStep) {
        for (int bi = 0; bi + kBlockCells <= nx; bi += kStep) {
            double sum = 0.0;
            for (int j = bj; j < bj + kBlockCells; ++j)
                for (int i = bi; i < bi + kBlockCells; ++i) sum += cover[static_cast<size_t>(j) * nx + i];
            blocks.push_back(sum / (kBlockCells * kBlockCells));
        }
    }
    s.blotch = std_dev(blocks);

    // The structure tensor of the coverage's gradients: 0 when edges run every way, 1 when all one way.
    double jxx = 0.0, jyy = 0.0, jxy = 0.0;
    auto at = [&](int i, int j) { return cover[static_cast<size_t>(j) * nx + i]; };
    for (int j = 1; j + 1 < ny; ++j) {
        for (int i = 1; i + 1 < nx; ++i) {
            const double gx = at(i + 1, j) - at(i - 1, j), gy = at(i, j + 1) - at(i, j - 1);
            jxx += gx * gx;
            jyy += gy * gy;
            jxy += gx * gy;
        }
    }
    const double energy = jxx + jyy;
    s.streak = energy > 0.0 ? std::sqrt((jxx - jyy) * (jxx - jyy) + 4.0 * jxy * jxy) / energy : 0.0;
    return s;
}

BuzzCutVerdict compare_to_buzz_cut(const MarkStats& treated, const MarkStats& shaved, const BuzzCutBand& band) {
    BuzzCutVerdict v;
    v.coverage_ratio = ratio(treated.coverage, shaved.coverage);
    v.grain_ratio = ratio(treated.grain, shaved.grain);
    v.patchiness = ratio(treated.blotch, treated.coverage);
    v.streak_excess = treated.streak - shaved.streak;
    v.cast_excess = treated.cast - shaved.cast;
    char buf[160];
    auto fail = [&](const char* what, double value, double lo, double hi) {
        std::snprintf(buf, sizeof buf, "%s %.2f outside %.2f..%.2f", what, value, lo, hi);
        v.why = buf;
    };
    if (!(v.coverage_ratio >= band.coverage_ratio_min && v.coverage_ratio <= band.coverage_ratio_max)) {
        fail(v.coverage_ratio < band.coverage_ratio_min ? "too light: coverage ratio" : "too dark: coverage ratio",
             v.coverage_ratio, band.coverage_ratio_min, band.coverage_ratio_max);
    } else if (!(v.grain_ratio >= band.grain_ratio_min && v.grain_ratio <= band.grain_ratio_max)) {
        fail(v.grain_ratio < band.grain_ratio_min ? "too smooth: grain ratio" : "too grainy: grain ratio", v.grain_ratio,
             band.grain_ratio_min, band.grain_ratio_max);
    } else if (!(v.patchiness <= band.patchiness_max)) {
        fail("patchy: patchiness", v.patchiness, 0.0, band.patchiness_max);
    } else if (!(v.streak_excess <= band.streak_excess_max)) {
        fail("in rows: streak excess", v.streak_excess, -1.0, band.streak_excess_max);
    } else if (!(v.cast_excess <= band.cast_excess_max)) {
        fail("blue-grey cast: cast excess", v.cast_excess, -255.0, band.cast_excess_max);
    }
    v.reads_as_buzz_cut = v.why.empty();
    return v;
}

std::optional<Bounds> shaved_hair_region(const VirtualScalp& scalp, double side_mm, Point near_mm) {
    const Bounds& map = scalp.map_mm;
    const double side = std::max(side_mm, 1.0);
    // Hair roots per 2 mm bin: a square must really hold stubble (none grows on an ear or a scar).
    constexpr double kBinMm = 2.0;
    const auto bins_x = static_cast<int>(std::ceil(map.width() / kBinMm)), bins_y = static_cast<int>(std::ceil(map.height() / kBinMm));
    if (bins_x <= 0 || bins_y <= 0) return std::nullopt;
    std::vector<int> roots(static_cast<size_t>(bins_x) * bins_y, 0);
    for (const HairStrand& h : scalp.hairs) {
        const auto i = static_cast<int>(std::floor((h.root_mm.x - map.min.x) / kBinMm));
        const auto j = static_cast<int>(std::floor((h.root_mm.y - map.min.y) / kBinMm));
        if (i >= 0 && j >= 0 && i < bins_x && j < bins_y) ++roots[static_cast<size_t>(j) * bins_x + i];
    }
    auto stubble_everywhere = [&](Bounds b) {
        const auto i0 = static_cast<int>(std::ceil((b.min.x - map.min.x) / kBinMm));
        const auto i1 = static_cast<int>(std::floor((b.max.x - map.min.x) / kBinMm));
        const auto j0 = static_cast<int>(std::ceil((b.min.y - map.min.y) / kBinMm));
        const auto j1 = static_cast<int>(std::floor((b.max.y - map.min.y) / kBinMm));
        for (int j = j0; j < j1; ++j)
            for (int i = i0; i < i1; ++i)
                if (roots[static_cast<size_t>(j) * bins_x + i] < 2) return false;  // ~0.5 per mm2: a gap
        return i1 > i0 && j1 > j0;
    };
    auto full_hair = [&](Bounds b) {
        for (int j = 0; j <= 6; ++j) {
            for (int i = 0; i <= 6; ++i) {
                const Point p{b.min.x + b.width() * i / 6.0, b.min.y + b.height() * j / 6.0};
                if (hair_density(scalp, p) < 0.75 || scar_factor(scalp, p) > 0.0) return false;
            }
        }
        return true;
    };
    std::optional<Bounds> best;
    double best_distance = std::numeric_limits<double>::infinity();
    for (double y = std::max(map.min.y, 40.0); y + side <= map.max.y; y += 2.0) {
        for (double x = map.min.x; x + side <= map.max.x; x += 2.0) {
            const Bounds b{{x, y}, {x + side, y + side}};
            const double d = distance_mm({x + 0.5 * side, y + 0.5 * side}, near_mm);
            if (d >= best_distance || !full_hair(b) || !stubble_everywhere(b)) continue;
            best = b;
            best_distance = d;
        }
    }
    return best;
}

VirtualScalp without_hair(const VirtualScalp& scalp) {
    VirtualScalp bare = scalp;
    bare.hairs.clear();
    bare.thinning = 1.0;  // hair_density 0 everywhere: no shadow of shafts under the skin either
    return bare;
}

}  // namespace stipple
