// The window module (see app_window.hpp): creation after the display probe, and the frame loop, which
// draws after events and when the screen asks (Screen::next_frame_in_s) and otherwise sleeps.
#include "sim/ui/app_window.hpp"

#include <algorithm>
#include <exception>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <vector>

#include <SFML/Graphics/View.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/System/Sleep.hpp>
#include <imgui.h>

#include "academy/user_data.hpp"
#include "sim/ui/display_probe.hpp"
#include "sim/ui/screenshot.hpp"

namespace stipple {

NoDisplayError::NoDisplayError()
    : std::runtime_error("cannot open an X display (is DISPLAY set?); the simulator needs a window") {}

namespace {

std::shared_ptr<void> probe_or_throw() {
    std::shared_ptr<void> display = open_display_probe();
    if (!display) throw NoDisplayError();
    return display;
}

}  // namespace

AppWindow::AppWindow(const WindowSpec& spec) : display_(probe_or_throw()), data_dir_(spec.data_dir) {
    sf::ContextSettings settings;
    settings.antialiasingLevel = spec.antialiasing;
    const DesktopArea desktop = desktop_area(display_);
    const ScreenRect place = place_window(int(spec.width_px), int(spec.height_px), spec.size_given,
                                          spec.placement == WindowSpec::Placement::TopLeft, desktop.screen,
                                          desktop.work_area);
    window_.create(sf::VideoMode(unsigned(place.w), unsigned(place.h)),
                   sf::String::fromUtf8(spec.title.begin(), spec.title.end()), sf::Style::Default, settings);
    window_.setFramerateLimit(spec.max_fps);
    window_.setKeyRepeatEnabled(spec.key_repeat);
    // Placed explicitly: without a window manager (Xvfb) the window would stay wherever it landed.
    window_.setPosition({place.x, place.y});
    imgui_ = std::make_unique<ImGuiBridge>(window_);
}

AppWindow::~AppWindow() {
    imgui_.reset();    // needs the window's GL context
    pointer_.reset();  // its connection closes (and with it its selection on the window) before the window
    if (window_.isOpen()) window_.close();
}

void AppWindow::set_title(const std::string& utf8_title) {
    window_.setTitle(sf::String::fromUtf8(utf8_title.begin(), utf8_title.end()));
}

bool AppWindow::use_timed_pointer() {
    if (!pointer_) pointer_ = std::make_unique<PointerInput>(window_.getSystemHandle());
    pointer_->select(true);
    return pointer_->available();
}

void AppWindow::run(std::unique_ptr<Screen> screen) {
    while (screen && window_.isOpen()) {
        if (pointer_) pointer_->select(false);  // each screen asks again
        screen->enter(*this);
        Next next = run_screen(*screen);
        std::unique_ptr<Screen> following = next.take();
        screen = std::move(following);  // the old screen goes only after it built the next one
    }
}

std::optional<sf::Event> AppWindow::wait_for_event(double wait_s) {
    sf::Clock waited;
    sf::Event event;
    while (true) {
        if (window_.pollEvent(event)) return event;
        if (pointer_ && pointer_->selected() && pointer_->pending()) return std::nullopt;  // frame() takes them
        const double left_s = wait_s - waited.getElapsedTime().asSeconds();
        if (left_s <= 0.0) return std::nullopt;
        sf::sleep(sf::seconds(float(std::min(left_s, kIdlePollS))));
    }
}

Next AppWindow::run_screen(Screen& screen) {
    settle_frames_ = kSettleFrames;
    next_frame_in_s_ = 0.0;
    frame_clock_.restart();
    while (window_.isOpen()) {
        if (Next next = screen.next(); !next.staying()) return next;  // (a screen may hand over on entering)
        std::vector<sf::Event> first;
        if (settle_frames_ == 0 && next_frame_in_s_ > 0.0) {  // idle: sleep until an event or the screen's time
            if (std::optional<sf::Event> event = wait_for_event(next_frame_in_s_)) first.push_back(*event);
        }
        if (Next next = frame(screen, std::move(first)); !next.staying()) return next;
    }
    return Next::end();
}

bool AppWindow::dispatch_pointer(const std::function<bool(const sf::Event&)>& handle) {
    if (!pointer_ || !pointer_->selected()) return true;
    for (const PointerEvent& p : pointer_->poll()) {
        const std::optional<sf::Event> event = as_sfml_event(p);
        if (!event) continue;
        stamp_ = EventStamp{p.time_s, p.pressure, true};
        if (!handle(*event)) return false;
    }
    return true;
}

Next AppWindow::frame(Screen& screen, std::vector<sf::Event> injected) {
    // Everything that happened up to now is read before update() may advance models to this time.
    input_horizon_s_ = steady_now_s();
    Next next = Next::stay();
    auto handle = [&](const sf::Event& event) {
        settle_frames_ = kSettleFrames;
        imgui_->process_event(event);
        if (event.type == sf::Event::Resized)
            window_.setView(sf::View(sf::FloatRect(0, 0, float(event.size.width), float(event.size.height))));
        screen.handle_event(*this, event);
        next = screen.next();
        return next.staying();
    };
    auto polled_now = [this] { stamp_ = EventStamp{steady_now_s(), -1.0, false}; };
    for (const sf::Event& event : injected) {
        polled_now();
        if (!handle(event)) return next;
    }
    if (!dispatch_pointer(handle)) return next;
    sf::Event event;
    while (window_.pollEvent(event)) {
        polled_now();
        if (!handle(event)) return next;
    }
    const sf::Time dt = frame_clock_.restart();
    screen.update(*this, dt);
    if (Next after = screen.next(); !after.staying()) return after;

    imgui_->new_frame(dt);
    window_.clear(screen.background());
    screen.draw(*this);
    imgui_->render();
    if (screenshot_done_) take_screenshot();
    window_.display();
    screen.after_frame(*this);
    if (settle_frames_ > 0) --settle_frames_;
    next_frame_in_s_ = screen.next_frame_in_s();
    return Next::stay();
}

void AppWindow::show_message(const std::string& text) {
    imgui_->new_frame(sf::seconds(1.0f / 60.0f));
    const sf::Vector2u window_size = window_.getSize();
    ImGui::SetNextWindowPos(ImVec2(window_size.x / 2.0f, window_size.y / 2.0f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::Begin("##message", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted(text.c_str());
    ImGui::End();
    window_.clear(sf::Color(34, 36, 40));
    imgui_->render();
    window_.display();
}

void AppWindow::request_screenshot(std::function<void(const std::string&)> done) { screenshot_done_ = std::move(done); }

void AppWindow::take_screenshot() {
    const std::function<void(const std::string&)> done = std::move(screenshot_done_);
    screenshot_done_ = nullptr;
    try {
        const std::filesystem::path path = save_screenshot(window_, screenshots_dir(data_dir_.empty() ? user_data_dir() : data_dir_));
        std::cout << "screenshot: " << path.string() << std::endl;
        done("Screenshot saved: " + path.string());
    } catch (const std::exception& e) {
        std::cerr << "stipple: " << e.what() << std::endl;
        done(std::string("Screenshot failed: ") + e.what());
    }
}

}  // namespace stipple
