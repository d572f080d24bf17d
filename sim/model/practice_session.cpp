// The practice session: fixed-step hand physics between logged input events, dots deposited at the needle
// tip on release, undo in practice only, and the event log that replays an attempt exactly.
#include "sim/model/practice_session.hpp"

#include <algorithm>
#include <cmath>

#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "sim/model/depth_model.hpp"
#include "sim/model/hand_model.hpp"
#include "sim/model/virtual_scalp.hpp"
#include "scoring/small_math.hpp"

namespace stipple {

namespace {

using json = nlohmann::json;

const char* kind_name(InputEvent::Kind kind) {
    switch (kind) {
        case InputEvent::Kind::Move: return "move";
        case InputEvent::Kind::Down: return "down";
        case InputEvent::Kind::Up: return "up";
        case InputEvent::Kind::Pressure: return "pressure";
        case InputEvent::Kind::Undo: return "undo";
    }
    return "move";
}

// The number of fixed steps the clock has completed at time t (tolerant of the last bit of rounding).
long long steps_at(double t_s) { return static_cast<long long>(std::floor(t_s / kPhysicsStepS + 1e-7)); }

}  // namespace

json event_to_json(const InputEvent& event) {
    json j = json::object();
    j["t"] = event.t_s;
    j["kind"] = kind_name(event.kind);
    if (event.kind != InputEvent::Kind::Undo) {
        j["x"] = event.target_mm.x;
        j["y"] = event.target_mm.y;
    }
    if (event.pressure >= 0.0) j["p"] = event.pressure;
    return j;
}

InputEvent event_from_json(const json& value, const std::string& file, const std::string& pointer) {
    const JsonReader r(file);
    r.expect_object(value, pointer);
    InputEvent e;
    e.t_s = r.number(r.require(value, pointer, "t"), child_pointer(pointer, "t"));
    if (e.t_s < 0.0) r.fail(ErrorCode::out_of_range, child_pointer(pointer, "t"), "expected a time in seconds >= 0");
    const std::string kind = r.string(r.require(value, pointer, "kind"), child_pointer(pointer, "kind"));
    if (kind == "move") e.kind = InputEvent::Kind::Move;
    else if (kind == "down") e.kind = InputEvent::Kind::Down;
    else if (kind == "up") e.kind = InputEvent::Kind::Up;
    else if (kind == "pressure") e.kind = InputEvent::Kind::Pressure;
    else if (kind == "undo") e.kind = InputEvent::Kind::Undo;
    else r.fail(ErrorCode::unknown_name, child_pointer(pointer, "kind"), "expected one of move, down, up, pressure, undo");
    if (e.kind != InputEvent::Kind::Undo) {
        e.target_mm.x = r.number(r.require(value, pointer, "x"), child_pointer(pointer, "x"));
        e.target_mm.y = r.number(r.require(value, pointer, "y"), child_pointer(pointer, "y"));
    }
    if (const json* p = r.find(value, pointer, "p")) {
        e.pressure = r.number(*p, child_pointer(pointer, "p"));
        if (e.pressure < 0.0 || e.pressure > 1.0) r.fail(ErrorCode::out_of_range, child_pointer(pointer, "p"), "expected a pressure 0..1");
    }
    return e;
}

Point session_start_mm(const Lesson& lesson) {
    if (lesson.zone.empty()) return {0.0, 80.0};
    const Bounds b = bounds_of(lesson.zone);
    return {(b.min.x + b.max.x) / 2.0, (b.min.y + b.max.y) / 2.0};
}

PracticeSession::PracticeSession(const Lesson& lesson, const VirtualScalp& scalp, bool exam, uint64_t seed)
    : lesson_(lesson),
      scalp_(scalp),
      exam_(exam),
      seed_(seed),
      hand_(std::make_unique<HandModel>(lesson.hand, session_start_mm(lesson), seed)),
      target_mm_(session_start_mm(lesson)),
      log_(json::array()) {}

PracticeSession::~PracticeSession() = default;

double PracticeSession::time_s() const { return static_cast<double>(steps_) * kPhysicsStepS; }

Point PracticeSession::tip_mm() const { return hand_->tip_mm(); }

void PracticeSession::advance_to(double t_s) {
    const long long target = steps_at(t_s);
    while (steps_ < target) {
        hand_->step(kPhysicsStepS);
        ++steps_;
    }
}

bool PracticeSession::time_up() const {
    return exam_ && lesson_.time_limit_s && time_s() >= *lesson_.time_limit_s;
}

double PracticeSession::depth_now_mm(double t_s) const {
    const DepthParams params = depth_params(lesson_, scalp_, hand_->tip_mm());
    const double reached = pressure_peak_ >= 0.0 ? depth_from_pressure_mm(params, pressure_peak_)
                                                 : depth_from_hold_mm(params, std::max(0.0, t_s - down_t_s_));
    return deposit_depth_mm(params, reached);  // a tap leaves the minimum deposit, never 0
}

double PracticeSession::current_depth_mm() const { return down_ ? depth_now_mm(time_s()) : 0.0; }

bool PracticeSession::apply(const InputEvent& event) {
    if (time_up()) return false;
    InputEvent e = event;
    if (steps_at(e.t_s) < steps_) e.t_s = time_s();
    advance_to(e.t_s);
    if (time_up()) return false;
    log_.push_back(event_to_json(e));

    if (e.pressure >= 0.0) pen_seen_ = true;
    bool applied = true;
    switch (e.kind) {
        case InputEvent::Kind::Move:
            target_mm_ = e.target_mm;
            break;
        case InputEvent::Kind::Pressure:
            target_mm_ = e.target_mm;
            if (down_ && e.pressure >= 0.0) pressure_peak_ = std::max(pressure_peak_, e.pressure);
            break;
        case InputEvent::Kind::Down:
            target_mm_ = e.target_mm;
            if (down_) {
                applied = false;
                break;
            }
            down_ = true;
            down_t_s_ = e.t_s;
            pressure_peak_ = e.pressure >= 0.0 ? e.pressure : -1.0;
            break;
        case InputEvent::Kind::Up:
            target_mm_ = e.target_mm;
            if (!down_) {
                applied = false;
                break;
            } else {
                const Point tip = hand_->tip_mm();
                Dot dot;
                dot.x = tip.x;
                dot.y = tip.y;
                dot.depth_mm = depth_now_mm(e.t_s);
                dot.t = e.t_s;
                dots_.push_back(dot);
                down_ = false;
                pressure_peak_ = -1.0;
            }
            break;
        case InputEvent::Kind::Undo:
            if (can_undo() && !down_) dots_.pop_back();
            else applied = false;
            break;
    }
    if (e.kind != InputEvent::Kind::Undo) hand_->set_target(target_mm_);
    return applied;
}

json PracticeSession::event_log() const {
    json header = json::object();
    header["kind"] = "session";
    header["seed"] = seed_;
    header["exam"] = exam_;
    header["step_s"] = kPhysicsStepS;
    json log = json::array();
    log.push_back(header);
    for (const json& e : log_) log.push_back(e);
    return log;
}

Attempt PracticeSession::to_attempt(const std::optional<std::string>& trainee,
                                    const std::optional<std::string>& started, const std::string& input) const {
    Attempt a;
    a.lesson = lesson_.id;
    a.trainee = trainee;
    a.started = started;
    a.mode = exam_ ? "exam" : "practice";  // fixed when the session started (the event log's header says the same)
    a.input = input;
    a.dots = dots_;
    a.events = event_log();
    return a;
}

std::vector<Dot> replay_dots(const Lesson& lesson, const json& events, const std::string& file) {
    const JsonReader r(file);
    if (!events.is_array()) r.fail(ErrorCode::wrong_type, "/events", "expected an array of input events");
    uint64_t seed = lesson.scalp.seed;
    bool exam = false;
    size_t first = 0;
    if (!events.empty() && events[0].is_object() && events[0].value("kind", "") == "session") {
        const json& h = events[0];
        if (const json* s = r.find(h, "/events/0", "seed")) {
            if (!s->is_number_integer() || (!s->is_number_unsigned() && s->get<long long>() < 0)) r.fail(ErrorCode::out_of_range, "/events/0/seed", "expected a whole number >= 0");
            seed = s->get<uint64_t>();
        }
        if (const json* x = r.find(h, "/events/0", "exam")) {
            if (!x->is_boolean()) r.fail(ErrorCode::wrong_type, "/events/0/exam", "expected true or false");
            exam = x->get<bool>();
        }
        first = 1;
    }
    const VirtualScalp scalp = generate_scalp(lesson);
    PracticeSession session(lesson, scalp, exam, seed);
    for (size_t i = first; i < events.size(); ++i)
        session.apply(event_from_json(events[i], file, child_pointer("/events", i)));
    return session.dots();
}

}  // namespace stipple
