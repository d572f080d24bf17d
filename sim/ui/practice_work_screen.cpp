// The practice work screen object (see practice_work_screen.hpp): pointer and keys become session input
// (practice_input, practice_pen), panels come from practice_panels, the attempt's state from practice_run.
#include "sim/ui/practice_work_screen.hpp"

#include <algorithm>
#include <optional>

#include <SFML/Graphics/RenderTexture.hpp>

#include "sim/flow/view_options.hpp"
#include "sim/model/practice_notes.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/practice_input.hpp"
#include "sim/ui/practice_panels.hpp"
#include "sim/ui/practice_pen.hpp"
#include "sim/ui/scalp_world.hpp"
#include "sim/ui/score_review_screen.hpp"

namespace stipple {

namespace {

constexpr double kLoupeZoom = 4.0;

class PracticeWorkScreen final : public Screen {
public:
    explicit PracticeWorkScreen(std::unique_ptr<PracticeRun> run) : run_(std::move(run)) {}

    void enter(AppWindow& window) override {
        window_ = &window;
        pen_ = std::make_unique<PracticePen>(window.window().getSystemHandle());
    }

    void handle_event(AppWindow& window, const sf::Event& e) override {
        PracticeRun& run = *run_;
        ImGuiBridge& imgui = window.imgui();
        if (e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
            e.type == sf::Event::MouseButtonReleased)
            since_pointer_input_.restart();
        if (e.type == sf::Event::Closed) {
            write_autosave(run);  // on close: the work is safe whatever the trainee answers
            if (run.session->dots().empty() || leave_dialog_) closed_ = true;
            else leave_dialog_ = true;
            return;
        }
        if (leave_dialog_) return;  // the dialog has the keyboard and mouse
        if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
            pointer_px_ = {float(e.mouseButton.x), float(e.mouseButton.y)};
            if (!imgui.wants_mouse() && !run.session->button_down())
                apply_input(run, InputEvent::Kind::Down, pointer_px_, pen_->press_pressure());
            return;
        }
        if (e.type == sf::Event::MouseButtonReleased && e.mouseButton.button == sf::Mouse::Left) {
            pointer_px_ = {float(e.mouseButton.x), float(e.mouseButton.y)};
            if (run.session->button_down()) apply_input(run, InputEvent::Kind::Up, pointer_px_, pen_->release_pressure());
            return;
        }
        if (handle_view_event(run.view, run.drag, e, imgui.wants_mouse(), imgui.wants_keyboard())) return;
        if (e.type == sf::Event::MouseMoved) {
            pointer_px_ = {float(e.mouseMove.x), float(e.mouseMove.y)};
            if (!imgui.wants_mouse() || run.session->button_down()) apply_input(run, InputEvent::Kind::Move, pointer_px_);
            return;
        }
        if (e.type == sf::Event::KeyPressed && !imgui.wants_keyboard()) perform(work_key(e.key));
    }

    void update(AppWindow&, sf::Time) override {
        PracticeRun& run = *run_;
        run.session->advance_to(session_clock(run));
        if (run.session->time_up()) {
            finish(run);
            return;
        }
        for (const double pressure : pen_->poll(run.session->button_down()))
            apply_input(run, InputEvent::Kind::Pressure, pointer_px_, pressure);
        if (autosave_due(run.events_applied, run.events_autosaved, session_clock(run), run.last_autosave_s))
            write_autosave(run);
        if (run.options.on_note)
            for (const std::string& line : notes_.update(run.lesson, *run.session)) run.options.on_note(line);
    }

