// The academy report: one self-contained HTML page (inline CSS and SVG, no scripts, no network). An owner
// reads it top down: the summary, the lessons table, then one folded section per trainee.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "academy/case_progress.hpp"
#include "academy/gradebook.hpp"
#include "academy/progress.hpp"
#include "academy/report_summary.hpp"
#include "academy/review_store.hpp"

namespace stipple {

struct TraineeReport {
    Trainee trainee;
    std::vector<LessonProgress> progress;      // from the counted attempts only
    std::vector<AttemptRecord> attempts;       // time order, counted and not (attempt_counts; the others greyed)
    std::map<int64_t, std::string> thumbnails; // attempt id -> attempt_thumbnail_svg (absent: no picture)
    // attempt id -> the instructor's comments on it, oldest first; comment i (from 1) is marker i on the thumbnail
    std::map<int64_t, std::vector<Comment>> comments;
    std::vector<CaseRun> cases;                // their runs through cases (issue 14), first recorded first
};

struct ReportInput {
    std::string academy_home;
    std::string curriculum_title;
    std::string generated;                 // ISO 8601, printed in the page
    ReportSummary summary;                 // over exactly the attempts in `trainees`
    std::vector<TraineeReport> trainees;   // everyone the report covers
    // A report on one trainee (--trainee, or a trainee's own): the title names them and no one else appears.
    // The caller passes only that trainee; the page then has no cohort standing.
    std::optional<std::string> focus;
};

// Order: summary (who, when, how many, most common faults), lessons table (attempts, trainees, first-attempt
// and overall pass rates, median best, weakest component), one <details> per trainee (lessons with why
// locked, a thumbnail per attempt with the instructor's comments numbered under it, charts only for lessons with 3+ counted attempts, a certificate line when
// the whole curriculum is proficient, then one table per run through a case: its steps, scores, the attempt of
// each session, and the run's verdict), then the cohort standing unless the report is on one trainee.
std::string html_report(const ReportInput& input);

std::string html_escape(const std::string& text);

}  // namespace stipple
