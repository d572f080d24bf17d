// Our small SFML -> Dear ImGui bridge: feeds SFML's window events to ImGui and renders with Debian's
// ImGui_ImplOpenGL2 backend (compiled into libimgui.a). One bridge per window; it owns the ImGui context.
#pragma once

#include <array>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Time.hpp>
#include <SFML/Window/Event.hpp>

struct ImGuiContext;
struct ImFont;

namespace stipple {

class ImGuiBridge {
public:
    // Creates the ImGui context, loads the DejaVu Sans font (find_font_file(); ImGui's own font, with a
    // line on stderr, when it is missing).
    explicit ImGuiBridge(sf::RenderWindow& window);
    ~ImGuiBridge();
    ImGuiBridge(const ImGuiBridge&) = delete;
    ImGuiBridge& operator=(const ImGuiBridge&) = delete;

    // Feed every SFML event here (mouse, wheel, keys, text, resize, focus).
    void process_event(const sf::Event& event);
    // Starts a frame: display size from the window, mouse position, dt. Then build ImGui windows.
    void new_frame(sf::Time dt);
    // Draws the frame's ImGui windows over whatever SFML drew (saves and restores SFML's GL state).
    void render();
    // True when ImGui uses the mouse / keyboard this frame (a panel is under the pointer, a text field
    // has focus): the scalp should then ignore them.
    bool wants_mouse() const;
    bool wants_keyboard() const;
    // wants_mouse(), or the event's position (a press, a release, the wheel, a move) lies on a panel as drawn in
    // the last frame. A move and a click that arrive together reach the screen before ImGui has seen the move,
    // when wants_mouse() still describes where the pointer was: the click must not reach the scalp as well.
    bool wants_mouse_for(const sf::Event& event) const;
    // True only while a text field has focus. Screens without text fields (score, replay, practice) take their
    // keys unless this is set: wants_keyboard() is as of the last frame drawn, and after a modal, a screen
    // change or an idle spell (no frames while nothing changes) it can still say yes, and a key is lost.
    bool wants_text_input() const;
    // A larger font for headings (the total score); nullptr only if no font could be built.
    ImFont* large_font() const { return large_font_; }

private:
    sf::RenderWindow& window_;
    ImGuiContext* context_ = nullptr;
    ImFont* large_font_ = nullptr;
    bool frame_started_ = false;
    std::array<bool, 3> mouse_down_{};     // left, right, middle, from SFML events
    std::array<bool, 3> mouse_pressed_{};  // pressed since the last frame
    std::array<bool, 512> keys_down_{};    // by sf::Keyboard::Key
    std::array<bool, 512> keys_pressed_{}; // pressed since the last frame
};

}  // namespace stipple
