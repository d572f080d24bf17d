// The hairline design metric (see design_metric.hpp for every measure and deduction).
#include "design_metric.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "scalp_patterns.hpp"

namespace stipple {

namespace {

constexpr double kStepMm = 0.5;          // the grid y(x) is read on
constexpr double kCornerMinAbsXMm = 10;  // a corner lies at least this far from the midline
constexpr double kAsymmetryFromMm = 5;   // left-right comparison from here out
constexpr double kMirrorAxisMm = 3;      // the mirror axis searched within +-this of the midline
constexpr double kDegPerRad = 57.29577951308232;
constexpr double kJaggedFreeMm = 0.3, kJaggedFullMm = 0.8;  // jagged_mm: no charge below, the whole 40 above

// The line as y(x) on a regular grid from its first x to its last.
struct Profile {
    double x0 = 0.0;
    std::vector<double> y;
    double x_at(size_t i) const { return x0 + kStepMm * static_cast<double>(i); }
    double x_end() const { return x_at(y.size() - 1); }
    double at(double x) const {  // linear, clamped to the ends
        const double f = std::clamp((x - x0) / kStepMm, 0.0, static_cast<double>(y.size() - 1));
        const size_t i = std::min(static_cast<size_t>(f), y.size() - 1);
        if (i + 1 >= y.size()) return y.back();
        return y[i] + (y[i + 1] - y[i]) * (f - static_cast<double>(i));
    }
};

Profile profile_of(const Polyline& line) {
    Profile p;
    p.x0 = line.front().x;
    const size_t n = static_cast<size_t>(std::floor((line.back().x - line.front().x) / kStepMm)) + 1;
    p.y.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        double y = line.front().y;
        polyline_y_at(line, p.x_at(i), y);
        p.y.push_back(y);
    }
    return p;
}

struct Side {
    Point corner;        // rearmost point (fronto-temporal angle)
    Point temporal;      // foremost point beyond the corner (temporal point)
    double recession_mm = 0.0;
    double forward_mm = 0.0;
    double reach_mm = 0.0;
    double angle_deg = 180.0;
};

// sign -1: the client's left (x < 0), +1: the right.
Side side_of(const Profile& p, double mid_y, int sign) {
    Side s;
    const double end_x = sign < 0 ? p.x0 : p.x_end();
    s.reach_mm = std::abs(end_x);
    s.corner = {sign * std::min(kCornerMinAbsXMm, s.reach_mm), p.at(sign * std::min(kCornerMinAbsXMm, s.reach_mm))};
    for (size_t i = 0; i < p.y.size(); ++i) {
        const double x = p.x_at(i);
        if (x * sign >= kCornerMinAbsXMm && p.y[i] > s.corner.y) s.corner = {x, p.y[i]};
    }
    s.temporal = {end_x, p.at(end_x)};
    for (size_t i = 0; i < p.y.size(); ++i) {
        const double x = p.x_at(i);
        if (x * sign >= s.corner.x * sign && p.y[i] < s.temporal.y) s.temporal = {x, p.y[i]};
    }
    s.recession_mm = s.corner.y - mid_y;
    s.forward_mm = s.corner.y - s.temporal.y;
    const Point to_mid{0.0 - s.corner.x, mid_y - s.corner.y};
    const Point to_temporal{s.temporal.x - s.corner.x, s.temporal.y - s.corner.y};
    const double a = std::hypot(to_mid.x, to_mid.y), b = std::hypot(to_temporal.x, to_temporal.y);
    if (a > 1e-9 && b > 1e-9) {
        const double c = std::clamp((to_mid.x * to_temporal.x + to_mid.y * to_temporal.y) / (a * b), -1.0, 1.0);
        s.angle_deg = std::acos(c) * kDegPerRad;
    }
    return s;
}

// rms residual of y about its least-squares polynomial of degree 1 or 2 in x (x centred and scaled).
double fit_residual_mm(const Profile& p, int degree) {
    const size_t n = p.y.size();
    if (n < 4) return 0.0;
    const double xc = (p.x0 + p.x_end()) / 2, xs = std::max(1.0, (p.x_end() - p.x0) / 2);
    // Normal equations, at most 3x3, solved by Gaussian elimination with partial pivoting.
    const int k = degree + 1;
    double a[3][4] = {};
    for (size_t i = 0; i < n; ++i) {
        const double t = (p.x_at(i) - xc) / xs;
        const double basis[3] = {1.0, t, t * t};
        for (int r = 0; r < k; ++r) {
            for (int c = 0; c < k; ++c) a[r][c] += basis[r] * basis[c];
            a[r][k] += basis[r] * p.y[i];
        }
    }
    for (int c = 0; c < k; ++c) {
        int pivot = c;
        for (int r = c + 1; r < k; ++r)
            if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
        for (int j = 0; j <= k; ++j) std::swap(a[c][j], a[pivot][j]);
        if (std::abs(a[c][c]) < 1e-12) return 0.0;
        for (int r = 0; r < k; ++r) {
            if (r == c) continue;
            const double f = a[r][c] / a[c][c];
            for (int j = 0; j <= k; ++j) a[r][j] -= f * a[c][j];
        }
    }
    double coef[3] = {};
    for (int c = 0; c < k; ++c) coef[c] = a[c][k] / a[c][c];
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double t = (p.x_at(i) - xc) / xs;
        const double fit = coef[0] + coef[1] * t + coef[2] * t * t;
        sum += (p.y[i] - fit) * (p.y[i] - fit);
    }
    return std::sqrt(sum / static_cast<double>(n));
}

