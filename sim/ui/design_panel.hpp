// A hairline design lesson's marks and panel (issue 14): the design work panel (the client, the calipers in
// words, the symmetry guide's switch, undo, finish) and the line drawn over the map with ImGui: the pencil
// line and its points, the mirrored guide faint, the midline and the ruler from the glabella to the
// mid-frontal point with a tick every 10 mm. What they show comes from sim/flow/design_drawing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "scoring/lesson.hpp"
#include "sim/flow/design_drawing.hpp"
#include "sim/model/view_transform.hpp"

namespace stipple {

// The line's colours (RGBA), on the map and on the head alike.
inline constexpr std::uint32_t kDesignLineRgba = 0xff8c28ffu;   // orange pencil
inline constexpr std::uint32_t kDesignGuideRgba = 0xffffff60u;  // the mirrored guide, faint white

struct DesignPanelAction {
    bool undo = false;
    bool finish = false;
};
// Top left, where the practice work panel goes; the checkbox changes drawing.symmetry_guide.
DesignPanelAction draw_design_panel(const Lesson& lesson, bool exam, DesignDrawing& drawing,
                                    const DesignCalipers& calipers, double time_s,
                                    std::optional<double> time_left_s);

// The line, its guide (when on), the midline and the ruler over the map, clipped at `map_right_px`;
// `hovered`: the point under the pointer (drawn larger).
void draw_design_on_map(const ViewTransform& view, const DesignDrawing& drawing, const DesignCalipers& calipers,
                        std::optional<std::size_t> hovered, float map_right_px, float window_h);
// The finished line on the score screen's map (no points, no guide).
void draw_design_line(const ViewTransform& view, const Polyline& line, float map_right_px, float window_h);

}  // namespace stipple
