// The sign-in screen's window loop (see signin_screen.hpp); its rules live in signin_model.
#include "sim/ui/signin_screen.hpp"

#include <array>
#include <exception>
#include <vector>

#include <SFML/System/Clock.hpp>
#include <imgui.h>

#include "sim/flow/signin_model.hpp"

namespace stipple {

namespace {

struct SignInState {
    std::vector<Trainee> everyone;   // including archived (for the name check)
    std::vector<Trainee> active;     // the pick list, by name
    int selected = -1;               // index into active
    std::array<char, 128> typed{};
    std::string error;
    bool focus_field = true;
};

void load_trainees(SignInState& s, const Gradebook& gradebook) {
    s.everyone = gradebook.trainees(true);
    s.active = gradebook.trainees(false);
    s.selected = -1;
    const std::optional<std::string> offered = offered_trainee(s.everyone, gradebook.attempts());
    for (std::size_t i = 0; offered && i < s.active.size(); ++i)
        if (s.active[i].name == *offered) s.selected = static_cast<int>(i);
}

// Signs in with the typed name when there is one, else the selected trainee; nullopt + error otherwise.
std::optional<std::string> try_sign_in(SignInState& s, Gradebook& gradebook) {
    const std::string typed(s.typed.data());
    if (typed.find_first_not_of(" \t") == std::string::npos) {
        if (s.selected >= 0) return s.active[static_cast<std::size_t>(s.selected)].name;
        s.error = "Type your name";
        return std::nullopt;
    }
    const NameCheck check = check_trainee_name(typed, s.everyone);
    if (!check.error.empty()) {
        s.error = check.error;
        return std::nullopt;
    }
    if (check.existing) return check.name;
    try {
        gradebook.add_trainee(check.name);
        return check.name;
    } catch (const std::exception& e) {
        s.error = e.what();
        return std::nullopt;
    }
}

}  // namespace

SignInResult run_signin(sf::RenderWindow& window, ImGuiBridge& imgui, Gradebook& gradebook) {
    SignInState s;
    try {
        load_trainees(s, gradebook);
    } catch (const std::exception& e) {
        s.error = e.what();
    }
    window.setTitle("Stipple");
    sf::Clock frame_clock;
    int frames = 0;
    while (window.isOpen()) {
        bool enter = false;
        sf::Event e;
        while (window.pollEvent(e)) {
            imgui.process_event(e);
            if (e.type == sf::Event::Closed) return {std::nullopt, true};
            if (e.type == sf::Event::Resized)
                window.setView(sf::View(sf::FloatRect(0, 0, float(e.size.width), float(e.size.height))));
            if (e.type == sf::Event::KeyPressed && !imgui.wants_keyboard() && e.key.code == sf::Keyboard::Enter) enter = true;
            if (e.type == sf::Event::KeyPressed && e.key.control && e.key.code == sf::Keyboard::Q) return {std::nullopt, true};
        }
        imgui.new_frame(frame_clock.restart());
        const sf::Vector2u size = window.getSize();
        ImGui::SetNextWindowPos(ImVec2(size.x / 2.0f, size.y / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_Always);
        ImGui::Begin("Sign in", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                              ImGuiWindowFlags_AlwaysAutoResize);
        if (imgui.large_font()) ImGui::PushFont(imgui.large_font());
        ImGui::TextUnformatted("Stipple");
        if (imgui.large_font()) ImGui::PopFont();
        ImGui::TextDisabled("Scalp micropigmentation training");
        ImGui::Separator();
        if (!s.active.empty()) {
            ImGui::TextUnformatted("Who is practising?");
            if (ImGui::BeginListBox("##trainees", ImVec2(-1, std::min(8, int(s.active.size())) * ImGui::GetTextLineHeightWithSpacing() + 8))) {
                for (std::size_t i = 0; i < s.active.size(); ++i) {
                    const bool is_selected = s.selected == static_cast<int>(i);
                    if (ImGui::Selectable(s.active[i].name.c_str(), is_selected, ImGuiSelectableFlags_AllowDoubleClick)) {
                        s.selected = static_cast<int>(i);
                        s.typed[0] = '\0';
                        if (ImGui::IsMouseDoubleClicked(0)) enter = true;
                    }
                }
                ImGui::EndListBox();
            }
            ImGui::TextUnformatted("Or a new trainee:");
        } else {
            ImGui::TextUnformatted("Your name:");
        }
        if (s.focus_field) {
            ImGui::SetKeyboardFocusHere();
            s.focus_field = false;
        }
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputTextWithHint("##name", "type a name", s.typed.data(), s.typed.size(),
                                     ImGuiInputTextFlags_EnterReturnsTrue)) {
            enter = true;
        }
        if (!s.error.empty()) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", s.error.c_str());
        std::string label = "Sign in (Enter)";
        if (s.typed[0] == '\0' && s.selected >= 0) label = "Sign in as " + s.active[std::size_t(s.selected)].name + " (Enter)";
        if (ImGui::Button(label.c_str(), ImVec2(-1, 34))) enter = true;
        ImGui::End();

        window.clear(sf::Color(34, 36, 40));
        imgui.render();
        window.display();
        // The title says so once the name field has the keyboard (scripts wait for it before typing).
        if (++frames == 2) window.setTitle("Stipple - sign in");

        if (enter) {
            s.error.clear();
            if (std::optional<std::string> who = try_sign_in(s, gradebook)) return {who, false};
            s.focus_field = true;
            try {
                load_trainees(s, gradebook);
            } catch (const std::exception& ex) {
                s.error = ex.what();
            }
        }
    }
    return {std::nullopt, true};
}

}  // namespace stipple
