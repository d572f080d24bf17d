// The 3D head's pane (see head_pane.hpp): sf::Event -> the headless routing of sim/flow/head_pane, the
// camera changed by its steps, the head drawn by HeadView and the preset buttons by ImGui.
#include "sim/ui/head_pane.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <exception>

#include <SFML/Graphics/RectangleShape.hpp>
#include <imgui.h>

#include "sim/flow/frame_pacing.hpp"
#include "sim/ui/head_view.hpp"
#include "sim/ui/practice_scene.hpp"

namespace stipple {

namespace {

constexpr double kPi = 3.14159265358979323846;

std::optional<HeadPointerEvent> pointer_event(const sf::Event& e) {
    HeadPointerEvent p;
    auto button = [](sf::Mouse::Button b) -> std::optional<HeadPointerEvent::Button> {
        switch (b) {
            case sf::Mouse::Left: return HeadPointerEvent::Button::Left;
            case sf::Mouse::Right: return HeadPointerEvent::Button::Right;
            case sf::Mouse::Middle: return HeadPointerEvent::Button::Middle;
            default: return std::nullopt;
        }
    };
    switch (e.type) {
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased: {
            const auto b = button(e.mouseButton.button);
            if (!b) return std::nullopt;
            p.kind = e.type == sf::Event::MouseButtonPressed ? HeadPointerEvent::Kind::Press
                                                             : HeadPointerEvent::Kind::Release;
            p.button = *b;
            p.x_px = float(e.mouseButton.x);
            p.y_px = float(e.mouseButton.y);
            return p;
        }
        case sf::Event::MouseMoved:
            p.kind = HeadPointerEvent::Kind::Move;
            p.x_px = float(e.mouseMove.x);
            p.y_px = float(e.mouseMove.y);
            return p;
        case sf::Event::MouseWheelScrolled:
            if (e.mouseWheelScroll.wheel != sf::Mouse::VerticalWheel) return std::nullopt;
            p.kind = HeadPointerEvent::Kind::Wheel;
            p.x_px = float(e.mouseWheelScroll.x);
            p.y_px = float(e.mouseWheelScroll.y);
            p.wheel_delta = e.mouseWheelScroll.delta;
            return p;
        default: return std::nullopt;
    }
}

}  // namespace

HeadPane::HeadPane(ViewScreen screen, std::function<void(const std::string&)> on_note)
    : screen_(screen), on_note_(std::move(on_note)), camera_(head_camera_preset(HeadViewPreset::front)) {}

HeadPane::~HeadPane() = default;

const HeadPaneLayout& HeadPane::layout(sf::Vector2u window_size) {
    if (window_size != window_size_ || layout_.shown != wanted_) {
        window_size_ = window_size;
        layout_ = head_pane_layout(screen_, window_size.x, window_size.y, wanted_);
    }
    return layout_;
}

ViewInsets HeadPane::map_insets(sf::Vector2u window_size) {
    return stipple::map_insets(screen_, window_size.x, layout(window_size));
}

void HeadPane::draw(sf::RenderTarget& target, const PracticeScene& scene, sf::Vector2u window_size) {
    const HeadPaneLayout& pane = layout(window_size);
    if (!pane.shown) {
        if (!said_place_.empty()) note("head view hidden");
        said_place_.clear();
        return;
    }
    char place[96];
    std::snprintf(place, sizeof place, "head view at %d,%d %dx%d px", int(pane.viewport.left_px),
                  int(pane.viewport.top_px), int(pane.viewport.width_px), int(pane.viewport.height_px));
    if (!view_) {
        try {
            view_ = std::make_unique<HeadView>(scene);
            if (screen_ == ViewScreen::Practice)  // dots arrive here: the skin catches up a few times a second
                view_->set_skin_refresh_interval(kHeadSkinRefreshIntervalS, [] {
                    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
                });
        } catch (const std::exception& e) {  // no GL textures: the map alone, said once
            wanted_ = false;
            layout_ = {};
            note(std::string("head view unavailable: ") + e.what());
            return;
        }
        camera_changed_ = true;
    }
    sf::RectangleShape backdrop({pane.viewport.width_px, pane.viewport.height_px});
    backdrop.setPosition(pane.viewport.left_px, pane.viewport.top_px);
    backdrop.setFillColor(sf::Color(46, 48, 54));
    backdrop.setOutlineColor(sf::Color(90, 94, 102));
    backdrop.setOutlineThickness(1.0f);
    target.draw(backdrop);
    if (camera_changed_) view_->camera() = camera_;  // only on a change: the view re-renders when it changes
    camera_changed_ = false;
    view_->draw(target, sf::FloatRect(pane.viewport.left_px, pane.viewport.top_px, pane.viewport.width_px,
                                      pane.viewport.height_px));
    // Told after the draw: a pick at the told place, in the told view, finds the picture that was drawn.
    if (place != said_place_) {
        said_place_ = place;
        note(place);
    }
    for (const std::string& line : after_draw_) note(line);
    after_draw_.clear();

    // The presets: four buttons on the first row, three and Hide on the second.
    ImGui::SetNextWindowPos(ImVec2(pane.buttons.left_px, pane.buttons.top_px), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(pane.buttons.width_px, pane.buttons.height_px), ImGuiCond_Always);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4, 4));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4, 4));
    ImGui::Begin("##head presets", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    const float button_w = (pane.buttons.width_px - 8.0f - 3 * 4.0f) / 4.0f;
    const float button_h = (pane.buttons.height_px - 8.0f - 4.0f) / 2.0f;
    int digit = 1;
    for (const HeadViewPreset preset : kHeadPresets) {
        if (digit != 1 && digit != 5) ImGui::SameLine();
        const bool current = preset == preset_;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(head_preset_label(preset), ImVec2(button_w, button_h))) choose(preset);
        if (current) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("key %d", digit);
        ++digit;
    }
    ImGui::SameLine();
    if (ImGui::Button("Hide (H)", ImVec2(button_w, button_h))) {
        wanted_ = false;
        note("head view hidden");
        said_place_.clear();
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

std::optional<sf::Vector2f> HeadPane::project(Point map_mm) const {
    if (!layout_.shown || !view_) return std::nullopt;
    const std::optional<SurfacePoint> skin = head_surface_at(view_->map(), map_mm);
    if (!skin) return std::nullopt;
    const PixelRect& vp = layout_.viewport;
    const HeadCamera& camera = camera_;
    if (dot(skin->normal, head_camera_position(camera) - skin->position_mm) <= 0.0) return std::nullopt;  // far side
    const std::array<float, 16> view = head_view_matrix(camera);
    const std::array<float, 16> projection = head_projection_matrix(camera, double(vp.width_px) / vp.height_px);
    auto transform = [](const std::array<float, 16>& m, const std::array<double, 4>& v) {
        std::array<double, 4> r{};
        for (int row = 0; row < 4; ++row)
            for (int col = 0; col < 4; ++col) r[row] += double(m[col * 4 + row]) * v[col];
        return r;
    };
    const Vec3 p = skin->position_mm;
    const std::array<double, 4> clip = transform(projection, transform(view, {p.x, p.y, p.z, 1.0}));
    if (clip[3] <= 0.0) return std::nullopt;
    const double nx = clip[0] / clip[3], ny = clip[1] / clip[3];
    const sf::Vector2f at(vp.left_px + float((nx + 1.0) * 0.5 * vp.width_px),
                          vp.top_px + float((1.0 - ny) * 0.5 * vp.height_px));
    if (!vp.contains(at.x, at.y)) return std::nullopt;
    return at;
}

void HeadPane::draw_needle(Point tip_mm, bool pressing) const {
    const std::optional<sf::Vector2f> at = project(tip_mm);
    if (!at) return;
    const PixelRect& vp = layout_.viewport;
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const ImU32 col = pressing ? IM_COL32(255, 120, 90, 255) : IM_COL32(90, 220, 255, 230);
    dl->PushClipRect(ImVec2(vp.left_px, vp.top_px), ImVec2(vp.right_px(), vp.bottom_px()));
    dl->AddCircle(ImVec2(at->x, at->y), 5.0f, col, 16, 1.5f);
    dl->PopClipRect();
}

void HeadPane::draw_map_line(const Polyline& line_mm, std::uint32_t rgba, float thickness_px, bool points) const {
    if (!layout_.shown || !view_ || line_mm.empty()) return;
    constexpr double kStepMm = 2.0;
    const PixelRect& vp = layout_.viewport;
    const ImU32 col = IM_COL32((rgba >> 24) & 0xff, (rgba >> 16) & 0xff, (rgba >> 8) & 0xff, rgba & 0xff);
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->PushClipRect(ImVec2(vp.left_px, vp.top_px), ImVec2(vp.right_px(), vp.bottom_px()));
    std::optional<sf::Vector2f> last = project(line_mm[0]);
    for (std::size_t i = 0; i + 1 < line_mm.size(); ++i) {
        const Point a = line_mm[i], b = line_mm[i + 1];
        const int steps = std::max(1, int(std::ceil(distance_mm(a, b) / kStepMm)));
        for (int k = 1; k <= steps; ++k) {
            const double t = double(k) / steps;
            const std::optional<sf::Vector2f> next = project({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
            if (last && next) dl->AddLine(ImVec2(last->x, last->y), ImVec2(next->x, next->y), col, thickness_px);
            last = next;
        }
    }
    if (points)
        for (const Point& p : line_mm)
            if (const std::optional<sf::Vector2f> at = project(p)) dl->AddCircleFilled(ImVec2(at->x, at->y), 3.0f, col, 10);
    dl->PopClipRect();
}

HeadPointerStep HeadPane::handle_pointer(const sf::Event& event, bool needle_allowed) {
    const std::optional<HeadPointerEvent> pointer = pointer_event(event);
    if (!pointer || !layout_.shown || !view_) return {};
    const HeadPick pick = [this](float x, float y) { return view_->pick({x, y}); };
    const bool was_orbiting = state_.orbiting;
    const HeadPointerStep step = route_head_pointer(state_, layout_.viewport, *pointer, pick, needle_allowed);
    if (step.orbit_dx_px != 0.0 || step.orbit_dy_px != 0.0) {
        orbit_head_camera(camera_, step.orbit_dx_px, step.orbit_dy_px);
        camera_changed_ = true;
    }
    if (step.zoom_factor != 1.0) {
        zoom_head_camera(camera_, step.zoom_factor);
        camera_changed_ = true;
        char line[64];
        std::snprintf(line, sizeof line, "head view distance %.0f mm", camera_.distance_mm);
        after_draw_.push_back(line);
    }
    if (was_orbiting && !state_.orbiting) {
        char line[80];
        std::snprintf(line, sizeof line, "head view turned to yaw %.0f, pitch %.0f degrees",
                      camera_.yaw_rad * 180.0 / kPi, camera_.pitch_rad * 180.0 / kPi);
        after_draw_.push_back(line);
    }
    return step;
}

bool HeadPane::handle_key(const sf::Event::KeyEvent& key) {
    if (key.control || key.alt || key.system) return false;
    if (key.code == sf::Keyboard::H) {
        wanted_ = !wanted_;
        if (!wanted_) {
            note("head view hidden");
            said_place_.clear();
        }
        return true;
    }
    int digit = 0;
    if (key.code >= sf::Keyboard::Num1 && key.code <= sf::Keyboard::Num9) digit = 1 + (key.code - sf::Keyboard::Num1);
    if (key.code >= sf::Keyboard::Numpad1 && key.code <= sf::Keyboard::Numpad9)
        digit = 1 + (key.code - sf::Keyboard::Numpad1);
    const std::optional<HeadViewPreset> preset = head_preset_for_digit(digit);
    if (!preset || !layout_.shown) return false;
    choose(*preset);
    return true;
}

std::size_t HeadPane::renders() const { return view_ ? view_->renders() : 0; }

double HeadPane::next_frame_in_s() const {
    if (!view_ || !layout_.shown) return kNoFrameNeeded;
    if (view_->sharp_picture_due()) return 0.0;  // a preset or a turn ended on the quick picture
    return view_->skin_refresh_in_s();
}

void HeadPane::choose(HeadViewPreset preset) {
    preset_ = preset;
    camera_ = head_camera_preset(preset);
    camera_changed_ = true;
    state_.orbiting = false;
    after_draw_.push_back(std::string("head view: ") + head_preset_name(preset));
}

void HeadPane::note(const std::string& line) const {
    if (on_note_) on_note_(line);
}

}  // namespace stipple
