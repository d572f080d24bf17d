// Our SFML -> Dear ImGui bridge (ImGui 1.86 input API: KeyMap/KeysDown, MouseDown, MouseWheel), rendering
// with Debian's ImGui_ImplOpenGL2 backend between SFML's pushGLStates/popGLStates.
#include "sim/ui/imgui_bridge.hpp"

#include <cfloat>
#include <filesystem>
#include <iostream>
#include <string>

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Keyboard.hpp>
#include <SFML/Window/Mouse.hpp>
#include <imgui.h>
#include <imgui_internal.h>
#include <backends/imgui_impl_opengl2.h>

#include "sim/resource_paths.hpp"

namespace stipple {

namespace {

// Latin, general punctuation (em dash, bullets), arrows, math (plus-minus, <=, >=), geometric shapes.
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x2190, 0x21FF, 0x2212, 0x2265, 0x25A0, 0x25FF, 0};

// The interface font (find_font_file(): $STIPPLE_FONT, else Debian's DejaVu Sans). When it is missing the
// window still opens with ImGui's built-in font (ASCII only), after one clear line on stderr saying why.
void add_fonts(ImGuiIO& io, ImFont*& large_font) {
    const std::filesystem::path font = find_font_file();
    if (std::filesystem::is_regular_file(font)) {
        io.Fonts->AddFontFromFileTTF(font.c_str(), 17.0f, nullptr, kGlyphRanges);
        large_font = io.Fonts->AddFontFromFileTTF(font.c_str(), 34.0f, nullptr, kGlyphRanges);
    } else {
        std::cerr << "stipple: font " << font.string() << " not found (install " << kDebianFontPackage
                  << " or set STIPPLE_FONT); using ImGui's built-in font\n";
    }
}

void map_keys(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
    io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
    io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
    io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
    io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
    io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
    io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
    io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
    io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
    io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
    io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
    io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Enter;
    io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Enter;
    io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
    io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
    io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
    io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
    io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
    io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;
}

int mouse_index(sf::Mouse::Button b) {
    switch (b) {
        case sf::Mouse::Left: return 0;
        case sf::Mouse::Right: return 1;
        case sf::Mouse::Middle: return 2;
        default: return -1;
    }
}

}  // namespace

ImGuiBridge::ImGuiBridge(sf::RenderWindow& window) : window_(window) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini files left in the working directory
    io.BackendPlatformName = "stipple_sfml";
    io.ConfigInputTextCursorBlink = false;  // frames come only after input (app_window): a blink would freeze
    map_keys(io);
    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.WindowPadding = ImVec2(12, 10);
    style.ItemSpacing = ImVec2(8, 6);
    style.Colors[ImGuiCol_WindowBg].w = 0.92f;

    add_fonts(io, large_font_);
    if (io.Fonts->Fonts.empty()) io.Fonts->AddFontDefault();
    if (!large_font_) large_font_ = io.Fonts->Fonts[0];

    window_.setActive(true);
    ImGui_ImplOpenGL2_Init();
}

ImGuiBridge::~ImGuiBridge() {
    ImGui::SetCurrentContext(context_);
    if (frame_started_) ImGui::EndFrame();
    window_.setActive(true);
    ImGui_ImplOpenGL2_Shutdown();
    ImGui::DestroyContext(context_);
}

