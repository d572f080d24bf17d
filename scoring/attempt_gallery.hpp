// The scoring gallery: named attempt generators of known quality (the proof that the judge is right).
// Each generator makes an attempt for any lesson from a severity knob (0 = the mildest form of its fault,
// 1 = the worst; fair expert variants ignore it) and a seed, built on the expert demo (demo_attempt), the
// blue-noise scatter and the lesson's one density-map rule (lesson_regions.hpp). Each also states what an
// SMP expert would say of it on a lesson: pass, fail, or at least N points below the expert demo.
// Used by tests/scoring/gallery_test.cpp (verdicts, degradation curves, continuity) and `stipple gallery`.
// Pure: no SFML, no files. Deterministic from (lesson, severity, seed).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "attempt.hpp"
#include "lesson.hpp"
#include "score_report.hpp"

namespace stipple {

// What an SMP expert would say of an attempt.
enum class ExpectedVerdict {
    pass,          // passes and scores at least kFairMinimumTotal
    fail,          // does not pass
    below_expert,  // scores at least `points_below` under the expert demo on the same lesson
};

struct Expectation {
    ExpectedVerdict verdict = ExpectedVerdict::fail;
    double points_below = 0.0;  // for below_expert
};

// Fair expert work must pass comfortably; the demo itself scores at least kDemoMinimumTotal everywhere.
inline constexpr double kFairMinimumTotal = 85.0;
inline constexpr double kDemoMinimumTotal = 95.0;

using AttemptMaker = Attempt (*)(const Lesson& lesson, double severity, uint64_t seed);

struct AttemptGenerator {
    std::string name;          // unique, stable: "hex-lattice-j10"
    std::string family;        // generators sharing a maker and knob: "hex-lattice", "blowout", ...
    std::string what;          // one line an instructor understands
    std::string knob;          // what severity 0..1 turns up ("" for fair variants)
    double severity = 1.0;     // where this named case sits on its family's knob
    bool fair = false;         // an expert variant (must pass comfortably)
    bool needs_hairline = false;
    bool order_fault = false;  // visible order (lattices, rows, rings...): fails where spacing carries weight
    Expectation expect;        // what an expert says (order faults: see expected_verdict)
    AttemptMaker make = nullptr;
};

// Every named generator, in gallery order (fair variants first, then the faults by family).
const std::vector<AttemptGenerator>& attempt_generators();
const AttemptGenerator* find_attempt_generator(const std::string& name);

// Whether the generator makes sense on the lesson (hairline faults need a hairline).
bool applies_to(const AttemptGenerator& generator, const Lesson& lesson);

// What an SMP expert would say of this generator's attempt on this lesson (one rule for the tests and the
// gallery page). Order faults fail where spacing carries at least a fifth of the weight and otherwise cost
// points; every other fault fails or costs the points stated in attempt_gallery.cpp's table.
Expectation expected_verdict(const AttemptGenerator& generator, const Lesson& lesson);

// Whether a report meets the expectation; expert_total is the demo's total on the same lesson.
bool expectation_met(const Expectation& expectation, const ScoreReport& report, double expert_total);
std::string describe(const Expectation& expectation);  // "pass (>= 85)", "fail", "<= expert - 8"

// Shorthand: the named generator's own attempt at its own severity.
Attempt make_attempt(const AttemptGenerator& generator, const Lesson& lesson, uint64_t seed = 1);

}  // namespace stipple
