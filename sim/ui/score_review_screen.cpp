// The score screen object (see score_review_screen.hpp): events over the head turn and zoom it, the others pan
// and zoom the map, the panel's actions centre on feedback and change the healed look (map and head: the
// scene's pigment layer); the review variant prepares its scene on entering.
#include "sim/ui/score_review_screen.hpp"

#include <algorithm>

#include "scoring/existing_marks.hpp"
#include "scoring/scoring.hpp"
#include <imgui.h>

#include "sim/flow/head_pane.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/design_panel.hpp"
#include "sim/ui/head_pane.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/practice_hud.hpp"
#include "sim/ui/scalp_world.hpp"

namespace stipple {

namespace {

class ScoreReviewScreen final : public Screen {
public:
    ScoreReviewScreen(std::shared_ptr<PracticeScene> scene, std::vector<Dot> dots, ScoreScreenModel model,
                      ScoreScreenInfo info, ViewTransform view, Then<ScoreExit> then, ScoreScreenStart start)
        : then_(std::move(then)), scene_(std::move(scene)), dots_(std::move(dots)), model_(std::move(model)),
          info_(std::move(info)), view_(view), state_(start.state), on_shown_(std::move(start.on_shown)) {}

    void enter(AppWindow&) override {
        heat_ = density_heat_map(scene_->lesson(), dots_, existing_marks(scene_->lesson()), kHeatMapCellMm);
        scene_->show_dots(dots_, healed_days(state_.stage), state_.sun_exposed);
    }

    void after_frame(AppWindow&) override {
        if (!on_shown_) return;
        const std::function<void()> shown = std::move(on_shown_);
        on_shown_ = nullptr;
        shown();
    }

    void handle_event(AppWindow& window, const sf::Event& e) override {
        ImGuiBridge& imgui = window.imgui();
        if (e.type == sf::Event::Closed) exit_ = ScoreExit::WindowClosed;
        if (exit_) return;
        // Over the 3D head a drag orbits and the wheel zooms (it only shows here: no needle).
        if (!drag_.active && !imgui.wants_mouse_for(e) && head_.handle_pointer(e, false).used) return;
        handle_view_event(view_, drag_, e, imgui.wants_mouse_for(e), imgui.wants_text_input());
        if (e.type == sf::Event::KeyPressed && !imgui.wants_text_input() && head_.handle_key(e.key)) return;
        if (e.type == sf::Event::KeyPressed && !imgui.wants_text_input()) {
            if (e.key.code == sf::Keyboard::Escape) exit_ = ScoreExit::Back;
            if (e.key.code == sf::Keyboard::F12) window.request_screenshot([this](const std::string& s) { toast_.show(s); });
            if (e.key.code == sf::Keyboard::G) toggle_guides(state_.toggles, guides_);
            if (e.key.code == sf::Keyboard::F)
                view_ = initial_view(scene_->lesson(), window.size().x, window.size().y, std::nullopt,
                                     head_.map_insets(window.size()));
        }
    }

    void draw(AppWindow& window) override {
        const sf::Vector2u size = window.size();
        const ScoreScreenAction action =
            draw_score_panel(model_, state_, info_, window.imgui().large_font(), float(size.y));
        if (action.back) exit_ = ScoreExit::Back;
        if (action.center_on) centre_in_strip(view_, *action.center_on, head_.map_insets(size));
        // The healed look shows on the map and on the head alike (the head re-renders on the scene's version).
        if (action.healed_changed) scene_->show_dots(dots_, healed_days(state_.stage), state_.sun_exposed);
        // The map's marks stop at the head's pane (they are drawn over everything the screen draws).
        const HeadPaneLayout& pane = head_.layout(size);
        const float map_right = pane.shown ? pane.viewport.left_px : float(size.x);
        ImGui::GetBackgroundDrawList()->PushClipRect(ImVec2(0, 0), ImVec2(map_right, float(size.y)));
        draw_feedback_markers(view_, model_.feedback, state_.selected_feedback);
        ImGui::GetBackgroundDrawList()->PopClipRect();
        if (info_.design_line) draw_design_line(view_, *info_.design_line, map_right, float(size.y));
        draw_scale_bar(view_, pane.shown ? map_right + 2 * kPanelMarginPx : float(size.x), float(size.y));
        draw_toast(toast_.current(), float(size.x), float(size.y));
        world_.draw(window.window(), view_, *scene_, state_.toggles, &heat_, dots_, background());
        head_.draw(window.window(), *scene_, size);
        if (info_.design_line) head_.draw_map_line(*info_.design_line, kDesignLineRgba, 2.5f, false);
    }

