// The score screen's overlays as data, before any drawing: a dot's depth colour (the rule is
// scoring/depth_colors.hpp), and the heat map's cells (scoring/density_map.hpp: density_heat_map, the rule the spacing
// metric judges uniformity with) and their colour, and the legends that say what each colour means.
// sim/ui/overlays draws the overlays, sim/ui/score_screen the legends.
#pragma once

#include <string>
#include <vector>

#include <SFML/Graphics/Color.hpp>

#include "scoring/density_map.hpp"
#include "scoring/depth_colors.hpp"

namespace stipple {

// depth_error_windows and the colour rule are in scoring/depth_colors.hpp (the report's thumbnails use them
// too); this is the same colour as an sf::Color.
sf::Color depth_error_color(double depth_mm, double min_mm, double max_mm);

// Density heat map: the cells come from scoring (density_heat_map); only their colour is chosen here.
using HeatCell = DensityCell;
// Blue (holes) -> transparent-ish green (right) -> red (too dense), translucent for drawing over skin.
sf::Color heat_color(double ratio);

// A legend: one swatch per line, in the colour the overlay draws, with what it means.
struct LegendEntry {
    sf::Color color;
    std::string label;
};
// The heat map: from holes to too dense, as a share of the dots each cell needs (the target map's density).
std::vector<LegendEntry> heat_legend();
// The depth colours for this window: in the window, too shallow, far too shallow, too deep, far too deep.
std::vector<LegendEntry> depth_legend(double min_mm, double max_mm);

}  // namespace stipple
