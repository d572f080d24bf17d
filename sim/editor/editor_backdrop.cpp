// The lesson editor's backdrop of scalp textures (see editor_backdrop.hpp).
#include "sim/editor/editor_backdrop.hpp"

#include <algorithm>
#include <cmath>

#include <SFML/Graphics/Sprite.hpp>
#include <nlohmann/json.hpp>

#include "scoring/lesson_io.hpp"

namespace stipple {

namespace {

// What the picture depends on: the scalp section and the existing marks (they are drawn into it), plus the
// zone only because existing marks fill it. Dragging zone points would rebuild on every move, so the zone
// counts only when there are existing marks.
std::string backdrop_key(const Lesson& lesson) {
    const nlohmann::ordered_json doc = lesson_to_json(lesson);
    std::string key = doc["scalp"].dump();
    if (lesson.existing) key += doc["existing"].dump() + doc["zone"].dump();
    return key;
}

double ppm_for(Bounds region, double max_ppm, double max_pixels) {
    const double area = std::max(region.width() * region.height(), 1.0);
    return std::clamp(std::sqrt(max_pixels / area), 0.5, max_ppm);
}

void load(sf::Texture& texture, const Lesson& lesson, const VirtualScalp& scalp, Bounds region, double ppm) {
    sf::Image image = render_scalp_image(scalp, region, ppm);
    if (lesson.existing) render_existing_marks(image, region, ppm, lesson, scalp);
    texture.loadFromImage(image);
    texture.setSmooth(true);
}

void draw_texture(sf::RenderTarget& target, const ViewTransform& view, const sf::Texture& texture, Bounds region,
                  double ppm) {
    if (texture.getSize().x == 0) return;
    sf::Sprite sprite(texture);
    sf::RenderStates states;
    states.transform = scalp_to_screen_transform(view) * image_to_scalp_transform(region, ppm);
    target.draw(sprite, states);
}

}  // namespace

bool update_backdrop(EditorBackdrop& backdrop, const Lesson& lesson) {
    if (!is_known_pattern(lesson.scalp.pattern) || !is_known_skin(lesson.scalp.skin)) return false;
    const std::string key = backdrop_key(lesson);
    if (key == backdrop.key) return false;
    const VirtualScalp scalp = generate_scalp(lesson);
    backdrop.base_region = scalp.map_mm;
    backdrop.base_ppm = ppm_for(backdrop.base_region, 3.0, backdrop.base_max_pixels);
    Bounds zone = bounds_of(lesson.zone);
    const double margin = 30.0;
    backdrop.detail_region = {{zone.min.x - margin, zone.min.y - margin}, {zone.max.x + margin, zone.max.y + margin}};
    backdrop.detail_ppm = ppm_for(backdrop.detail_region, 10.0, backdrop.detail_max_pixels);
    load(backdrop.base, lesson, scalp, backdrop.base_region, backdrop.base_ppm);
    load(backdrop.detail, lesson, scalp, backdrop.detail_region, backdrop.detail_ppm);
    backdrop.key = key;
    return true;
}

void draw_backdrop(sf::RenderTarget& target, const ViewTransform& view, const EditorBackdrop& backdrop) {
    draw_texture(target, view, backdrop.base, backdrop.base_region, backdrop.base_ppm);
    draw_texture(target, view, backdrop.detail, backdrop.detail_region, backdrop.detail_ppm);
}

}  // namespace stipple
