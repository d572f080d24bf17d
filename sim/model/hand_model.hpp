// The trainee's hand and needle: the needle tip is a Box2D body pulled toward the pointer by a mouse joint,
// so a fast jerk overshoots and lands off target, a slow move settles; an optional 8-12 Hz tremor.
// Two bodies: the hand, on a b2MouseJoint toward the pointer (frequency and damping ratio from the lesson),
// and the needle tip, a light body held to the hand by a stiff, lightly damped spring (12 Hz, ratio 0.15:
// the flex of fingers and machine). A fast jerk whips the tip past the target (overshoot grows with
// speed: ~1.5 mm for 40 mm in 20 ms) while a slow move arrives without overshoot.
//
// Scale: Box2D works in its own units; here 1 Box2D unit = 10 mm (1 cm). Scalp motions of 0.1-300 mm are
// 0.01-30 units, the tip body is a 0.5-unit (5 mm) disc of mass ~0.8 (the tip ~0.08), and Box2D's per-step translation cap
// (2 units at 240 Hz = 4.8 m/s) is far above any hand speed. Everything public is in mm and seconds.
#pragma once

#include <cstdint>
#include <memory>

#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"

class b2World;
class b2Body;
class b2MouseJoint;

namespace stipple {

class HandModel {
public:
    static constexpr double kMmPerUnit = 10.0;     // Box2D scale (see the file comment)

    // params: frequency_hz (spring), damping (ratio), tremor_mm (amplitude of the 8-12 Hz tremor, 0 = none).
    HandModel(const Hand& params, Point start_mm, uint64_t seed);
    ~HandModel();
    HandModel(HandModel&&) noexcept;
    HandModel& operator=(HandModel&&) noexcept;
    HandModel(const HandModel&) = delete;
    HandModel& operator=(const HandModel&) = delete;

    // Where the pointer is (mm); the tip follows through the spring.
    void set_target(Point mm);
    // Advances by dt_s using as many fixed 1/240 s steps as fit (the remainder carries to the next call),
    // so the result depends only on the total time and the targets, never on the frame rate.
    void step(double dt_s);
    // Puts the tip (at rest) and the target at `mm`, e.g. when the pen re-enters the window.
    void teleport(Point mm);

    Point tip_mm() const;
    Point velocity_mm_s() const;
    Point target_mm() const { return target_mm_; }
    double time_s() const { return time_s_; }

private:
    void fixed_step();
    Point tremor_offset_mm(double t) const;

    std::unique_ptr<b2World> world_;
    b2Body* hand_ = nullptr;
    b2Body* tip_ = nullptr;
    double flex_stiffness_ = 0.0;  // hand-to-tip spring, Box2D units
    double flex_damping_ = 0.0;
    b2MouseJoint* joint_ = nullptr;
    Hand params_;
    Point target_mm_;
    double accumulator_s_ = 0.0;
    double time_s_ = 0.0;
    // Tremor: three sinusoids with seeded frequencies in 8-12 Hz and phases, plus a slow amplitude wobble.
    double tremor_freq_hz_[3] = {0, 0, 0};
    double tremor_phase_[3] = {0, 0, 0};
    double tremor_angle_[3] = {0, 0, 0};
    double tremor_weight_[3] = {0, 0, 0};
    double tremor_wobble_phase_ = 0.0;
    double tremor_gain_[3] = {0, 0, 0};  // undoes the springs' response per component: the tip moves ~tremor_mm
};

}  // namespace stipple