    void draw(AppWindow& window) override {
        PracticeRun& run = *run_;
        const sf::Vector2u size = window.size();
        const OverlayToggles toggles{true, run.guides && !run.options.exam, false, false};
        const WorkPanelState panel{run.session->dots().size(), run.session->time_s(), run.session->can_undo(),
                                   run.view.px_per_mm};
        const WorkPanelAction action = draw_work_panel(run.lesson, run.options.exam, panel, run.guides, loupe_);
        if (action.undo) undo(run);
        if (action.finish) finish(run);
        const std::optional<double> last =
            run.session->dots().empty() ? std::nullopt : std::optional<double>(run.session->dots().back().depth_mm);
        draw_depth_gauge(float(size.x), run.lesson, run.session->button_down(), run.session->current_depth_mm(), last);
        draw_needle_cursor(run.view, run.lesson, run.session->tip_mm(), run.session->target_mm(),
                           run.session->button_down());
        previous_tip_mm_ = drawn_tip_mm_;
        drawn_tip_mm_ = run.session->tip_mm();
        if (leave_dialog_) answer(draw_leave_dialog(run.session->dots().size(), float(size.x), float(size.y)));
        draw_scale_bar(run.view, float(size.x), float(size.y));
        draw_toast(run.toast.current(), float(size.x), float(size.y));

        world_.draw(window.window(), run.view, *run.scene, toggles, nullptr, run.session->dots(), background());
        if (loupe_ && !window.imgui().wants_mouse())
            draw_loupe(window.window(), loupe_buffer_, run.view, pointer_px_, kLoupeZoom,
                       [&](sf::RenderTarget& t, const ViewTransform& v) {
                           draw_scalp_world(t, v, *run.scene, toggles, nullptr, run.session->dots());
                       });
    }

    // A frame at once while the needle is held (the depth grows) or still moving on screen; else when the
    // clock shows its next second, the toast goes or an autosave falls due.
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
        return std::min({next_second_in_s(now_s), run.toast.ends_in_s(),
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
            case WorkKey::Finish: finish(run); break;
            case WorkKey::Leave:
                if (run.session->dots().empty()) leave_ = true;
                else leave_dialog_ = true;
                break;
            case WorkKey::Undo: undo(run); break;
            case WorkKey::Loupe: loupe_ = !loupe_; break;
            case WorkKey::Guides:
                if (!run.options.exam) run.guides = !run.guides;
                break;
            case WorkKey::FitView:
                run.view = initial_view(run.lesson, window_->size().x, window_->size().y, std::nullopt);
                break;
            case WorkKey::Screenshot:
                window_->request_screenshot([&run](const std::string& note) { run.toast.show(note); });
                break;
            case WorkKey::None: break;
        }
    }

    void answer(LeaveChoice choice) {
        switch (choice) {
            case LeaveChoice::KeepWorking: leave_dialog_ = false; break;
            case LeaveChoice::Leave:
                write_autosave(*run_);
                leave_ = true;
                break;
            case LeaveChoice::Discard:
                remove_autosave(run_->options.autosave_path);
                leave_ = true;
                break;
            case LeaveChoice::None: break;
        }
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
        return make_score_screen(run.scene, run.outcome.attempt.dots, score_screen_model(run.lesson, report), info,
                                 run.view, std::move(after));
    }

    std::unique_ptr<PracticeRun> run_;
    PracticeNotes notes_;  // what the work says to scripts (run.options.on_note), one line per change
    AppWindow* window_ = nullptr;  // set on entering
    std::unique_ptr<PracticePen> pen_;
    sf::Vector2f pointer_px_;
    Point drawn_tip_mm_, previous_tip_mm_;  // the needle tip in the last two frames
    sf::Clock since_pointer_input_;
    bool loupe_ = false;
    bool leave_dialog_ = false;
    bool leave_ = false, closed_ = false;
    sf::RenderTexture loupe_buffer_;
    ScalpWorldCache world_;  // the scalp composed once per change, blitted in every other frame
};

}  // namespace

std::unique_ptr<Screen> make_practice_work_screen(std::unique_ptr<PracticeRun> run) {
    return std::make_unique<PracticeWorkScreen>(std::move(run));
}

}  // namespace stipple
