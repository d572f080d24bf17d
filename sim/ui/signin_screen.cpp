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
    SignInList list;                 // the pick list and the offered trainee (signin_model)
    std::array<char, 128> typed{};
    std::array<char, 32> pin{};      // masked; cleared after every try
    std::string error;
    bool focus_field = true;
    bool focus_pin = false;
};

std::optional<std::string> selected_name(const SignInState& s) {
    if (s.list.selected < 0) return std::nullopt;
    return s.list.active[static_cast<std::size_t>(s.list.selected)].name;
}

class SignInScreen final : public Screen {
public:
    SignInScreen(Gradebook& gradebook, Then<SignInResult> then) : gradebook_(gradebook), then_(std::move(then)) {}

    void enter(AppWindow& window) override {
        try {
            s_.list = load_sign_in_list(gradebook_);
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
        if (!s_.list.active.empty()) {
            ImGui::TextUnformatted("Who is practising?");
            if (ImGui::BeginListBox("##trainees", ImVec2(-1, std::min(8, int(s_.list.active.size())) * ImGui::GetTextLineHeightWithSpacing() + 8))) {
                for (std::size_t i = 0; i < s_.list.active.size(); ++i) {
                    const bool is_selected = s_.list.selected == static_cast<int>(i);
                    if (ImGui::Selectable(s_.list.active[i].name.c_str(), is_selected, ImGuiSelectableFlags_AllowDoubleClick)) {
                        s_.list.selected = static_cast<int>(i);
                        s_.typed[0] = '\0';
                        if (ImGui::IsMouseDoubleClicked(0)) enter_ = true;
                    }
                }
                ImGui::EndListBox();
            }
            ImGui::TextUnformatted(s_.list.adds_names ? "Or a new trainee:" : "Or type your name:");
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
            if (s_.list.asks_pin && s_.pin[0] == '\0') s_.focus_pin = true;  // Enter on the name: on to the PIN
            else enter_ = true;
        }
        if (s_.list.asks_pin) {
            ImGui::TextUnformatted("PIN:");
            if (s_.focus_pin) {
                ImGui::SetKeyboardFocusHere();
                s_.focus_pin = false;
            }
            ImGui::SetNextItemWidth(-1);
            if (ImGui::InputTextWithHint("##pin", "your PIN", s_.pin.data(), s_.pin.size(),
                                         ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                             ImGuiInputTextFlags_EnterReturnsTrue))
                enter_ = true;
        }
        if (!s_.error.empty()) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", s_.error.c_str());
        std::string label = "Sign in (Enter)";
        const std::optional<std::string> selected = selected_name(s_);
        if (trimmed_name(s_.typed.data()).empty() && selected) label = "Sign in as " + *selected + " (Enter)";
        if (ImGui::Button(label.c_str(), ImVec2(-1, 34))) enter_ = true;
        ImGui::End();
    }

    void after_frame(AppWindow& window) override {
        // The title says so once the name field has the keyboard (scripts wait for it before typing).
        if (++frames_ == 2) window.set_title("Stipple - sign in");
        if (!enter_) return;
        enter_ = false;
        s_.error.clear();
        const SignInResultOf signed_in = sign_in(gradebook_, s_.typed.data(), selected_name(s_), s_.pin.data());
        s_.pin.fill('\0');  // the PIN leaves memory the screen keeps
        if (signed_in.trainee) {
            result_ = SignInResult{signed_in.trainee, false};
            return;
        }
        s_.error = signed_in.error;
        // A PIN to type (again): the PIN field; a name to fix: the name field.
        const bool about_pin = s_.list.asks_pin && (signed_in.error == "Type your PIN" ||
                                                     signed_in.error.rfind("Wrong PIN", 0) == 0);
        (about_pin ? s_.focus_pin : s_.focus_field) = true;
        try {
            s_.list = load_sign_in_list(gradebook_);
        } catch (const std::exception& ex) {
            s_.error = ex.what();
        }
    }

    Next next() override { return result_ ? Next::to(then_(*result_)) : Next::stay(); }
    double next_frame_in_s() const override { return kNoFrameNeeded; }  // nothing moves without input

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
