// The score report (format stipple-score/1): total, pass/fail, three components with raw metrics, feedback.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "geometry.hpp"

namespace stipple {

// A raw measurement next to a component's score, e.g. {"mean_nn_mm", 1.18}. Order is kept as written.
using Metric = std::pair<std::string, double>;

struct ComponentScore {
    double score = 0.0;             // 0..100
    std::vector<Metric> metrics;
};

// One fault in plain words, with its place on the scalp where it has one. When the dots at fault are spread,
// `places` lists one place per cluster of them (the first is `at`); empty when `at` says it all.
struct Feedback {
    std::string component;          // spacing | depth | hairline | design | choice | general
    std::string message;
    std::optional<Point> at;
    std::vector<Point> places = {};
};

// A fault that fails the attempt whatever its total (see scoring.hpp for the pass rule). `code` is stable
// (e.g. "blowout", "forehead_spill", "unfinished"), `message` is in words a trainee understands.
struct CriticalError {
    std::string code;
    std::string message;
    std::optional<Point> at;
};

struct ScoreReport {
    std::string lesson;
    double total = 0.0;
    bool passed = false;
    ComponentScore spacing;
    ComponentScore depth;
    std::optional<ComponentScore> hairline;  // absent when the lesson has no hairline
    std::optional<ComponentScore> design;    // present only in design lessons (issue 14, part B)
    std::vector<Feedback> feedback;
    std::vector<CriticalError> critical_errors;  // any one fails the attempt
};

}  // namespace stipple
