// The sign-in screen object (see signin_screen.hpp); its rules live in signin_model.
#include "sim/ui/signin_screen.hpp"

#include <array>
#include <exception>
#include <vector>

#include <imgui.h>

#include "sim/ui/app_window.hpp"
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

class SignInScreen final : public Screen {
public:
    SignInScreen(Gradebook& gradebook, Then<SignInResult> then) : gradebook_(gradebook), then_(std::move(then)) {}

    void enter(AppWindow& window) override {
        try {
            load_trainees(s_, gradebook_);
        } catch (const std::exception& e) {
            s_.error = e.what();
        }
        window.set_title("Stipple");
    }

    void handle_event(AppWindow& window, const sf::Event& e) override {
        if (e.type == sf::Event::Closed) result_ = SignInResult{std::nullopt, true};
        if (e.type == sf::Event::KeyPressed && !window.imgui().wants_keyboard() && e.key.code == sf::Keyboard::Enter)
            enter_ = true;
        if (e.type == sf::Event::KeyPressed && e.key.control && e.key.code == sf::Keyboard::Q)
            result_ = SignInResult{std::nullopt, true};
    }

    void draw(AppWindow& window) override {
        ImGuiBridge& imgui = window.imgui();
        const sf::Vector2u size = window.size();
        ImGui::SetNextWindowPos(ImVec2(size.x / 2.0f, size.y / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_Always);
        ImGui::Begin("Sign in", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                              ImGuiWindowFlags_AlwaysAutoResize);
        if (imgui.large_font()) ImGui::PushFont(imgui.large_font());
        ImGui::TextUnformatted("Stipple");
        if (imgui.large_font()) ImGui::PopFont();
        ImGui::TextDisabled("Scalp micropigmentation training");
        ImGui::Separator();
        if (!s_.active.empty()) {
            ImGui::TextUnformatted("Who is practising?");
            if (ImGui::BeginListBox("##trainees", ImVec2(-1, std::min(8, int(s_.active.size())) * ImGui::GetTextLineHeightWithSpacing() + 8))) {
                for (std::size_t i = 0; i < s_.active.size(); ++i) {
                    const bool is_selected = s_.selected == static_cast<int>(i);
                    if (ImGui::Selectable(s_.active[i].name.c_str(), is_selected, ImGuiSelectableFlags_AllowDoubleClick)) {
                        s_.selected = static_cast<int>(i);
                        s_.typed[0] = '\0';
                        if (ImGui::IsMouseDoubleClicked(0)) enter_ = true;
                    }
                }
                ImGui::EndListBox();
            }
            ImGui::TextUnformatted("Or a new trainee:");
        } else {
            ImGui::TextUnformatted("Your name:");
        }
        if (s_.focus_field) {
            ImGui::SetKeyboardFocusHere();
            s_.focus_field = false;
        }
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputTextWithHint("##name", "type a name", s_.typed.data(), s_.typed.size(),
                                     ImGuiInputTextFlags_EnterReturnsTrue)) {
            enter_ = true;
        }
        if (!s_.error.empty()) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", s_.error.c_str());
        std::string label = "Sign in (Enter)";
        if (s_.typed[0] == '\0' && s_.selected >= 0) label = "Sign in as " + s_.active[std::size_t(s_.selected)].name + " (Enter)";
        if (ImGui::Button(label.c_str(), ImVec2(-1, 34))) enter_ = true;
        ImGui::End();
    }

    void after_frame(AppWindow& window) override {
        // The title says so once the name field has the keyboard (scripts wait for it before typing).
        if (++frames_ == 2) window.set_title("Stipple - sign in");
        if (!enter_) return;
        enter_ = false;
        s_.error.clear();
        if (std::optional<std::string> who = try_sign_in(s_, gradebook_)) {
            result_ = SignInResult{who, false};
            return;
        }
        s_.focus_field = true;
        try {
            load_trainees(s_, gradebook_);
        } catch (const std::exception& ex) {
            s_.error = ex.what();
        }
    }

    Next next() override { return result_ ? Next::to(then_(*result_)) : Next::stay(); }

private:
    Gradebook& gradebook_;
    Then<SignInResult> then_;
    SignInState s_;
    bool enter_ = false;
    int frames_ = 0;
    std::optional<SignInResult> result_;
};

}  // namespace

std::unique_ptr<Screen> make_signin_screen(Gradebook& gradebook, Then<SignInResult> then) {
    return std::make_unique<SignInScreen>(gradebook, std::move(then));
}

}  // namespace stipple
