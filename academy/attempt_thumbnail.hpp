// A thumbnail of the work for the report: a 120x120 inline SVG of the lesson's zone and hairline (as recorded)
// and one circle per dot, coloured by its depth error (scoring/depth_colors.hpp, the score screen's rule), and
// the instructor's located comments as small numbered markers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"

namespace stipple {

inline constexpr int kThumbnailPx = 120;

// What the picture shows, in lesson mm: the square from (x0_mm, y0_mm) with sides side_mm, drawn at
// kThumbnailPx. A point (x, y) mm lands at ((x - x0_mm) * kThumbnailPx / side_mm, (y - y0_mm) * ...) px.
struct ThumbnailFrame {
    double x0_mm = 0;
    double y0_mm = 0;
    double side_mm = 1;
};
// The zone's and hairline's box (the dots' when the lesson has neither) plus a 4 mm margin, made square around
// its centre.
ThumbnailFrame thumbnail_frame(const Lesson& lesson, const std::vector<Dot>& dots);

// A located instructor comment: drawn as a disc with `number` (its place in the attempt's comment list).
struct ThumbnailMarker {
    int number = 0;
    Point at_mm;
};

// The picture (thumbnail_frame), forehead at the top; dots off it are clipped and counted in the title, markers
// off it are counted too. `label` (escaped here) becomes the image's title and aria-label.
std::string attempt_thumbnail_svg(const Lesson& lesson, const std::vector<Dot>& dots, const std::string& label,
                                  const std::vector<ThumbnailMarker>& markers = {});

// The dots of a stored stipple-attempt/1 text; nullopt when it is empty or unreadable (no picture, no throw).
std::optional<std::vector<Dot>> dots_of_attempt_json(const std::string& attempt_json);

}  // namespace stipple
