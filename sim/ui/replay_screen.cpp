// The replay screen's window loop (see replay_screen.hpp); pacing comes from replay_clock.
#include "sim/ui/replay_screen.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include <SFML/Graphics/View.hpp>
#include <SFML/System/Clock.hpp>
#include <imgui.h>

#include "sim/flow/history_model.hpp"
#include "sim/ui/overlays.hpp"
#include "sim/ui/practice_scene.hpp"
#include "sim/ui/practice_screen.hpp"
#include "sim/ui/practice_view.hpp"

namespace stipple {

namespace {

std::string clock_text(double s) {
    const int total = std::max(0, static_cast<int>(std::floor(s)));
    char text[24];
    std::snprintf(text, sizeof text, "%d:%02d", total / 60, total % 60);
    return text;
}

void show_message_frame(sf::RenderWindow& window, ImGuiBridge& imgui, const char* text) {
    imgui.new_frame(sf::seconds(1.0f / 60.0f));
    const sf::Vector2u size = window.getSize();
    ImGui::SetNextWindowPos(ImVec2(size.x / 2.0f, size.y / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::Begin("##message", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted(text);
    ImGui::End();
    window.clear(sf::Color(34, 36, 40));
    imgui.render();
    window.display();
}

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

}  // namespace

ReplayExit run_replay(sf::RenderWindow& window, ImGuiBridge& imgui, const ReplayPlan& plan, ReplaySpeed speed) {
    show_message_frame(window, imgui, "Preparing the replay...");
    PracticeScene scene(plan.lesson);
    ViewTransform view = initial_view(plan.lesson, window.getSize().x, window.getSize().y, std::nullopt);
    PanDrag drag;
    ReplayClock clock;
    clock.speed = speed;
    const double end_s = replay_end_s(plan.dots);
    std::size_t drawn = 0;
    bool score_requested = false;
    const std::string heading = plan.record.trainee + ", " + when_label(plan.record.started.empty() ? plan.record.recorded
                                                                                                     : plan.record.started);
    sf::Clock frame_clock;
    while (window.isOpen()) {
        bool show_score = false;
        sf::Event e;
        while (window.pollEvent(e)) {
            imgui.process_event(e);
            if (e.type == sf::Event::Closed) return ReplayExit::WindowClosed;
            if (e.type == sf::Event::Resized)
                window.setView(sf::View(sf::FloatRect(0, 0, float(e.size.width), float(e.size.height))));
            handle_view_event(view, drag, e, imgui.wants_mouse(), imgui.wants_keyboard());
            if (e.type == sf::Event::KeyPressed && !imgui.wants_keyboard()) {
                switch (e.key.code) {
                    case sf::Keyboard::Escape: return ReplayExit::Back;
                    case sf::Keyboard::Num1: clock.speed = ReplaySpeed::RealTime; break;
                    case sf::Keyboard::Num4: clock.speed = ReplaySpeed::Fast4x; break;
                    case sf::Keyboard::I: clock.speed = ReplaySpeed::Instant; break;
                    case sf::Keyboard::Space: clock.paused = !clock.paused; break;
                    case sf::Keyboard::Enter:  // straight to the score: the rest of the dots at once
                        clock.speed = ReplaySpeed::Instant;
                        clock.paused = false;
                        score_requested = true;
                        break;
                    default: break;
                }
            }
        }
        const sf::Time dt = frame_clock.restart();
        advance_replay(clock, dt.asSeconds(), end_s);
        const std::size_t due = dots_shown(plan.dots, clock.attempt_time_s);
        for (; drawn < due; ++drawn) scene.add_dot(plan.dots[drawn]);
        if (score_requested && drawn == plan.dots.size()) show_score = true;

        imgui.new_frame(dt);
        ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_Always);
        ImGui::SetNextWindowSize(ImVec2(330, 0), ImGuiCond_Always);
        ImGui::Begin("Replay", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                            ImGuiWindowFlags_AlwaysAutoResize);
        ImGui::TextWrapped("%s", plan.lesson.title.c_str());
        ImGui::TextDisabled("%s (%s)", heading.c_str(), to_string(plan.record.mode));
        ImGui::Separator();
        ImGui::Text("Dots %zu / %zu", drawn, plan.dots.size());
        ImGui::Text("Time %s / %s", clock_text(clock.attempt_time_s).c_str(), clock_text(end_s).c_str());
        ImGui::ProgressBar(end_s > 0 ? float(clock.attempt_time_s / end_s) : 1.0f, ImVec2(-1, 0), "");
        speed_button("1x", ReplaySpeed::RealTime, clock);
        ImGui::SameLine();
        speed_button("4x", ReplaySpeed::Fast4x, clock);
        ImGui::SameLine();
        speed_button("Instant", ReplaySpeed::Instant, clock);
        if (ImGui::Button(clock.paused ? "Resume (Space)" : "Pause (Space)", ImVec2(-1, 0))) clock.paused = !clock.paused;
        if (!plan.from_event_log)
            note(ImVec4(1, 0.7f, 0.4f, 1), "No event log: showing the recorded dots at their times.");
        else if (!plan.matches_recorded)
            note(ImVec4(1, 0.5f, 0.4f, 1), "The event log does not reproduce the recorded dots exactly; showing the replay.");
        ImGui::BeginDisabled(drawn < plan.dots.size());
        if (ImGui::Button("Show the score (Enter)", ImVec2(-1, 32))) show_score = true;
        ImGui::EndDisabled();
        const bool back = ImGui::Button("Back to lessons (Esc)", ImVec2(-1, 0));
        note(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), "Keys: 1, 4, I speed; wheel zoom; right drag pan");
        ImGui::End();

        window.clear(sf::Color(34, 36, 40));
        scene.draw_skin(window, view);
        draw_zone_outline(window, view, plan.lesson, sf::Color(255, 255, 255, 150));
        draw_hairline_guide(window, view, plan.lesson);
        scene.draw_dots(window, view);
        imgui.render();
        window.display();

        if (back) return ReplayExit::Back;
        if (show_score) {
            Attempt replayed = plan.attempt;
            replayed.dots = plan.dots;
            ReviewOptions options;
            options.heading = plan.lesson.title + ": " + heading;
            options.back_label = "Back to lessons";
            if (plan.matches_recorded) options.report = plan.report;  // else score the replayed dots afresh
            return run_review(window, imgui, plan.lesson, replayed, options) == ReviewResult::Back
                       ? ReplayExit::Back
                       : ReplayExit::WindowClosed;
        }
    }
    return ReplayExit::WindowClosed;
}

}  // namespace stipple
