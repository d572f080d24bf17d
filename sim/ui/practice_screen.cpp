// The practice screen's first part, the brief (see practice_screen.hpp): prepares the scene and session,
// offers an autosave of the same lesson for resuming (an exam's only to resume; one past its limit is
// finished at once as it stands, marked abandoned), and hands the run over to the work screen. Resuming
// replays the autosave's events (seconds for 10 000+ dots): a frame saying "Resuming your work..." is drawn
// first, then the replay runs with its progress shown every few hundred events.
#include "sim/ui/practice_screen.hpp"

#include <memory>
#include <optional>
#include <string>
#include <stdexcept>

#include <SFML/System/Clock.hpp>
#include <imgui.h>

#include "sim/flow/count_words.hpp"
#include "sim/flow/exam_clock.hpp"
#include "sim/flow/head_pane.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/practice_panels.hpp"
#include "sim/ui/practice_view.hpp"
#include "sim/ui/practice_run.hpp"
#include "sim/ui/design_work_screen.hpp"
#include "sim/ui/practice_work_screen.hpp"
#include "sim/ui/scalp_world.hpp"

namespace stipple {

namespace {

class PracticeBriefScreen final : public Screen {
public:
    PracticeBriefScreen(const Lesson& lesson, const PracticeOptions& options, Then<PracticeOutcome> then)
        : run_(std::make_unique<PracticeRun>(lesson, options, std::move(then))) {}

    void enter(AppWindow& window) override {
        PracticeRun& run = *run_;
        PracticeOptions& options = run.options;
        window.show_message("Preparing the scalp...");
        run.scene = std::make_shared<PracticeScene>(run.lesson, ScalpPreparation::InBackground);  // read the brief meanwhile
        // Fitted beside the lesson panel and the work screen's 3D head (shown from the start: sim/flow/head_pane).
        const HeadPaneLayout head = head_pane_layout(ViewScreen::Practice, window.size().x, window.size().y, true);
        run.view = initial_view(run.lesson, window.size().x, window.size().y, options.initial_view,
                                map_insets(ViewScreen::Practice, window.size().x, head));
        OpenedAutosave opened = open_autosave(options.autosave_path, run.lesson.id, options.exam);
        pending_ = std::move(opened.pending);
        autosave_note_ = std::move(opened.note);
        choices_ = choice_panel(run.lesson);
        new_session(run);
        if (pending_ && options.exam && exam_expired(run.lesson, *pending_, wall_now_s())) {
            // Abandoned: past its limit since it was left. Finished as it stands (the work screen's first
            // frame), marked failed.
            replay(window, *pending_);
            pending_.reset();
            run.abandoned = true;
            run.toast.show("This exam's time ran out while it was closed: it is finished as it stood.");
            if (options.on_note) options.on_note("exam past its limit: finished as it stands");
            start();
        }
        // Never past an offered needle and shade choice: the brief stays until they are picked (the app shell
        // skips the brief after its picker, which does not offer them).
        if (options.skip_brief && !pending_ && !offers_choice(choices_)) start();
        // The title names the lesson once the screen is ready for input (scripts wait for it).
        window.set_title("Stipple — " + run.lesson.title);
        if (options.on_ready) options.on_ready();
    }

    void handle_event(AppWindow& window, const sf::Event& e) override {
        ImGuiBridge& imgui = window.imgui();
        if (e.type == sf::Event::Closed) closed_ = true;
        handle_view_event(run_->view, run_->drag, e, imgui.wants_mouse_for(e), imgui.wants_text_input());
        if (e.type != sf::Event::KeyPressed) return;
        if (e.key.code == sf::Keyboard::Escape) leave_ = true;
        if (e.key.code == sf::Keyboard::Enter) pending_ ? choose(BriefChoice::Resume) : choose(BriefChoice::Start);
        if (e.key.code == sf::Keyboard::F12)
            window.request_screenshot([run = run_.get()](const std::string& note) { run->toast.show(note); });
    }

    // A resume asked for and its message drawn: the replay runs now (outside the frame; it shows its own).
    void update(AppWindow& window, sf::Time) override {
        if (!resume_message_drawn_ || !pending_) return;
        resume_message_drawn_ = resume_asked_ = false;
        replay(window, *pending_);
        pending_.reset();
        start();
        if (const std::optional<double> left = exam_time_left_s(*run_); left && run_->options.on_note)
            run_->options.on_note("exam resumed: " + dots_text(run_->session->dots().size()) + ", " +
                                  std::to_string(int(*left)) + " s left");
    }

