// The hand and needle physics: a Box2D disc (the needle tip) on a mouse joint toward the pointer, with tremor.
#include "hand_model.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <box2d/box2d.h>

#include "noise.hpp"
#include "scoring/small_math.hpp"

namespace stipple {

namespace {
constexpr double kTipRadiusUnits = 0.25;          // a 5 mm disc: only its mass matters, it never collides
constexpr double kTipDensity = 4.0;               // mass = density * pi r^2 ~ 0.79
constexpr double kTipRadiusUnitsSmall = 0.08;     // the needle tip: a tenth of the hand's mass
constexpr double kMaxAccelerationMmS2 = 40000.0;  // 40 m/s^2: beyond a hand's peak, a guard against wild input
constexpr double kFlexHz = 12.0;                  // the finger/machine flex between hand and needle tip
constexpr double kFlexDamping = 0.15;

// |response| of the tip to a target wobble at f_hz: the hand's spring times the flex's transmissibility.
double response_gain(double f_hz, double hand_hz, double hand_zeta) {
    const double r1 = f_hz / hand_hz;
    const double h1 = 1.0 / std::hypot(1.0 - r1 * r1, 2.0 * hand_zeta * r1);
    const double r2 = f_hz / kFlexHz;
    const double h2 = std::hypot(1.0, 2.0 * kFlexDamping * r2) / std::hypot(1.0 - r2 * r2, 2.0 * kFlexDamping * r2);
    return h1 * h2;
}

b2Vec2 to_units(Point mm) {
    return {static_cast<float>(mm.x / HandModel::kMmPerUnit), static_cast<float>(mm.y / HandModel::kMmPerUnit)};
}
Point to_mm(b2Vec2 v) { return {v.x * HandModel::kMmPerUnit, v.y * HandModel::kMmPerUnit}; }
}  // namespace

HandModel::HandModel(const Hand& params, Point start_mm, uint64_t seed)
    : world_(std::make_unique<b2World>(b2Vec2(0.0f, 0.0f))), params_(params), target_mm_(start_mm) {
    params_.frequency_hz = std::clamp(params_.frequency_hz, 0.5, 30.0);
    params_.damping = std::clamp(params_.damping, 0.05, 4.0);
    params_.tremor_mm = std::max(params_.tremor_mm, 0.0);
    world_->SetAllowSleeping(false);

    b2BodyDef ground_def;
    b2Body* ground = world_->CreateBody(&ground_def);

    b2BodyDef body_def;
    body_def.type = b2_dynamicBody;
    body_def.position = to_units(start_mm);
    body_def.fixedRotation = true;
    b2CircleShape disc;
    b2FixtureDef fixture;
    fixture.shape = &disc;
    fixture.density = static_cast<float>(kTipDensity);
    fixture.isSensor = true;  // nothing collides: only the springs act
    hand_ = world_->CreateBody(&body_def);
    disc.m_radius = static_cast<float>(kTipRadiusUnits);
    hand_->CreateFixture(&fixture);
    tip_ = world_->CreateBody(&body_def);
    disc.m_radius = static_cast<float>(kTipRadiusUnitsSmall);
    tip_->CreateFixture(&fixture);
    const double omega = 2.0 * std::numbers::pi * kFlexHz;
    flex_stiffness_ = tip_->GetMass() * omega * omega;
    flex_damping_ = 2.0 * kFlexDamping * tip_->GetMass() * omega;

    b2MouseJointDef joint_def;
    joint_def.bodyA = ground;
    joint_def.bodyB = hand_;
    joint_def.target = to_units(start_mm);
    joint_def.maxForce = static_cast<float>(hand_->GetMass() * kMaxAccelerationMmS2 / kMmPerUnit);
    b2LinearStiffness(joint_def.stiffness, joint_def.damping, static_cast<float>(params_.frequency_hz),
                      static_cast<float>(params_.damping), ground, hand_);
    joint_ = static_cast<b2MouseJoint*>(world_->CreateJoint(&joint_def));

    // Tremor: three components with seeded frequencies (8-12 Hz), phases and directions.
    const double weights[3] = {0.8, 0.5, 0.33};
    const double norm = std::sqrt(weights[0] * weights[0] + weights[1] * weights[1] + weights[2] * weights[2]);
    for (int i = 0; i < 3; ++i) {
        tremor_freq_hz_[i] = 8.0 + 4.0 * hash01(i, 1, seed);
        tremor_phase_[i] = 2.0 * std::numbers::pi * hash01(i, 2, seed);
        tremor_angle_[i] = std::numbers::pi * hash01(i, 3, seed);
        tremor_weight_[i] = weights[i] / norm;
        // Divide out the springs' response at this component's frequency so the tip itself trembles
        // with about tremor_mm amplitude.
        tremor_gain_[i] = 1.0 / std::max(response_gain(tremor_freq_hz_[i], params_.frequency_hz, params_.damping), 0.05);
    }
    tremor_wobble_phase_ = 2.0 * std::numbers::pi * hash01(7, 4, seed);
}

HandModel::~HandModel() = default;
HandModel::HandModel(HandModel&&) noexcept = default;
HandModel& HandModel::operator=(HandModel&&) noexcept = default;

void HandModel::set_target(Point mm) { target_mm_ = mm; }

void HandModel::teleport(Point mm) {
    target_mm_ = mm;
    for (b2Body* body : {hand_, tip_}) {
        body->SetTransform(to_units(mm), 0.0f);
        body->SetLinearVelocity(b2Vec2(0.0f, 0.0f));
    }
    joint_->SetTarget(to_units(mm));
}

void HandModel::step(double dt_s) {
    if (!(dt_s > 0.0)) return;
    accumulator_s_ += dt_s;
    // A tiny tolerance so 1/60 s frames give exactly 4 steps despite rounding.
    while (accumulator_s_ >= kPhysicsStepS - 1e-12) {
        fixed_step();
        accumulator_s_ -= kPhysicsStepS;
    }
    if (accumulator_s_ < 0.0) accumulator_s_ = 0.0;
}

void HandModel::fixed_step() {
    Point aim = target_mm_;
    if (params_.tremor_mm > 0.0) {
        const Point wobble = tremor_offset_mm(time_s_);
        aim.x += wobble.x;
        aim.y += wobble.y;
    }
    joint_->SetTarget(to_units(aim));
    // The flex between hand and tip: a spring-damper applied as equal and opposite forces.
    const b2Vec2 stretch = hand_->GetPosition() - tip_->GetPosition();
    const b2Vec2 relative_velocity = hand_->GetLinearVelocity() - tip_->GetLinearVelocity();
    const b2Vec2 force = static_cast<float>(flex_stiffness_) * stretch + static_cast<float>(flex_damping_) * relative_velocity;
    tip_->ApplyForceToCenter(force, true);
    hand_->ApplyForceToCenter(-force, true);
    world_->Step(static_cast<float>(kPhysicsStepS), 8, 3);
    time_s_ += kPhysicsStepS;
}

Point HandModel::tremor_offset_mm(double t) const {
    const double two_pi = 2.0 * std::numbers::pi;
    // The tremor's strength drifts slowly (0.3 Hz), as a real one does.
    const double envelope = 0.8 + 0.2 * std::sin(two_pi * 0.3 * t + tremor_wobble_phase_);
    Point offset;
    for (int i = 0; i < 3; ++i) {
        const double s = tremor_weight_[i] * tremor_gain_[i] * std::sin(two_pi * tremor_freq_hz_[i] * t + tremor_phase_[i]);
        offset.x += s * std::cos(tremor_angle_[i]);
        offset.y += s * std::sin(tremor_angle_[i]);
    }
    const double scale = params_.tremor_mm * envelope;
    return {offset.x * scale, offset.y * scale};
}

Point HandModel::tip_mm() const { return to_mm(tip_->GetPosition()); }
Point HandModel::velocity_mm_s() const { return to_mm(tip_->GetLinearVelocity()); }

}  // namespace stipple
