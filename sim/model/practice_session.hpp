// One trainee's work on one lesson, headless: input events drive the hand model, releases deposit dots.
// The heart of determinism and replay: the same lesson and event log always give the same dots, bit for bit.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "scoring/attempt.hpp"
#include "scoring/geometry.hpp"
#include "scoring/lesson.hpp"

namespace stipple {

struct VirtualScalp;
class HandModel;

// One raw input, as the window saw it, already mapped to scalp millimetres.
struct InputEvent {
    enum class Kind { Move, Down, Up, Pressure, Undo };
    double t_s = 0.0;           // seconds since the session started
    Kind kind = Kind::Move;
    Point target_mm;            // where the pointer is (Undo: ignored)
    double pressure = -1.0;     // pen pressure 0..1; negative = none (mouse)
};

// JSON form of one event: {"t": 0.41, "kind": "move|down|up|pressure|undo", "x": 1.5, "y": 80.2, "p": 0.6}
// ("p" only when there is a pressure). The attempt's "events" array starts with one session header
// {"kind": "session", "seed": N, "exam": false, "step_s": 0.004166...} so replay needs nothing else.
nlohmann::json event_to_json(const InputEvent& event);
// Throws InputError naming `file` and the pointer of the faulty field (e.g. "/events/3/kind").
InputEvent event_from_json(const nlohmann::json& value, const std::string& file, const std::string& pointer);

// Where the needle rests when a session starts: the centre of the zone's bounds.
Point session_start_mm(const Lesson& lesson);

class PracticeSession {
public:
    // `lesson` and `scalp` must outlive the session. `exam` forbids undo. `seed` drives the hand's tremor.
    PracticeSession(const Lesson& lesson, const VirtualScalp& scalp, bool exam, uint64_t seed);
    ~PracticeSession();
    PracticeSession(const PracticeSession&) = delete;
    PracticeSession& operator=(const PracticeSession&) = delete;

    // Advances the hand physics in fixed steps up to event.t_s, then applies the event and logs it.
    // An event older than the session clock is applied (and logged) at the current time.
    // Down..Up deposits one dot at the needle TIP on Up: with pressure seen while down, the depth comes
    // from the pressure peak (pen); otherwise from how long the button was held (mouse); a tap shorter than
    // the shallowest deposit leaves the depth model's minimum (kMinDepositMm), never 0.
    // Undo removes the last dot; refused (returns false, still logged) in an exam or with no dots.
    bool apply(const InputEvent& event);
    // Advances the physics without an event (the window calls this every frame).
    void advance_to(double t_s);

    double time_s() const;
    Point tip_mm() const;
    Point target_mm() const { return target_mm_; }
    bool button_down() const { return down_; }
    // The depth a release now would deposit (live gauge); 0 while the button is up.
    double current_depth_mm() const;
    const std::vector<Dot>& dots() const { return dots_; }
    bool exam() const { return exam_; }
    // In an exam with a lesson time limit: the time is up, apply() refuses every further event and a
    // dot still being held is not deposited.
    bool time_up() const;
    bool can_undo() const { return !exam_ && !dots_.empty(); }
    // "pen" once any pressure arrived, else "mouse".
    std::string input_kind() const { return pen_seen_ ? "pen" : "mouse"; }
    // The session header followed by every applied event (see event_to_json).
    nlohmann::json event_log() const;
    Attempt to_attempt(const std::optional<std::string>& trainee, const std::optional<std::string>& started,
                       const std::string& input) const;

private:
    double depth_now_mm(double t_s) const;

    const Lesson& lesson_;
    const VirtualScalp& scalp_;
    bool exam_;
    uint64_t seed_;
    std::unique_ptr<HandModel> hand_;
    long long steps_ = 0;        // fixed physics steps done
    Point target_mm_;
    bool down_ = false;
    double down_t_s_ = 0.0;
    double pressure_peak_ = -1.0;
    bool pen_seen_ = false;
    std::vector<Dot> dots_;
    nlohmann::json log_;
};

// Re-runs a logged attempt ("events" of a stipple-attempt/1) and yields exactly the same dots in the same
// order. `file` labels errors (InputError with the pointer "/events/N/...").
std::vector<Dot> replay_dots(const Lesson& lesson, const nlohmann::json& events, const std::string& file = "");

}  // namespace stipple
