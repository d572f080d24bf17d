// Order at every scale from windowed structure factors (see structure_order.hpp).
#include "structure_order.hpp"

#include <algorithm>
#include <cmath>
#include <complex>

#include "blue_noise.hpp"
#include "metric_support.hpp"
#include "spatial_index.hpp"

namespace stipple {

namespace {

constexpr double kPi = 3.14159265358979323846;
// Wavelengths judged: |k| = 0.4-1.3 cycles per a_own (lattices at the natural density peak at 0.86-0.92).
constexpr double kBandLow = 0.4, kBandHigh = 1.3;
// Copies of a peak averaged for the curved-rows reading: 5 directions 6 degrees apart (+-12 degrees).
constexpr double kArcStep = 0.1047;
using Complex = std::complex<double>;

// In-place radix-2 FFT of n (a power of two) values `stride` apart.
struct Fft {
    size_t n = 0;
    std::vector<size_t> reversed;
    std::vector<Complex> twiddle;
    explicit Fft(size_t size) : n(size), reversed(size), twiddle(size / 2) {
        size_t bits = 0;
        while ((size_t{1} << bits) < n) ++bits;
        for (size_t i = 0; i < n; ++i) {
            size_t r = 0;
            for (size_t b = 0; b < bits; ++b) r |= ((i >> b) & 1u) << (bits - 1 - b);
            reversed[i] = r;
        }
        for (size_t i = 0; i < n / 2; ++i) twiddle[i] = std::polar(1.0, -2.0 * kPi * static_cast<double>(i) / static_cast<double>(n));
    }
    void run(Complex* data, size_t stride) const {
        for (size_t i = 0; i < n; ++i)
            if (i < reversed[i]) std::swap(data[i * stride], data[reversed[i] * stride]);
        for (size_t len = 2; len <= n; len <<= 1) {
            const size_t step = n / len;
            for (size_t start = 0; start < n; start += len)
                for (size_t k = 0; k < len / 2; ++k) {
                    Complex& a = data[(start + k) * stride];
                    Complex& b = data[(start + k + len / 2) * stride];
                    const Complex t = b * twiddle[k * step];
                    b = a - t;
                    a += t;
                }
        }
    }
};

// sin^2(pi u) on (0, 1), 0 outside; sin(pi u) = cos(pi (u - 1/2)) from its Taylor series to x^12
// (error below 1e-8: this runs for every dot in every window).
double hann(double u) {
    if (!(u > 0) || !(u < 1)) return 0.0;
    const double x = kPi * (u - 0.5), x2 = x * x;
    const double c = 1 + x2 * (-1.0 / 2 + x2 * (1.0 / 24 + x2 * (-1.0 / 720 + x2 * (1.0 / 40320 + x2 * (-1.0 / 3628800 + x2 / 479001600)))));
    return c * c;
}

// Dots and area count fully from two spacings inside the zone's edge, fading to nothing half a spacing from
// it: a fill stopped by the edge lines up along it (it is a wall), which is no fault of the placement.
double inner_weight(const Polygon& zone, Point p, double spacing) {
    if (!contains(zone, p)) return 0.0;
    return ramp01(distance_to_boundary_mm(zone, p), 0.5 * spacing, 2.0 * spacing);
}

double sinc(double x) { return std::abs(x) < 1e-9 ? 1.0 : std::sin(x) / x; }

struct WindowPeak {
    double peak = 0.0;   // normalised
    double mass = 0.0;   // Hann mass of the dots
    double coverage = 0.0;
    Point centroid;
    OrderKind kind = OrderKind::Rows;
    double reading[5] = {0, 0, 0, 0, 0};
};

class Spectrum {
public:
    Spectrum(size_t n, double spacing_mm, double window_mm)
        : n_(n), fft_(n), spacing_(spacing_mm), window_(window_mm), grid_(n * n), power_(n * n), smooth_(n * n), hann_(n) {
        for (size_t i = 0; i < n; ++i) hann_[i] = hann((static_cast<double>(i) + 0.5) / static_cast<double>(n));
        // The cloud-in-cell blur to divide out of |F|^2, per frequency; periodic neighbours for the 3 x 3 means.
        deblur_.resize(n * n);
        prev_.resize(n);
        next_.resize(n);
        const double nd = static_cast<double>(n);
        auto signed_freq = [&](size_t i) { return i < n / 2 ? static_cast<double>(i) : static_cast<double>(i) - nd; };
        for (size_t j = 0; j < n; ++j)
            for (size_t i = 0; i < n; ++i) {
                const double ax = kPi * signed_freq(i) / nd, ay = kPi * signed_freq(j) / nd;
                const double t = sinc(ax) * sinc(ax) * sinc(ay) * sinc(ay);
                deblur_[j * n + i] = 1.0 / (t * t);
            }
        for (size_t i = 0; i < n; ++i) {
            prev_[i] = (i + n - 1) % n;
            next_[i] = (i + 1) % n;
        }
        // The frequencies judged (half the plane: S(-k) = S(k)) and where their rotated copies fall.
        const double k_unit = window_mm / spacing_mm;  // frequency index of one cycle per spacing
        const double lo = kBandLow * k_unit, hi = kBandHigh * k_unit;
        const long nl = static_cast<long>(n), half_n = nl / 2;
        auto flat = [&](double fi, double fj) {
            const long i = std::lround(fi), j = std::lround(fj);
            return static_cast<size_t>(((j % nl + nl) % nl) * nl + ((i % nl + nl) % nl));
        };
        const double angles[7] = {kPi / 2, kPi / 3, 2 * kPi / 3, -2 * kArcStep, -kArcStep, kArcStep, 2 * kArcStep};
        ring_count_.assign(static_cast<size_t>(half_n) + 2, 0.0);
        for (long j = 0; j <= half_n; ++j)
            for (long i = -half_n + 1; i < half_n; ++i) {
                const double x = static_cast<double>(i), y = static_cast<double>(j);
                const double r = std::hypot(x, y);
                if (r < lo || r > hi) continue;
                BandBin b;
                b.at[0] = flat(x, y);
                for (int q = 0; q < 7; ++q) {
                    const double c = std::cos(angles[q]), sn = std::sin(angles[q]);
                    b.at[q + 1] = flat(x * c - y * sn, x * sn + y * c);
                }
                b.ring = static_cast<size_t>(r);
                ring_count_[b.ring] += 1;
                bins_.push_back(b);
            }
        ring_sum_.assign(ring_count_.size(), 0.0);
        // The columns any reading or its 3 x 3 mean reads (the rest of the spectrum is never looked at).
        std::vector<bool> needed(n, false);
        for (const BandBin& b : bins_)
            for (size_t q : b.at) {
                const size_t col = q % n;
                needed[col] = needed[prev_[col]] = needed[next_[col]] = true;
            }
        for (size_t i = 0; i < n; ++i)
            if (needed[i]) columns_.push_back(i);
    }

