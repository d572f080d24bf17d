// A screen of the simulator (sign-in, picker, practice brief and work, score, replay, editor) as an object
// that one loop runs (AppWindow::run): it handles the window's events, draws a frame, says where to go
// next (stay, another screen, or the end of the run) and when it needs a frame with no event (the loop sleeps
// in between). Screens never poll, clear or display themselves.
#pragma once

#include <functional>
#include <memory>
#include <utility>

#include <SFML/Graphics/Color.hpp>
#include <SFML/System/Time.hpp>
#include <SFML/Window/Event.hpp>

#include "sim/flow/frame_pacing.hpp"

namespace stipple {

class AppWindow;
class Screen;

// Where the loop goes after a step: stay on this screen, hand over to another one, or end the run
// (no screen: the program goes on after AppWindow::run).
class Next {
public:
    static Next stay() { return Next(true, nullptr); }
    static Next to(std::unique_ptr<Screen> screen) { return Next(false, std::move(screen)); }
    static Next end() { return Next(false, nullptr); }

    bool staying() const { return stay_; }
    std::unique_ptr<Screen> take() { return std::move(screen_); }

private:
    Next(bool stay, std::unique_ptr<Screen> screen) : stay_(stay), screen_(std::move(screen)) {}
    bool stay_;
    std::unique_ptr<Screen> screen_;
};

// What comes after a screen that ends with a result: builds the next screen from it (nullptr ends the run).
template <class Result>
using Then = std::function<std::unique_ptr<Screen>(const Result&)>;

class Screen {
public:
    virtual ~Screen() = default;

    // Once, when the screen becomes current: the title, slow preparation (may show a message frame first).
    virtual void enter(AppWindow&) {}
    // Every window event, after ImGui has seen it and a resize has reset the window's view. Window closes
    // come here too: the screen decides what closing means (autosave, ask first, end).
    virtual void handle_event(AppWindow& window, const sf::Event& event) = 0;
    // Once per frame after the events, before drawing: clocks, models, autosaves.
    virtual void update(AppWindow&, sf::Time /*dt*/) {}
    // The frame: ImGui panels (the frame is started) and the SFML world under them (the window is cleared
    // with background()); the loop renders ImGui over it and displays.
    virtual void draw(AppWindow& window) = 0;
    // After the frame is on screen (titles and lines that scripts wait for).
    virtual void after_frame(AppWindow&) {}
    // Asked before every frame (so also right after enter), after every event and after update; anything
    // but stay() is taken at once (the rest of the event queue goes to the next screen).
    virtual Next next() = 0;
    // Asked after every frame: how soon, in seconds, the screen needs another one if no event comes. 0 = at
    // once (something moves: the needle settling, a held needle's depth, a replay playing), a delay (a timer:
    // a clock's next second, a toast going, an autosave due), kNoFrameNeeded = not until an event (the
    // loop draws a few frames after each event anyway: frame_pacing.hpp). The default animates always.
    virtual double next_frame_in_s() const { return 0.0; }

    virtual sf::Color background() const { return sf::Color(34, 36, 40); }
};

}  // namespace stipple
