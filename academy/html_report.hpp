// The academy report: one self-contained HTML page (inline CSS and SVG, no scripts, no network).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "academy/gradebook.hpp"
#include "academy/progress.hpp"

namespace stipple {

struct TraineeReport {
    Trainee trainee;
    std::vector<LessonProgress> progress;
    std::vector<AttemptRecord> attempts;  // time order
};

struct ReportInput {
    std::string academy_home;
    std::string curriculum_title;
    std::string generated;                 // ISO 8601, printed in the page
    std::vector<TraineeReport> trainees;   // everyone the standing ranks
    std::optional<std::string> focus;      // only this trainee's section (the standing still ranks all)
};

// Per trainee: score charts over time (total and each component) per lesson attempted, the lessons table
// (passed, proficient, locked, not in curriculum), a certificate line when the whole curriculum is
// proficient. Then the cohort standing: per cohort, trainees ranked by lessons proficient, lessons
// passed, then mean best total.
std::string html_report(const ReportInput& input);

std::string html_escape(const std::string& text);

}  // namespace stipple