// How ragged the stroke is: at each scale h of 0.5, 1, 1.5 and 2 mm, the rms over the grid of y(x) minus the
// mean of y(x - h) and y(x + h); the largest scale's value and the point where it is largest. 0 on straight
// pieces; a designed corner adds a little at one place only; several scales, so no zigzag period hides.
struct Jaggedness {
    double rms_mm = 0.0;
    Point worst;
};

Jaggedness jaggedness_of(const Profile& p) {
    Jaggedness out;
    for (size_t k = 1; k <= 4; ++k) {
        if (p.y.size() < 2 * k + 1) break;
        double sum2 = 0.0, worst = -1.0;
        Point worst_at;
        size_t n = 0;
        for (size_t i = k; i + k < p.y.size(); ++i) {
            const double d = p.y[i] - (p.y[i - k] + p.y[i + k]) / 2;
            sum2 += d * d;
            ++n;
            if (std::abs(d) > worst) worst = std::abs(d), worst_at = {p.x_at(i), p.y[i]};
        }
        const double rms = std::sqrt(sum2 / static_cast<double>(n));
        if (rms > out.rms_mm) out = {rms, worst_at};
    }
    return out;
}

struct Asymmetry {
    double mean_mm = 0.0;            // at the midline axis: y(-t) - y(t), + when the left sits higher (further back)
    double worst_t_mm = 0.0;         // where |y(-t) - y(t)| is largest
    double mirror_residual_mm = 0.0; // the best axis's rms about its mean
};

Asymmetry asymmetry_of(const Profile& p, double reach_mm) {
    Asymmetry out;
    const double t_max = reach_mm - 1.0;
    if (t_max <= kAsymmetryFromMm) return out;
    double best = 1e300;
    for (double axis = -kMirrorAxisMm; axis <= kMirrorAxisMm + 1e-9; axis += 0.25) {
        double sum = 0, sum2 = 0, worst = -1;
        int n = 0;
        for (double t = kAsymmetryFromMm; t <= t_max - std::abs(axis); t += kStepMm) {
            const double d = p.at(axis - t) - p.at(axis + t);
            sum += d;
            sum2 += d * d;
            ++n;
            if (std::abs(axis) < 1e-9 && std::abs(d) > worst) worst = std::abs(d), out.worst_t_mm = t;
        }
        if (n == 0) continue;
        const double mean = sum / n;
        best = std::min(best, std::sqrt(std::max(0.0, sum2 / n - mean * mean)));
        if (std::abs(axis) < 1e-9) out.mean_mm = mean;
    }
    out.mirror_residual_mm = best < 1e300 ? best : 0.0;
    return out;
}

// A deduction for a value outside [lo, hi]: `full` * ramp(distance outside, free, to).
double outside(double value, double lo, double hi, double full, double free, double to) {
    const double miss = value < lo ? lo - value : value > hi ? value - hi : 0.0;
    return full * ramp01(miss, free, to);
}

}  // namespace

