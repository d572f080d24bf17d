// The replay screen object (see replay_screen.hpp); pacing comes from replay_clock.
#include "sim/ui/replay_screen.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "scoring/scoring.hpp"
#include "sim/flow/clock_text.hpp"
#include "sim/flow/history_model.hpp"
#include "sim/flow/hud_layout.hpp"
#include "sim/flow/view_options.hpp"
#include "sim/ui/app_window.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/practice_scene.hpp"
#include "sim/ui/practice_view.hpp"
#include "sim/ui/score_review_screen.hpp"

namespace stipple {

namespace {

bool speed_button(const char* label, ReplaySpeed speed, ReplayClock& clock) {
    const bool active = clock.speed == speed;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label, ImVec2(70, 0));
    if (active) ImGui::PopStyleColor();
    if (pressed) clock.speed = speed;
    return pressed;
}

void note(const ImVec4& colour, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

class ReplayScreen final : public Screen {
public:
    ReplayScreen(ReplayPlan plan, Then<ReplayExit> then, ReplaySpeed speed)
        : then_(std::move(then)), plan_(std::make_shared<const ReplayPlan>(std::move(plan))) {
        clock_.speed = speed;
    }

    void enter(AppWindow& window) override {
        window.set_title("Stipple - replay");
        window.show_message("Preparing the replay...");
        scene_ = std::make_unique<PracticeScene>(plan_->lesson);
        scene_->set_choice(plan_->attempt.choice);
        view_ = initial_view(plan_->lesson, window.size().x, window.size().y, std::nullopt,
                             view_insets(ViewScreen::Replay));
        end_s_ = replay_end_s(plan_->dots);
        heading_ = plan_->record.trainee + ", " +
                   when_label(plan_->record.started.empty() ? plan_->record.recorded : plan_->record.started);
    }

    void handle_event(AppWindow& window, const sf::Event& e) override {
        ImGuiBridge& imgui = window.imgui();
        if (e.type == sf::Event::Closed) exit_ = ReplayExit{true, ""};
        if (exit_) return;
        handle_view_event(view_, drag_, e, imgui.wants_mouse_for(e), imgui.wants_text_input());
        if (e.type != sf::Event::KeyPressed || imgui.wants_text_input()) return;
        switch (e.key.code) {
            case sf::Keyboard::Escape: exit_ = ReplayExit{}; break;
            case sf::Keyboard::Num1: clock_.speed = ReplaySpeed::RealTime; break;
            case sf::Keyboard::Num4: clock_.speed = ReplaySpeed::Fast4x; break;
            case sf::Keyboard::I: clock_.speed = ReplaySpeed::Instant; break;
            case sf::Keyboard::Space: clock_.paused = !clock_.paused; break;
            case sf::Keyboard::G: toggle_guides(guides_, guides_switch_); break;
            case sf::Keyboard::F:
                view_ = initial_view(plan_->lesson, window.size().x, window.size().y, std::nullopt,
                                     view_insets(ViewScreen::Replay));
                break;
            case sf::Keyboard::Enter:  // straight to the score: the rest of the dots at once
                clock_.speed = ReplaySpeed::Instant;
                clock_.paused = false;
                score_requested_ = true;
                break;
            default: break;
        }
    }

    void update(AppWindow&, sf::Time dt) override {
        advance_replay(clock_, dt.asSeconds(), end_s_);
        const std::size_t due = dots_shown(plan_->dots, clock_.attempt_time_s);
        for (; drawn_ < due; ++drawn_) scene_->add_dot(plan_->dots[drawn_]);
        if (score_requested_ && drawn_ == plan_->dots.size()) show_score_ = true;
    }

    void draw(AppWindow& window) override {
        const ReplayPlan& plan = *plan_;
        ImGui::SetNextWindowPos(ImVec2(kPanelMarginPx, kPanelMarginPx), ImGuiCond_Always);
        ImGui::SetNextWindowSize(ImVec2(kReplayPanelWidthPx, 0), ImGuiCond_Always);
        ImGui::Begin("Replay", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                            ImGuiWindowFlags_AlwaysAutoResize);
        ImGui::TextWrapped("%s", plan.lesson.title.c_str());
        ImGui::TextDisabled("%s (%s)", heading_.c_str(), to_string(plan.record.mode));
        ImGui::Separator();
        ImGui::Text("Dots %zu / %zu", drawn_, plan.dots.size());
        ImGui::Text("Time %s / %s", clock_text(whole_seconds_elapsed(clock_.attempt_time_s)).c_str(),
                    clock_text(whole_seconds_elapsed(end_s_)).c_str());
        ImGui::ProgressBar(end_s_ > 0 ? float(clock_.attempt_time_s / end_s_) : 1.0f, ImVec2(-1, 0), "");
        speed_button("1x", ReplaySpeed::RealTime, clock_);
        ImGui::SameLine();
        speed_button("4x", ReplaySpeed::Fast4x, clock_);
        ImGui::SameLine();
        speed_button("Instant", ReplaySpeed::Instant, clock_);
        if (ImGui::Button(clock_.paused ? "Resume (Space)" : "Pause (Space)", ImVec2(-1, 0))) clock_.paused = !clock_.paused;
        if (!plan.from_event_log)
            note(ImVec4(1, 0.7f, 0.4f, 1), "No event log: showing the recorded dots at their times.");
        else if (!plan.matches_recorded)
            note(ImVec4(1, 0.5f, 0.4f, 1), "The event log does not reproduce the recorded dots exactly; showing the replay.");
        ImGui::BeginDisabled(drawn_ < plan.dots.size());
        if (ImGui::Button("Show the score (Enter)", ImVec2(-1, 32))) show_score_ = true;
        ImGui::EndDisabled();
        if (ImGui::Button("Back to lessons (Esc)", ImVec2(-1, 0))) back_ = true;
        note(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled),
             "Keys: 1, 4, I speed; G guides; F fit; wheel zoom; right drag pan");
        ImGui::End();

        sf::RenderWindow& target = window.window();
        scene_->draw_skin(target, view_);
        if (guides_.zone) draw_zone_outline(target, view_, plan.lesson, sf::Color(255, 255, 255, 150));
        if (guides_.hairline) draw_hairline_guide(target, view_, plan.lesson);
        scene_->draw_dots(target, view_);
    }

    // The back button and the score are taken once the frame is on screen.
    void after_frame(AppWindow&) override {
        if (back_) exit_ = ReplayExit{};
        else if (show_score_) to_score_ = true;
    }

    // Frames while the replay plays; a paused or finished one waits for input.
    double next_frame_in_s() const override {
        return (!clock_.paused && clock_.attempt_time_s < end_s_) || score_requested_ ? 0.0 : kNoFrameNeeded;
    }

    Next next() override {
        if (to_score_) return Next::to(score_screen());
        return exit_ ? Next::to(then_(*exit_)) : Next::stay();
    }

private:
    // The replayed dots' score screen; its "Back to lessons" ends the replay.
    std::unique_ptr<Screen> score_screen() {
        Attempt replayed = plan_->attempt;
        replayed.dots = plan_->dots;
        ReviewOptions options;
        options.heading = plan_->lesson.title + ": " + heading_;
        options.back_label = "Back to lessons";
        if (plan_->matches_recorded) options.report = plan_->report;
        if (!options.report) {  // the replayed dots afresh; a failure goes back to the picker with the reason
            try {
                options.report = score_attempt(plan_->lesson, replayed);
            } catch (const std::exception& e) {
                return then_(ReplayExit{false, e.what()});
            }
        }
        // The review reads the plan's lesson: its continuation keeps the plan alive.
        Then<ScoreExit> after = [plan = plan_, then = then_](const ScoreExit& exit) {
            return then(ReplayExit{exit == ScoreExit::WindowClosed, ""});
        };
        return make_review_screen(plan_->lesson, std::move(replayed), std::move(options), std::move(after));
    }

    Then<ReplayExit> then_;
    std::shared_ptr<const ReplayPlan> plan_;
    std::unique_ptr<PracticeScene> scene_;
    ViewTransform view_;
    PanDrag drag_;
    OverlayToggles guides_;        // the zone and the target hairline; G hides and brings them back
    GuidesSwitch guides_switch_;
    ReplayClock clock_;
    double end_s_ = 0.0;
    std::size_t drawn_ = 0;
    bool score_requested_ = false, show_score_ = false, back_ = false, to_score_ = false;
    std::string heading_;
    std::optional<ReplayExit> exit_;
};

}  // namespace

std::unique_ptr<Screen> make_replay_screen(ReplayPlan plan, Then<ReplayExit> then, ReplaySpeed speed) {
    return std::make_unique<ReplayScreen>(std::move(plan), std::move(then), speed);
}

}  // namespace stipple
