// The score screen as a screen object: the scalp with the finished attempt's dots, the score panel
// (score_screen.hpp), feedback markers, overlays and the healed-look preview, and the 3D head beside the map
// with the same dots and healed look (sim/ui/head_pane: drag turns it, 1..7 presets, H hides it). Shown after
// a practice attempt, for a replayed attempt and by `stipple show`; G hides every overlay and brings them
// back, F fits the zone between the panel and the head; Escape or the back button leaves it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"
#include "scoring/score_report.hpp"
#include "sim/flow/view_options.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/ui/practice_scene.hpp"
#include "sim/ui/practice_view.hpp"
#include "sim/ui/score_screen.hpp"
#include "sim/ui/screen.hpp"

namespace stipple {

enum class ScoreExit { Back, WindowClosed };

// How the score screen starts: overlays and healed look (the panel changes them), and a call once its first
// frame is on screen (scripts wait for it).
struct ScoreScreenStart {
    ScoreScreenState state;
    std::function<void()> on_shown;
};

// The score screen over a scene already prepared (a just-finished practice keeps its scene and view).
std::unique_ptr<Screen> make_score_screen(std::shared_ptr<PracticeScene> scene, std::vector<Dot> dots,
                                          ScoreScreenModel model, ScoreScreenInfo info, ViewTransform view,
                                          Then<ScoreExit> then, ScoreScreenStart start = {});

// The score screen for a finished attempt, read-only (no saving, no autosave): prepares its own scene.
struct ReviewOptions {
    std::string heading;                      // e.g. "ana, 2026-11-24 10:00"; empty = the lesson title
    std::string back_label = "Back";
    std::optional<ScoreReport> report;        // scored with score_attempt when absent
    std::optional<ViewSpec> initial_view;     // default: fit the zone
    ScoreScreenStart start;                   // overlays and healed look at first; the first frame's call
};
// `lesson` must outlive the screen.
std::unique_ptr<Screen> make_review_screen(const Lesson& lesson, Attempt attempt, ReviewOptions options,
                                           Then<ScoreExit> then);

}  // namespace stipple
