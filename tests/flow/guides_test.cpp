// Which guides a screen shows and what G does, headless: practice's guides (the zone and the target
// hairline together; an exam keeps the zone, never the target hairline), the score screen's G hiding every
// overlay and bringing back exactly what it hid; a selected point centred between the panels; `stipple
// show`'s --overlays and --healed.
#include <catch2/catch.hpp>

#include "sim/flow/guides.hpp"
#include "sim/flow/show_options.hpp"
#include "sim/flow/view_options.hpp"

using namespace stipple;

namespace {
bool same(const OverlayToggles& a, const OverlayToggles& b) {
    return a.zone == b.zone && a.hairline == b.hairline && a.heat_map == b.heat_map && a.depth_colors == b.depth_colors;
}
}  // namespace

TEST_CASE("practice: G turns the zone and the target hairline off and on together", "[guides]") {
    CHECK(same(practice_guides(true, false), OverlayToggles{true, true, false, false}));
    CHECK(same(practice_guides(false, false), OverlayToggles{false, false, false, false}));
    // An exam: the zone where to work, no target hairline, whatever the switch says.
    CHECK(same(practice_guides(true, true), OverlayToggles{true, false, false, false}));
    CHECK(same(practice_guides(false, true), OverlayToggles{true, false, false, false}));
}

TEST_CASE("score screen: G hides every overlay and brings back what it hid", "[guides]") {
    OverlayToggles shown{true, false, true, true};  // zone, heat map and depth colours on
    GuidesSwitch memory;
    toggle_guides(shown, memory);
    CHECK_FALSE(any_shown(shown));
    toggle_guides(shown, memory);
    CHECK(same(shown, OverlayToggles{true, false, true, true}));
    // Everything turned off by hand, then G: the default guides come on.
    OverlayToggles none{false, false, false, false};
    GuidesSwitch fresh;
    toggle_guides(none, fresh);
    CHECK(same(none, OverlayToggles{true, true, false, false}));
    // G, then an overlay turned on by hand, then G: that one is hidden again (anything shown is hidden).
    OverlayToggles t{true, true, false, false};
    GuidesSwitch m;
    toggle_guides(t, m);
    t.heat_map = true;
    toggle_guides(t, m);
    CHECK_FALSE(any_shown(t));
    toggle_guides(t, m);
    CHECK(same(t, OverlayToggles{false, false, true, false}));
}

TEST_CASE("a selected point is centred between the panels, within the scalp's edge", "[guides]") {
    ViewTransform view{8.0, {0, 80}, 1024.0f, 640.0f};
    const ViewInsets insets = view_insets(ViewScreen::Score);
    centre_in_strip(view, {5, 90}, insets);
    const sf::Vector2f at = to_screen(view, {5, 90});
    CHECK(at.x == Approx(400.0f + (1024.0f - 400.0f) / 2.0f));
    CHECK(at.y == Approx(320.0f));
    // A point at the scalp's very edge (the whole head's map's corner): the view stops at the edge rather
    // than centring it.
    const Point corner = scalp_map_bounds().max;
    centre_in_strip(view, corner, insets);
    CHECK(to_screen(view, corner).x == Approx(1024.0f));
    CHECK(to_screen(view, corner).y == Approx(0.0f));
}

TEST_CASE("stipple show: --overlays and --healed are parsed strictly", "[show]") {
    std::string error;
    const auto all = parse_overlay_list("all", error);
    REQUIRE(all);
    CHECK(same(*all, OverlayToggles{true, true, true, true}));
    CHECK(same(*parse_overlay_list("none", error), OverlayToggles{false, false, false, false}));
    CHECK(same(*parse_overlay_list("zone,heat-map", error), OverlayToggles{true, false, true, false}));
    CHECK(same(*parse_overlay_list("depth", error), OverlayToggles{false, false, false, true}));
    for (const char* bad : {"", "zone,", ",zone", "zone,,depth", "heat", "ALL", "zone heat-map"}) {
        INFO(bad);
        error.clear();
        CHECK_FALSE(parse_overlay_list(bad, error));
        CHECK(error.rfind("--overlays: ", 0) == 0);
    }
    CHECK(parse_healed_stage("fresh", error) == HealedStage::Fresh);
    CHECK(parse_healed_stage("1-month", error) == HealedStage::OneMonth);
    CHECK(parse_healed_stage("1-year", error) == HealedStage::OneYear);
    CHECK(parse_healed_stage("4-years", error) == HealedStage::FourYears);
    CHECK_FALSE(parse_healed_stage("4 years", error));
    CHECK(error == "--healed: expected fresh, 1-month, 1-year or 4-years; got \"4 years\"");
}
