// The practice work screen object (see practice_work_screen.hpp): pointer and keys become session input
// (practice_input; pointer events carry their own time and pen pressure: AppWindow::event_stamp; over the 3D
// head the pane's pick gives the map point, sim/ui/head_pane, and 1..7 and H are its keys), panels come
// from practice_panels, the attempt's state from practice_run; Enter, Esc, Finish and closing go through the
// dialog rules of sim/flow/work_dialog.hpp.
#include "sim/ui/practice_work_screen.hpp"

#include <algorithm>
#include <optional>

#include <SFML/Graphics/RenderTexture.hpp>
#include <imgui.h>

#include "sim/flow/numbing_clock.hpp"
#include "sim/flow/view_options.hpp"
#include "sim/flow/work_dialog.hpp"
#include "sim/model/practice_notes.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/head_pane.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/practice_input.hpp"
#include "sim/ui/pointer_input.hpp"
#include "sim/ui/practice_panels.hpp"
#include "sim/ui/scalp_world.hpp"
#include "sim/ui/score_review_screen.hpp"

namespace stipple {

namespace {

constexpr double kLoupeZoom = 4.0;

class PracticeWorkScreen final : public Screen {
public:
    explicit PracticeWorkScreen(std::unique_ptr<PracticeRun> run)
        : run_(std::move(run)), head_(ViewScreen::Practice, [this](const std::string& line) { note(line); }) {}

    void enter(AppWindow& window) override {
        window_ = &window;
        window.use_timed_pointer();  // press and release times from the X server, not from the frame
    }