    WindowPeak measure(const SpatialIndex& own, const std::vector<double>& inner, Point centre, const Polygon& zone,
                       bool whole_window_in_zone) {
        WindowPeak out;
        const double half = 0.5 * window_;
        const Point corner{centre.x - half, centre.y - half};
        std::fill(grid_.begin(), grid_.end(), Complex(0.0, 0.0));
        double mass = 0, mass2 = 0, cx = 0, cy = 0;
        const double nd = static_cast<double>(n_);
        own.for_each_within(centre, half * std::sqrt(2.0), [&](size_t k, double) {
            const Point p = own.point(k);
            const double u = (p.x - corner.x) / window_, v = (p.y - corner.y) / window_;
            const double w = hann(u) * hann(v) * inner[k];
            if (w <= 0) return;
            mass += w;
            mass2 += w * w;
            cx += w * p.x;
            cy += w * p.y;
            // Cloud-in-cell onto the (periodic) raster.
            const double fx = u * nd - 0.5, fy = v * nd - 0.5;
            const double ix = std::floor(fx), iy = std::floor(fy);
            const double tx = fx - ix, ty = fy - iy;
            const auto wrap = [&](double i) { return static_cast<size_t>((static_cast<long>(i) % static_cast<long>(n_) + static_cast<long>(n_)) % static_cast<long>(n_)); };
            const size_t x0 = wrap(ix), x1 = wrap(ix + 1), y0 = wrap(iy), y1 = wrap(iy + 1);
            grid_[y0 * n_ + x0] += w * (1 - tx) * (1 - ty);
            grid_[y0 * n_ + x1] += w * tx * (1 - ty);
            grid_[y1 * n_ + x0] += w * (1 - tx) * ty;
            grid_[y1 * n_ + x1] += w * tx * ty;
        });
        const double density = blue_noise_density_per_mm2(spacing_);
        out.mass = mass;
        out.coverage = mass / (density * window_ * window_ * 0.25);
        if (mass > 0) out.centroid = {cx / mass, cy / mass};
        if (out.coverage < 0.3 || mass2 <= 0) return out;

        // Subtract the window's mean density over window ∩ zone (the zone read on a grid 4 cells coarse).
        const double cell = window_ / nd;
        double area = 0;
        for (size_t j = 0; j < n_; j += 4)
            for (size_t i = 0; i < n_; i += 4) {
                const double in = whole_window_in_zone ? 1.0
                                                       : inner_weight(zone, {corner.x + (static_cast<double>(i) + 2.0) * cell,
                                                                             corner.y + (static_cast<double>(j) + 2.0) * cell}, spacing_);
                for (size_t jj = j; jj < j + 4 && jj < n_; ++jj)
                    for (size_t ii = i; ii < i + 4 && ii < n_; ++ii) {
                        power_[jj * n_ + ii] = in * hann_[ii] * hann_[jj];
                        area += power_[jj * n_ + ii];
                    }
            }
        if (area <= 0) return out;
        for (size_t q = 0; q < n_ * n_; ++q) grid_[q] -= mass * power_[q] / area;

        for (size_t j = 0; j < n_; ++j) fft_.run(&grid_[j * n_], 1);
        for (size_t i : columns_) fft_.run(&grid_[i], n_);  // only the columns the readings look at

        // Power, with the cloud-in-cell blur divided out.
        const long half_n = static_cast<long>(n_ / 2);
        auto freq = [&](size_t i) { return static_cast<long>(i) < half_n ? static_cast<long>(i) : static_cast<long>(i) - static_cast<long>(n_); };
        (void)freq;
        for (size_t q = 0; q < n_ * n_; ++q) power_[q] = std::norm(grid_[q]) * deblur_[q] / mass2;
        // 3 x 3 means of S (calms the exponential scatter of single frequencies): along rows, then columns
        // (periodic; neighbour indices precomputed).
        for (size_t j = 0; j < n_; ++j)
            for (size_t i = 0; i < n_; ++i)
                row_sum_[j * n_ + i] = power_[j * n_ + prev_[i]] + power_[j * n_ + i] + power_[j * n_ + next_[i]];
        for (size_t j = 0; j < n_; ++j)
            for (size_t i = 0; i < n_; ++i)
                smooth_[j * n_ + i] = (row_sum_[prev_[j] * n_ + i] + row_sum_[j * n_ + i] + row_sum_[next_[j] * n_ + i]) / 9.0;
        // The readings, each over its blue-noise level (see the header).
        double best[5] = {0, 0, 0, 0, 0};
        std::fill(ring_sum_.begin(), ring_sum_.end(), 0.0);
        for (const BandBin& b : bins_) {
            const double s0 = smooth_[b.at[0]];
            const double sq = 0.5 * (s0 + smooth_[b.at[1]]);
            const double hx = (s0 + smooth_[b.at[2]] + smooth_[b.at[3]]) / 3.0;
            const double arc = (s0 + smooth_[b.at[4]] + smooth_[b.at[5]] + smooth_[b.at[6]] + smooth_[b.at[7]]) / 5.0;
            best[0] = std::max(best[0], s0 / kNoiseSingle);
            best[1] = std::max(best[1], sq / kNoiseSquare);
            best[2] = std::max(best[2], hx / kNoiseHex);
            best[3] = std::max(best[3], arc / kNoiseArc);
            ring_sum_[b.ring] += power_[b.at[0]];
        }
        for (size_t r = 0; r < ring_sum_.size(); ++r)
            if (ring_count_[r] >= 8) best[4] = std::max(best[4], ring_sum_[r] / ring_count_[r] / kNoiseRing);
        out.peak = std::max({best[0], best[1], best[2], best[3], best[4]});
        for (int q = 0; q < 5; ++q) out.reading[q] = best[q];
        out.kind = best[2] >= out.peak ? OrderKind::Lattice : best[1] >= out.peak ? OrderKind::Grid : OrderKind::Rows;
        (void)half_n;
        return out;
    }

private:
    size_t n_;
    Fft fft_;
    double spacing_, window_;
    std::vector<Complex> grid_;
    std::vector<double> power_;
    std::vector<double> smooth_;
    std::vector<double> row_sum_ = std::vector<double>(n_ * n_);
    std::vector<double> hann_;
    std::vector<double> deblur_;
    std::vector<size_t> prev_, next_;
    std::vector<size_t> columns_;
    // A judged frequency: its flat index, then its copies 90, 60 and 120 degrees round and 2 x 2 arc steps
    // either side; the ring (|k| rounded down) it belongs to.
    struct BandBin {
        size_t at[8];
        size_t ring;
    };
    std::vector<BandBin> bins_;
    std::vector<double> ring_sum_, ring_count_;
};

// A window's order: linear in the log of its peak (the peak grows as exp(-k^2 jitter^2), so the order grows
// steadily as the jitter falls), 0 at kStructureFree, 1 at kStructureFull.
double window_order(double peak) {
    return ramp01(std::log(std::max(peak, 1e-9)), std::log(kStructureFree), std::log(kStructureFull));
}

}  // namespace

StructureOrder structure_order(const std::vector<Point>& own, double spacing_mm, const Polygon& zone) {
    StructureOrder result;
    if (own.size() < 16 || !(spacing_mm > 0) || zone.size() < 3) return result;
    const SpatialIndex index(own);
    const Bounds zb = bounds_of(zone);
    std::vector<double> inner(own.size());
    for (size_t i = 0; i < own.size(); ++i) inner[i] = inner_weight(zone, own[i], spacing_mm);
    {
        const double scale = kStructureWindowSpacings;
        const double window = scale * spacing_mm;
        const double stride = 0.5 * window;
        // The windows that hold a dot: each dot lies in the four whose centres are within a stride of it.
        std::vector<std::pair<long, long>> keys;
        keys.reserve(4 * own.size());
        for (const Point& p : own) {
            const double tx = (p.x - zb.min.x) / stride, ty = (p.y - zb.min.y) / stride;
            if (!(std::abs(tx) < 1e9) || !(std::abs(ty) < 1e9)) continue;
            const long i = static_cast<long>(std::floor(tx)), j = static_cast<long>(std::floor(ty));
            for (long dj = 0; dj <= 1; ++dj)
                for (long di = 0; di <= 1; ++di) keys.emplace_back(j + dj, i + di);
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        Spectrum spectrum(static_cast<size_t>(scale * 4), spacing_mm, window);
        double weighted = 0, total = 0;
        for (const auto& [j, i] : keys) {
            const Point c{zb.min.x + static_cast<double>(i) * stride, zb.min.y + static_cast<double>(j) * stride};
            const bool inside = contains(zone, c) && distance_to_boundary_mm(zone, c) > 0.75 * window + 2.0 * spacing_mm;
            const WindowPeak w = spectrum.measure(index, inner, c, zone, inside);
            const double weight = w.mass * ramp01(w.coverage, 0.3, 0.6);
            if (weight <= 0) continue;
            weighted += weight * window_order(w.peak);
            total += weight;
            if (w.coverage >= 0.6) {
                for (int q = 0; q < 5; ++q) result.reading[q] = std::max(result.reading[q], w.reading[q]);
            }
            if (w.peak > result.worst_peak) {
                result.worst_peak = w.peak;
                result.worst_at = w.centroid;
                result.worst_kind = w.kind;
            }
        }
        const double share = total > 0 ? weighted / total : 0.0;
        if (share > result.share || result.window_mm == 0) {
            result.share = share;
            result.window_mm = window;
        }
    }
    return result;
}

}  // namespace stipple
