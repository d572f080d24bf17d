// The score screen shows every metric with its unit and its target, the overlays' legends, and the practice
// panels the session's own spacing (not the lesson's full-density default).
#include <catch2/catch.hpp>

#include "scoring/curriculum.hpp"
#include "scoring/demo_attempt.hpp"
#include "scoring/scoring.hpp"
#include "scoring/spacing_metric.hpp"
#include "sim/flow/metric_targets.hpp"
#include "sim/flow/overlay_colors.hpp"
#include "sim/flow/score_screen_model.hpp"
#include "tests/lesson_fixtures.hpp"

using namespace stipple;

namespace {
const MetricLine* line_named(const ScoreScreenModel& m, const std::string& key, const std::string& label) {
    for (const ScoreRow& row : m.rows)
        if (row.key == key)
            for (const MetricLine& l : row.metrics)
                if (l.label == label) return &l;
    return nullptr;
}
}  // namespace

TEST_CASE("every metric a shipped lesson reports has a readable label, a unit and a target", "[metrics]") {
    for (const char* id : {"hairline-classic", "ludwig-thinning", "layering-session-1", "first-dots-depth"}) {
        INFO(id);
        const Lesson lesson = test::shipped_lesson(id);
        Attempt attempt = demo_attempt(lesson);
        attempt.dots.resize(attempt.dots.size() * 2 / 3);  // some faults, so nothing is trivially 0
        const ScoreReport report = score_attempt(lesson, attempt);
        const ScoreScreenModel m = score_screen_model(lesson, report);
        for (const ScoreRow& row : m.rows)
            for (const MetricLine& l : row.metrics) {
                INFO(row.key << ": " << l.label << " = " << l.value << ", target " << l.target);
                CHECK(l.label.find('_') == std::string::npos);  // every name is known: none comes through raw
                CHECK_FALSE(l.target.empty());
                CHECK(l.target != "-");
                if (l.label.find("spacing") != std::string::npos) CHECK(l.value.find(" mm") != std::string::npos);
            }
        // The expected values are the targets of their measured twins, not lines of their own.
        for (const ScoreRow& row : m.rows)
            for (const MetricLine& l : row.metrics) CHECK(l.label.find("expected") == std::string::npos);
    }
}

TEST_CASE("targets are the lesson's and the metrics' own numbers", "[metrics]") {
    const Lesson layering = test::shipped_lesson("layering-session-1");
    ScoreReport r;
    r.lesson = layering.id;
    r.spacing.metrics = {{"mean_nn_mm", 1.53}, {"crowded_share", 0.49}, {"density_per_cm2", 14.2}};
    r.depth.metrics = {{"mean_depth_mm", 0.61}, {"blown_out_share", 0.02}, {"depth_sd_mm", 0.05}};
    const ScoreScreenModel m = score_screen_model(layering, r);
    const MetricLine* spacing = line_named(m, "spacing", "mean spacing");
    REQUIRE(spacing);
    CHECK(spacing->value == "1.53 mm");
    CHECK(spacing->target == "about 2.19 mm");  // 1.2 mm / sqrt(0.3): this session's spacing
    const MetricLine* crowded = line_named(m, "spacing", "dots closer than 1.10 mm");
    REQUIRE(crowded);
    CHECK(crowded->value == "49 %");
    CHECK(crowded->target == "under 3 %");
    const MetricLine* depth = line_named(m, "depth", "mean depth");
    REQUIRE(depth);
    CHECK(depth->target == "0.40-0.90 mm");
    const MetricLine* blown = line_named(m, "depth", "blown out");
    REQUIRE(blown);
    CHECK(blown->value == "2 %");
    CHECK(blown->target == "at most 5 %");
    const MetricLine* sd = line_named(m, "depth", "depth spread (sd)");
    REQUIRE(sd);
    CHECK(sd->target == "under 0.07 mm");  // 15 % of the 0.5 mm window
    // With existing hairs the spacing and density say they count the hairs too.
    const Lesson ludwig = test::shipped_lesson("ludwig-thinning");
    r.lesson = ludwig.id;
    const ScoreScreenModel hairs = score_screen_model(ludwig, r);
    CHECK(line_named(hairs, "spacing", "mean spacing, hairs and dots"));
    CHECK(line_named(hairs, "spacing", "density, hairs and dots"));
}

TEST_CASE("the panels show the session's own spacing", "[metrics]") {
    CHECK(session_targets_text(test::shipped_lesson("layering-session-1")) == "Spacing 2.2 mm, depth 0.4-0.9 mm");
    CHECK(session_targets_text(test::shipped_lesson("layering-session-2")) == "Spacing 1.4 mm, depth 0.4-0.9 mm");
    CHECK(session_targets_text(test::shipped_lesson("hairline-classic")) == "Spacing 1.2 mm, depth 0.4-0.9 mm");
}

TEST_CASE("the overlays' legends use the overlays' own colours", "[metrics]") {
    const std::vector<LegendEntry> depth = depth_legend(0.4, 0.8);
    REQUIRE(depth.size() == 5);
    CHECK(depth[0].color == depth_error_color(0.6, 0.4, 0.8));
    CHECK(depth[0].label == "0.40-0.80 mm: in the window");
    CHECK(depth[1].label == "under 0.40 mm: too shallow, fades");
    CHECK(depth[2].color == depth_error_color(0.2, 0.4, 0.8));
    CHECK(depth[3].label == "over 0.80 mm: too deep, blurs");
    CHECK(depth[4].label == "over 1.00 mm: blow-out");
    CHECK(depth[4].color == depth_error_color(1.0, 0.4, 0.8));
    const std::vector<LegendEntry> heat = heat_legend();
    REQUIRE(heat.size() == 5);
    CHECK(heat[0].color == heat_color(0.3));
    CHECK(heat[2].color == heat_color(1.0));
    CHECK(heat[4].color == heat_color(1.75));
    // The model carries them for its lesson's window.
    const Lesson lesson = test::shipped_lesson("ludwig-thinning");
    const ScoreScreenModel m = score_screen_model(lesson, ScoreReport{});
    REQUIRE(m.depth_legend.size() == 5);
    CHECK(m.depth_legend[0].label == "0.40-0.80 mm: in the window");
    CHECK(m.heat_legend.size() == 5);
}
