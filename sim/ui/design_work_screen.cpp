// The design work screen (see design_work_screen.hpp): pointer events on the map or the head become pencil
// steps of sim/flow/design_drawing; Enter, Esc, Finish and closing go through sim/flow/work_dialog.hpp with
// the line's finish rule in place of "no dots"; practice_run keeps, autosaves and finishes the line.
#include "sim/ui/design_work_screen.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

#include <imgui.h>

#include "sim/flow/frame_pacing.hpp"
#include "sim/flow/work_dialog.hpp"
#include "sim/head/head_shape.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/design_panel.hpp"
#include "sim/ui/head_pane.hpp"
#include "sim/ui/practice_input.hpp"
#include "sim/ui/practice_hud.hpp"
#include "sim/ui/practice_panels.hpp"
#include "sim/ui/practice_view.hpp"
#include "sim/ui/scalp_world.hpp"
#include "sim/ui/score_review_screen.hpp"

namespace stipple {

namespace {

constexpr double kHeadGrabMm = 4.0;  // a press on the head this near a point grabs it (the head is small on screen)

class DesignWorkScreen final : public Screen {
public:
    explicit DesignWorkScreen(std::unique_ptr<PracticeRun> run)
        : run_(std::move(run)), head_map_(make_head_map(head_shape_for(run_->lesson.scalp))),
          head_(ViewScreen::Practice, [this](const std::string& line) { note(line); }) {
        measure();
    }

    void enter(AppWindow& window) override { window_ = &window; }

    void handle_event(AppWindow& window, const sf::Event& e) override {
        PracticeRun& run = *run_;
        ImGuiBridge& imgui = window.imgui();
        if (run.finished || leave_ || closed_) return;
        if (e.type == sf::Event::Closed) {
            write_autosave(run);
            request(WorkRequest::CloseWindow);
            return;
        }
        if (e.type == sf::Event::KeyReleased && e.key.code == sf::Keyboard::Enter) enter_held_ = false;
        if (e.type == sf::Event::KeyReleased && e.key.code == sf::Keyboard::Escape) escape_held_ = false;
        if (e.type == sf::Event::KeyPressed && (e.key.code == sf::Keyboard::Enter || e.key.code == sf::Keyboard::Escape)) {
            bool& held = e.key.code == sf::Keyboard::Enter ? enter_held_ : escape_held_;
            if (held) return;  // a repeat
            held = true;
        }
        if (dialog_ != WorkDialog::None) {
            if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::Enter) request(WorkRequest::EnterKey);
            if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::Escape) request(WorkRequest::EscapeKey);
            return;
        }
        if (handle_head_pointer(imgui, e)) return;
        if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
            if (imgui.wants_mouse_for(e)) return;
            const sf::Vector2f px{float(e.mouseButton.x), float(e.mouseButton.y)};
            pencil_on_map_ = true;
            edit([&] { design_press(run.design, to_scalp(run.view, px), grab_mm()); });
            return;
        }
        if (e.type == sf::Event::MouseButtonReleased && e.mouseButton.button == sf::Mouse::Left) {
            if (pencil_on_map_) edit([&] { design_release(run.design); });
            pencil_on_map_ = false;
            return;
        }
        if (handle_view_event(run.view, run.drag, e, imgui.wants_mouse_for(e), imgui.wants_text_input())) return;
        if (e.type == sf::Event::MouseMoved) {
            const Point at = to_scalp(run.view, {float(e.mouseMove.x), float(e.mouseMove.y)});
            hover_mm_ = at;
            hover_grab_mm_ = grab_mm();
            if (pencil_on_map_) edit([&] { design_drag(run.design, at); });
            return;
        }
        if (e.type == sf::Event::KeyPressed && !imgui.wants_text_input()) key(e.key);
    }

    void update(AppWindow&, sf::Time) override {
        PracticeRun& run = *run_;
        if (run.finished || leave_ || closed_) return;
        if (exam_time_up(run)) {
            if (dialog_ != WorkDialog::None) close_work_dialogs();
            dialog_ = WorkDialog::None;
            finish(run);
            return;
        }
        run.events_applied = run.design.edits;  // the autosave writes when the line changed
        if (autosave_due(run.events_applied, run.events_autosaved, session_clock(run), run.last_autosave_s))
            write_autosave(run);
    }

    void draw(AppWindow& window) override {
        PracticeRun& run = *run_;
        const sf::Vector2u size = window.size();
        const bool ended = run.finished || leave_ || closed_;
        const DesignPanelAction action =
            draw_design_panel(run.lesson, run.options.exam, run.design, calipers_, session_clock(run), exam_time_left_s(run));
        if (action.undo && !ended) edit([&] { design_undo(run.design); });
        if (action.finish && !ended) request(WorkRequest::FinishButton);
        if (symmetry_shown_ != run.design.symmetry_guide) {
            symmetry_shown_ = run.design.symmetry_guide;
            note(std::string("symmetry guide ") + (symmetry_shown_ ? "on" : "off"));
        }
        const HeadPaneLayout& pane = head_.layout(size);
        const float map_right = pane.shown ? pane.viewport.left_px : float(size.x);
        std::optional<std::size_t> hovered;
        if (hover_mm_) hovered = design_point_near(run.design.line, *hover_mm_, hover_grab_mm_);
        draw_design_on_map(run.view, run.design, calipers_, hovered, map_right, float(size.y));
        if (const std::optional<WorkRequest> clicked = draw_work_dialog(dialog_, run.design.line.size(),
                                                                       run.options.exam, float(size.x), float(size.y),
                                                                       DialogWords::HairlinePoints))
            if (!ended) request(*clicked);
        draw_scale_bar(run.view, pane.shown ? map_right + 2 * kPanelMarginPx : float(size.x), float(size.y));
        draw_toast(run.toast.current(), float(size.x), float(size.y));
        world_.draw(window.window(), run.view, *run.scene, OverlayToggles{false, false, false, false}, nullptr, {},
                    background());
        head_.draw(window.window(), *run.scene, size);
        if (run.design.symmetry_guide) head_.draw_map_line(mirrored_line(run.design.line), kDesignGuideRgba, 1.5f, false);
        head_.draw_map_line(run.design.line, kDesignLineRgba, 2.5f, true);
    }

    double next_frame_in_s() const override {
        const PracticeRun& run = *run_;
        if (run.scene->pictures_pending()) return 0.1;
        return std::min({next_second_in_s(session_clock(run)), run.toast.ends_in_s(), head_.next_frame_in_s(),
                         autosave_in_s(run.events_applied, run.events_autosaved, session_clock(run), run.last_autosave_s)});
    }

    Next next() override {
        PracticeRun& run = *run_;
        if (closed_) {
            run.outcome.window_closed = true;
            return Next::to(run.then(run.outcome));
        }
        if (leave_ || !run.outcome.save_error.empty()) return Next::to(run.then(run.outcome));
        if (run.finished) return Next::to(score_screen());
        return Next::stay();
    }

