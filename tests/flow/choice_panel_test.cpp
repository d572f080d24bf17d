// The brief's needle and shade panel as data (sim/flow/choice_panel): labels without the reasons, Start only
// once every offered list is picked, the SessionChoice recorded, an earlier choice restored.
#include <catch2/catch.hpp>

#include "sim/flow/choice_panel.hpp"

using namespace stipple;

namespace {
Lesson lesson_with_choices() {
    Lesson l;
    Choices c;
    c.needles = {{Needle{"1RL", 0.25}, true, "fine follicles"}, {Needle{"3RL", 0.35}, false, "too coarse"}};
    c.shades = {{"full strength", 1.0, false, "too dark"}, {"diluted 1:1", 0.5, true, "lighter first layer"}};
    l.choices = c;
    return l;
}
}  // namespace

TEST_CASE("choice panel: options in words, never the reasons; start once everything is picked") {
    const Lesson l = lesson_with_choices();
    ChoicePanel p = choice_panel(l);
    REQUIRE(p.needle_labels == std::vector<std::string>{"1RL, 0.25 mm dot", "3RL, 0.35 mm dot"});
    REQUIRE(p.shade_labels == std::vector<std::string>{"full strength (100 % strength)", "diluted 1:1 (50 % strength)"});
    CHECK(offers_choice(p));
    CHECK_FALSE(choice_complete(p));
    CHECK(choice_missing_text(p) == "Choose a needle and a shade to start");
    p.needle = 1;
    CHECK(choice_missing_text(p) == "Choose a shade to start");
    p.shade = 1;
    CHECK(choice_complete(p));
    CHECK(choice_missing_text(p).empty());
    const std::optional<SessionChoice> c = panel_choice(l, p);
    REQUIRE(c);
    CHECK(c->needle == "3RL");
    CHECK(c->shade == "diluted 1:1");
    // Restored from an autosave's choice; an unknown name stays unpicked.
    const ChoicePanel back = choice_panel(l, SessionChoice{"3RL", "ink"});
    CHECK(back.needle == 1);
    CHECK(back.shade == -1);
}

TEST_CASE("choice panel: a lesson without choices asks nothing") {
    const Lesson plain;
    const ChoicePanel p = choice_panel(plain);
    CHECK_FALSE(offers_choice(p));
    CHECK(choice_complete(p));
    CHECK_FALSE(panel_choice(plain, p));
    Lesson shades_only = lesson_with_choices();
    shades_only.choices->needles.clear();
    ChoicePanel s = choice_panel(shades_only);
    CHECK(choice_missing_text(s) == "Choose a shade to start");
    s.shade = 0;
    CHECK(choice_complete(s));
    CHECK(panel_choice(shades_only, s)->needle.empty());
}
