// The hand and needle physics: a Box2D disc (the needle tip) on a mouse joint toward the pointer, with tremor.
#include "hand_model.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <box2d/box2d.h>

#include "noise.hpp"

namespace stipple {

namespace {
constexpr double kTipRadiusUnits = 0.25;          // a 5 mm disc: only its mass matters, it never collides
constexpr double kTipDensity = 4.0;               // mass = density * pi r^2 ~ 0.79
constexpr double kMaxAccelerationMmS2 = 25000.0;  // 25 m/s^2: a hand's peak; big jerks saturate and overshoot
constexpr double kTremorCentreHz = 10.0;

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

    b2BodyDef tip_def;
    tip_def.type = b2_dynamicBody;
    tip_def.position = to_units(start_mm);
    tip_def.fixedRotation = true;
    tip_def.bullet = false;
    tip_ = world_->CreateBody(&tip_def);
    b2CircleShape disc;
    disc.m_radius = static_cast<float>(kTipRadiusUnits);
    b2FixtureDef fixture;
    fixture.shape = &disc;
    fixture.density = static_cast<float>(kTipDensity);
    fixture.isSensor = true;
    tip_->CreateFixture(&fixture);

    b2MouseJointDef joint_def;
    joint_def.bodyA = ground;
    joint_def.bodyB = tip_;
    joint_def.target = to_units(start_mm);
    joint_def.maxForce = static_cast<float>(tip_->GetMass() * kMaxAccelerationMmS2 / kMmPerUnit);
    b2LinearStiffness(joint_def.stiffness, joint_def.damping, static_cast<float>(params_.frequency_hz),
                      static_cast<float>(params_.damping), ground, tip_);
    joint_ = static_cast<b2MouseJoint*>(world_->CreateJoint(&joint_def));

    // Tremor: three components with seeded frequencies (8-12 Hz), phases and directions.
    const double weights[3] = {0.8, 0.5, 0.33};
    const double norm = std::sqrt(weights[0] * weights[0] + weights[1] * weights[1] + weights[2] * weights[2]);
    for (int i = 0; i < 3; ++i) {
        tremor_freq_hz_[i] = 8.0 + 4.0 * hash01(i, 1, seed);
        tremor_phase_[i] = 2.0 * std::numbers::pi * hash01(i, 2, seed);
        tremor_angle_[i] = std::numbers::pi * hash01(i, 3, seed);
        tremor_weight_[i] = weights[i] / norm;
    }
    tremor_wobble_phase_ = 2.0 * std::numbers::pi * hash01(7, 4, seed);
    // The spring attenuates (or amplifies) a 10 Hz target wobble by |H|; divide it out so the tip
    // itself trembles with about tremor_mm amplitude.
    const double r = kTremorCentreHz / params_.frequency_hz;
    const double z = params_.damping;
    const double gain = 1.0 / std::sqrt((1.0 - r * r) * (1.0 - r * r) + (2.0 * z * r) * (2.0 * z * r));
    tremor_gain_ = 1.0 / std::max(gain, 0.05);
}

HandModel::~HandModel() = default;
HandModel::HandModel(HandModel&&) noexcept = default;
HandModel& HandModel::operator=(HandModel&&) noexcept = default;

void HandModel::set_target(Point mm) { target_mm_ = mm; }

void HandModel::teleport(Point mm) {
    target_mm_ = mm;
    tip_->SetTransform(to_units(mm), 0.0f);
    tip_->SetLinearVelocity(b2Vec2(0.0f, 0.0f));
    joint_->SetTarget(to_units(mm));
}

void HandModel::step(double dt_s) {
    if (!(dt_s > 0.0)) return;
    accumulator_s_ += dt_s;
    // A tiny tolerance so 1/60 s frames give exactly 4 steps despite rounding.
    while (accumulator_s_ >= kStepS - 1e-12) {
        fixed_step();
        accumulator_s_ -= kStepS;
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
    world_->Step(static_cast<float>(kStepS), 8, 3);
    time_s_ += kStepS;
}

Point HandModel::tremor_offset_mm(double t) const {
    const double two_pi = 2.0 * std::numbers::pi;
    // The tremor's strength drifts slowly (0.3 Hz), as a real one does.
    const double envelope = 0.8 + 0.2 * std::sin(two_pi * 0.3 * t + tremor_wobble_phase_);
    Point offset;
    for (int i = 0; i < 3; ++i) {
        const double s = tremor_weight_[i] * std::sin(two_pi * tremor_freq_hz_[i] * t + tremor_phase_[i]);
        offset.x += s * std::cos(tremor_angle_[i]);
        offset.y += s * std::sin(tremor_angle_[i]);
    }
    const double scale = params_.tremor_mm * tremor_gain_ * envelope;
    return {offset.x * scale, offset.y * scale};
}

Point HandModel::tip_mm() const { return to_mm(tip_->GetPosition()); }
Point HandModel::velocity_mm_s() const { return to_mm(tip_->GetLinearVelocity()); }

}  // namespace stipple