double face_third_mm(const HeadForm& head, const std::string& scalp_pattern) {
    bool female = head.form == "female";
    if (head.form.empty()) {
        const ScalpPattern* p = find_scalp_pattern(scalp_pattern);
        female = p && p->family == PatternFamily::ludwig;
    }
    // Fitted to sim/head (half the glabella-chin chord) at face_length 0.85, 1 and 1.15; clamped as head_shape_for.
    const double d = std::clamp(head.face_length, 0.8, 1.2) - 1.0;
    return female ? 56.1 + 47.7 * d + 20.2 * d * d : 61.7 + 52.67 * d + 26.7 * d * d;
}

double conservative_mid_frontal_min_mm(double face_third, int client_age) {
    return face_third + 8.0 + 0.4 * std::clamp(client_age - 25, 0, 30);
}

MetricResult design_metric(const Lesson& lesson, const std::optional<Polyline>& design_line) {
    MetricResult result;
    const DesignBrief brief = lesson.design.value_or(DesignBrief{});
    const DesignRules& rules = brief.rules;
    const double third = face_third_mm(lesson.scalp.head, lesson.scalp.pattern);
    const double conservative_min = conservative_mid_frontal_min_mm(third, brief.client_age);

    bool usable = design_line && design_line->size() >= 2 && design_line->front().x <= 0 && design_line->back().x >= 0;
    if (usable)
        for (size_t i = 0; i < design_line->size(); ++i)
            if (!on_map((*design_line)[i]) || (i > 0 && !((*design_line)[i].x > (*design_line)[i - 1].x))) usable = false;
    if (!usable) {
        result.component.score = 0.0;
        result.component.metrics = {{"face_third_mm", third}, {"conservative_min_mm", conservative_min}};
        const char* why = !design_line || design_line->empty()
                              ? "No hairline drawn: draw the design line from one temple to the other"
                              : "The design line must run left to right across the midline, from one temple to the other";
        result.critical.push_back({"no_design_line", why, std::nullopt});
        result.findings.push_back({100.0, {"design", why, std::nullopt}});
        return result;
    }

    const Profile p = profile_of(*design_line);
    const double mid = p.at(0.0);
    const Point mid_point{0.0, mid};
    const Side left = side_of(p, mid, -1), right = side_of(p, mid, +1);
    const double recession = std::min(left.recession_mm, right.recession_mm);
    const double recession_max_side = std::max(left.recession_mm, right.recession_mm);
    const double forward = std::min(left.forward_mm, right.forward_mm);
    const double forward_max_side = std::max(left.forward_mm, right.forward_mm);
    const double width = right.corner.x - left.corner.x;
    const double reach = std::min(left.reach_mm, right.reach_mm);
    const double reach_max_side = std::max(left.reach_mm, right.reach_mm);
    const Asymmetry asym = asymmetry_of(p, reach);
    const Jaggedness jag = jaggedness_of(p);
    const double straight = fit_residual_mm(p, 1);
    const double arc = fit_residual_mm(p, 2);

    auto add = [&](double points, const std::string& message, Point at, std::vector<Point> places = {}) {
        if (points <= 0) return;
        Feedback f{"design", message, at, std::move(places)};
        result.findings.push_back({points, std::move(f)});
    };
    double lost = 0.0;
    auto charge = [&](double points, const std::string& message, Point at, std::vector<Point> places = {}) {
        lost += points;
        add(points, message, at, std::move(places));
    };

    // Mid-frontal height: the lesson's range for this client, then the conservative floor for the age.
    const double height_off = outside(mid, rules.mid_frontal_min_mm, rules.mid_frontal_max_mm, 40, 0.5, 6);
    if (mid < rules.mid_frontal_min_mm)
        charge(height_off, feedback_text("Mid-frontal point too low: %.0f mm above the glabella, at least %.0f mm for this client", mid,
                                         rules.mid_frontal_min_mm), mid_point);
    else if (mid > rules.mid_frontal_max_mm)
        charge(height_off, feedback_text("Mid-frontal point too high for a client of %.0f: %.0f mm above the glabella, at most %.0f mm",
                                         brief.client_age, mid, rules.mid_frontal_max_mm), mid_point);
    charge(35 * ramp01(conservative_min - mid, 0.5, 5),
           feedback_text("Not conservative for a client of %.0f: the loss still to come needs the front at %.0f mm or higher, found %.0f",
                         brief.client_age, conservative_min, mid), mid_point);

    // Fronto-temporal angles (recession), each side judged, the worse one charged.
    const Side& shallow = left.recession_mm <= right.recession_mm ? left : right;
    const Side& deep = left.recession_mm > right.recession_mm ? left : right;
    if (recession < rules.recession_min_mm)
        charge(outside(recession, rules.recession_min_mm, 1e300, 40, 0.5, 5),
               feedback_text("No temporal recession: the corner sits only %.1f mm behind the mid-frontal point, at least %.0f mm",
                             recession, rules.recession_min_mm), shallow.corner, {left.corner, right.corner});
    if (recession_max_side > rules.recession_max_mm)
        charge(outside(recession_max_side, -1e300, rules.recession_max_mm, 40, 0.5, 5),
               feedback_text("Temporal recession too deep: the corner sits %.1f mm behind the mid-frontal point, at most %.0f mm",
                             recession_max_side, rules.recession_max_mm), deep.corner);

    // Temporal points.
    const Side& flat = left.forward_mm <= right.forward_mm ? left : right;
    const Side& sharp = left.forward_mm > right.forward_mm ? left : right;
    if (forward < rules.temporal_forward_min_mm)
        charge(outside(forward, rules.temporal_forward_min_mm, 1e300, 30, 0.5, 4),
               feedback_text("Temporal point missing: the line comes only %.1f mm forward of its corner, at least %.0f mm",
                             forward, rules.temporal_forward_min_mm), flat.temporal);
    if (forward_max_side > rules.temporal_forward_max_mm)
        charge(outside(forward_max_side, -1e300, rules.temporal_forward_max_mm, 30, 0.5, 4),
               feedback_text("Temporal point too far forward: %.1f mm forward of its corner, at most %.0f mm",
                             forward_max_side, rules.temporal_forward_max_mm), sharp.temporal);

    // Width between the corners.
    const double width_off = outside(width, rules.frontal_width_min_mm, rules.frontal_width_max_mm, 35, 1, 10);
    if (width < rules.frontal_width_min_mm)
        charge(width_off, feedback_text("Frontal hairline too narrow: %.0f mm between the corners, at least %.0f mm", width,
                                        rules.frontal_width_min_mm), left.corner, {left.corner, right.corner});
    else if (width > rules.frontal_width_max_mm)
        charge(width_off, feedback_text("Frontal hairline too wide: %.0f mm between the corners, at most %.0f mm", width,
                                        rules.frontal_width_max_mm), left.corner, {left.corner, right.corner});

    // Reach onto the temples.
    const Side& short_side = left.reach_mm <= right.reach_mm ? left : right;
    const Side& long_side = left.reach_mm > right.reach_mm ? left : right;
    if (reach < rules.temporal_reach_min_mm)
        charge(outside(reach, rules.temporal_reach_min_mm, 1e300, 25, 1, 8),
               feedback_text("The line stops short of the temple: it reaches %.0f mm from the midline, at least %.0f mm", reach,
                             rules.temporal_reach_min_mm), Point{short_side.reach_mm * (short_side.corner.x < 0 ? -1 : 1),
                                                                 p.at(short_side.reach_mm * (short_side.corner.x < 0 ? -1 : 1))});
    if (reach_max_side > rules.temporal_reach_max_mm)
        charge(outside(reach_max_side, -1e300, rules.temporal_reach_max_mm, 25, 1, 8),
               feedback_text("The line runs past the temple toward the ear: %.0f mm from the midline, at most %.0f mm",
                             reach_max_side, rules.temporal_reach_max_mm),
               Point{long_side.reach_mm * (long_side.corner.x < 0 ? -1 : 1), p.at(long_side.reach_mm * (long_side.corner.x < 0 ? -1 : 1))});

    // Natural asymmetry: neither lopsided nor a mirror copy.
    const double lopsided = 35 * ramp01(std::abs(asym.mean_mm) - rules.asymmetry_max_mm, 0, 3);
    if (lopsided > 0) {
        const double high_x = asym.mean_mm > 0 ? -asym.worst_t_mm : asym.worst_t_mm;
        charge(lopsided, feedback_text("Lopsided: one side sits %.1f mm higher than the other on average, at most %.0f mm",
                                       std::abs(asym.mean_mm), rules.asymmetry_max_mm), Point{high_x, p.at(high_x)});
    }
    charge(45 * (1 - ramp01(asym.mirror_residual_mm, 0.4, 0.8)),
           feedback_text("A mirror copy: the two sides match to %.2f mm; a natural hairline is never symmetric", asym.mirror_residual_mm),
           right.corner, {right.corner, left.corner});

    // A designed line is one smooth stroke: the hairline's micro-irregularity comes from the dots later.
    charge(40 * ramp01(jag.rms_mm, kJaggedFreeMm, kJaggedFullMm),
           feedback_text("Ragged: the line zigzags (%.2f mm); draw one smooth stroke, the dots will soften it",
                         jag.rms_mm), jag.worst);

    // Never straight, never a perfect arc.
    const double straight_points = 40 * (1 - ramp01(straight, 1, 1.5));
    charge(straight_points, feedback_text("Straight: the line strays only %.1f mm from a ruler line; a hairline is never straight", straight),
           mid_point);
    if (straight_points <= 0)
        charge(35 * (1 - ramp01(arc, 0.5, 0.8)),
               feedback_text("A perfect arc (%.1f mm from a parabola): a hairline recedes at the temples and comes forward at the temporal points", arc),
               mid_point);

    result.component.score = std::clamp(100.0 - lost, 0.0, 100.0);
    const double angle = (left.angle_deg + right.angle_deg) / 2;
    result.component.metrics = {
        {"mid_frontal_mm", mid},
        {"face_third_mm", third},
        {"conservative_min_mm", conservative_min},
        {"recession_mm", recession},
        {"recession_max_side_mm", recession_max_side},
        {"temporal_forward_mm", forward},
        {"frontal_width_mm", width},
        {"temporal_reach_mm", reach},
        {"temporal_reach_max_side_mm", reach_max_side},
        {"fronto_temporal_angle_deg", angle},
        {"asymmetry_mm", asym.mean_mm},
        {"mirror_residual_mm", asym.mirror_residual_mm},
        {"jagged_mm", jag.rms_mm},
        {"straight_residual_mm", straight},
        {"arc_residual_mm", arc},
    };
    for (auto& [name, value] : result.component.metrics) value = finite_or(value, 0.0);
    return result;
}

