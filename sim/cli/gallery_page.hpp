// The scoring gallery's page (`stipple gallery`): one self-contained HTML file (inline SVG and CSS, nothing
// fetched) with a card per scored case in score bands, the cases whose score disagrees with what an SMP expert
// says, and each fault family's cases. Pure text: the command (gallery_command.cpp) scores and writes it.
#pragma once

#include <string>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/attempt_gallery.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"

namespace stipple {

// One generated attempt on one lesson, scored, with what an expert says of it.
struct GalleryCase {
    const AttemptGenerator* generator = nullptr;
    const Lesson* lesson = nullptr;
    Attempt attempt;
    ScoreReport report;
    Expectation expect;
    bool met = false;
    std::string anchor;
};

// V with DIGITS decimals ("84.5").
std::string gallery_number(double v, int digits);

// The whole page for these cases (deterministic: same cases, same bytes).
std::string gallery_page(const std::vector<GalleryCase>& cases);

}  // namespace stipple