void ImGuiBridge::process_event(const sf::Event& event) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
        case sf::Event::MouseMoved:
            io.MousePos = ImVec2(float(event.mouseMove.x), float(event.mouseMove.y));
            break;
        case sf::Event::MouseButtonPressed: {
            io.MousePos = ImVec2(float(event.mouseButton.x), float(event.mouseButton.y));
            const int i = mouse_index(event.mouseButton.button);
            if (i >= 0) {
                mouse_down_[size_t(i)] = true;
                mouse_pressed_[size_t(i)] = true;
            }
            break;
        }
        case sf::Event::MouseButtonReleased: {
            const int i = mouse_index(event.mouseButton.button);
            if (i >= 0) mouse_down_[size_t(i)] = false;
            break;
        }
        case sf::Event::MouseWheelScrolled:
            if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
                io.MouseWheel += event.mouseWheelScroll.delta;
            else
                io.MouseWheelH += event.mouseWheelScroll.delta;
            break;
        case sf::Event::MouseLeft:
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            break;
        case sf::Event::KeyPressed:
        case sf::Event::KeyReleased: {
            const bool down = event.type == sf::Event::KeyPressed;
            const int code = event.key.code;
            if (code >= 0 && code < int(keys_down_.size())) {
                keys_down_[size_t(code)] = down;
                if (down) keys_pressed_[size_t(code)] = true;
            }
            io.KeyCtrl = event.key.control;
            io.KeyShift = event.key.shift;
            io.KeyAlt = event.key.alt;
            io.KeySuper = event.key.system;
            break;
        }
        case sf::Event::TextEntered:
            // Control characters (backspace, enter, tab) arrive as keys; only printable text here.
            if (event.text.unicode >= 32 && event.text.unicode != 127) io.AddInputCharacter(event.text.unicode);
            break;
        case sf::Event::GainedFocus:
            io.AddFocusEvent(true);
            break;
        case sf::Event::LostFocus:
            io.AddFocusEvent(false);
            mouse_down_ = {};
            keys_down_ = {};
            break;
        default:
            break;
    }
}

void ImGuiBridge::new_frame(sf::Time dt) {
    ImGui::SetCurrentContext(context_);
    if (frame_started_) ImGui::EndFrame();
    ImGuiIO& io = ImGui::GetIO();
    const sf::Vector2u size = window_.getSize();
    io.DisplaySize = ImVec2(float(size.x), float(size.y));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    io.DeltaTime = dt.asSeconds() > 0.0f ? dt.asSeconds() : 1.0f / 60.0f;
    // A press and release within one frame still counts as a click.
    for (size_t i = 0; i < 3; ++i) {
        io.MouseDown[i] = mouse_down_[i] || mouse_pressed_[i];
        mouse_pressed_[i] = false;
    }
    // A key pressed and released within one frame (a fast typist, xdotool) is still seen as pressed.
    for (size_t k = 0; k < keys_down_.size(); ++k) {
        io.KeysDown[k] = keys_down_[k] || keys_pressed_[k];
        keys_pressed_[k] = false;
    }
    window_.setActive(true);
    ImGui_ImplOpenGL2_NewFrame();
    ImGui::NewFrame();
    frame_started_ = true;
}

void ImGuiBridge::render() {
    ImGui::SetCurrentContext(context_);
    if (!frame_started_) return;
    ImGui::Render();
    frame_started_ = false;
    window_.setActive(true);
    window_.pushGLStates();
    ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
    window_.popGLStates();
    window_.resetGLStates();  // SFML caches GL state (bound texture, blend); ImGui changed it under SFML
}

bool ImGuiBridge::wants_mouse() const { return ImGui::GetCurrentContext() && ImGui::GetIO().WantCaptureMouse; }

bool ImGuiBridge::wants_mouse_for(const sf::Event& event) const {
    if (wants_mouse()) return true;
    ImVec2 at;
    switch (event.type) {
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased: at = ImVec2(float(event.mouseButton.x), float(event.mouseButton.y)); break;
        case sf::Event::MouseWheelScrolled: at = ImVec2(float(event.mouseWheelScroll.x), float(event.mouseWheelScroll.y)); break;
        case sf::Event::MouseMoved: at = ImVec2(float(event.mouseMove.x), float(event.mouseMove.y)); break;
        default: return false;
    }
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return false;
    for (const ImGuiWindow* w : g->Windows)
        if (w->WasActive && !w->Hidden && !(w->Flags & ImGuiWindowFlags_NoMouseInputs) && w->Rect().Contains(at))
            return true;
    return false;
}
bool ImGuiBridge::wants_keyboard() const {
    return ImGui::GetCurrentContext() && ImGui::GetIO().WantCaptureKeyboard;
}
bool ImGuiBridge::wants_text_input() const { return ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput; }

}  // namespace stipple