    Next next() override { return exit_ ? Next::to(then_(*exit_)) : Next::stay(); }
    double next_frame_in_s() const override {
        if (scene_->pictures_pending()) return 0.1;  // finished before the scalp's pictures were baked
        return std::min(toast_.ends_in_s(), head_.next_frame_in_s());  // the head's sharp picture after a turn
    }

private:
    Then<ScoreExit> then_;  // first: it may keep alive what the scene's lesson belongs to
    std::shared_ptr<PracticeScene> scene_;
    std::vector<Dot> dots_;
    ScoreScreenModel model_;
    ScoreScreenInfo info_;
    ViewTransform view_;
    ScoreScreenState state_;
    GuidesSwitch guides_;  // what G hid
    std::function<void()> on_shown_;  // called once, after the first frame
    std::vector<HeatCell> heat_;
    PanDrag drag_;
    Toast toast_;
    std::optional<ScoreExit> exit_;
    ScalpWorldCache world_;
    HeadPane head_{ViewScreen::Score};  // the 3D head beside the map, with the healed look chosen
};

// Prepares the scene (with a message frame first: it takes a second), then hands over to the score screen.
class ReviewScreen final : public Screen {
public:
    ReviewScreen(const Lesson& lesson, Attempt attempt, ReviewOptions options, Then<ScoreExit> then)
        : lesson_(lesson), attempt_(std::move(attempt)), options_(std::move(options)), then_(std::move(then)) {}

    void enter(AppWindow& window) override {
        window.show_message("Preparing the scalp...");
        auto scene = std::make_shared<PracticeScene>(lesson_);
        scene->set_choice(attempt_.choice);
        window.set_title("Stipple — " + lesson_.title);
        const ScoreReport report = options_.report ? *options_.report : score_attempt(lesson_, attempt_);
        ScoreScreenInfo info;
        info.heading = options_.heading.empty() ? lesson_.title : options_.heading;
        info.back_label = options_.back_label;
        info.dot_count = attempt_.dots.size();
        info.design_line = attempt_.design_line;
        const HeadPaneLayout head = head_pane_layout(ViewScreen::Score, window.size().x, window.size().y, true);
        const ViewTransform view = initial_view(lesson_, window.size().x, window.size().y, options_.initial_view,
                                                map_insets(ViewScreen::Score, window.size().x, head));
        score_ = make_score_screen(std::move(scene), attempt_.dots,
                                   score_screen_model(lesson_, report, attempt_.choice), info, view, std::move(then_),
                                   std::move(options_.start));
    }
    void handle_event(AppWindow&, const sf::Event&) override {}
    void draw(AppWindow&) override {}
    Next next() override { return Next::to(std::move(score_)); }

private:
    const Lesson& lesson_;
    Attempt attempt_;
    ReviewOptions options_;
    Then<ScoreExit> then_;
    std::unique_ptr<Screen> score_;
};

}  // namespace

std::unique_ptr<Screen> make_score_screen(std::shared_ptr<PracticeScene> scene, std::vector<Dot> dots,
                                          ScoreScreenModel model, ScoreScreenInfo info, ViewTransform view,
                                          Then<ScoreExit> then, ScoreScreenStart start) {
    return std::make_unique<ScoreReviewScreen>(std::move(scene), std::move(dots), std::move(model), std::move(info),
                                               view, std::move(then), std::move(start));
}

std::unique_ptr<Screen> make_review_screen(const Lesson& lesson, Attempt attempt, ReviewOptions options,
                                           Then<ScoreExit> then) {
    return std::make_unique<ReviewScreen>(lesson, std::move(attempt), std::move(options), std::move(then));
}

}  // namespace stipple