    void handle_event(AppWindow& window, const sf::Event& e) override {
        PracticeRun& run = *run_;
        ImGuiBridge& imgui = window.imgui();
        if (run.finished || leave_ || closed_) return;  // ended: the next screen takes over
        if (e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
            e.type == sf::Event::MouseButtonReleased)
            since_pointer_input_.restart();
        if (e.type == sf::Event::Closed) {
            write_autosave(run);  // on close: the work is safe whatever the trainee answers
            request(WorkRequest::CloseWindow);
            return;
        }
        if (e.type == sf::Event::MouseMoved) pointer_px_ = {float(e.mouseMove.x), float(e.mouseMove.y)};
        // Enter and Esc count once per press: a held key's auto-repeat must not answer the question it opened.
        if (e.type == sf::Event::KeyReleased && e.key.code == sf::Keyboard::Enter) enter_held_ = false;
        if (e.type == sf::Event::KeyReleased && e.key.code == sf::Keyboard::Escape) escape_held_ = false;
        if (e.type == sf::Event::KeyPressed && (e.key.code == sf::Keyboard::Enter || e.key.code == sf::Keyboard::Escape)) {
            bool& held = e.key.code == sf::Keyboard::Enter ? enter_held_ : escape_held_;
            if (held) return;  // a repeat
            held = true;
        }
        const EventStamp& stamp = window.event_stamp();
        if (dialog_ != WorkDialog::None) {  // the dialog has the keyboard and mouse; Enter and Esc answer it here
            const bool lifted = e.type == sf::Event::MouseButtonReleased && e.mouseButton.button == sf::Mouse::Left;
            if (lifted && run.session->button_down())  // a needle down when the dialog opened deposits as it lifts
                apply_input(run, InputEvent::Kind::Up, pointer_px_, stamp.time_s, stamp.pressure >= 0.0 ? 0.0 : -1.0);
            if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::Enter) request(WorkRequest::EnterKey);
            if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::Escape) request(WorkRequest::EscapeKey);
            return;
        }
        if (handle_head_pointer(run, imgui, e, stamp)) return;  // over the 3D head: the same session input
        if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
            pointer_px_ = {float(e.mouseButton.x), float(e.mouseButton.y)};
            if (!imgui.wants_mouse_for(e) && !run.session->button_down())
                apply_input(run, InputEvent::Kind::Down, pointer_px_, stamp.time_s, stamp.pressure);
            return;
        }
        if (e.type == sf::Event::MouseButtonReleased && e.mouseButton.button == sf::Mouse::Left) {
            pointer_px_ = {float(e.mouseButton.x), float(e.mouseButton.y)};
            if (run.session->button_down())
                apply_input(run, InputEvent::Kind::Up, pointer_px_, stamp.time_s, stamp.pressure >= 0.0 ? 0.0 : -1.0);
            return;
        }
        if (handle_view_event(run.view, run.drag, e, imgui.wants_mouse_for(e), imgui.wants_text_input())) return;
        if (e.type == sf::Event::MouseMoved) {
            pointer_px_ = {float(e.mouseMove.x), float(e.mouseMove.y)};
            // A pen pressing on the skin reports its pressure as it moves; anything else is a move.
            const bool pressing = run.session->button_down() && stamp.pressure >= 0.0;
            if (!imgui.wants_mouse() || run.session->button_down())
                apply_input(run, pressing ? InputEvent::Kind::Pressure : InputEvent::Kind::Move, pointer_px_, stamp.time_s,
                            pressing ? stamp.pressure : -1.0);
            else resync_pointer_ = true;  // ImGui held it (a panel or dialog): followed once ImGui lets go
            return;
        }
        // The keys are the work's: there is no text field here (ImGui keeps the keyboard for a frame after our
        // own dialog closes, and its flag is stale while the loop idles: neither may swallow a key).
        if (e.type == sf::Event::KeyPressed && !imgui.wants_text_input() && !head_.handle_key(e.key))
            perform(work_key(e.key));
    }

    void update(AppWindow& window, sf::Time) override {
        PracticeRun& run = *run_;
        if (run.finished || leave_ || closed_) return;
        if (resync_pointer_ && !window.imgui().wants_mouse()) {
            // The pointer moved while ImGui held the mouse (over a panel, in a dialog, and for a frame after):
            // the needle follows it from where it is now, so a move off a panel is never lost.
            resync_pointer_ = false;
            if (!run.session->button_down() && !over_head(pointer_px_))
                apply_input(run, InputEvent::Kind::Move, pointer_px_, window.input_horizon_s());
        }
        // Only up to the input read so far: an input handled next frame happened after this time.
        run.session->advance_to(session_time_at(run, window.input_horizon_s()));
        if (run.session->time_up() || exam_time_up(run)) {  // the exam's limit, in wall time from its start
            if (dialog_ != WorkDialog::None) close_work_dialogs();  // whatever was being asked: the time is up
            dialog_ = WorkDialog::None;
            finish(run);
            return;
        }
        if (autosave_due(run.events_applied, run.events_autosaved, session_clock(run), run.last_autosave_s))
            write_autosave(run);
        if (run.options.on_note)
            for (const std::string& line : notes_.update(run.lesson, *run.session)) run.options.on_note(line);
    }

    void draw(AppWindow& window) override {
        PracticeRun& run = *run_;
        const sf::Vector2u size = window.size();
        const OverlayToggles toggles = practice_guides(run.guides, run.options.exam);
        const std::optional<double> first_dot_s =
            run.session->dots().empty() ? std::nullopt : run.session->dots().front().t;
        const WorkPanelState panel{run.session->dots().size(), run.session->time_s(), exam_time_left_s(run),
                                   run.session->can_undo(), run.view.px_per_mm,
                                   numbing_clock_line(run.lesson.numbing_wait_s, run.options.numbing_wait_min,
                                                      run.session->time_s(), first_dot_s)};
        const WorkPanelAction action = draw_work_panel(run.lesson, run.options.exam, panel, run.guides, loupe_);
        const bool ended = run.finished || leave_ || closed_;
        if (action.undo && !ended) undo(run);
        if (action.finish && !ended) request(WorkRequest::FinishButton);
        const std::optional<double> last =
            run.session->dots().empty() ? std::nullopt : std::optional<double>(run.session->dots().back().depth_mm);
        draw_depth_gauge(float(size.x), run.lesson, run.session->button_down(), run.session->current_depth_mm(), last);
        // The map's marks stop at the head's pane (they are drawn over everything the screen draws).
        const HeadPaneLayout& pane = head_.layout(size);
        const float map_right = pane.shown ? pane.viewport.left_px : float(size.x);
        ImGui::GetBackgroundDrawList()->PushClipRect(ImVec2(0, 0), ImVec2(map_right, float(size.y)));
        draw_needle_cursor(run.view, run.lesson, run.session->tip_mm(), run.session->target_mm(),
                           run.session->button_down());
        ImGui::GetBackgroundDrawList()->PopClipRect();
        previous_tip_mm_ = drawn_tip_mm_;
        drawn_tip_mm_ = run.session->tip_mm();
        if (const std::optional<WorkRequest> clicked =
                draw_work_dialog(dialog_, run.session->dots().size(), run.options.exam, float(size.x), float(size.y)))
            if (!ended) request(*clicked);
        draw_scale_bar(run.view, pane.shown ? map_right + 2 * kPanelMarginPx : float(size.x), float(size.y));
        draw_toast(run.toast.current(), float(size.x), float(size.y));

        world_.draw(window.window(), run.view, *run.scene, toggles, nullptr, run.session->dots(), background());
        head_.draw(window.window(), *run.scene, size);
        head_.draw_needle(run.session->tip_mm(), run.session->button_down());
        if (loupe_ && !window.imgui().wants_mouse() && !over_head(pointer_px_))
            draw_loupe(window.window(), loupe_buffer_, run.view, pointer_px_, kLoupeZoom,
                       [&](sf::RenderTarget& t, const ViewTransform& v) {
                           draw_scalp_world(t, v, *run.scene, toggles, nullptr, run.session->dots());
                       });
    }

    // A frame at once while the needle is held (the depth grows) or still moving on screen; else when the
    // clock shows its next second, the toast goes, an autosave falls due or the head's skin catches up.
    double next_frame_in_s() const override {
        const PracticeRun& run = *run_;
        if (run.session->button_down()) return 0.0;
        if (run.scene->pictures_pending()) return 0.1;  // the scalp's pictures are still on their way
        NeedleFrame needle;
        needle.tip_mm = drawn_tip_mm_;
        needle.target_mm = run.session->target_mm();
        needle.drawn_tip_mm = previous_tip_mm_;
        needle.px_per_mm = run.view.px_per_mm;
        needle.rest_radius_mm = kAtRestMm + run.lesson.hand.tremor_mm;
        needle.since_input_s = since_pointer_input_.getElapsedTime().asSeconds();
        if (needle_moving(needle)) return 0.0;
        const double now_s = session_clock(run);
        return std::min({next_second_in_s(now_s), run.toast.ends_in_s(), head_.next_frame_in_s(),
                         autosave_in_s(run.events_applied, run.events_autosaved, now_s, run.last_autosave_s)});
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
    void perform(WorkKey key) {
        PracticeRun& run = *run_;
        switch (key) {
            case WorkKey::Finish: request(WorkRequest::EnterKey); break;
            case WorkKey::Leave: request(WorkRequest::EscapeKey); break;
            case WorkKey::Undo: undo(run); break;
            case WorkKey::Loupe: loupe_ = !loupe_; break;
            case WorkKey::Guides:
                if (!run.options.exam) run.guides = !run.guides;
                break;
            case WorkKey::FitView:
                run.view = initial_view(run.lesson, window_->size().x, window_->size().y, std::nullopt,
                                        head_.map_insets(window_->size()));
                break;
            case WorkKey::Screenshot:
                window_->request_screenshot([&run](const std::string& note) { run.toast.show(note); });
                break;
            case WorkKey::None: break;
        }
    }

    // One request through the work's dialog rules (sim/flow/work_dialog.hpp), then what it decided.
    void request(WorkRequest what) {
        PracticeRun& run = *run_;
        const WorkStep step = work_step(dialog_, what, run.session->dots().size(), run.options.exam);
        if (!step.refusal.empty()) {
            run.toast.show(step.refusal);
            note("refused: " + step.refusal);
        }
        if (step.dialog != dialog_) note(work_dialog_note(step.dialog));
        if (step.dialog == WorkDialog::None && dialog_ != WorkDialog::None) {
            close_work_dialogs();  // at once: a modal left open would hold the keyboard from the next screen
            resync_pointer_ = true;
        }
        dialog_ = step.dialog;
        if (step.finish) finish(run);
        if (step.discard) {
            remove_autosave(run.options.autosave_path);
        } else if (step.leave) {
            write_autosave(run);  // an exam or work with dots stays (nothing is written for empty practice)
        }
        if (step.leave) (what == WorkRequest::CloseWindow ? closed_ : leave_) = true;
    }

    void note(const std::string& line) {
        if (run_->options.on_note) run_->options.on_note(line);
    }

    bool over_head(sf::Vector2f px) const { return head_.shown() && head_.layout().viewport.contains(px.x, px.y); }

    // A pointer event over the 3D head (sim/ui/head_pane): a needle step goes to the session exactly as the
    // map's would (apply_input_at: the hand and depth models, the dot drawn, an exam's dot autosaved; undo
    // and autosave as ever); a drag orbits and the wheel zooms. True when the event was the head's.
    bool handle_head_pointer(PracticeRun& run, ImGuiBridge& imgui, const sf::Event& e, const EventStamp& stamp) {
        const bool pointer = e.type == sf::Event::MouseButtonPressed || e.type == sf::Event::MouseButtonReleased ||
                             e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseWheelScrolled;
        if (!pointer) return false;
        // A needle that went down (or a pan that began) on the map stays the map's until it ends; a panel's
        // click stays the panel's.
        if (!head_.needle_down() && (run.session->button_down() || run.drag.active || imgui.wants_mouse_for(e)))
            return false;
        const HeadPointerStep step = head_.handle_pointer(e, true);
        if (!step.needle) return step.used;
        double pressure = -1.0;
        InputEvent::Kind kind = *step.needle;
        if (kind == InputEvent::Kind::Down) pressure = stamp.pressure;
        if (kind == InputEvent::Kind::Up) pressure = stamp.pressure >= 0.0 ? 0.0 : -1.0;
        if (kind == InputEvent::Kind::Move && run.session->button_down() && stamp.pressure >= 0.0) {
            kind = InputEvent::Kind::Pressure;  // a pen pressing on the skin, as on the map
            pressure = stamp.pressure;
        }
        apply_input_at(run, kind, step.needle_mm, stamp.time_s, pressure);
        return true;
    }

    // The score screen of the finished attempt, over this run's scene and view.
    std::unique_ptr<Screen> score_screen() {
        const PracticeRun& run = *run_;
        ScoreScreenInfo info;
        info.heading = run.lesson.title;
        info.saved_note = "Saved to " + run.outcome.result.saved_path;
        info.exam = run.options.exam;
        info.dot_count = run.outcome.attempt.dots.size();
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
    PracticeNotes notes_;  // what the work says to scripts (run.options.on_note), one line per change
    AppWindow* window_ = nullptr;  // set on entering
    sf::Vector2f pointer_px_;
    Point drawn_tip_mm_, previous_tip_mm_;  // the needle tip in the last two frames
    sf::Clock since_pointer_input_;
    bool loupe_ = false;
    bool enter_held_ = false, escape_held_ = false;  // down since their last press (repeats are ignored)
    WorkDialog dialog_ = WorkDialog::None;  // the dialog showing (it stays until answered)
    bool resync_pointer_ = false;           // move the needle to the pointer once ImGui lets go of the mouse
    bool leave_ = false, closed_ = false;
    sf::RenderTexture loupe_buffer_;
    ScalpWorldCache world_;  // the scalp composed once per change, blitted in every other frame
    HeadPane head_;          // the 3D head beside the map
};

}  // namespace

std::unique_ptr<Screen> make_practice_work_screen(std::unique_ptr<PracticeRun> run) {
    return std::make_unique<PracticeWorkScreen>(std::move(run));
}

}  // namespace stipple