private:
    // One change of the line through `change`, then the calipers measured again and a note when it changed.
    template <typename Change>
    void edit(Change change) {
        const std::size_t before = run_->design.edits;
        const std::size_t points = run_->design.line.size();
        change();
        if (run_->design.edits == before) return;
        measure();
        if (run_->design.line.size() != points || !run_->design.dragging) {
            char line[96];
            std::snprintf(line, sizeof line, "design line: %zu points", run_->design.line.size());
            note(line);
        }
    }
    void measure() {
        calipers_ = design_calipers(run_->design.line, head_map_);
        if (calipers_.skin_mm && calipers_.skin_mm != said_height_mm_) {
            said_height_mm_ = calipers_.skin_mm;
            char line[96];
            std::snprintf(line, sizeof line, "calipers: mid-frontal %.1f mm skin, %.1f mm straight", *calipers_.skin_mm,
                          calipers_.straight_mm.value_or(0.0));
            note(line);
        }
    }
    double grab_mm() const { return kDesignGrabRadiusPx / std::max(run_->view.px_per_mm, 0.1); }

    void key(const sf::Event::KeyEvent& k) {
        PracticeRun& run = *run_;
        if (head_.handle_key(k)) return;
        if (k.code == sf::Keyboard::S && !k.control) {
            run.design.symmetry_guide = !run.design.symmetry_guide;
            return;
        }
        if (k.code == sf::Keyboard::Delete) {
            if (hover_mm_) edit([&] { design_delete_near(run.design, *hover_mm_, hover_grab_mm_); });
            return;
        }
        switch (work_key(k)) {
            case WorkKey::Finish: request(WorkRequest::EnterKey); break;
            case WorkKey::Leave: request(WorkRequest::EscapeKey); break;
            case WorkKey::Undo: edit([&] { design_undo(run.design); }); break;
            case WorkKey::FitView:
                run.view = initial_view(run.lesson, window_->size().x, window_->size().y, std::nullopt,
                                        head_.map_insets(window_->size()));
                break;
            case WorkKey::Screenshot:
                window_->request_screenshot([&run](const std::string& note) { run.toast.show(note); });
                break;
            default: break;
        }
    }

    // The dialog rules of the dot work, with the line's finish rule: a finish is refused (with the line's
    // reason) until the line can be measured.
    void request(WorkRequest what) {
        PracticeRun& run = *run_;
        const std::string refusal = design_finish_refusal(run.design.line);
        const bool finishing = what == WorkRequest::EnterKey || what == WorkRequest::FinishButton ||
                               what == WorkRequest::ConfirmFinish;
        const std::size_t work = finishing && !refusal.empty() ? 0 : run.design.line.size();
        WorkStep step = work_step(dialog_, what, work, run.options.exam);
        if (step.refusal == kNothingToFinish) step.refusal = refusal;
        if (!step.refusal.empty()) {
            run.toast.show(step.refusal);
            note("refused: " + step.refusal);
        }
        if (step.dialog != dialog_) note(work_dialog_note(step.dialog));
        if (step.dialog == WorkDialog::None && dialog_ != WorkDialog::None) close_work_dialogs();
        dialog_ = step.dialog;
        if (step.finish) finish(run);
        if (step.discard) remove_autosave(run.options.autosave_path);
        else if (step.leave) write_autosave(run);
        if (step.leave) (what == WorkRequest::CloseWindow ? closed_ : leave_) = true;
    }

    void note(const std::string& line) {
        if (run_ && run_->options.on_note) run_->options.on_note(line);
    }

    // Over the 3D head: a press on the skin is the pencil at the picked map point, a move with it down drags,
    // the release ends it; a drag off the skin orbits and the wheel zooms (sim/ui/head_pane).
    bool handle_head_pointer(ImGuiBridge& imgui, const sf::Event& e) {
        const bool pointer = e.type == sf::Event::MouseButtonPressed || e.type == sf::Event::MouseButtonReleased ||
                             e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseWheelScrolled;
        if (!pointer) return false;
        if (!head_.needle_down() && (pencil_on_map_ || run_->drag.active || imgui.wants_mouse_for(e))) return false;
        const HeadPointerStep step = head_.handle_pointer(e, true);
        if (!step.needle) return step.used;
        DesignDrawing& d = run_->design;
        switch (*step.needle) {
            case InputEvent::Kind::Down: edit([&] { design_press(d, step.needle_mm, kHeadGrabMm); }); break;
            case InputEvent::Kind::Up: edit([&] { design_release(d); }); break;
            default:
                if (head_.needle_down()) edit([&] { design_drag(d, step.needle_mm); });
                break;
        }
        hover_mm_ = step.needle_mm;
        hover_grab_mm_ = kHeadGrabMm;
        return true;
    }

    std::unique_ptr<Screen> score_screen() {
        const PracticeRun& run = *run_;
        ScoreScreenInfo info;
        info.heading = run.lesson.title;
        info.saved_note = "Saved to " + run.outcome.result.saved_path;
        info.exam = run.options.exam;
        info.dot_count = run.outcome.attempt.dots.size();
        info.design_line = run.outcome.attempt.design_line;
        ScoreReport report = run.outcome.result.report.value_or(ScoreReport{});
        if (!run.outcome.result.report) report.lesson = run.lesson.id;
        Then<ScoreExit> after = [outcome = run.outcome, then = run.then](const ScoreExit& exit) {
            PracticeOutcome ended = outcome;
            ended.window_closed = exit == ScoreExit::WindowClosed;
            return then(ended);
        };
        return make_score_screen(run.scene, run.outcome.attempt.dots,
                                 score_screen_model(run.lesson, report, run.outcome.attempt.choice), info, run.view,
                                 std::move(after));
    }

    std::unique_ptr<PracticeRun> run_;
    HeadMap head_map_;           // the lesson's head, for the calipers' straight line
    DesignCalipers calipers_;
    std::optional<double> said_height_mm_;
    AppWindow* window_ = nullptr;
    std::optional<Point> hover_mm_;  // the pointer's map point (map or head)
    double hover_grab_mm_ = 1.0;
    bool pencil_on_map_ = false;     // the pencil went down on the map (its moves and release are the map's)
    bool symmetry_shown_ = true;
    bool enter_held_ = false, escape_held_ = false;
    WorkDialog dialog_ = WorkDialog::None;
    bool leave_ = false, closed_ = false;
    ScalpWorldCache world_;
    HeadPane head_;
};

}  // namespace

std::unique_ptr<Screen> make_design_work_screen(std::unique_ptr<PracticeRun> run) {
    return std::make_unique<DesignWorkScreen>(std::move(run));
}

}  // namespace stipple
