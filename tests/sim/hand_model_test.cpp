// The hand: a step settles, a fast jerk overshoots, tremor lives at 8-12 Hz, and all of it is deterministic.
#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>
#include <vector>

#include "scoring/small_math.hpp"
#include "sim/model/hand_model.hpp"

using namespace stipple;

namespace {
Hand steady() {
    Hand h;
    h.frequency_hz = 6.0;
    h.damping = 0.8;
    h.tremor_mm = 0.0;
    return h;
}
}  // namespace

TEST_CASE("hand: the tip starts at rest where asked and a small step settles within 350 ms to < 0.05 mm") {
    HandModel hand(steady(), {0, 80}, 1);
    CHECK(hand.tip_mm().x == Approx(0.0).margin(1e-4));
    CHECK(hand.tip_mm().y == Approx(80.0).margin(1e-4));
    hand.set_target({5, 82});
    hand.step(0.05);
    CHECK(hand.tip_mm().x > 0.5);   // moving toward the target ...
    CHECK(hand.tip_mm().x < 4.9);   // ... but not there yet: the dot lands at the tip, not the cursor
    hand.step(0.30);
    CHECK(std::hypot(hand.tip_mm().x - 5, hand.tip_mm().y - 82) < 0.05);
    CHECK(std::hypot(hand.velocity_mm_s().x, hand.velocity_mm_s().y) < 2.0);
}

TEST_CASE("hand: a fast jerk overshoots the target far more than a slow move") {
    auto overshoot = [](double move_s) {
        HandModel hand(steady(), {0, 80}, 1);
        const double distance = 40.0;
        double peak = 0.0;
        for (double t = 0.0; t < 1.0; t += kPhysicsStepS) {
            const double f = std::min(1.0, t / move_s);
            hand.set_target({distance * f, 80});
            hand.step(kPhysicsStepS);
            peak = std::max(peak, hand.tip_mm().x - distance);
        }
        return peak;
    };
    const double jerk = overshoot(0.02);
    const double slow = overshoot(0.6);
    CHECK(jerk > 1.0);         // lands a millimetre or more past where the pointer stopped
    CHECK(slow < 0.5);
    CHECK(jerk > 4.0 * slow);
}

TEST_CASE("hand: results depend only on time, not on how it is split into frames") {
    HandModel a(steady(), {0, 80}, 7), b(steady(), {0, 80}, 7);
    a.set_target({10, 90});
    b.set_target({10, 90});
    a.step(0.5);
    for (int i = 0; i < 30; ++i) b.step(1.0 / 60.0);
    CHECK(a.time_s() == Approx(b.time_s()));
    CHECK(a.tip_mm().x == b.tip_mm().x);
    CHECK(a.tip_mm().y == b.tip_mm().y);
}

TEST_CASE("hand: tremor has its energy at 8-12 Hz, about the asked amplitude, and is seeded") {
    Hand shaky = steady();
    shaky.tremor_mm = 0.3;
    auto record = [&](uint64_t seed) {
        HandModel hand(shaky, {0, 80}, seed);
        hand.step(0.5);  // let it settle into the tremor
        std::vector<double> xs;
        for (int i = 0; i < 480; ++i) {  // 2 s at 240 Hz
            hand.step(kPhysicsStepS);
            xs.push_back(hand.tip_mm().x + hand.tip_mm().y - 80.0);
        }
        return xs;
    };
    const std::vector<double> xs = record(3);
    double mean = 0;
    for (double x : xs) mean += x / xs.size();
    auto power = [&](double hz) {
        double re = 0, im = 0;
        for (size_t i = 0; i < xs.size(); ++i) {
            const double ph = 2.0 * std::numbers::pi * hz * i * kPhysicsStepS;
            re += (xs[i] - mean) * std::cos(ph);
            im += (xs[i] - mean) * std::sin(ph);
        }
        return re * re + im * im;
    };
    double band = 0, outside = 0;
    for (double hz = 1.0; hz <= 40.0; hz += 0.5) (hz >= 8.0 && hz <= 12.0 ? band : outside) += power(hz);
    CHECK(band > 4.0 * outside);
    double peak = 0;
    for (double x : xs) peak = std::max(peak, std::abs(x - mean));
    CHECK(peak > 0.1);
    CHECK(peak < 1.5);
    CHECK(record(3) == xs);          // deterministic
    CHECK(record(4) != xs);          // another seed, another tremor
    // No tremor asked: perfectly still.
    HandModel still(steady(), {0, 80}, 3);
    still.step(1.0);
    CHECK(still.tip_mm().x == Approx(0.0).margin(1e-6));
}
