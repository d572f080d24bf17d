// Everything the HTML report shows, read from the gradebook for one scope: the trainees in the cohort (or the
// one asked for), their attempts in the date range with thumbnails, the instructor's comments on those attempts
// (numbered markers on the thumbnails), their progress on counted attempts, their runs through cases (steps
// finished in the range, judged against the curriculum's cases), and the summary over exactly those attempts.
#pragma once

#include <optional>
#include <string>

#include "academy/gradebook.hpp"
#include "academy/html_report.hpp"
#include "academy/record_filter.hpp"
#include "scoring/curriculum.hpp"

namespace stipple {

struct ReportRequest {
    RecordScope scope;
    std::optional<std::string> trainee;  // only this trainee (they must exist): no one else is read
    bool include_archived = false;       // archived trainees (always when asked for by name)
    std::string academy_home;
    std::string generated;               // ISO 8601
};

ReportInput gather_report(const Gradebook& gradebook, const Curriculum& curriculum, const ReportRequest& request);

}  // namespace stipple