    void draw(AppWindow& window) override {
        PracticeRun& run = *run_;
        const sf::Vector2u size = window.size();
        if (resume_asked_ && pending_) {  // this frame says what comes; the next update replays
            draw_resume_message(resume_progress_text(0, pending_->events.size(), pending_->dot_count), size);
            resume_message_drawn_ = true;
            return;
        }
        std::optional<double> pending_left_s;
        if (pending_ && pending_->exam) pending_left_s = exam_seconds_left(run.lesson, exam_start_of(*pending_), wall_now_s());
        choose(draw_brief_panel(run.lesson, run.options.exam, pending_, pending_left_s, autosave_note_,
                                window.imgui().large_font(), float(size.x), float(size.y), &choices_));
        draw_scale_bar(run.view, float(size.x), float(size.y));
        draw_toast(run.toast.current(), float(size.x), float(size.y));
        // A design lesson shows no zone and no target hairline: drawing the line is the task.
        const OverlayToggles toggles = run.lesson.design ? OverlayToggles{false, false, false, false}
                                                         : practice_guides(run.guides, run.options.exam);
        world_.draw(window.window(), run.view, *run.scene, toggles, nullptr, run.session->dots(), background());
    }

    double next_frame_in_s() const override {
        if (resume_asked_) return 0.0;  // the message frame, then the replay
        if (!run_ || run_->scene->pictures_pending()) return 0.1;  // the scalp's pictures are on their way
        return run_->toast.ends_in_s();
    }

    Next next() override {
        if (started_) {
            if (run_->lesson.design) return Next::to(make_design_work_screen(std::move(run_)));  // the pencil, no needle
            return Next::to(make_practice_work_screen(std::move(run_)));
        }
        if (closed_) run_->outcome.window_closed = true;
        if (closed_ || leave_) return Next::to(run_->then(run_->outcome));
        return Next::stay();
    }

private:
    void choose(BriefChoice choice) {
        switch (choice) {
            case BriefChoice::Resume:
                resume_asked_ = true;  // drawn first (draw), replayed after (update)
                break;
            case BriefChoice::Discard:
                if (run_->options.exam) break;  // an exam is never discarded (the brief offers no such button)
                if (!choices_ready()) break;
                remove_autosave(run_->options.autosave_path);
                pending_.reset();
                new_session(*run_);
                start();
                break;
            case BriefChoice::Start:
                if (choices_ready()) start();
                break;
            case BriefChoice::None: break;
        }
    }
    // New work needs every offered needle and shade list picked (Enter says what is missing meanwhile).
    bool choices_ready() {
        if (choice_complete(choices_)) return true;
        run_->toast.show(choice_missing_text(choices_));
        return false;
    }
    void start() {
        // New work takes the brief's needle and shade; resumed work already has its own (resume()).
        if (!run_->choice && offers_choice(choices_)) choose_needle_and_shade(*run_, panel_choice(run_->lesson, choices_));
        start_work(*run_);
        started_ = true;
    }
    // The autosave replayed into the run, its progress shown as whole message frames (at most ~10 a second:
    // each costs a frame's drawing).
    void replay(AppWindow& window, const Autosave& autosave) {
        if (run_->options.on_note) run_->options.on_note("resuming: " + dots_text(autosave.dot_count));
        window.show_message(resume_progress_text(0, autosave.events.size(), autosave.dot_count));
        sf::Clock since_shown;
        resume(*run_, autosave, [&](std::size_t replayed, std::size_t total) {
            if (since_shown.getElapsedTime().asSeconds() < 0.1f) return;
            window.show_message(resume_progress_text(replayed, total, autosave.dot_count));
            since_shown.restart();
        });
    }
    static void draw_resume_message(const std::string& text, sf::Vector2u size) {
        ImGui::SetNextWindowPos(ImVec2(float(size.x) / 2.0f, float(size.y) / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::Begin("##resuming", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration);
        ImGui::TextUnformatted(text.c_str());
        ImGui::End();
    }

    std::unique_ptr<PracticeRun> run_;
    std::optional<Autosave> pending_;  // an autosave offered for resuming
    std::string autosave_note_;        // why an autosave could not be offered
    ChoicePanel choices_;              // the needle and shade picked on the brief (lessons offering them)
    bool started_ = false, leave_ = false, closed_ = false;
    bool resume_asked_ = false;          // Resume chosen: a frame with the message, then the replay
    bool resume_message_drawn_ = false;  // that frame was drawn
    ScalpWorldCache world_;
};

}  // namespace

std::unique_ptr<Screen> make_practice_screen(const Lesson& lesson, const PracticeOptions& options,
                                             Then<PracticeOutcome> then) {
    if (options.data_dir.empty() || options.autosave_path.empty())
        throw std::invalid_argument("practice screen: the caller names the data folder and the autosave path");
    return std::make_unique<PracticeBriefScreen>(lesson, options, std::move(then));
}

}  // namespace stipple
