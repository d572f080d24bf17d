// The dot canvas's resolution rule, headless: what was asked for within the canvas's limits, lower for huge
// zones so the whole canvas stays within its memory cap.
#include <catch2/catch.hpp>

#include "sim/model/dot_canvas.hpp"

using namespace stipple;

TEST_CASE("canvas resolution: as asked within limits, lower for huge zones to stay in memory", "[canvas]") {
    CHECK(dot_canvas_px_per_mm(40, 30, 12.0) == 12.0);
    CHECK(dot_canvas_px_per_mm(40, 30, 1e6) == kMaxPxPerMm);
    CHECK(dot_canvas_px_per_mm(40, 30, 0.0) == kMinPxPerMm);
    // A whole head (180 x 290 mm) at 40 px/mm would need 83.5 M pixels: the resolution drops to the cap.
    const double ppm = dot_canvas_px_per_mm(180, 290, 40.0);
    CHECK(ppm < 40.0);
    CHECK(180 * ppm * 290 * ppm == Approx(DotCanvas::kMaxTotalPixels).epsilon(1e-9));
    // Never below the minimum, even for absurd zones.
    CHECK(dot_canvas_px_per_mm(1e6, 1e6, 40.0) == kMinPxPerMm);
}
