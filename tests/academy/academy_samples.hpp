// Realistic gradebook input for the academy tests: the expert demo attempt (passes) and a botched one
// (every dot far too deep: fails), scored once and then varied by start time so each record is distinct.
#pragma once

#include <algorithm>
#include <string>

#include "academy/gradebook.hpp"
#include "scoring/iso_time.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scoring.hpp"
#include "tests/lesson_fixtures.hpp"
#include "tests/test_support.hpp"

namespace stipple::test {

struct AcademySamples {
    Lesson lesson;
    Attempt good;
    ScoreReport good_report;
    Attempt bad;
    ScoreReport bad_report;
};

inline AcademySamples make_samples(const std::string& lesson_id = "hairline-classic") {
    AcademySamples s;
    s.lesson = shipped_lesson(lesson_id);
    s.good = demo_attempt(s.lesson);
    s.good_report = score_attempt(s.lesson, s.good);
    s.bad = s.good;
    s.bad.input = "mouse";
    for (Dot& d : s.bad.dots) d.depth_mm = 1.6;  // blow-out depth
    s.bad.dots.resize(s.bad.dots.size() / 3);    // and far too sparse
    s.bad_report = score_attempt(s.lesson, s.bad);
    return s;
}

// The attempt's own clock at its last dot: the duration the gradebook keeps (attempt_duration_s).
inline double last_dot_time(const Attempt& a) {
    double t = 0;
    for (const Dot& d : a.dots) t = std::max(t, d.t.value_or(0.0));
    return t;
}

// Attempt number `n` of `trainee`: starts n minutes after 2026-11-24T09:00Z and lasts 5 minutes. Its first dot
// is moved a few micrometres by n and by the trainee's name, so each is new work (the gradebook knows work by
// its dots: academy/canonical_dots); the score stays the sample's.
inline RecordInput sample_record(const AcademySamples& s, const std::string& trainee, int n, bool pass,
                                 AttemptMode mode = AttemptMode::Practice) {
    Attempt attempt = pass ? s.good : s.bad;
    int name_sum = 0;
    for (const unsigned char ch : trainee) name_sum += ch;
    attempt.dots[0].x += 0.002 * n;
    attempt.dots[0].y += 0.002 * (name_sum % 499);
    const double start = *parse_iso8601("2026-11-24T09:00:00Z") + 60.0 * n;
    attempt.started = format_iso8601_utc(start);
    attempt.trainee = trainee;
    RecordInput in = make_record_input(s.lesson, attempt, pass ? s.good_report : s.bad_report, trainee, mode,
                                       *attempt.started, format_iso8601_utc(start + 300));
    in.verdict = {Verification::App, ""};  // as the app records at a seat
    return in;
}

}  // namespace stipple::test
