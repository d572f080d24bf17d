// The practice scene: scalp textures at two resolutions, the pigment layer, and the loupe.
#include "sim/ui/practice_scene.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <thread>

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Sprite.hpp>

#include "academy/user_data.hpp"
#include "scoring/session_choice.hpp"
#include "sim/flow/scalp_cache.hpp"

namespace stipple {

namespace {

// The user's scalp cache folder; none (bake every time) when there is no HOME to find it by.
std::filesystem::path scalp_cache_folder() {
    try {
        return scalp_cache_dir(user_cache_dir());
    } catch (const std::exception&) {
        return {};
    }
}

// One picture from the cache or baked on `threads` threads.
sf::Image scalp_picture(const Lesson& lesson, const VirtualScalp& scalp, const ScalpPicture& picture, unsigned threads) {
    std::string note;
    sf::Image image = cached_scalp_picture(lesson, scalp, picture, scalp_cache_folder(), threads, &note);
    if (!note.empty()) std::cerr << "stipple: " << note << std::endl;
    return image;
}

void load_texture(sf::Texture& texture, const sf::Image& image) {
    texture.loadFromImage(image);
    texture.setSmooth(true);
}

void draw_texture(sf::RenderTarget& target, const ViewTransform& view, const sf::Texture& texture, Bounds region,
                  double ppm) {
    sf::Sprite sprite(texture);
    sf::RenderStates states;
    states.transform = scalp_to_screen_transform(view) * image_to_scalp_transform(region, ppm);
    target.draw(sprite, states);
}

}  // namespace

PracticeScene::PracticeScene(const Lesson& lesson, ScalpPreparation preparation)
    : lesson_(lesson),
      needle_(lesson.needle),
      dilution_(lesson.shade_dilution),
      scalp_(generate_scalp(lesson)),
      canvas_(bounds_of(lesson.zone), 6.0, 32.0) {
    const ScalpBakePlan plan = scalp_bake_plan(lesson_, scalp_);
    base_region_ = plan.base.region_mm;
    base_ppm_ = plan.base.px_per_mm;
    detail_region_ = plan.detail.region_mm;
    detail_ppm_ = plan.detail.px_per_mm;
    // Every core when the caller waits; in the background one core is left to the window.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const unsigned threads = preparation == ScalpPreparation::Now ? cores : std::max(1u, cores - 1);
    auto bake = [this, plan, threads] {
        return Pictures{scalp_picture(lesson_, scalp_, plan.base, threads),
                        scalp_picture(lesson_, scalp_, plan.detail, threads)};
    };
    if (preparation == ScalpPreparation::InBackground) {
        pending_ = std::async(std::launch::async, bake);
        return;
    }
    const Pictures pictures = bake();
    load_texture(base_texture_, pictures.base);
    load_texture(detail_texture_, pictures.detail);
}

PracticeScene::~PracticeScene() {
    if (pending_.valid()) pending_.wait();
}

bool PracticeScene::pictures_ready() const {
    if (!pending_.valid()) return true;
    if (pending_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    const Pictures pictures = pending_.get();
    load_texture(base_texture_, pictures.base);
    load_texture(detail_texture_, pictures.detail);
    ++version_;
    return true;
}

void PracticeScene::draw_skin(sf::RenderTarget& target, const ViewTransform& view) const {
    if (!pictures_ready()) {  // the plain tone of the skin until the pictures come
        sf::RectangleShape skin(sf::Vector2f(float(base_region_.width()), float(base_region_.height())));
        skin.setPosition(float(base_region_.min.x), float(base_region_.min.y));
        skin.setFillColor(scalp_.skin_tone);
        target.draw(skin, sf::RenderStates(scalp_to_screen_transform(view)));
        return;
    }
    // The coarse picture only where the detailed one does not cover the view.
    const Point a = to_scalp(view, {0.0f, 0.0f}), b = to_scalp(view, {view.viewport_w_px, view.viewport_h_px});
    const bool detail_covers = std::min(a.x, b.x) >= detail_region_.min.x && std::max(a.x, b.x) <= detail_region_.max.x &&
                               std::min(a.y, b.y) >= detail_region_.min.y && std::max(a.y, b.y) <= detail_region_.max.y;
    if (!detail_covers) draw_texture(target, view, base_texture_, base_region_, base_ppm_);
    draw_texture(target, view, detail_texture_, detail_region_, detail_ppm_);
}

void PracticeScene::set_choice(const std::optional<SessionChoice>& choice) {
    needle_ = effective_needle(lesson_, choice);
    dilution_ = effective_dilution(lesson_, choice);
}

DotLook PracticeScene::look(const Dot& dot, double days, bool sun_exposed) const {
    SkinSite site = skin_site(lesson_, scalp_, {dot.x, dot.y});
    site.dilution = dilution_;
    if (days <= 0.0) return fresh_dot_look(needle_, dot.depth_mm, site);
    return healed_dot_look(needle_, dot.depth_mm, site, days, sun_exposed);
}

void PracticeScene::show_dots(const std::vector<Dot>& dots, double days, bool sun_exposed) {
    canvas_.rebuild(dots, [&](const Dot& d) { return look(d, days, sun_exposed); });
    ++version_;
}

void draw_loupe(sf::RenderTarget& target, sf::RenderTexture& buffer, const ViewTransform& view,
                sf::Vector2f pointer_px, double zoom,
                const std::function<void(sf::RenderTarget&, const ViewTransform&)>& draw_scene) {
    const float radius = 110.0f;
    const unsigned size = unsigned(2 * radius);
    if (buffer.getSize().x != size && !buffer.create(size, size)) return;
    ViewTransform lens = view;
    lens.center_mm = to_scalp(view, pointer_px);
    lens.px_per_mm = std::min(view.px_per_mm * zoom, kMaxPxPerMm * 2.0);
    lens.viewport_w_px = float(size);
    lens.viewport_h_px = float(size);
    buffer.clear(sf::Color(30, 30, 34));
    draw_scene(buffer, lens);
    // Crosshair at the centre: exactly where the pointer is.
    sf::RectangleShape h({14.f, 1.f}), v({1.f, 14.f});
    h.setFillColor(sf::Color(255, 255, 255, 160));
    v.setFillColor(sf::Color(255, 255, 255, 160));
    h.setPosition(radius - 7.f, radius);
    v.setPosition(radius, radius - 7.f);
    buffer.draw(h);
    buffer.draw(v);
    buffer.display();

    sf::CircleShape lens_shape(radius, 64);
    lens_shape.setTexture(&buffer.getTexture());
    lens_shape.setOutlineThickness(3.f);
    lens_shape.setOutlineColor(sf::Color(235, 235, 240, 220));
    sf::Vector2f at = pointer_px + sf::Vector2f(40.f, -40.f - 2 * radius);
    const sf::Vector2f size_px(target.getSize());
    if (at.x + 2 * radius > size_px.x) at.x = pointer_px.x - 40.f - 2 * radius;
    if (at.y < 0) at.y = pointer_px.y + 40.f;
    lens_shape.setPosition(at);
    target.draw(lens_shape);
}

}  // namespace stipple