Polyline expert_design_line(const Lesson& lesson) {
    const DesignRules r = lesson.design.value_or(DesignBrief{}).rules;
    const double third = face_third_mm(lesson.scalp.head, lesson.scalp.pattern);
    const double age_min = conservative_mid_frontal_min_mm(third, lesson.design.value_or(DesignBrief{}).client_age);
    const double lo = std::max(r.mid_frontal_min_mm, age_min);
    const double mid = lo <= r.mid_frontal_max_mm ? (lo + r.mid_frontal_max_mm) / 2 : r.mid_frontal_min_mm;
    const double recession = (r.recession_min_mm + r.recession_max_mm) / 2;
    const double forward = (r.temporal_forward_min_mm + r.temporal_forward_max_mm) / 2;
    const double half_width = (r.frontal_width_min_mm + r.frontal_width_max_mm) / 4;
    const double reach = (r.temporal_reach_min_mm + r.temporal_reach_max_mm) / 2;
    // One side: a gently rising front, the corner, the temporal point coming forward. The sides are drawn
    // apart as a hand draws them: the left corner 2 mm higher (further back) and 4 mm further out, its end
    // 3 mm further out, the fronts bending at different places: a balance, not a copy.
    struct Hand {
        int sign;
        double corner_dy, corner_dx, reach_dx, wobble;
        double bends[3];  // where the front bends, as shares of the corner's x
    };
    auto side = [&](const Hand& h) {
        const double cx = half_width + h.corner_dx, cy = mid + recession + h.corner_dy;
        const double end = std::max(reach + h.reach_dx, cx + 4);
        const double rise = cy - mid;
        return std::vector<Point>{
            {h.sign * cx * h.bends[0], mid + rise * 0.12 + h.wobble},
            {h.sign * cx * h.bends[1], mid + rise * 0.42 - h.wobble},
            {h.sign * cx * h.bends[2], mid + rise * 0.8 + h.wobble * 0.5},
            {h.sign * cx, cy},
            {h.sign * (cx + (end - cx) * 0.45), cy - forward * 0.55},
            {h.sign * end, cy - forward},
        };
    };
    const std::vector<Point> l = side({-1, 2.0, 4.0, 3.0, 1.0, {0.3, 0.62, 0.86}});
    const std::vector<Point> rgt = side({+1, 0.0, 0.0, 0.0, -0.7, {0.38, 0.55, 0.78}});
    Polyline line(l.rbegin(), l.rend());
    line.push_back({0.0, mid});
    line.insert(line.end(), rgt.begin(), rgt.end());
    return line;
}

}  // namespace stipple
