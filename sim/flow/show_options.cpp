// `stipple show`'s --overlays and --healed (see show_options.hpp).
#include "sim/flow/show_options.hpp"

#include <sstream>

namespace stipple {

std::optional<OverlayToggles> parse_overlay_list(const std::string& text, std::string& error) {
    if (text == "all") return OverlayToggles{true, true, true, true};
    if (text == "none") return OverlayToggles{false, false, false, false};
    OverlayToggles t{false, false, false, false};
    std::istringstream in(text);
    std::string name;
    bool any = false;
    while (std::getline(in, name, ',')) {
        if (name == "zone") t.zone = true;
        else if (name == "hairline") t.hairline = true;
        else if (name == "heat-map") t.heat_map = true;
        else if (name == "depth") t.depth_colors = true;
        else {
            error = "--overlays: expected all, none or a comma list of zone, hairline, heat-map, depth; got \"" +
                    text + "\"";
            return std::nullopt;
        }
        any = true;
    }
    if (!any || text.back() == ',') {
        error = "--overlays: expected all, none or a comma list of zone, hairline, heat-map, depth; got \"" + text +
                "\"";
        return std::nullopt;
    }
    return t;
}

std::optional<HealedStage> parse_healed_stage(const std::string& text, std::string& error) {
    if (text == "fresh") return HealedStage::Fresh;
    if (text == "1-month") return HealedStage::OneMonth;
    if (text == "1-year") return HealedStage::OneYear;
    if (text == "4-years") return HealedStage::FourYears;
    error = "--healed: expected fresh, 1-month, 1-year or 4-years; got \"" + text + "\"";
    return std::nullopt;
}

}  // namespace stipple
