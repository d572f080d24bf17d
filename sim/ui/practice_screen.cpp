// The practice screen's loop: brief (with the resume offer) -> work (dots, depth gauge, guides, loupe,
// undo, exam clock, autosave) -> finish (attempt_finish: saved atomically, scored, recorded) -> score screen.
#include "sim/ui/practice_screen.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <random>

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/View.hpp>
#include <SFML/System/Clock.hpp>
#include <imgui.h>

#include "academy/user_data.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/existing_marks.hpp"
#include "scoring/input_error.hpp"
#include "scoring/scoring.hpp"
#include "sim/flow/autosave.hpp"
#include "sim/model/practice_notes.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/pen_input.hpp"
#include "sim/ui/practice_hud.hpp"
#include "sim/ui/practice_scene.hpp"
#include "sim/ui/practice_view.hpp"
#include "sim/ui/score_screen.hpp"
#include "sim/ui/screenshot.hpp"

namespace stipple {

namespace {

constexpr float kPanelW = 320.0f;
constexpr double kScorePanelW = 380.0;  // the score panel's width (score_screen.cpp)
constexpr double kLoupeZoom = 4.0;

sf::String utf8(const std::string& s) { return sf::String::fromUtf8(s.begin(), s.end()); }

void follow_resize(sf::RenderWindow& window, const sf::Event& e) {
    if (e.type == sf::Event::Resized)
        window.setView(sf::View(sf::FloatRect(0, 0, float(e.size.width), float(e.size.height))));
}

// Draws one frame with a centred message (while the scalp is being generated).
void show_message_frame(sf::RenderWindow& window, ImGuiBridge& imgui, const std::string& text) {
    imgui.new_frame(sf::seconds(1.0f / 60.0f));
    const sf::Vector2u size = window.getSize();
    ImGui::SetNextWindowPos(ImVec2(size.x / 2.0f, size.y / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::Begin("##message", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted(text.c_str());
    ImGui::End();
    window.clear(sf::Color(34, 36, 40));
    imgui.render();
    window.display();
}

// F12 in any stage: the picture just drawn goes to the data folder; the path is printed and shown.
std::string take_screenshot(const sf::RenderWindow& window) {
    try {
        const std::filesystem::path path = save_screenshot(window, screenshots_dir(user_data_dir()));
        std::cout << "screenshot: " << path.string() << std::endl;
        return "Screenshot saved: " + path.string();
    } catch (const std::exception& e) {
        std::cerr << "stipple: " << e.what() << std::endl;
        return std::string("Screenshot failed: ") + e.what();
    }
}

struct Toast {
    std::string text;
    sf::Clock age;
    void show(std::string t) {
        text = std::move(t);
        age.restart();
    }
    std::string current() const { return age.getElapsedTime().asSeconds() < 4.0f ? text : std::string(); }
};

// The scalp with overlays, for the main view and the loupe.
void draw_world(sf::RenderTarget& target, const ViewTransform& view, const PracticeScene& scene,
                const OverlayToggles& toggles, const std::vector<HeatCell>* heat, const std::vector<Dot>& dots) {
    const Lesson& lesson = scene.lesson();
    scene.draw_skin(target, view);
    if (toggles.heat_map && heat) draw_heat_map(target, view, *heat);
    if (toggles.zone) draw_zone_outline(target, view, lesson, sf::Color(255, 255, 255, 120));
    if (toggles.hairline) draw_hairline_guide(target, view, lesson);
    scene.draw_dots(target, view);
    if (toggles.depth_colors) draw_depth_dots(target, view, lesson, dots);
}

enum class ScoreExit { Back, WindowClosed };

// The score screen loop, shared by a just-finished practice and the read-only review.
ScoreExit run_score_screen(sf::RenderWindow& window, ImGuiBridge& imgui, PracticeScene& scene,
                           const std::vector<Dot>& dots, const ScoreScreenModel& model, ScoreScreenInfo info,
                           ViewTransform view) {
    ScoreScreenState state;
    const std::vector<HeatCell> heat = density_heat_map(scene.lesson(), dots, existing_marks(scene.lesson()), 4.0);
    scene.show_dots(dots, 0.0, false);
    PanDrag drag;
    Toast toast;
    sf::Clock frame_clock;
    while (window.isOpen()) {
        bool screenshot = false;
        sf::Event e;
        while (window.pollEvent(e)) {
            imgui.process_event(e);
            follow_resize(window, e);
            if (e.type == sf::Event::Closed) return ScoreExit::WindowClosed;
            handle_view_event(view, drag, e, imgui.wants_mouse(), imgui.wants_keyboard());
            if (e.type == sf::Event::KeyPressed && !imgui.wants_keyboard()) {
                if (e.key.code == sf::Keyboard::Escape) return ScoreExit::Back;
                if (e.key.code == sf::Keyboard::F12) screenshot = true;
            }
        }
        imgui.new_frame(frame_clock.restart());
        const sf::Vector2u size = window.getSize();
        const ScoreScreenAction action = draw_score_panel(model, state, info, imgui.large_font(), float(size.y));
        if (action.back) return ScoreExit::Back;
        if (action.center_on) {  // in the middle of the scalp area right of the panel
            view.center_mm = *action.center_on;
            view.center_mm.x -= (kScorePanelW + 10.0) / 2.0 / view.px_per_mm;
        }
        if (action.healed_changed) scene.show_dots(dots, healed_days(state.stage), state.sun_exposed);
        draw_feedback_markers(view, model.feedback, state.selected_feedback);
        draw_scale_bar(view, float(size.x), float(size.y));
        draw_toast(toast.current(), float(size.x), float(size.y));

        window.clear(sf::Color(34, 36, 40));
        draw_world(window, view, scene, state.toggles, &heat, dots);
        imgui.render();
        if (screenshot) toast.show(take_screenshot(window));
        window.display();
    }
    return ScoreExit::WindowClosed;
}

std::string time_text(double s) {
    const int total = std::max(0, int(std::ceil(s)));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d:%02d", total / 60, total % 60);
    return buf;
}

// One run of the practice screen; the stages share the scene, session and view.
class PracticeRun {
public:
    PracticeRun(sf::RenderWindow& window, ImGuiBridge& imgui, const Lesson& lesson, const PracticeOptions& options)
        : window_(window), imgui_(imgui), lesson_(lesson), options_(options) {}

    PracticeOutcome run();

private:
    enum class Stage { Brief, Work };
    enum class Dialog { None, Leave };

    double session_clock() const { return time_offset_s_ + work_clock_.getElapsedTime().asSeconds(); }
    void new_session();
    void resume();
    void start_work();
    void write_autosave();
    void handle_work_event(const sf::Event& e);
    void apply(InputEvent::Kind kind, sf::Vector2f px, double pressure = -1.0);
    void undo();
    void draw_brief();
    void draw_work_panel();
    void draw_leave_dialog();
    void finish();

    sf::RenderWindow& window_;
    ImGuiBridge& imgui_;
    const Lesson& lesson_;
    PracticeOptions options_;
    std::unique_ptr<PracticeScene> scene_;
    std::unique_ptr<PracticeSession> session_;
    std::unique_ptr<PenInput> pen_;
    ViewTransform view_;
    PanDrag drag_;
    Stage stage_ = Stage::Brief;
    Dialog dialog_ = Dialog::None;
    std::optional<Autosave> pending_;   // an autosave offered for resuming
    std::string autosave_note_;         // why an autosave could not be offered
    std::string started_;
    sf::Clock work_clock_;
    double time_offset_s_ = 0.0;
    size_t events_applied_ = 0, events_autosaved_ = 0;
    double last_autosave_s_ = 0.0;
    double last_pen_pressure_ = -1.0;   // the latest pen reading, forgotten 0.5 s after the pen leaves
    sf::Clock pen_clock_;
    sf::Vector2f pointer_px_;
    bool guides_ = true;
    bool loupe_ = false;
    bool finished_ = false, leave_ = false, closed_ = false;
    bool screenshot_ = false;
    Toast toast_;
    sf::RenderTexture loupe_buffer_;
    PracticeOutcome outcome_;
    PracticeNotes notes_;
};

void PracticeRun::new_session() {
    std::random_device rd;
    const uint64_t seed = (uint64_t(rd()) << 20) ^ rd();  // below 2^52: exact in any JSON reader
    session_ = std::make_unique<PracticeSession>(lesson_, scene_->scalp(), options_.exam, seed & ((1ull << 52) - 1));
    scene_->show_dots({}, 0.0, false);
    started_ = now_iso8601_utc();
    time_offset_s_ = 0.0;
    events_applied_ = events_autosaved_ = 0;
}

void PracticeRun::resume() {
    try {
        session_ = resume_session(lesson_, scene_->scalp(), *pending_, options_.autosave_path);
        started_ = pending_->started.value_or(now_iso8601_utc());
        time_offset_s_ = session_->time_s();
        scene_->show_dots(session_->dots(), 0.0, false);
        events_applied_ = events_autosaved_ = pending_->events.size();
    } catch (const InputError& e) {
        toast_.show(std::string("Could not resume: ") + e.what());
        new_session();
    }
    pending_.reset();
}

void PracticeRun::start_work() {
    stage_ = Stage::Work;
    work_clock_.restart();
    last_autosave_s_ = session_clock();
}

void PracticeRun::write_autosave() {
    if (!session_ || session_->dots().empty()) return;
    Autosave a;
    a.lesson_id = lesson_.id;
    a.saved_at = now_iso8601_utc();
    a.trainee = options_.trainee;
    a.started = started_;
    a.exam = options_.exam;
    a.dot_count = session_->dots().size();
    a.events = session_->event_log();
    try {
        save_autosave(options_.autosave_path, a);
        events_autosaved_ = events_applied_;
    } catch (const std::exception& e) {
        toast_.show(std::string("Autosave failed: ") + e.what());
    }
    last_autosave_s_ = session_clock();
}

void PracticeRun::apply(InputEvent::Kind kind, sf::Vector2f px, double pressure) {
    InputEvent e;
    e.t_s = session_clock();
    e.kind = kind;
    e.target_mm = to_scalp(view_, px);
    e.pressure = pressure;
    const size_t before = session_->dots().size();
    session_->apply(e);
    ++events_applied_;
    if (session_->dots().size() > before) scene_->add_dot(session_->dots().back());
}

void PracticeRun::undo() {
    if (!session_->can_undo() || session_->button_down()) return;
    InputEvent e;
    e.t_s = session_clock();
    e.kind = InputEvent::Kind::Undo;
    if (session_->apply(e)) scene_->show_dots(session_->dots(), 0.0, false);
    ++events_applied_;
}

void PracticeRun::handle_work_event(const sf::Event& e) {
    if (e.type == sf::Event::Closed) {
        if (session_->dots().empty() || dialog_ == Dialog::Leave) {
            write_autosave();
            closed_ = true;
        } else {
            write_autosave();  // on close: the work is safe whatever the trainee answers
            dialog_ = Dialog::Leave;
        }
        return;
    }
    if (dialog_ != Dialog::None) return;  // the dialog has the keyboard and mouse
    if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
        pointer_px_ = {float(e.mouseButton.x), float(e.mouseButton.y)};
        if (!imgui_.wants_mouse() && !session_->button_down())
            apply(InputEvent::Kind::Down, pointer_px_, last_pen_pressure_);
        return;
    }
    if (e.type == sf::Event::MouseButtonReleased && e.mouseButton.button == sf::Mouse::Left) {
        pointer_px_ = {float(e.mouseButton.x), float(e.mouseButton.y)};
        if (session_->button_down()) apply(InputEvent::Kind::Up, pointer_px_, last_pen_pressure_ >= 0 ? 0.0 : -1.0);
        return;
    }
    if (handle_view_event(view_, drag_, e, imgui_.wants_mouse(), imgui_.wants_keyboard())) return;
    if (e.type == sf::Event::MouseMoved) {
        pointer_px_ = {float(e.mouseMove.x), float(e.mouseMove.y)};
        if (!imgui_.wants_mouse() || session_->button_down()) apply(InputEvent::Kind::Move, pointer_px_);
        return;
    }
    if (e.type == sf::Event::KeyPressed && !imgui_.wants_keyboard()) {
        switch (e.key.code) {
            case sf::Keyboard::Enter: finish(); break;
            case sf::Keyboard::Escape:
                if (session_->dots().empty()) leave_ = true;
                else dialog_ = Dialog::Leave;
                break;
            case sf::Keyboard::Z:
                if (e.key.control) undo();
                break;
            case sf::Keyboard::BackSpace: undo(); break;
            case sf::Keyboard::L: loupe_ = !loupe_; break;
            case sf::Keyboard::G:
                if (!options_.exam) guides_ = !guides_;
                break;
            case sf::Keyboard::F:
                view_ = initial_view(lesson_, window_.getSize().x, window_.getSize().y, std::nullopt);
                break;
            case sf::Keyboard::F12: screenshot_ = true; break;
            default: break;
        }
    }
}

void PracticeRun::draw_brief() {
    const sf::Vector2u size = window_.getSize();
    ImGui::SetNextWindowPos(ImVec2(size.x / 2.0f, size.y / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(560, 0), ImGuiCond_Always);
    ImGui::Begin("Lesson brief", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                              ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize);
    if (imgui_.large_font()) ImGui::PushFont(imgui_.large_font());
    ImGui::TextWrapped("%s", lesson_.title.c_str());
    if (imgui_.large_font()) ImGui::PopFont();
    ImGui::TextDisabled("%s%s", options_.exam ? "Exam: no undo, no guides" : "Practice: undo and guides on",
                        lesson_.time_limit_s && options_.exam ? (", " + time_text(*lesson_.time_limit_s) + " time limit").c_str() : "");
    ImGui::Separator();
    ImGui::TextWrapped("%s", lesson_.brief.c_str());
    ImGui::Spacing();
    ImGui::Text("Spacing about %.1f mm, depth %.1f-%.1f mm, pass at %.0f.", lesson_.targets.spacing_mm,
                lesson_.targets.depth_min_mm, lesson_.targets.depth_max_mm, lesson_.pass_score);
    ImGui::TextWrapped("To pass, every part must also reach %.0f, at most %.0f %% of the dots may be blown out "
                       "(deeper than %.1f mm), and the work must be finished.", lesson_.component_floor,
                       100.0 * lesson_.critical.blowout_share, lesson_.targets.depth_max_mm);
    ImGui::Separator();
    ImGui::TextDisabled("Left click or pen: place a dot (hold longer or press harder = deeper)");
    ImGui::TextDisabled("Wheel: zoom   Right drag / arrows: pan   L: loupe   F: fit");
    ImGui::TextDisabled("Ctrl+Z: undo   Enter: finish   Esc: leave   F12: screenshot");
    ImGui::Spacing();
    if (!autosave_note_.empty()) ImGui::TextColored(ImVec4(1, 0.7f, 0.4f, 1), "%s", autosave_note_.c_str());
    if (pending_) {
        ImGui::TextColored(ImVec4(0.5f, 0.85f, 1, 1), "Unfinished work from %s: %zu dots.", pending_->saved_at.c_str(),
                           pending_->dot_count);
        if (ImGui::Button("Resume (Enter)", ImVec2(200, 34))) {
            resume();
            start_work();
        }
        ImGui::SameLine();
        if (ImGui::Button("Discard it and start over", ImVec2(-1, 34))) {
            remove_autosave(options_.autosave_path);
            pending_.reset();
            new_session();
            start_work();
        }
    } else if (ImGui::Button("Start (Enter)", ImVec2(-1, 34))) {
        start_work();
    }
    ImGui::End();
}

void PracticeRun::draw_work_panel() {
    const sf::Vector2u size = window_.getSize();
    ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(kPanelW, 0), ImGuiCond_Always);
    ImGui::Begin(options_.exam ? "Exam" : "Practice", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::TextWrapped("%s", lesson_.title.c_str());
    ImGui::Text("Dots: %zu", session_->dots().size());
    if (options_.exam && lesson_.time_limit_s) {
        const double left = *lesson_.time_limit_s - session_->time_s();
        ImGui::SameLine(150);
        ImGui::TextColored(left < 30 ? ImVec4(1, 0.4f, 0.3f, 1) : ImVec4(1, 1, 1, 1), "Time left %s",
                           time_text(left).c_str());
    } else {
        ImGui::SameLine(150);
        ImGui::TextDisabled("Time %s", time_text(session_->time_s()).c_str());
    }
    ImGui::TextDisabled("Spacing %.1f mm, depth %.1f-%.1f mm", lesson_.targets.spacing_mm,
                        lesson_.targets.depth_min_mm, lesson_.targets.depth_max_mm);
    if (ImGui::CollapsingHeader("Brief")) ImGui::TextWrapped("%s", lesson_.brief.c_str());
    ImGui::Separator();
    if (!options_.exam) {
        ImGui::BeginDisabled(!session_->can_undo());
        if (ImGui::Button("Undo last dot (Ctrl+Z)", ImVec2(-1, 0))) undo();
        ImGui::EndDisabled();
        ImGui::Checkbox("Guides (G)", &guides_);
        ImGui::SameLine();
    } else {
        ImGui::TextDisabled("Exam: pigment is permanent, no undo.");
    }
    ImGui::Checkbox("Loupe (L)", &loupe_);
    if (ImGui::Button("Finish (Enter)", ImVec2(-1, 32))) finish();
    ImGui::TextDisabled("Zoom %.1f px/mm (wheel, F fits)  %.0f fps", view_.px_per_mm, ImGui::GetIO().Framerate);
    ImGui::End();
    (void)size;
}

void PracticeRun::draw_leave_dialog() {
    if (dialog_ != Dialog::Leave) return;
    ImGui::OpenPopup("Leave this lesson?");
    const sf::Vector2u size = window_.getSize();
    ImGui::SetNextWindowPos(ImVec2(size.x / 2.0f, size.y / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Leave this lesson?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("You have placed %zu dots and not finished.", session_->dots().size());
        ImGui::TextDisabled("Leaving keeps them in an autosave: opening this lesson again offers to resume.");
        if (ImGui::Button("Keep working", ImVec2(160, 32)) ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
            dialog_ = Dialog::None;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Leave, resume later", ImVec2(180, 32))) {
            write_autosave();
            leave_ = true;
        }
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.6f, 0.2f, 0.2f, 1));
        if (ImGui::Button("Discard the work", ImVec2(160, 32))) {
            remove_autosave(options_.autosave_path);
            leave_ = true;
        }
        ImGui::PopStyleColor();
        ImGui::EndPopup();
    }
}

void PracticeRun::finish() {
    if (finished_) return;
    session_->advance_to(session_clock());
    write_autosave();  // kept until the attempt is safely written
    outcome_.attempt = session_->to_attempt(options_.trainee, started_, session_->input_kind());
    FinishPlan plan;
    if (options_.save_path) plan.save_path = *options_.save_path;
    plan.data_dir = options_.data_dir;
    plan.autosave_path = options_.autosave_path;
    plan.gradebook = options_.gradebook;
    plan.exam = options_.exam;
    outcome_.result = finish_attempt(lesson_, outcome_.attempt, plan, now_iso8601_utc());
    if (!outcome_.result.score_error.empty())
        std::cerr << "stipple: could not score the attempt: " << outcome_.result.score_error << std::endl;
    outcome_.finished = true;
    finished_ = true;
}

PracticeOutcome PracticeRun::run() {
    if (options_.data_dir.empty()) options_.data_dir = user_data_dir();
    if (options_.autosave_path.empty())
        options_.autosave_path = autosave_path(options_.data_dir, options_.trainee, lesson_.id).string();
    show_message_frame(window_, imgui_, "Preparing the scalp...");
    scene_ = std::make_unique<PracticeScene>(lesson_);
    view_ = initial_view(lesson_, window_.getSize().x, window_.getSize().y, options_.initial_view);
    pen_ = std::make_unique<PenInput>(window_.getSystemHandle());
    try {
        pending_ = load_autosave(options_.autosave_path, lesson_.id);
        if (pending_ && pending_->exam != options_.exam) pending_.reset();  // practice work is no exam
    } catch (const InputError& e) {
        autosave_note_ = std::string("An autosave could not be read and was set aside: ") + e.what();
        std::error_code ec;
        std::filesystem::rename(options_.autosave_path, options_.autosave_path + ".damaged", ec);
    }
    new_session();
    if (options_.skip_brief && !pending_) start_work();
    // The title names the lesson once the screen is ready for input (scripts wait for it).
    window_.setTitle(utf8("Stipple — " + lesson_.title));
    if (options_.on_ready) options_.on_ready();

    sf::Clock frame_clock;
    while (window_.isOpen() && !finished_ && !leave_ && !closed_) {
        if (stage_ == Stage::Work) {
            session_->advance_to(session_clock());
            if (session_->time_up()) {
                finish();
                break;
            }
        }
        sf::Event e;
        while (!finished_ && !leave_ && !closed_ && window_.pollEvent(e)) {
            imgui_.process_event(e);
            follow_resize(window_, e);
            if (stage_ == Stage::Brief) {
                if (e.type == sf::Event::Closed) closed_ = true;
                handle_view_event(view_, drag_, e, imgui_.wants_mouse(), imgui_.wants_keyboard());
                if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::Escape) leave_ = true;
                if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::Enter) {
                    if (pending_) resume();
                    start_work();
                }
                if (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::F12) screenshot_ = true;
            } else {
                handle_work_event(e);
            }
        }
        if (finished_ || leave_ || closed_) break;
        if (stage_ == Stage::Work && options_.on_note)
            for (const std::string& line : notes_.update(lesson_, *session_)) options_.on_note(line);
        if (stage_ == Stage::Work) {
            // Raw pen readings come from the whole screen: they count while this window's button is held,
            // and the latest one goes with the next press (a pen touching down here).
            for (const PenSample& s : pen_->poll()) {
                last_pen_pressure_ = s.pressure;
                pen_clock_.restart();
                if (session_->button_down()) apply(InputEvent::Kind::Pressure, pointer_px_, s.pressure);
            }
            if (pen_clock_.getElapsedTime().asSeconds() > 0.5f && !session_->button_down()) last_pen_pressure_ = -1.0;
            if (autosave_due(events_applied_, events_autosaved_, session_clock(), last_autosave_s_)) write_autosave();
        }

        imgui_.new_frame(frame_clock.restart());
        const sf::Vector2u size = window_.getSize();
        const bool show_guides = guides_ && !options_.exam;
        const OverlayToggles toggles{true, show_guides, false, false};
        if (stage_ == Stage::Brief) {
            draw_brief();
        } else {
            draw_work_panel();
            const std::optional<double> last =
                session_->dots().empty() ? std::nullopt : std::optional<double>(session_->dots().back().depth_mm);
            draw_depth_gauge(float(size.x), lesson_, session_->button_down(), session_->current_depth_mm(), last);
            draw_needle_cursor(view_, lesson_, session_->tip_mm(), session_->target_mm(), session_->button_down());
            draw_leave_dialog();
        }
        draw_scale_bar(view_, float(size.x), float(size.y));
        draw_toast(toast_.current(), float(size.x), float(size.y));

        window_.clear(sf::Color(34, 36, 40));
        draw_world(window_, view_, *scene_, toggles, nullptr, session_->dots());
        if (stage_ == Stage::Work && loupe_ && !imgui_.wants_mouse())
            draw_loupe(window_, loupe_buffer_, view_, pointer_px_, kLoupeZoom,
                       [&](sf::RenderTarget& t, const ViewTransform& v) {
                           draw_world(t, v, *scene_, toggles, nullptr, session_->dots());
                       });
        imgui_.render();
        if (screenshot_) {
            toast_.show(take_screenshot(window_));
            screenshot_ = false;
        }
        window_.display();
    }
    if (closed_ || !window_.isOpen()) {
        outcome_.window_closed = true;
        return outcome_;
    }
    if (!finished_) return outcome_;

    // The score screen.
    ScoreScreenInfo info;
    info.heading = lesson_.title;
    info.saved_note = "Saved to " + outcome_.result.saved_path;
    info.exam = options_.exam;
    info.dot_count = outcome_.attempt.dots.size();
    ScoreReport report = outcome_.result.report.value_or(ScoreReport{});
    if (!outcome_.result.report) report.lesson = lesson_.id;
    const ScoreScreenModel model = score_screen_model(lesson_, report);
    if (run_score_screen(window_, imgui_, *scene_, outcome_.attempt.dots, model, info, view_) ==
        ScoreExit::WindowClosed)
        outcome_.window_closed = true;
    return outcome_;
}

}  // namespace

PracticeOutcome run_practice(sf::RenderWindow& window, ImGuiBridge& imgui, const Lesson& lesson,
                             const PracticeOptions& options) {
    PracticeRun run(window, imgui, lesson, options);
    return run.run();
}

ReviewResult run_review(sf::RenderWindow& window, ImGuiBridge& imgui, const Lesson& lesson, const Attempt& attempt,
                        const ReviewOptions& options) {
    show_message_frame(window, imgui, "Preparing the scalp...");
    PracticeScene scene(lesson);
    window.setTitle(utf8("Stipple — " + lesson.title));
    const ScoreReport report = options.report ? *options.report : score_attempt(lesson, attempt);
    ScoreScreenInfo info;
    info.heading = options.heading.empty() ? lesson.title : options.heading;
    info.back_label = options.back_label;
    info.dot_count = attempt.dots.size();
    const ViewTransform view = initial_view(lesson, window.getSize().x, window.getSize().y, options.initial_view);
    return run_score_screen(window, imgui, scene, attempt.dots, score_screen_model(lesson, report), info, view) ==
                   ScoreExit::Back
               ? ReviewResult::Back
               : ReviewResult::WindowClosed;
}

}  // namespace stipple
