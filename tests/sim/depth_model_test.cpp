// The depth model: the hold curve is monotonic, saturates, crosses the window in a learnable time; needle,
// skin and scar tissue change it; pressure maps to depth.
#include <catch2/catch.hpp>

#include <cmath>

#include "sim/model/depth_model.hpp"
#include "sim/model/virtual_scalp.hpp"

using namespace stipple;

namespace {
Lesson lesson_with(double needle_mm = 0.25) {
    Lesson l;
    l.needle.diameter_mm = needle_mm;
    l.targets.depth_min_mm = 0.4;
    l.targets.depth_max_mm = 0.9;
    return l;
}
}  // namespace

TEST_CASE("depth: holding longer goes deeper, saturating far past the window") {
    const Lesson lesson = lesson_with();
    const VirtualScalp scalp = generate_scalp(lesson);
    const DepthParams p = depth_params(lesson, scalp, {0, 85});
    double previous = 0.0;
    for (double t = 0.02; t <= 3.0; t += 0.02) {
        const double d = depth_from_hold_mm(p, t);
        CHECK(d > previous);
        previous = d;
    }
    CHECK(depth_from_hold_mm(p, 0.0) == 0.0);
    CHECK(depth_from_hold_mm(p, 20.0) == Approx(p.max_depth_mm).epsilon(1e-3));
    CHECK(p.max_depth_mm > 1.5);  // a long hold is far too deep
    // Learnable: the window is entered after 0.15-0.3 s and left after 0.45-0.7 s.
    const double enter = hold_for_depth_s(p, 0.4), leave = hold_for_depth_s(p, 0.9);
    CHECK(enter > 0.15);
    CHECK(enter < 0.3);
    CHECK(leave > 0.45);
    CHECK(leave < 0.7);
    CHECK(depth_from_hold_mm(p, enter) == Approx(0.4).epsilon(1e-9));
    CHECK(std::isinf(hold_for_depth_s(p, p.max_depth_mm)));
}

TEST_CASE("depth: a wider needle and darker skin are slower; scar tissue resists more and varies") {
    const Lesson fine = lesson_with(0.25), wide = lesson_with(0.6);
    Lesson dark = fine;
    dark.scalp.skin = "fitzpatrick-6";
    const VirtualScalp s3 = generate_scalp(fine), s6 = generate_scalp(dark);
    const double fine_depth = depth_from_hold_mm(depth_params(fine, s3, {0, 85}), 0.35);
    CHECK(depth_from_hold_mm(depth_params(wide, s3, {0, 85}), 0.35) < fine_depth);
    CHECK(depth_from_hold_mm(depth_params(dark, s6, {0, 85}), 0.35) < fine_depth);

    Lesson scarred = fine;
    Scar strip;
    strip.kind = "strip";
    strip.path = {{-40, 200}, {40, 200}};
    strip.width_mm = 4;
    scarred.scalp.scars.push_back(strip);
    const VirtualScalp ss = generate_scalp(scarred);
    const double normal = depth_from_hold_mm(depth_params(scarred, ss, {0, 150}), 0.35);
    double lo = 1e9, hi = 0;
    for (double x = -30; x <= 30; x += 1.7) {
        const DepthParams p = depth_params(scarred, ss, {x, 200});
        CHECK(p.resistance > 1.2);
        const double d = depth_from_hold_mm(p, 0.35);
        CHECK(d < normal);
        lo = std::min(lo, d);
        hi = std::max(hi, d);
    }
    CHECK(hi - lo > 0.05);  // uneven from place to place
    // ... and deterministic.
    CHECK(depth_params(scarred, ss, {3, 200}).tau_s == depth_params(scarred, generate_scalp(scarred), {3, 200}).tau_s);
}

TEST_CASE("depth: pressure maps 0..1 monotonically, half pressure lands in the window") {
    const Lesson lesson = lesson_with();
    const DepthParams p = depth_params(lesson, generate_scalp(lesson), {0, 85});
    CHECK(depth_from_pressure_mm(p, 0.0) == 0.0);
    CHECK(depth_from_pressure_mm(p, -1.0) == 0.0);
    const double half = depth_from_pressure_mm(p, 0.5);
    CHECK(half > 0.4);
    CHECK(half < 0.9);
    CHECK(depth_from_pressure_mm(p, 0.2) < half);
    CHECK(depth_from_pressure_mm(p, 1.0) == Approx(p.max_depth_mm));
    CHECK(depth_from_pressure_mm(p, 5.0) == Approx(p.max_depth_mm));
}
