// A thumbnail of the work for the report: a 120x120 inline SVG of the lesson's zone and hairline (as recorded)
// and one circle per dot, coloured by its depth error (scoring/depth_colors.hpp, the score screen's rule).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"

namespace stipple {

inline constexpr int kThumbnailPx = 120;

// The picture: the zone's box plus a 4 mm margin, forehead at the top; dots off it are clipped and counted in
// the title. `label` (escaped here) becomes the image's title and aria-label.
std::string attempt_thumbnail_svg(const Lesson& lesson, const std::vector<Dot>& dots, const std::string& label);

// The dots of a stored stipple-attempt/1 text; nullopt when it is empty or unreadable (no picture, no throw).
std::optional<std::vector<Dot>> dots_of_attempt_json(const std::string& attempt_json);

}  // namespace stipple
